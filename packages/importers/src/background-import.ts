/**
 * Imports that run in the background of a server process (the admin app): a run is an ImportRun
 * row made before the file is read, which the import keeps up to date (rows checked, errors so
 * far, rows written, status), so a page can poll it and a reload loses nothing. Uploaded files
 * wait in the uploads folder and are removed once their import ends.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import type { Actor, Db } from "@ties/db";
import {
  type ImportDataset,
  type ImportRunView,
  type StartImportInput,
  TiesError,
  ZImportLandingState,
  ZImportProblem,
  ZImportRunStatus,
} from "@ties/domain";
import { z } from "zod";
import { readImportEnv } from "./env";
import { type ImportProgress, importFiles, runImport } from "./run-import";

/** Runs going on in this process, by id; kept on the global object so every bundle of the app shares it. */
function activeRuns(): Map<string, Promise<void>> {
  const g = globalThis as { __tiesImportRuns?: Map<string, Promise<void>> };
  g.__tiesImportRuns ??= new Map();
  return g.__tiesImportRuns;
}

/** Waits for the runs going on in this process (tests, and a server shutting down). */
export async function settleImports(): Promise<void> {
  await Promise.allSettled([...activeRuns().values()]);
}

const UPLOAD_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,150}\.(csv|xml|jsonl|json)$/iu;

/** Keeps an uploaded file for an import; returns its upload id. The name keeps its extension. */
export async function saveUpload(name: string, body: ReadableStream<Uint8Array> | Uint8Array): Promise<string> {
  const clean = basename(name).trim();
  if (!UPLOAD_NAME.test(clean)) {
    throw new TiesError("VALIDATION", `"${clean}" is not an importable file name (a .csv, .xml, .json or .jsonl file)`);
  }
  const id = randomBytes(12).toString("hex");
  const dir = join(readImportEnv().TIES_UPLOAD_DIR, id);
  mkdirSync(dir, { recursive: true });
  const source = body instanceof Uint8Array ? Readable.from([body]) : Readable.fromWeb(body as never);
  await pipeline(source, createWriteStream(join(dir, clean)));
  return id;
}

function uploadPath(uploadId: string): string {
  const dir = join(readImportEnv().TIES_UPLOAD_DIR, uploadId);
  const [file] = existsSync(dir) ? readdirSync(dir) : [];
  if (!file) throw new TiesError("NOT_FOUND", "The uploaded file is gone: upload it again");
  return join(dir, file);
}

function datasetPath(path: string): string {
  const root = readImportEnv().TIES_IMPORT_DIR;
  if (!root) throw new TiesError("RULE", "No dataset folder is configured (TIES_IMPORT_DIR)");
  const full = resolve(root, path);
  if (full !== root && !full.startsWith(root + sep)) throw new TiesError("VALIDATION", "Not a path inside the dataset folder");
  if (!existsSync(full)) throw new TiesError("NOT_FOUND", `No dataset ${path}`);
  return full;
}

/** The folders and files curators may import from the server's dataset folder, the whole folder first. */
export async function listImportDatasets(): Promise<ImportDataset[]> {
  const root = readImportEnv().TIES_IMPORT_DIR;
  if (!root || !existsSync(root)) return [];
  const { files } = await importFiles(root);
  const out: ImportDataset[] = [];
  const folders = new Map<string, number>();
  for (const { file } of files) {
    const parts = relative(root, file).split(sep);
    folders.set(".", (folders.get(".") ?? 0) + 1);
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      folders.set(folder, (folders.get(folder) ?? 0) + 1);
    }
  }
  for (const [path, n] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    out.push({ path, label: path === "." ? `Everything in ${basename(root)}/` : `${path}/`, files: n });
  }
  for (const { file } of files) {
    const path = relative(root, file).split(sep).join("/");
    out.push({ path, label: path, files: 1 });
  }
  return out;
}

const ZRunRow = z.object({
  id: z.string(),
  file: z.string(),
  format: z.string(),
  status: ZImportRunStatus,
  state: ZImportLandingState,
  checked: z.number(),
  total: z.number(),
  done: z.number(),
  errorCount: z.number(),
  errors: z.array(ZImportProblem).catch([]),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
});

const SELECT = {
  id: true,
  file: true,
  format: true,
  status: true,
  state: true,
  checked: true,
  total: true,
  done: true,
  errorCount: true,
  errors: true,
  created: true,
  updated: true,
  unchanged: true,
  startedAt: true,
  finishedAt: true,
} as const;

function viewOf(row: unknown): ImportRunView {
  const r = ZRunRow.parse(row);
  return {
    ...r,
    active: activeRuns().has(r.id),
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

export async function importRunById(db: Db, id: string): Promise<ImportRunView> {
  const row = await db.importRun.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new TiesError("NOT_FOUND", `No import ${id}`);
  return viewOf(row);
}

export async function recentImportRuns(db: Db, limit = 20): Promise<ImportRunView[]> {
  const rows = await db.importRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit, select: SELECT });
  return rows.map(viewOf);
}

/**
 * Starts an import in the background and returns its run at once. The run checks the whole input
 * first (a refused file writes nothing), then writes in committed batches.
 */
export async function startImport(db: Db, input: StartImportInput, actor: Actor): Promise<ImportRunView> {
  const upload = input.source.kind === "upload";
  const path = input.source.kind === "upload" ? uploadPath(input.source.uploadId) : datasetPath(input.source.path);
  const label = upload ? basename(path) : input.source.kind === "dataset" ? input.source.path : path;
  const id = `imp-${randomBytes(8).toString("hex")}`;
  await db.importRun.create({
    data: {
      id,
      file: label,
      digest: "",
      format: "",
      status: "checking",
      state: input.state,
      publish: input.state === "published",
      actorId: actor.id,
    },
  });
  const job = runInBackground(db, id, path, label, input.state, actor).finally(() => {
    activeRuns().delete(id);
    if (upload) rmSync(join(path, ".."), { recursive: true, force: true });
  });
  activeRuns().set(id, job);
  return importRunById(db, id);
}

async function runInBackground(db: Db, id: string, path: string, label: string, state: StartImportInput["state"], actor: Actor) {
  // Progress is written at most twice a second, one write at a time.
  let writing: Promise<unknown> | null = null;
  let lastWrite = 0;
  const onProgress = (p: ImportProgress) => {
    if (p.phase !== "checking" || writing || Date.now() - lastWrite < 500) return;
    lastWrite = Date.now();
    writing = db.importRun
      .update({ where: { id }, data: { checked: p.done, errorCount: p.errors, errors: p.problems.map((e) => ({ ...e })) } })
      .catch(() => undefined)
      .finally(() => {
        writing = null;
      });
  };
  try {
    const s = await runImport(db, path, {
      state,
      actor,
      runId: id,
      label,
      busy: (other) => activeRuns().has(other),
      onProgress,
    });
    await writing;
    const errors = s.refused.map((p) => ({ ...p, file: p.file === path ? label : relative(path, p.file) || label }));
    await db.importRun.update({
      where: { id },
      data:
        s.status === "refused"
          ? { status: "refused", checked: s.rows, errorCount: Math.max(s.errorCount, errors.length), errors, finishedAt: new Date() }
          : {
              status: "completed",
              checked: s.rows,
              created: s.created,
              updated: s.updated,
              unchanged: s.unchanged,
              finishedAt: new Date(),
            },
    });
  } catch (e) {
    await writing;
    await db.importRun
      .update({
        where: { id },
        data: { status: "failed", errors: [{ file: label, reason: (e as Error).message }], finishedAt: new Date() },
      })
      .catch(() => undefined);
  }
}
