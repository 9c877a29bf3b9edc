/** Sources (metadata, grade, what they support; never the full text): public reads; curation procedures (signed in, role-checked). */
import { getSource, listSources, readWorkbench, setBoilerplateRestored, sourceStore, submitSourceDrafts } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZByIdInput,
  ZBySlugInput,
  ZHistoryInput,
  ZSourceDetail,
  ZSourceInput,
  ZSourceListInput,
  ZSourceSummary,
  ZSetGradeInput,
  ZWriteResult,
  page,
  ZBoilerplateBlock,
  ZRestoreBoilerplateInput,
  ZSourceIntakeInput,
  ZSourceIntakeResult,
  ZSourceWorkbench,
  ZSuggestionView,
} from "@ties/domain";
import { z } from "zod";
import { actorOf } from "../edit-policy";
import { reextractSource, takeInSource } from "../workbench";
import { setSourceGrade } from "../claim-checking";
import { requireFound } from "../require-found";
import { curatorProcedure, editorProcedure, publicProcedure, router } from "../trpc";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

export const sourceRouter = router({
  list: publicProcedure
    .input(ZSourceListInput)
    .output(page(ZSourceSummary))
    .query(({ ctx, input }) => listSources(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZSourceDetail)
    .query(async ({ ctx, input }) => requireFound(await getSource(ctx.db, input.id, { publicOnly: true }), "published source", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZSourceDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getSource(ctx.db, input.slug, { publicOnly: true }), "published source", input.slug),
    ),
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZSourceListInput.extend(ZAdminListState.shape))
    .output(page(ZSourceSummary))
    .query(({ ctx, input }) => listSources(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZSourceInput))
    .query(({ ctx, input }) => adminRecordFor(sourceStore, ctx.db, input.id)),
  ...recordProcedures(sourceStore),
  /** Pasted or uploaded text with its metadata, stored as a draft with the extractor's suggestions. */
  intake: curatorProcedure
    .input(ZSourceIntakeInput)
    .output(ZSourceIntakeResult)
    .mutation(({ ctx, input }) => takeInSource(ctx.db, input, actorOf(ctx.user))),
  reextract: curatorProcedure
    .input(ZByIdInput)
    .output(z.array(ZSuggestionView))
    .mutation(({ ctx, input }) => reextractSource(ctx.db, input.id)),
  /** The reader: full text, boilerplate, suggestions and the drafts accepted from the source. */
  workbench: curatorProcedure
    .input(ZByIdInput)
    .output(ZSourceWorkbench)
    .query(({ ctx, input }) => readWorkbench(ctx.db, input.id)),
  restoreBoilerplate: curatorProcedure
    .input(ZRestoreBoilerplateInput)
    .output(z.array(ZBoilerplateBlock))
    .mutation(({ ctx, input }) => setBoilerplateRestored(ctx.db, input.id, input.start, input.restored)),
  /** Submits the source and every draft accepted from it for review at once. */
  submitDrafts: curatorProcedure
    .input(ZByIdInput)
    .output(z.object({ submitted: z.number().int() }))
    .mutation(({ ctx, input }) => submitSourceDrafts(ctx.db, input.id, actorOf(ctx.user))),
  /** Editors only: a curator's draft never carries a judgement (see edit-policy). */
  setGrade: editorProcedure
    .input(ZSetGradeInput)
    .output(ZWriteResult)
    .mutation(({ ctx, input }) => setSourceGrade(ctx.db, ctx.user, input)),
});
