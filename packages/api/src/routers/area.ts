/** Cooperation areas: public reads. */
import { getArea, listAreas } from "@ties/db";
import { page, ZByIdInput, ZBySlugInput, ZAreaDetail, ZAreaListInput, ZAreaSummary } from "@ties/domain";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

export const areaRouter = router({
  list: publicProcedure
    .input(ZAreaListInput)
    .output(page(ZAreaSummary))
    .query(({ ctx, input }) => listAreas(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZAreaDetail)
    .query(async ({ ctx, input }) => requireFound(await getArea(ctx.db, input.id, { publicOnly: true }), "published area", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZAreaDetail)
    .query(async ({ ctx, input }) => requireFound(await getArea(ctx.db, input.slug, { publicOnly: true }), "published area", input.slug)),
});
