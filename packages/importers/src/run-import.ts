/**
 * Runs an import: finds the files and their formats, reads every row once to validate it (a file
 * with any bad row is refused before anything is written), writes the records the rows share
 * (sources, organisations, people, positions), then streams the rows again and writes their
 * events in committed batches, each with the run's checkpoint. Re-running the same files resumes
 * an interrupted run after its last committed batch; re-importing changes nothing.
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { type Actor, type BulkCounts, type Db, fingerprintOf, writeBulk } from "@ties/db";
import { periodEnd, periodStart } from "@ties/domain";
import { csvEventsFormat } from "./formats/csv-events";
import { travelsFormat } from "./historyatstate/travels";
import { visitsFormat } from "./historyatstate/visits";
import { ImportFileError, type ImportFormat, type ImportProblem, type PlannedRecord } from "./import-plan";

export interface ImportOptions {
  /** Imported records land published (a curated dataset) instead of as drafts. */
  publish?: boolean;
  /** Validate and count only; write nothing. */
  dryRun?: boolean;
  actor?: Actor;
  /** Rows per committed batch. */
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  phase: "checking" | "writing";
  done: number;
  total: number;
  errors: number;
}

export interface ImportSummary extends BulkCounts {
  importId: string | null;
  status: "completed" | "refused" | "checked";
  files: string[];
  /** Rows (visits, trips, CSV lines) in the files. */
  rows: number;
  /** Records written or compared (events, people, citations...). */
  records: number;
  refused: ImportProblem[];
  /** Whether an interrupted run of the same files was resumed. */
  resumed: boolean;
  seconds: number;
}

const MAX_PROBLEMS = 20;
const SHARED_ORDER = ["source", "organization", "person", "position", "citation"] as const;

/** The format of a file, from its extension and, for XML, its root element. */
export async function formatOf(file: string): Promise<ImportFormat | null> {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv") return csvEventsFormat as ImportFormat;
  if (ext !== ".xml") return null;
  const fh = await open(file, "r");
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString("utf8");
    const root = /<([A-Za-z][\w-]*)[\s>]/.exec(head.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/g, ""))?.[1];
    if (root === "visits") return visitsFormat as ImportFormat;
    if (root === "trips") return travelsFormat as ImportFormat;
    return null;
  } finally {
    await fh.close();
  }
}

/** A file, or every importable file under a folder (sorted, so runs see them in one order). */
export async function importFiles(path: string): Promise<{ files: { file: string; format: ImportFormat }[]; skipped: string[] }> {
  const all: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else all.push(p);
  };
  walk(path);
  const files: { file: string; format: ImportFormat }[] = [];
  const skipped: string[] = [];
  for (const f of all) {
    const format = await formatOf(f);
    if (format) files.push({ file: f, format });
    else skipped.push(f);
  }
  return { files, skipped };
}

async function digestOf(files: string[], publish: boolean): Promise<string> {
  const h = createHash("sha256").update(publish ? "publish\n" : "draft\n");
  for (const f of files) {
    h.update(`${basename(f)}\n`);
    for await (const chunk of createReadStream(f)) h.update(chunk as Buffer);
  }
  return h.digest("hex");
}

const keyOf = (r: PlannedRecord) => `${r.dataset}\u0000${r.externalId}`;

/** Shared records seen in many rows are one record; a position spans every row that names it. */
function mergeShared(into: Map<string, PlannedRecord>, r: PlannedRecord) {
  const seen = into.get(keyOf(r));
  if (!seen) {
    into.set(keyOf(r), r);
    return;
  }
  if (r.kind !== "position") return;
  const a = seen.input as { start: string | null; end: string | null };
  const b = r.input as { start: string | null; end: string | null };
  const start = [a.start, b.start].filter((d): d is string => !!d).sort((x, y) => periodStart(x).localeCompare(periodStart(y)))[0] ?? null;
  const end = [a.end, b.end].filter((d): d is string => !!d).sort((x, y) => periodEnd(y).localeCompare(periodEnd(x)))[0] ?? null;
  into.set(keyOf(r), { ...seen, input: { ...a, start, end } });
}

export async function runImport(db: Db, path: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 1000;
  const { files } = await importFiles(path);
  const names = files.map((f) => relative(path, f.file) || basename(f.file));
  const summary: ImportSummary = {
    importId: null,
    status: "checked",
    files: names,
    rows: 0,
    records: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    refused: [],
    resumed: false,
    seconds: 0,
  };
  const finish = () => ({ ...summary, seconds: (performance.now() - started) / 1000 });
  if (files.length === 0) {
    summary.status = "refused";
    summary.refused.push({ file: path, reason: "No importable file (HistoryAtState visits or travels XML, or events CSV)" });
    return finish();
  }

  // Pass 1: every row validated, shared records gathered; nothing written.
  const shared = new Map<string, PlannedRecord>();
  let problems = 0;
  for (const { file, format } of files) {
    try {
      for await (const row of format.rows(file)) {
        const mapped = format.map(row, file);
        summary.rows++;
        if (mapped.ok) {
          for (const r of mapped.shared) mergeShared(shared, r);
          summary.records += mapped.records.length;
        } else {
          problems++;
          if (summary.refused.length < MAX_PROBLEMS) summary.refused.push({ file, ...mapped.problem });
        }
        if (summary.rows % 500 === 0) opts.onProgress?.({ phase: "checking", done: summary.rows, total: 0, errors: problems });
      }
    } catch (e) {
      if (!(e instanceof ImportFileError)) throw e;
      problems++;
      summary.refused.push(e.problem);
    }
  }
  summary.records += shared.size;
  if (problems > 0) {
    summary.status = "refused";
    return finish();
  }
  if (opts.dryRun) return finish();

  // Resume an interrupted run of the same content, or start one.
  const digest = await digestOf(
    files.map((f) => f.file),
    !!opts.publish,
  );
  const previous = await db.importRun.findFirst({ where: { digest, status: "running" }, orderBy: { startedAt: "desc" } });
  const run =
    previous ??
    (await db.importRun.create({
      data: {
        id: `imp-${fingerprintOf([digest, Date.now(), Math.random()]).slice(0, 16)}`,
        file: path,
        digest,
        format: [...new Set(files.map((f) => f.format.name))].join(","),
        publish: !!opts.publish,
        total: summary.rows,
        actorId: opts.actor?.id ?? null,
      },
    }));
  summary.importId = run.id;
  summary.resumed = !!previous;
  const bulk = {
    actor: opts.actor ?? { id: null },
    state: opts.publish ? ("published" as const) : ("draft" as const),
    importId: run.id,
    reason: `Imported from ${basename(path)} (${run.id})`,
  };
  const add = (c: BulkCounts) => {
    summary.created += c.created;
    summary.updated += c.updated;
    summary.unchanged += c.unchanged;
  };

  // Shared records first: events refer to them.
  const ordered = [...shared.values()].sort((a, b) => SHARED_ORDER.indexOf(a.kind as never) - SHARED_ORDER.indexOf(b.kind as never));
  for (let i = 0; i < ordered.length; i += batchSize) add(await writeBulk(db, ordered.slice(i, i + batchSize), bulk));

  // Pass 2: the rows' own records, in batches committed with the checkpoint.
  let done = 0;
  const skip = run.done;
  let batch: PlannedRecord[] = [];
  let batchRows = 0;
  const flush = async () => {
    const rows = batchRows;
    add(
      await writeBulk(db, batch, bulk, async (tx, c) => {
        await tx.importRun.update({
          where: { id: run.id },
          data: {
            done: { increment: rows },
            created: { increment: c.created },
            updated: { increment: c.updated },
            unchanged: { increment: c.unchanged },
          },
        });
      }),
    );
    batch = [];
    batchRows = 0;
    opts.onProgress?.({ phase: "writing", done, total: summary.rows, errors: 0 });
  };
  for (const { file, format } of files) {
    for await (const row of format.rows(file)) {
      done++;
      if (done <= skip) continue;
      const mapped = format.map(row, file);
      if (!mapped.ok) throw new Error(`${file}:${row.line}: ${mapped.problem.reason} (the file changed during the import)`);
      batch.push(...mapped.records);
      batchRows++;
      if (batchRows >= batchSize) await flush();
    }
  }
  await flush();
  await db.importRun.update({ where: { id: run.id }, data: { status: "completed", finishedAt: new Date() } });
  summary.status = "completed";
  return finish();
}
