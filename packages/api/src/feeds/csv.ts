/** CSV (RFC 4180) for the open-data downloads: quoted where needed, CRLF line ends. */
import type { EventSummary } from "@ties/domain";

type Cell = string | number | null | undefined;

function cell(v: Cell): string {
  const s = v === null || v === undefined ? "" : String(v);
  // A leading =, +, - or @ would run as a formula in spreadsheet software.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV lines, each ending in CRLF. */
const csvLines = (rows: readonly (readonly Cell[])[]) => rows.map((r) => `${r.map(cell).join(",")}\r\n`).join("");

const EVENT_COLUMNS = [
  "id",
  "slug",
  "date",
  "first_day",
  "last_day",
  "precision",
  "type",
  "plover",
  "title",
  "city",
  "country",
  "areas",
  "url",
];

function eventRow(e: EventSummary, siteUrl: string): Cell[] {
  return [
    e.id,
    e.slug,
    e.date,
    e.dateFirst,
    e.dateLast,
    e.precision,
    e.type,
    `${e.plover.code}${e.plover.mode ? `/${e.plover.mode}` : ""}`,
    e.title.en,
    e.location.city,
    e.location.countryCode,
    e.areaSlugs.join(" "),
    `${siteUrl}/events/${e.slug}`,
  ];
}

/**
 * One row per event, with its PLOVER code and page address, written page by page as the pages are
 * read: a million events never sit in memory at once.
 */
export async function* eventsCsvText(pages: AsyncIterable<readonly EventSummary[]>, siteUrl: string): AsyncGenerator<string, undefined> {
  yield csvLines([EVENT_COLUMNS]);
  for await (const page of pages) yield csvLines(page.map((e) => eventRow(e, siteUrl)));
  return undefined;
}
