/** Agreements: public reads, with the status timeline derived from milestones. */
import { getAgreement, listAgreements } from "@ties/db";
import { page, ZAgreementDetail, ZAgreementListInput, ZAgreementSummary, ZByIdAsOfInput, ZBySlugAsOfInput } from "@ties/domain";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

export const agreementRouter = router({
  list: publicProcedure
    .input(ZAgreementListInput)
    .output(page(ZAgreementSummary))
    .query(({ ctx, input }) => listAgreements(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdAsOfInput)
    .output(ZAgreementDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getAgreement(ctx.db, input.id, { publicOnly: true, today: input.today }), "published agreement", input.id),
    ),
  bySlug: publicProcedure
    .input(ZBySlugAsOfInput)
    .output(ZAgreementDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getAgreement(ctx.db, input.slug, { publicOnly: true, today: input.today }), "published agreement", input.slug),
    ),
});
