/** People: public reads, positions over time, and who held a role on a day. */
import { getPerson, listPeople, positionHolders } from "@ties/db";
import { page, ZByIdInput, ZBySlugInput, ZHolderView, ZHoldersInput, ZPersonDetail, ZPersonListInput, ZPersonSummary } from "@ties/domain";
import { z } from "zod";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

export const personRouter = router({
  list: publicProcedure
    .input(ZPersonListInput)
    .output(page(ZPersonSummary))
    .query(({ ctx, input }) => listPeople(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZPersonDetail)
    .query(async ({ ctx, input }) => requireFound(await getPerson(ctx.db, input.id, { publicOnly: true }), "published person", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZPersonDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getPerson(ctx.db, input.slug, { publicOnly: true }), "published person", input.slug),
    ),
  /** "Who was Korea's foreign minister on 2024-07-18?" */
  holders: publicProcedure
    .input(ZHoldersInput)
    .output(z.array(ZHolderView))
    .query(({ ctx, input }) => positionHolders(ctx.db, input, { publicOnly: true })),
});
