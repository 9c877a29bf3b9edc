/**
 * Bulk imports from the admin app (editors and admins: an import writes many records at once and
 * may publish them). A run starts in the background; its page polls `byId` for progress.
 */
import { ZImportDataset, ZImportRun, ZImportRunById, ZStartImportInput } from "@ties/domain";
import { z } from "zod";
import { actorOf } from "../edit-policy";
import { editorProcedure, router } from "../trpc";

/** The importers (parsers for every format) are loaded on an editor's first call, never by the public site. */
const importers = () => import("@ties/importers");

export const importRunRouter = router({
  start: editorProcedure
    .input(ZStartImportInput)
    .output(ZImportRun)
    .mutation(async ({ ctx, input }) => (await importers()).startImport(ctx.db, input, actorOf(ctx.user))),
  byId: editorProcedure
    .input(ZImportRunById)
    .output(ZImportRun)
    .query(async ({ ctx, input }) => (await importers()).importRunById(ctx.db, input.id)),
  list: editorProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }))
    .output(z.array(ZImportRun))
    .query(async ({ ctx, input }) => (await importers()).recentImportRuns(ctx.db, input.limit)),
  datasets: editorProcedure
    .input(z.void())
    .output(z.array(ZImportDataset))
    .query(async () => (await importers()).listImportDatasets()),
});
