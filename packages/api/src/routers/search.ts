/** Full-text search across the published record. */
import { searchRecords } from "@ties/db";
import { expandSpellingVariants, page, ZSearchHit, ZSearchInput } from "@ties/domain";
import { publicProcedure, router } from "../trpc";

export const searchRouter = router({
  query: publicProcedure
    .input(ZSearchInput)
    .output(page(ZSearchHit))
    // "defense" and "defence" are one word to a reader: the query carries both spellings.
    .query(({ ctx, input }) => searchRecords(ctx.db, { ...input, q: expandSpellingVariants(input.q) })),
});
