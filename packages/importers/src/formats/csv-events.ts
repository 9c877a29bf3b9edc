/**
 * Events from CSV, one per row, read with csv-parse (streaming). A header row is required.
 *
 * Columns (README "Importing"): `key` (required, the row's external key: re-importing the same
 * key updates that event), `type` (meeting, visit, summit, ...), `date` (YYYY[-MM[-DD]] or
 * START/END), `title`, `summary`, `parties` (ISO codes separated by ';' or ' '), and optional
 * `slug`, `title_fr`, `summary_fr`, `city`, `place`, `country` (where it happened), `areas`
 * (area slugs, ';'), `outcomes` (';'), `dataset` (names the key space; default "csv").
 */
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { ImportFileError, type ImportFormat, type MappedRow, type SourceRow } from "../import-plan";
import { InvalidRecord, planRecord } from "../plan-record";
import { slugOf } from "../stable-id";

const REQUIRED = ["key", "type", "date", "title", "summary", "parties"] as const;
const KNOWN = new Set<string>([...REQUIRED, "slug", "title_fr", "summary_fr", "city", "place", "country", "areas", "outcomes", "dataset"]);

type CsvRow = Record<string, string>;

async function* csvRows(file: string): AsyncIterable<SourceRow<CsvRow>> {
  let header: string[] | null = null;
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (h: string[]) => {
        header = h.map((c) => c.trim().toLowerCase());
        const missing = REQUIRED.filter((c) => !header!.includes(c));
        if (missing.length)
          throw new ImportFileError({ file, line: 1, reason: `The header row lacks the column(s) ${missing.join(", ")}` });
        const unknown = header.filter((c) => !KNOWN.has(c));
        if (unknown.length) throw new ImportFileError({ file, line: 1, reason: `Unknown column(s) ${unknown.join(", ")}` });
        return header;
      },
    }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: CsvRow; info: { lines: number } }>) {
      yield { value: rec.record, line: rec.info.lines };
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    const err = e as { message?: string; lines?: number; column?: number | string };
    throw new ImportFileError({ file, line: err.lines, reason: err.message ?? String(e) });
  }
}

const list = (v: string | undefined) =>
  (v ?? "")
    .split(/[;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function mapCsvEvent(row: SourceRow<CsvRow>): MappedRow {
  const r = row.value;
  const dataset = r.dataset || "csv";
  try {
    if (!r.key) throw new InvalidRecord("key: a row needs its external key");
    const event = planRecord("event", dataset, `event:${r.key}`, {
      slug: r.slug || slugOf(`${r.key}-${r.title ?? ""}`, 100),
      type: r.type,
      title: { en: r.title, ...(r.title_fr ? { fr: r.title_fr } : {}) },
      date: r.date,
      parties: list(r.parties).map((c) => c.toUpperCase()),
      location: {
        ...(r.place ? { place: r.place } : {}),
        ...(r.city ? { city: r.city } : {}),
        ...(r.country ? { countryCode: r.country.toUpperCase() } : {}),
      },
      summary: { en: r.summary, ...(r.summary_fr ? { fr: r.summary_fr } : {}) },
      outcomes: (r.outcomes ?? "")
        .split(";")
        .map((o) => o.trim())
        .filter(Boolean),
      areaSlugs: list(r.areas),
    });
    return { ok: true, shared: [], records: [event] };
  } catch (e) {
    if (!(e instanceof InvalidRecord)) throw e;
    return { ok: false, problem: { line: row.line, reason: e.message.replace(/^event event:/, "row") } };
  }
}

export const csvEventsFormat: ImportFormat<CsvRow> = {
  name: "csv-events",
  rows: csvRows,
  map: (row) => mapCsvEvent(row),
};
