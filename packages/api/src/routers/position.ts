/** Positions (a person's role at an organisation over a period): curation. Public reads come with people and `person.holders`. */
import { positionStore } from "@ties/db";
import { ZAdminRecord, ZHistoryInput, ZPositionInput } from "@ties/domain";
import { curatorProcedure, router } from "../trpc";
import { adminRecordFor, editProcedures } from "./curation-procedures";

export const positionRouter = router({
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZPositionInput))
    .query(({ ctx, input }) => adminRecordFor(positionStore, ctx.db, input.id)),
  ...editProcedures(positionStore),
});
