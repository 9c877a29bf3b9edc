/** Commitments: public reads; the status is computed for `today` (default: the current day); curation procedures (signed in, role-checked). */
import { commitmentStore, getCommitment, listCommitments } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZByIdAsOfInput,
  ZBySlugAsOfInput,
  ZCommitmentDetail,
  ZCommitmentInput,
  ZCommitmentListInput,
  ZCommitmentSummary,
  ZHistoryInput,
  page,
} from "@ties/domain";
import { requireFound } from "../require-found";
import { curatorProcedure, publicProcedure, router } from "../trpc";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

export const commitmentRouter = router({
  list: publicProcedure
    .input(ZCommitmentListInput)
    .output(page(ZCommitmentSummary))
    .query(({ ctx, input }) => listCommitments(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdAsOfInput)
    .output(ZCommitmentDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getCommitment(ctx.db, input.id, { publicOnly: true, today: input.today }), "published commitment", input.id),
    ),
  bySlug: publicProcedure
    .input(ZBySlugAsOfInput)
    .output(ZCommitmentDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getCommitment(ctx.db, input.slug, { publicOnly: true, today: input.today }), "published commitment", input.slug),
    ),
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZCommitmentListInput.extend(ZAdminListState.shape))
    .output(page(ZCommitmentSummary))
    .query(({ ctx, input }) => listCommitments(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZCommitmentInput))
    .query(({ ctx, input }) => adminRecordFor(commitmentStore, ctx.db, input.id)),
  ...recordProcedures(commitmentStore),
});
