/**
 * Ties' own export (`npm run export`, the admin download) read as records: each record still in
 * the export, as its latest revision holds it (the domain input the audited write path stored),
 * with its own id, so links between records hold. Read line by line (node:readline), in passes:
 * the first finds each record's latest revision and which records remain; then one pass per kind,
 * parents before the records that refer to them.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { type CuratedKind, STORES } from "@ties/db";
import { EXPORT_FORMAT, EXPORT_VERSION } from "@ties/db/ops";
import { ImportFileError, type ImportFormat, type MappedRow, type SourceRow } from "../import-plan";
import { InvalidRecord, planRecord } from "../plan-record";

export const TIES_EXPORT_DATASET = "ties-export";

/** Kinds in the order their records may refer to one another. */
const ORDER: CuratedKind[] = [
  "area",
  "source",
  "organization",
  "person",
  "position",
  "agreement",
  "event",
  "commitment",
  "claim",
  "citation",
];

interface ExportedRecord {
  kind: CuratedKind;
  id: string;
  input: unknown;
}

async function* lines(file: string): AsyncIterable<{ text: string; line: number }> {
  const rl = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of rl) {
    line++;
    yield { text, line };
  }
}

function parseLine(file: string, text: string, line: number): { t?: string; r?: Record<string, unknown> } {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportFileError({ file, line, reason: "Not valid JSON" });
  }
}

async function* exportRows(file: string): AsyncIterable<SourceRow<ExportedRecord>> {
  const tableKind = new Map(ORDER.map((k) => [STORES[k].table, k]));
  const latest = new Map<string, number>();
  const live = new Set<string>();
  let ended = false;
  for await (const { text, line } of lines(file)) {
    if (line === 1) {
      const head = parseLine(file, text, line) as { format?: string; version?: number };
      if (head.format !== EXPORT_FORMAT) throw new ImportFileError({ file, line, reason: "Not a Ties export (no ties-export header)" });
      if (head.version !== EXPORT_VERSION)
        throw new ImportFileError({
          file,
          line,
          reason: `Export version ${head.version} is not supported (this Ties reads ${EXPORT_VERSION})`,
        });
      continue;
    }
    if (!text.trim()) continue;
    const row = parseLine(file, text, line) as { t?: string; r?: Record<string, unknown>; end?: boolean };
    if (row.end) {
      ended = true;
      break;
    }
    if (!row.t || !row.r) throw new ImportFileError({ file, line, reason: "A line that is not a row of the export" });
    if (row.t === "Revision") {
      const key = `${String(row.r.recordKind)}\u0000${String(row.r.recordId)}`;
      latest.set(key, Math.max(latest.get(key) ?? 0, Number(row.r.version)));
    }
    const kind = tableKind.get(row.t);
    if (kind) live.add(`${kind}\u0000${String(row.r.id)}`);
  }
  if (!ended) throw new ImportFileError({ file, reason: "The export is truncated (no closing line)" });
  for (const kind of ORDER) {
    for await (const { text, line } of lines(file)) {
      if (!text.startsWith('{"t":"Revision"')) continue;
      const r = (parseLine(file, text, line) as { r: Record<string, unknown> }).r;
      const key = `${String(r.recordKind)}\u0000${String(r.recordId)}`;
      if (r.recordKind !== kind || !live.has(key) || latest.get(key) !== Number(r.version)) continue;
      const snapshot = r.snapshot as { input?: unknown } | null;
      yield { value: { kind, id: String(r.recordId), input: snapshot?.input }, line };
    }
  }
}

export function mapExportedRecord(row: SourceRow<ExportedRecord>): MappedRow {
  const { kind, id, input } = row.value;
  try {
    return { ok: true, shared: [], records: [planRecord(kind, TIES_EXPORT_DATASET, `${kind}:${id}`, input, id)] };
  } catch (e) {
    if (!(e instanceof InvalidRecord)) throw e;
    return { ok: false, problem: { line: row.line, reason: e.message } };
  }
}

export const tiesExportFormat: ImportFormat<ExportedRecord> = {
  name: "ties-export",
  rows: exportRows,
  map: mapExportedRecord,
};
