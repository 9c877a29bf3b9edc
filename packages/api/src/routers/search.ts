/** Full-text search across the published record. */
import { searchRecords } from "@ties/db";
import { page, ZSearchHit, ZSearchInput } from "@ties/domain";
import { publicProcedure, router } from "../trpc";

export const searchRouter = router({
  query: publicProcedure
    .input(ZSearchInput)
    .output(page(ZSearchHit))
    .query(({ ctx, input }) => searchRecords(ctx.db, input)),
});
