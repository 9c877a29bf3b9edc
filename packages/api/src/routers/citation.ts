/** Citations (a quoted span of a source for a record or one field): curation. Public reads come with each record. */
import { citationStore } from "@ties/db";
import { ZAdminRecord, ZCreateInput, ZHistoryInput, ZCitationInput, ZUpdateInput, ZWriteResult } from "@ties/domain";
import { curatorProcedure, router } from "../trpc";
import { adminRecordFor, createFor, historyProcedures, updateFor } from "./curation-procedures";

export const citationRouter = router({
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZCitationInput))
    .query(({ ctx, input }) => adminRecordFor(citationStore, ctx.db, input.id)),
  create: curatorProcedure
    .input(ZCreateInput(ZCitationInput))
    .output(ZWriteResult)
    .mutation(({ ctx, input }) => createFor(citationStore, ctx, input)),
  update: curatorProcedure
    .input(ZUpdateInput(ZCitationInput))
    .output(ZWriteResult)
    .mutation(({ ctx, input }) => updateFor(citationStore, ctx, input)),
  ...historyProcedures(citationStore),
});
