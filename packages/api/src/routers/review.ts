/** The review queue for curators and editors. */
import { publishWithDependencies, reviewQueue } from "@ties/db";
import { ZPublishWithInput, ZPublishWithResult, ZReviewItem, ZReviewQueueInput } from "@ties/domain";
import { z } from "zod";
import { actorOf } from "../edit-policy";
import { curatorProcedure, editorProcedure, router } from "../trpc";

export const reviewRouter = router({
  queue: curatorProcedure
    .input(ZReviewQueueInput)
    .output(z.array(ZReviewItem))
    .query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  /** Publishes a record with the unpublished sources and linked records it needs, all or nothing. */
  publishWithDependencies: editorProcedure
    .input(ZPublishWithInput)
    .output(ZPublishWithResult)
    .mutation(({ ctx, input }) =>
      publishWithDependencies(ctx.db, input.kind, input.id, {
        actor: actorOf(ctx.user),
        baseVersion: input.baseVersion,
        reason: input.reason,
      }),
    ),
});
