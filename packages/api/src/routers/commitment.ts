/** Commitments: public reads; the status is computed for `today` (default: the current day). */
import { getCommitment, listCommitments } from "@ties/db";
import { page, ZByIdAsOfInput, ZBySlugAsOfInput, ZCommitmentDetail, ZCommitmentListInput, ZCommitmentSummary } from "@ties/domain";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

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
});
