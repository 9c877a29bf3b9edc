/** Sources (metadata, grade, what they support; never the full text): public reads; curation procedures (signed in, role-checked). */
import { getSource, listSources, sourceStore } from "@ties/db";
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
} from "@ties/domain";
import { setSourceGrade } from "../claim-checking";
import { requireFound } from "../require-found";
import { curatorProcedure, publicProcedure, router } from "../trpc";
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
  setGrade: curatorProcedure
    .input(ZSetGradeInput)
    .output(ZWriteResult)
    .mutation(({ ctx, input }) => setSourceGrade(ctx.db, ctx.user, input)),
});
