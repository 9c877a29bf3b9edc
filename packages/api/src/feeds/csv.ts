/** CSV (RFC 4180) for the open-data downloads: quoted where needed, CRLF line ends. */
import type { EventSummary } from "@ties/domain";

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? "" : String(v);
    // A leading =, +, - or @ would run as a formula in spreadsheet software.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${[header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

/** One row per event, with its PLOVER code and page address. */
export function eventsCsv(events: readonly EventSummary[], siteUrl: string): string {
  return toCsv(
    ["id", "slug", "date", "first_day", "last_day", "precision", "type", "plover", "title", "city", "country", "areas", "url"],
    events.map((e) => [
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
    ]),
  );
}
