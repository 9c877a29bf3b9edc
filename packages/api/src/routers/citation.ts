/** Citations (a quoted span of a source for a record or one field): curation. Public reads come with each record. */
import { citationStore } from "@ties/db";
import { ZAdminRecord, ZHistoryInput, ZCitationInput } from "@ties/domain";
import { curatorProcedure, router } from "../trpc";
import { adminRecordFor, editProcedures } from "./curation-procedures";

export const citationRouter = router({
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZCitationInput))
    .query(({ ctx, input }) => adminRecordFor(citationStore, ctx.db, input.id)),
  ...editProcedures(citationStore),
});
