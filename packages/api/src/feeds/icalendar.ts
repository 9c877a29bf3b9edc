/**
 * An iCalendar (RFC 5545) of dated commitments and events: all-day entries on the day they fall
 * due or happen. A commitment due "2025" appears on its last day, 31 December 2025.
 */
import type { CommitmentSummary, EventSummary } from "@ties/domain";
import { addDays } from "@ties/domain";
import { withoutControlCharacters } from "./xml-text";

const text = (s: string) =>
  withoutControlCharacters(s)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    // A bare CR is a line end to many readers: left alone it would start a property of its own.
    .replace(/\r\n?|\n/g, "\\n");
const day = (d: string) => d.replace(/-/g, "");

/** Lines longer than 75 octets are folded (RFC 5545 3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const ch of line) {
    if (new TextEncoder().encode(current + ch).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
    }
    current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export interface CalendarInfo {
  siteUrl: string;
  name: string;
  stamp: string;
}

/** The calendar's entry writers for one site and stamp. */
function entries(info: CalendarInfo) {
  const host = new URL(info.siteUrl).host;
  const stamp = info.stamp.replace(/[-:]/g, "").replace(/\.\d+/, "");
  const lines = (l: string[]) => l.map((x) => `${fold(x)}\r\n`).join("");
  return {
    head: () =>
      lines(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ties//Record//EN", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${text(info.name)}`]),
    commitment: (c: CommitmentSummary) =>
      // Only open commitments have a date still worth a calendar entry.
      !c.dueBy || !["not_yet_due", "in_progress", "overdue"].includes(c.status)
        ? ""
        : lines([
            "BEGIN:VEVENT",
            `UID:commitment-${c.id}@${host}`,
            `DTSTAMP:${stamp}`,
            `DTSTART;VALUE=DATE:${day(c.dueBy)}`,
            `DTEND;VALUE=DATE:${day(addDays(c.dueBy, 1))}`,
            `SUMMARY:${text(`Due: ${c.text.en}`)}`,
            `DESCRIPTION:${text(`Status on ${c.asOf}: ${c.status.replace(/_/g, " ")}${c.dueText ? `. Due "${c.dueText}"` : ""}`)}`,
            `URL:${info.siteUrl}/commitments/${c.slug}`,
            "END:VEVENT",
          ]),
    event: (e: EventSummary) =>
      lines([
        "BEGIN:VEVENT",
        `UID:event-${e.id}@${host}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${day(e.dateFirst)}`,
        `DTEND;VALUE=DATE:${day(addDays(e.dateLast, 1))}`,
        `SUMMARY:${text(e.title.en)}`,
        `DESCRIPTION:${text(e.summary.en)}`,
        `URL:${info.siteUrl}/events/${e.slug}`,
        "END:VEVENT",
      ]),
    tail: () => lines(["END:VCALENDAR"]),
  };
}

export async function* datesCalendarText(
  commitments: readonly CommitmentSummary[],
  eventPages: AsyncIterable<readonly EventSummary[]>,
  info: CalendarInfo,
): AsyncGenerator<string, undefined> {
  const write = entries(info);
  yield write.head() + commitments.map(write.commitment).join("");
  for await (const page of eventPages) yield page.map(write.event).join("");
  yield write.tail();
  return undefined;
}
