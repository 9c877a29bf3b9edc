/**
 * Bulk imports from the admin app (editors and admins: an import writes many records at once and
 * may publish them). A run starts in the background; its page polls `byId` for progress.
 */
import { importRunById, listImportDatasets, recentImportRuns, startImport } from "@ties/importers";
import { ZImportDataset, ZImportRun, ZImportRunById, ZStartImportInput } from "@ties/domain";
import { z } from "zod";
import { actorOf } from "../edit-policy";
import { editorProcedure, router } from "../trpc";

export const importRunRouter = router({
  start: editorProcedure
    .input(ZStartImportInput)
    .output(ZImportRun)
    .mutation(({ ctx, input }) => startImport(ctx.db, input, actorOf(ctx.user))),
  byId: editorProcedure
    .input(ZImportRunById)
    .output(ZImportRun)
    .query(({ ctx, input }) => importRunById(ctx.db, input.id)),
  list: editorProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }))
    .output(z.array(ZImportRun))
    .query(({ ctx, input }) => recentImportRuns(ctx.db, input.limit)),
  datasets: editorProcedure
    .input(z.void())
    .output(z.array(ZImportDataset))
    .query(() => listImportDatasets()),
});
