/** Positions (a person's role at an organisation over a period): curation. Public reads come with people and `person.holders`. */
import { positionStore } from "@ties/db";
import { ZAdminRecord, ZCreateInput, ZHistoryInput, ZPositionInput, ZUpdateInput, ZWriteResult } from "@ties/domain";
import { curatorProcedure, router } from "../trpc";
import { adminRecordFor, createFor, historyProcedures, updateFor } from "./curation-procedures";

export const positionRouter = router({
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZPositionInput))
    .query(({ ctx, input }) => adminRecordFor(positionStore, ctx.db, input.id)),
  create: curatorProcedure
    .input(ZCreateInput(ZPositionInput))
    .output(ZWriteResult)
    .mutation(({ ctx, input }) => createFor(positionStore, ctx, input)),
  update: curatorProcedure
    .input(ZUpdateInput(ZPositionInput))
    .output(ZWriteResult)
    .mutation(({ ctx, input }) => updateFor(positionStore, ctx, input)),
  ...historyProcedures(positionStore),
});
