/**
 * Runs an import: finds the files and their formats, reads, validates and maps every row once (a
 * file with any bad row is refused before anything is written), keeping the rows' records in a
 * temporary file (spool.ts), writes the records the rows share (sources, organisations, people,
 * positions), then reads the rows' records back and writes them in committed batches, each with
 * the run's checkpoint, two at once on two connections and committed in order
 * (write-pipeline.ts). Re-running the same files resumes an interrupted run after its last
 * committed batch; re-importing changes nothing.
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { type Actor, type BulkCounts, type BulkOptions, type Db, fingerprintOf, type StageTimings, timed, writeBulk } from "@ties/db";
import { type IMPORT_LANDING_STATES, periodEnd, periodStart } from "@ties/domain";
import { parse as parseSync } from "csv-parse/sync";
import { type CopyWriter, openCopyWriter } from "./copy-writer";
import { csvEventsFormat } from "./formats/csv-events";
import { csvAgreementsFormat, csvOrganizationsFormat, csvPeopleFormat } from "./formats/csv-records";
import { tiesExportFormat } from "./formats/ties-export";
import { travelsFormat } from "./historyatstate/travels";
import { visitsFormat } from "./historyatstate/visits";
import { ImportFileError, type ImportFormat, type ImportProblem, type PlannedRecord } from "./import-plan";
import { openSpool, type Spool } from "./spool";
import { writePipeline } from "./write-pipeline";

export interface ImportOptions {
  /** Imported records land published (a curated dataset) instead of as drafts. */
  publish?: boolean;
  /** Where imported records land; overrides `publish`. `in_review` puts them in the review queue. */
  state?: ImportState;
  /**
   * An ImportRun row made beforehand (the admin app's background imports): the run reports into
   * it, and takes over the checkpoint of an interrupted run of the same content.
   */
  runId?: string;
  /** The name the run, its revisions and its audit entries give the input (default: the path's). */
  label?: string;
  /** Whether a run is still going on in this process (an interrupted one is not). */
  busy?: (runId: string) => boolean;
  /** Validate and count only; write nothing. */
  dryRun?: boolean;
  actor?: Actor;
  /**
   * Whether a batch that only creates records may stream its rows with COPY (the default); false
   * writes every batch through the audited per-record path.
   */
  copy?: boolean;
  /** Rows per committed batch. */
  batchSize?: number;
  /**
   * Batches written at once, each on a connection of its own (default 2; three were no faster
   * on two shared cores, and cost more CPU: docs/benchmarks/import.md).
   */
  writers?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Collects milliseconds per stage (reading, checking, each table's statements...): a profile. */
  timings?: StageTimings;
}

export interface ImportProgress {
  phase: "checking" | "writing";
  done: number;
  total: number;
  errors: number;
  /** The first problems found so far. */
  problems: ImportProblem[];
}

export type ImportState = (typeof IMPORT_LANDING_STATES)[number];

export interface ImportSummary extends BulkCounts {
  importId: string | null;
  status: "completed" | "refused" | "checked";
  files: string[];
  /** Rows (visits, trips, CSV lines) in the files. */
  rows: number;
  /** Records written or compared (events, people, citations...). */
  records: number;
  refused: ImportProblem[];
  /** Rows refused in all (`refused` lists the first of them). */
  errorCount: number;
  /** Whether an interrupted run of the same files was resumed. */
  resumed: boolean;
  seconds: number;
}

const MAX_PROBLEMS = 20;
const SHARED_ORDER = ["source", "organization", "person", "position", "citation"] as const;

/**
 * The kind a CSV holds, from its header row: events name a `title` and a `date`, agreements their
 * `parties`, organisations their `kind`, people only a `name`. Anything else is read as events, so
 * the refusal names the columns events need.
 */
function csvFormatOf(head: string) {
  let header: string[] = [];
  try {
    header = ((parseSync(head.split(/\r?\n/)[0] ?? "", { bom: true, trim: true }) as string[][])[0] ?? []).map((c) => c.toLowerCase());
  } catch {
    return csvEventsFormat;
  }
  const has = (c: string) => header.includes(c);
  if (has("title") || has("date") || !has("name")) return csvEventsFormat;
  if (has("parties")) return csvAgreementsFormat;
  if (has("kind")) return csvOrganizationsFormat;
  return csvPeopleFormat;
}

/** The format of a file, from its extension and, for CSV its header row, for XML its root element. */
export async function formatOf(file: string): Promise<ImportFormat | null> {
  const ext = extname(file).toLowerCase();
  if (![".csv", ".xml", ".jsonl", ".json"].includes(ext)) return null;
  const fh = await open(file, "r");
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString("utf8");
    if (ext === ".csv") return csvFormatOf(head) as ImportFormat;
    if (ext === ".jsonl" || ext === ".json") return /^\s*\{"format":"ties-export"/.test(head) ? (tiesExportFormat as ImportFormat) : null;
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

async function digestOf(files: string[], state: ImportState): Promise<string> {
  const h = createHash("sha256").update(`${state}\n`);
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
    errorCount: 0,
    resumed: false,
    seconds: 0,
  };
  const finish = () => ({ ...summary, seconds: (performance.now() - started) / 1000 });
  if (files.length === 0) {
    summary.status = "refused";
    summary.refused.push({
      file: path,
      reason:
        "No importable file (HistoryAtState visits or travels XML, CSV of events, people, organisations or agreements, or a Ties export)",
    });
    return finish();
  }

  // The rows' records, kept while they are checked for the write (none in a dry run).
  const spool = opts.dryRun ? null : await openSpool();
  try {
    return await checkAndWrite(db, path, files, spool, summary, opts, finish);
  } finally {
    await spool?.remove();
  }
}

async function checkAndWrite(
  db: Db,
  path: string,
  files: { file: string; format: ImportFormat }[],
  spool: Spool | null,
  summary: ImportSummary,
  opts: ImportOptions,
  finish: () => ImportSummary,
): Promise<ImportSummary> {
  const batchSize = opts.batchSize ?? 1000;
  const state: ImportState = opts.state ?? (opts.publish ? "published" : "draft");
  const label = opts.label ?? basename(path);
  // Pass 1: every row validated and mapped, shared records gathered, the rows' records spooled;
  // nothing written to the database.
  const checkStarted = performance.now();
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
          // Once a row is refused the file is, and nothing more need be kept.
          if (problems === 0) {
            const written = spool?.add(mapped.records);
            if (written) await written;
          }
        } else {
          problems++;
          if (summary.refused.length < MAX_PROBLEMS) summary.refused.push({ file, ...mapped.problem });
        }
        if (summary.rows % 500 === 0)
          opts.onProgress?.({ phase: "checking", done: summary.rows, total: 0, errors: problems, problems: summary.refused });
      }
    } catch (e) {
      if (!(e instanceof ImportFileError)) throw e;
      problems++;
      summary.refused.push(e.problem);
    }
  }
  opts.timings?.set("check: read and map every row", performance.now() - checkStarted);
  summary.records += shared.size;
  summary.errorCount = problems;
  if (problems > 0) {
    summary.status = "refused";
    return finish();
  }
  if (!spool) return finish();

  // Resume an interrupted run of the same content, or start one.
  const digest = await timed(opts.timings, "digest of the files", () =>
    digestOf(
      files.map((f) => f.file),
      state,
    ),
  );
  const format = [...new Set(files.map((f) => f.format.name))].join(",");
  const previous = await db.importRun.findFirst({
    where: { digest, status: { in: ["running", "failed"] }, ...(opts.runId ? { id: { not: opts.runId } } : {}) },
    orderBy: { startedAt: "desc" },
  });
  if (previous && opts.runId && opts.busy?.(previous.id)) {
    throw new Error(`The same content is being imported now (${previous.id}): wait for it to finish`);
  }
  let run: { id: string; done: number };
  if (opts.runId) {
    // The given run takes over the interrupted one's checkpoint and counts; that one is closed.
    const carried = previous
      ? { done: previous.done, created: previous.created, updated: previous.updated, unchanged: previous.unchanged }
      : {};
    const [taken] = await db.$transaction([
      db.importRun.update({
        where: { id: opts.runId },
        data: {
          digest,
          format,
          state,
          publish: state === "published",
          total: summary.rows,
          checked: summary.rows,
          status: "running",
          ...carried,
        },
      }),
      ...(previous ? [db.importRun.update({ where: { id: previous.id }, data: { status: "resumed", finishedAt: new Date() } })] : []),
    ]);
    run = taken;
    if (previous) {
      summary.created += previous.created;
      summary.updated += previous.updated;
      summary.unchanged += previous.unchanged;
    }
  } else {
    run =
      previous ??
      (await db.importRun.create({
        data: {
          id: `imp-${fingerprintOf([digest, Date.now(), Math.random()]).slice(0, 16)}`,
          file: path,
          digest,
          format,
          state,
          publish: state === "published",
          total: summary.rows,
          checked: summary.rows,
          actorId: opts.actor?.id ?? null,
        },
      }));
  }
  summary.importId = run.id;
  summary.resumed = !!previous;
  const bulk: BulkOptions = {
    actor: opts.actor ?? { id: null },
    state,
    importId: run.id,
    reason: `Imported from ${label} (${run.id})`,
    timings: opts.timings,
  };

  // Two connections: the database writes one batch while it writes the next (see write-pipeline.ts).
  const writers: CopyWriter[] = [];
  try {
    if (opts.copy !== false)
      for (let i = 0; i < (opts.writers ?? 2); i++) {
        const w = await openCopyWriter(db);
        if (w) writers.push(w);
      }
    await writeRecords(db, writers, spool, shared, run, bulk, batchSize, summary, opts);
  } finally {
    for (const w of writers) await w.close();
  }
  await db.importRun.update({ where: { id: run.id }, data: { status: "completed", finishedAt: new Date() } });
  summary.status = "completed";
  return finish();
}

/**
 * Writes the shared records, then the rows' own records in batches committed with the run's
 * checkpoint, each batch through COPY where it only creates records, else through the audited
 * per-record path.
 */
async function writeRecords(
  db: Db,
  writers: CopyWriter[],
  spool: Spool,
  shared: Map<string, PlannedRecord>,
  run: { id: string; done: number },
  bulk: BulkOptions,
  batchSize: number,
  summary: ImportSummary,
  opts: ImportOptions,
): Promise<void> {
  const add = (c: BulkCounts) => {
    summary.created += c.created;
    summary.updated += c.updated;
    summary.unchanged += c.unchanged;
  };
  const writeBatch = async (copy: CopyWriter | null, records: PlannedRecord[], rows?: number) =>
    (await copy?.write(records, bulk, rows === undefined ? undefined : { runId: run.id, rows })) ??
    (await writeBulk(
      db,
      records,
      bulk,
      rows === undefined
        ? undefined
        : async (tx, c) => {
            await tx.importRun.update({
              where: { id: run.id },
              data: {
                done: { increment: rows },
                created: { increment: c.created },
                updated: { increment: c.updated },
                unchanged: { increment: c.unchanged },
              },
            });
          },
    ));

  // Shared records first: events refer to them.
  const ordered = [...shared.values()].sort((a, b) => SHARED_ORDER.indexOf(a.kind as never) - SHARED_ORDER.indexOf(b.kind as never));
  const sharedStarted = performance.now();
  for (let i = 0; i < ordered.length; i += batchSize) add(await writeBatch(writers[0] ?? null, ordered.slice(i, i + batchSize)));
  opts.timings?.set("write shared records", performance.now() - sharedStarted);

  // Pass 2: the rows' own records, read back from the spool, in batches committed in order with
  // the checkpoint, two written at once while the next is read.
  let done = 0;
  const pipeline = writePipeline({
    writers,
    prepare: (w, b, order) => w.prepare(b.records, bulk, { runId: run.id, rows: b.rows }, order),
    alone: (w, b) => timed(opts.timings, "write: batches written alone (after a first try)", () => writeBatch(w, b.records, b.rows)),
    committed: (counts, b) => {
      add(counts);
      done += b.rows;
      opts.onProgress?.({ phase: "writing", done: run.done + done, total: summary.rows, errors: 0, problems: [] });
    },
    lockTimeoutMs: 20_000,
  });
  let batch: PlannedRecord[] = [];
  let batchRows = 0;
  const flush = async () => {
    if (batchRows === 0) return;
    const b = { records: batch, rows: batchRows };
    batch = [];
    batchRows = 0;
    await timed(opts.timings, "write: wait for a writer", () => pipeline.submit(b));
  };
  const writeStarted = performance.now();
  try {
    // Rows the interrupted run committed are skipped.
    for await (const records of spool.rows(run.done)) {
      for (const r of records) batch.push(r);
      batchRows++;
      if (batchRows >= batchSize) await flush();
    }
    await flush();
  } finally {
    // No write is left running behind a failure; the first failure is thrown.
    await timed(opts.timings, "write: wait for the last batches", () => pipeline.finish());
  }
  opts.timings?.set("write: rows in all", performance.now() - writeStarted);
}
