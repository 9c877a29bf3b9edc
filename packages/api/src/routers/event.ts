/** Events: public reads. */
import { getEvent, listEvents } from "@ties/db";
import { page, TiesError, ZEventDetail, ZEventListInput, ZEventSummary, ZSlugOrId } from "@ties/domain";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

export const eventRouter = router({
  list: publicProcedure
    .input(ZEventListInput)
    .output(page(ZEventSummary))
    .query(({ ctx, input }) => listEvents(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(z.object({ id: ZSlugOrId }))
    .output(ZEventDetail)
    .query(async ({ ctx, input }) => {
      const e = await getEvent(ctx.db, input.id, { publicOnly: true });
      if (!e) throw new TiesError("NOT_FOUND", `No published event ${input.id}`);
      return e;
    }),
});
