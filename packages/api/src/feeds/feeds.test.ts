/** Feed and download formats: Atom, iCalendar and CSV, written by hand, checked against their specs' rules. */
import type { CommitmentSummary, EventSummary } from "@ties/domain";
import { describe, expect, it } from "vitest";
import { eventsAtom } from "./atom";
import { toCsv } from "./csv";
import { datesCalendar } from "./icalendar";

const event: EventSummary = {
  id: "evt-1",
  slug: "a-meeting",
  type: "meeting",
  plover: { code: "CONSULT", mode: "visit" },
  title: { en: "Talks on <minerals> & energy" },
  date: "2025-05-17/2025-05-19",
  dateFirst: "2025-05-17",
  dateLast: "2025-05-19",
  precision: "day",
  location: {},
  summary: { en: 'They said "more", then, less; again\nnew line' },
  areaSlugs: [],
  state: "published",
};
const commitment: CommitmentSummary = {
  id: "com-1",
  slug: "hold-a-dialogue",
  text: { en: "Hold the first dialogue, within the year" },
  parties: ["KR", "CA"],
  due: "2025",
  dueText: "within the year",
  dueBy: "2025-12-31",
  areaSlugs: [],
  status: "overdue",
  late: false,
  asOf: "2026-11-22",
  state: "published",
};

describe("Atom feed", () => {
  it("escapes markup and links each entry to its page", () => {
    const xml = eventsAtom([event], { siteUrl: "https://ties.example", title: "Ties", updated: "2025-05-19T00:00:00Z" });
    expect(xml).toContain("<title>Talks on &lt;minerals&gt; &amp; energy</title>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://ties.example/events/a-meeting"/>');
    expect(xml).toContain("<published>2025-05-17T00:00:00Z</published>");
    expect(xml).not.toMatch(/<minerals>/);
  });
});

describe("iCalendar", () => {
  const ics = datesCalendar({ commitments: [commitment], events: [event] }, { siteUrl: "https://ties.example", name: "Ties dates", stamp: "2026-11-22T10:00:00.000Z" });
  const unfolded = ics.replace(/\r\n /g, "");

  it("uses CRLF line ends and folds lines at 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("puts a commitment due within a year on that year's last day, and an event over its days", () => {
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20250517\r\nDTEND;VALUE=DATE:20250520");
    expect(unfolded).toContain("DTSTAMP:20261122T100000Z");
  });

  it("escapes commas, semicolons and new lines in text", () => {
    expect(unfolded).toContain('DESCRIPTION:They said "more"\\, then\\, less\\; again\\nnew line');
  });
});

describe("CSV", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["=SUM(A1)", null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),\r\n');
  });
});
