/** Suggestions from a source: listed for the reader, accepted into draft records or merges, rejected, undone. */
import { acceptSuggestion, listSuggestions, rejectSuggestion, undoSuggestion } from "@ties/db";
import {
  roleAtLeast,
  ZSuggestionAcceptInput,
  ZSuggestionAcceptResult,
  ZSuggestionListInput,
  ZSuggestionRejectInput,
  ZSuggestionUndoInput,
  ZSuggestionView,
} from "@ties/domain";
import { z } from "zod";
import { actorOf } from "../edit-policy";
import { curatorProcedure, router } from "../trpc";

const ZDone = z.object({ ok: z.literal(true) });

export const suggestionRouter = router({
  list: curatorProcedure
    .input(ZSuggestionListInput)
    .output(z.array(ZSuggestionView))
    .query(({ ctx, input }) => listSuggestions(ctx.db, input)),
  accept: curatorProcedure
    .input(ZSuggestionAcceptInput)
    .output(ZSuggestionAcceptResult)
    .mutation(({ ctx, input }) =>
      acceptSuggestion(ctx.db, input, { actor: actorOf(ctx.user), mayEditPublished: roleAtLeast(ctx.user.role, "editor") }),
    ),
  reject: curatorProcedure
    .input(ZSuggestionRejectInput)
    .output(ZDone)
    .mutation(async ({ ctx, input }) => {
      await rejectSuggestion(ctx.db, input, actorOf(ctx.user));
      return { ok: true as const };
    }),
  undo: curatorProcedure
    .input(ZSuggestionUndoInput)
    .output(ZDone)
    .mutation(async ({ ctx, input }) => {
      await undoSuggestion(ctx.db, input.id, actorOf(ctx.user));
      return { ok: true as const };
    }),
});
