/** Sources (metadata, grade, what they support; never the full text): public reads. */
import { getSource, listSources } from "@ties/db";
import { page, ZByIdInput, ZBySlugInput, ZSourceDetail, ZSourceListInput, ZSourceSummary } from "@ties/domain";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

export const sourceRouter = router({
  list: publicProcedure
    .input(ZSourceListInput)
    .output(page(ZSourceSummary))
    .query(({ ctx, input }) => listSources(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZSourceDetail)
    .query(async ({ ctx, input }) => requireFound(await getSource(ctx.db, input.id, { publicOnly: true }), "published source", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZSourceDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getSource(ctx.db, input.slug, { publicOnly: true }), "published source", input.slug),
    ),
});
