/** The review queue for curators and editors. */
import { lastSendBack, publishWithDependencies, reviewPreview, reviewQueue } from "@ties/db";
import {
  ZPublishWithInput,
  ZPublishWithResult,
  ZReviewItem,
  ZReviewPreview,
  ZReviewQueueInput,
  ZReviewRecordInput,
  ZSendBack,
} from "@ties/domain";
import { z } from "zod";
import { actorOf } from "../edit-policy";
import { curatorProcedure, editorProcedure, router } from "../trpc";

export const reviewRouter = router({
  queue: curatorProcedure
    .input(ZReviewQueueInput)
    .output(z.array(ZReviewItem))
    .query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  /** A record as the public will see it, with its citations and the changes since its published version. */
  preview: curatorProcedure
    .input(ZReviewRecordInput)
    .output(ZReviewPreview)
    .query(({ ctx, input }) => reviewPreview(ctx.db, input.kind, input.id)),
  /** The comment the record was last sent back with, for its curator. */
  lastSendBack: curatorProcedure
    .input(ZReviewRecordInput)
    .output(ZSendBack.nullable())
    .query(({ ctx, input }) => lastSendBack(ctx.db, input.kind, input.id)),
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
