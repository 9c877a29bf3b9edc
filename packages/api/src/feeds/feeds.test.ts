/** Feed and download formats: Atom, iCalendar and CSV, written by hand, checked against their specs' rules. */
import type { CommitmentSummary, RecentEvent } from "@ties/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { eventsAtom } from "./atom";
import { eachPage, textStream } from "./all-pages";
import { eventsCsvText } from "./csv";
import { type CalendarInfo, datesCalendarText } from "./icalendar";
import { RECORDS_PER_SITEMAP, sitemapFiles, sitemapIndex, sitemapUrls } from "./sitemap";

const event: RecentEvent = {
  id: "evt-1",
  slug: "a-meeting",
  type: "meeting",
  plover: { code: "CONSULT", mode: "visit" },
  title: { en: "Talks on <minerals> & energy" },
  date: "2025-05-17/2025-05-19",
  dateFirst: "2025-05-17",
  dateLast: "2025-05-19",
  precision: "day",
  parties: ["KR", "CA"],
  location: {},
  summary: { en: 'They said "more", then, less; again\nnew line' },
  areaSlugs: [],
  state: "published",
  publishedAt: "2026-11-20T09:30:00.000Z",
  updatedAt: "2026-11-21T10:00:00.000Z",
};
/** A writer's whole text, its events given as one page. */
async function whole(pieces: AsyncGenerator<string, unknown>): Promise<string> {
  let text = "";
  for await (const piece of pieces) text += piece;
  return text;
}
const onePage = async function* <T>(items: readonly T[]) {
  yield items;
};
const datesCalendar = (input: { commitments: readonly CommitmentSummary[]; events: readonly RecentEvent[] }, info: CalendarInfo) =>
  whole(datesCalendarText(input.commitments, onePage(input.events), info));
const eventsCsv = (events: readonly RecentEvent[], siteUrl: string) => whole(eventsCsvText(onePage(events), siteUrl));

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
  const xml = eventsAtom(
    [event, { ...event, id: "evt-2", slug: "b", title: { en: "Form\ffeed" }, updatedAt: "2026-11-01T00:00:00.000Z" }],
    {
      siteUrl: "https://ties.example",
      title: "Ties",
    },
  );

  it("escapes markup, drops characters XML forbids, and links each entry to its page", () => {
    expect(xml).toContain("<title>Talks on &lt;minerals&gt; &amp; energy</title>");
    expect(xml).toContain("<title>Formfeed</title>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://ties.example/events/a-meeting"/>');
    expect(xml).not.toMatch(/<minerals>/);
  });

  it("dates entries by publication and the feed by its latest change", () => {
    expect(xml).toContain("<published>2026-11-20T09:30:00.000Z</published>");
    expect(xml).toMatch(/<feed[\s\S]*?<updated>2026-11-21T10:00:00.000Z<\/updated>/);
  });
});

describe("iCalendar", () => {
  let unfolded = "";
  beforeAll(async () => {
    const ics = await datesCalendar(
      { commitments: [commitment], events: [event] },
      { siteUrl: "https://ties.example", name: "Ties dates", stamp: "2026-11-22T10:00:00.000Z" },
    );
    unfolded = ics.replace(/\r\n /g, "");
  });

  it("uses CRLF line ends and folds long lines at 75 octets without splitting a character", async () => {
    const title = "한국과 캐나다의 외교장관 회담: 핵심광물 공급망과 에너지 안보 협력을 논의한 긴 제목";
    const long = await datesCalendar(
      { commitments: [], events: [{ ...event, title: { en: title } }] },
      { siteUrl: "https://ties.example", name: "x", stamp: "2026-11-22T10:00:00Z" },
    );
    expect(long.endsWith("\r\n")).toBe(true);
    const lines = long.split("\r\n");
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(long.replace(/\r\n /g, "")).toContain(`SUMMARY:${title}`);
  });

  it("leaves settled commitments out", async () => {
    const settled = await datesCalendar(
      { commitments: [{ ...commitment, status: "fulfilled" }], events: [] },
      { siteUrl: "https://ties.example", name: "x", stamp: "2026-11-22T10:00:00Z" },
    );
    expect(settled).not.toContain("BEGIN:VEVENT");
  });

  it("puts a commitment due within a year on that year's last day, and an event over its days", () => {
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20250517\r\nDTEND;VALUE=DATE:20250520");
    expect(unfolded).toContain("DTSTAMP:20261122T100000Z");
  });

  it("escapes commas, semicolons and new lines in text", () => {
    expect(unfolded).toContain('DESCRIPTION:They said "more"\\, then\\, less\\; again\\nnew line');
  });

  it("never lets a bare CR or other control character start a line of its own", async () => {
    const injected = await datesCalendar(
      { commitments: [], events: [{ ...event, title: { en: "Talks\rBEGIN:VEVENT\u001b\u0000x" } }] },
      { siteUrl: "https://ties.example", name: "x", stamp: "2026-11-22T10:00:00Z" },
    );
    const lines = injected.split("\r\n");
    expect(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
      lines.every((l) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(l)),
      JSON.stringify(lines),
    ).toBe(true);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(injected.replace(/\r\n /g, "")).toContain("SUMMARY:Talks\\nBEGIN:VEVENT");
  });
});

describe("CSV", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", async () => {
    const csv = await eventsCsv([{ ...event, title: { en: 'say "hi", x' }, location: { city: "=SUM(A1)" } }], "https://ties.example");
    expect(csv.split("\r\n")[1]).toContain(',"say ""hi"", x",\'=SUM(A1),,');
  });

  it("writes one event row with its PLOVER code and address", async () => {
    const csv = await eventsCsv([event], "https://ties.example");
    expect(csv.split("\r\n")[1]).toBe(
      "evt-1,a-meeting,2025-05-17/2025-05-19,2025-05-17,2025-05-19,day,meeting,CONSULT/visit,Talks on <minerals> & energy,,,,https://ties.example/events/a-meeting",
    );
  });
});

describe("sitemaps", () => {
  it("splits each kind into files of RECORDS_PER_SITEMAP records, and leaves out empty kinds", () => {
    expect(sitemapFiles({ event: 2 * RECORDS_PER_SITEMAP + 1, agreement: 0, person: 1 })).toEqual([
      "pages",
      "event-0",
      "event-1",
      "event-2",
      "person-0",
    ]);
    // A file stays within the protocol's 50,000 addresses with a page in each of three languages.
    expect(RECORDS_PER_SITEMAP * 3).toBeLessThanOrEqual(50_000);
  });

  it("names every translation of every address, escaped", () => {
    const xml = sitemapUrls(["/sources/a&b"], { base: "https://ties.example", locales: ["en", "fr"] });
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain("<loc>https://ties.example/fr/sources/a&amp;b</loc>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://ties.example/en/sources/a&amp;b"/>');
    expect(sitemapIndex(["https://ties.example/sitemaps/pages.xml"])).toContain(
      "<sitemap><loc>https://ties.example/sitemaps/pages.xml</loc></sitemap>",
    );
  });
});

describe("events CSV written page by page", () => {
  it("is the same CSV as the whole list written as one page, and reads each page only when asked", async () => {
    const events = ["a", "b", "c"].map((slug) => ({ ...event, id: `evt-${slug}`, slug }));
    let read = 0;
    const pages = eachPage(async (cursor) => {
      read++;
      const at = cursor ? Number(cursor) : 0;
      return { items: events.slice(at, at + 2), nextCursor: at + 2 < events.length ? String(at + 2) : null };
    });
    const reader = textStream(eventsCsvText(pages, "https://ties.example")).getReader();
    const first = await reader.read();
    expect(read).toBe(0);
    let text = new TextDecoder().decode(first.value);
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
    expect(read).toBe(2);
    expect(text).toBe(await eventsCsv(events, "https://ties.example"));
  });
});

describe("the calendar written page by page", () => {
  it("is the same calendar as the whole one written as one page", async () => {
    const events = ["a", "b", "c"].map((slug) => ({ ...event, id: `evt-${slug}`, slug }));
    const info = { siteUrl: "https://ties.example", name: "Ties: dates", stamp: "2026-11-22T00:00:00Z" };
    const pages = eachPage(async (cursor) =>
      cursor ? { items: events.slice(2), nextCursor: null } : { items: events.slice(0, 2), nextCursor: "2" },
    );
    const text = await new Response(textStream(datesCalendarText([commitment], pages, info))).text();
    expect(text).toBe(await datesCalendar({ commitments: [commitment], events }, info));
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });
});
