/** Events: public reads. */
import { getEvent, listEvents } from "@ties/db";
import { page, ZByIdInput, ZBySlugInput, ZEventDetail, ZEventListInput, ZEventSummary } from "@ties/domain";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

export const eventRouter = router({
  list: publicProcedure
    .input(ZEventListInput)
    .output(page(ZEventSummary))
    .query(({ ctx, input }) => listEvents(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZEventDetail)
    .query(async ({ ctx, input }) => requireFound(await getEvent(ctx.db, input.id, { publicOnly: true }), "published event", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZEventDetail)
    .query(async ({ ctx, input }) => requireFound(await getEvent(ctx.db, input.slug, { publicOnly: true }), "published event", input.slug)),
});
