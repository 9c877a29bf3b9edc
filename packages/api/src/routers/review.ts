/** The review queue for curators and editors. */
import { reviewQueue } from "@ties/db";
import { ZReviewItem, ZReviewQueueInput } from "@ties/domain";
import { z } from "zod";
import { curatorProcedure, router } from "../trpc";

export const reviewRouter = router({
  queue: curatorProcedure
    .input(ZReviewQueueInput)
    .output(z.array(ZReviewItem))
    .query(({ ctx, input }) => reviewQueue(ctx.db, input)),
});
