/**
 * Bulk imports as the admin app sees them: what to import (an uploaded file or a dataset on the
 * server), where the records land, and a run's progress and summary.
 */
import { z } from "zod";

/** Where imported records land: drafts, the review queue, or published (a curated dataset). */
export const IMPORT_LANDING_STATES = ["draft", "in_review", "published"] as const;
export const ZImportLandingState = z.enum(IMPORT_LANDING_STATES);

export const IMPORT_RUN_STATUSES = ["checking", "running", "completed", "refused", "failed", "resumed"] as const;
export const ZImportRunStatus = z.enum(IMPORT_RUN_STATUSES);

/** A name inside the import folders: relative, no parent steps, no hidden files. */
const ZImportPath = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).some((s) => s === ".." || s.startsWith(".")), "Not a path inside the folder");

export const ZStartImportInput = z.object({
  /** An upload (its id, from the upload step) or a dataset under the server's import folder. */
  source: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("upload"), uploadId: z.string().regex(/^[a-z0-9-]{8,64}$/) }),
    z.object({ kind: z.literal("dataset"), path: z.union([z.literal("."), ZImportPath]) }),
  ]),
  state: ZImportLandingState.default("draft"),
});
export type StartImportInput = z.infer<typeof ZStartImportInput>;

export const ZImportProblem = z.object({
  file: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  reason: z.string(),
});
export type ImportProblemView = z.infer<typeof ZImportProblem>;

export const ZImportRun = z.object({
  id: z.string(),
  /** The file or folder imported, as the curator named it. */
  file: z.string(),
  format: z.string(),
  status: ZImportRunStatus,
  state: ZImportLandingState,
  /** Rows checked so far (while checking), and rows in all once known. */
  checked: z.number().int(),
  total: z.number().int(),
  /** Rows written (committed batches). */
  done: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(ZImportProblem),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Whether the run is going on in the server now (a "running" run that is not was interrupted). */
  active: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRunView = z.infer<typeof ZImportRun>;

export const ZImportRunById = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "An import's id: letters, digits, - and _ (as in imp-0123456789abcdef)"),
});

export const ZImportDataset = z.object({ path: z.string(), label: z.string(), files: z.number().int() });
export type ImportDataset = z.infer<typeof ZImportDataset>;
