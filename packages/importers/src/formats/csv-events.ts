/**
 * Events from CSV, one per row, read with csv-parse (streaming). A header row is required.
 *
 * Columns (README "Importing"): `key` (required, the row's external key: re-importing the same
 * key updates that event), `type` (meeting, visit, summit, ...), `date` (YYYY[-MM[-DD]] or
 * START/END), `title`, `summary`, `parties` (ISO codes separated by ';' or ' '), and optional
 * `slug`, `title_fr`, `summary_fr`, `city`, `place`, `country` (where it happened), `areas`
 * (area slugs, ';'), `outcomes` (';'), `dataset` (names the key space; default "csv").
 */
import type { ImportFormat, MappedRow, SourceRow } from "../import-plan";
import { InvalidRecord, planRecord } from "../plan-record";
import { slugOf } from "../stable-id";
import { type CsvRow, csvRows, listOf } from "./csv-rows";

export const CSV_EVENT_COLUMNS = {
  required: ["key", "type", "date", "title", "summary", "parties"],
  optional: ["slug", "title_fr", "summary_fr", "city", "place", "country", "areas", "outcomes", "dataset"],
} as const;

const list = (v: string | undefined) => listOf(v, true);

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
  rows: (file) => csvRows(file, CSV_EVENT_COLUMNS),
  map: (row) => mapCsvEvent(row),
};
