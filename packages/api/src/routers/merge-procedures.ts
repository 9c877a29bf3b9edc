/** Merging duplicate events, people or organisations, and undoing a merge: editors only. */
import { listMerges, mergeRecords, unmergeRecords } from "@ties/db";
import { type MergeableKind, ZHistoryInput, ZMergeInput, ZMergeView, ZUnmergeInput } from "@ties/domain";
import { z } from "zod";
import { actorOf } from "../edit-policy";
import { curatorProcedure, editorProcedure } from "../trpc";

export function mergeProcedures(kind: MergeableKind) {
  return {
    merge: editorProcedure
      .input(ZMergeInput)
      .output(ZMergeView)
      .mutation(({ ctx, input }) => mergeRecords(ctx.db, kind, input, actorOf(ctx.user))),
    unmerge: editorProcedure
      .input(ZUnmergeInput)
      .output(ZMergeView)
      .mutation(({ ctx, input }) => unmergeRecords(ctx.db, input.mergeId, { actor: actorOf(ctx.user), reason: input.reason, kind })),
    /** Merges a record took part in, as survivor or as the merged one. */
    merges: curatorProcedure
      .input(ZHistoryInput)
      .output(z.array(ZMergeView))
      .query(({ ctx, input }) => listMerges(ctx.db, kind, input.id)),
  };
}
