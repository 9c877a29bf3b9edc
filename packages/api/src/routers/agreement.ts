/** Agreements: public reads, with the status timeline derived from milestones; curation procedures (signed in, role-checked). */
import { agreementStore, getAgreement, listAgreements } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZAgreementDetail,
  ZAgreementInput,
  ZAgreementListInput,
  ZAgreementSummary,
  ZByIdAsOfInput,
  ZBySlugAsOfInput,
  ZHistoryInput,
  page,
} from "@ties/domain";
import { requireFound } from "../require-found";
import { curatorProcedure, publicProcedure, router } from "../trpc";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

export const agreementRouter = router({
  list: publicProcedure
    .input(ZAgreementListInput)
    .output(page(ZAgreementSummary))
    .query(({ ctx, input }) => listAgreements(ctx.db, input, { publicOnly: true, pairs: ctx.pairs })),
  byId: publicProcedure
    .input(ZByIdAsOfInput)
    .output(ZAgreementDetail)
    .query(async ({ ctx, input }) =>
      requireFound(
        await getAgreement(ctx.db, input.id, { publicOnly: true, today: input.today, pairs: ctx.pairs }),
        "published agreement",
        input.id,
      ),
    ),
  bySlug: publicProcedure
    .input(ZBySlugAsOfInput)
    .output(ZAgreementDetail)
    .query(async ({ ctx, input }) =>
      requireFound(
        await getAgreement(ctx.db, input.slug, { publicOnly: true, today: input.today, pairs: ctx.pairs }),
        "published agreement",
        input.slug,
      ),
    ),
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZAgreementListInput.extend(ZAdminListState.shape))
    .output(page(ZAgreementSummary))
    .query(({ ctx, input }) => listAgreements(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZAgreementInput))
    .query(({ ctx, input }) => adminRecordFor(agreementStore, ctx.db, input.id)),
  ...recordProcedures(agreementStore),
});
