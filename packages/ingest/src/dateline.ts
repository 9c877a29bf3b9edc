/**
 * Wire datelines ("OTTAWA, March 8 --", "SEOUL, March 8 (Yonhap) --", "OTTAWA, le 7 mars 2025 /CNW/ -", "PEKIN, 5 novembre
 * (Xinhua) --", "NAY PYI TAW, 13 June —", "ASTANA. KAZINFORM - 10 December 2026", "Mexico City, September 24, 2026" and "Tunis, le 6 octobre 2028" alone
 * on their line).
 * The dateline's day is the reference for relative days in the copy that follows it.
 */
import type { Day } from "@ties/domain";
import {
  dayString,
  EN_MONTH_RE,
  EN_WEEKDAY_RE,
  FR_MONTH_RE,
  FR_WEEKDAY_RE,
  isValidDay,
  monthNumber,
  weekdayYear,
  yearFor,
} from "./calendar-words";
import type { Span } from "./text-span";
import { wordStart } from "./word-start";

export interface Dateline {
  city: Span & { text: string };
  date: Span & { text: string };
  day: Day;
}

/** A dateline from where its town and its date begin in the text. */
function datelineAt(cityStart: number, city: string, dateStart: number, date: string, day: Day): Dateline {
  return {
    city: { start: cityStart, end: cityStart + city.length, text: city },
    date: { start: dateStart, end: dateStart + date.length, text: date },
    day,
  };
}

const EN_DATELINE = wordStart(
  new RegExp(
    `(?<=^|\\n)[ \\t]*(?<city>[\\p{Lu}][\\p{Lu}\\p{L} .'-]{1,30}?)(?:,\\s*[\\p{Lu}][\\p{L}. ]{1,25})?,\\s+(?<date>(?<m>${EN_MONTH_RE})\\s+(?<d>\\d{1,2})(?:,\\s*(?<y>(?:19|20)\\d{2}))?)\\s*(?:\\([^)\\n]{2,30}\\)\\s*(?:--|—|–|-)?|(?:--|—|–|-)|(?<eol>(?=\\n)))`,
    "gu",
  ),
);
const FR_DATELINE = wordStart(
  new RegExp(
    `(?<=^|\\n)[ \\t]*(?<city>[\\p{Lu}][\\p{L} .'-]{1,30}?)(?:\\s*\\([^)\\n]{2,30}\\))?,\\s+(?<date>(?:le\\s+)?(?<d>1er|\\d{1,2})\\s+(?<m>${FR_MONTH_RE})\\.?(?:\\s+(?<y>(?:19|20)\\d{2}))?)\\s*(?<agency>\\/[^/\\n]{2,20}\\/|\\([^)\\n]{2,30}\\))?(?:\\s*(?:--|—|–|-)|[ \\t]*(?<eol>(?=\\n)))`,
    "giu",
  ),
);

/**
 * "NAY PYI TAW, 13 June —", "HARARE, 4 March 2030 (ZBC) -": a town in capitals, then the day before its month in English, as
 * Commonwealth and Asian papers write it, and the dash that opens the copy.
 */
const EN_DAY_FIRST_DATELINE = wordStart(
  new RegExp(
    `(?<=^|\\n)[ \\t]*(?<city>[\\p{Lu}][\\p{Lu} .'-]{1,30}?),[ \\t]+(?<date>(?<d>\\d{1,2})[ \\t]+(?<m>${EN_MONTH_RE})(?:[ \\t]+(?<y>(?:19|20)\\d{2}))?)[ \\t]*(?:\\([^)\\n]{2,30}\\)[ \\t]*)?(?:--|—|–|-)`,
    "gu",
  ),
);

/** "ASTANA. KAZINFORM - 10 December 2026": a city and an agency in capitals, then the day. */
const AGENCY_FIRST_DATELINE = wordStart(
  new RegExp(
    `(?<=^|\\n)[ \\t]*(?<city>[\\p{Lu}][\\p{Lu} '-]{2,30})\\.\\s+[\\p{Lu}]{2,20}\\s*(?:--|—|–|-)\\s*(?<date>(?<d>\\d{1,2})\\s+(?<m>${EN_MONTH_RE})\\s+(?<y>(?:19|20)\\d{2}))`,
    "gu",
  ),
);

/**
 * "May 20, 2033 - Seoul, Republic of Korea - Global Affairs Canada", "Le 20 mai 2033 – Séoul (République de Corée) – Affaires
 * mondiales Canada": a release's dateline giving its full day first, then its town (and the town's country or province),
 * then the issuing office, each part set off by a dash, alone on its line.
 */
const DAY_FIRST_DATELINE = wordStart(
  new RegExp(
    `(?<=^|\\n)[ \\t]*(?<date>(?:(?<m>${EN_MONTH_RE})\\s+(?<d>\\d{1,2}),\\s*(?<y>(?:19|20)\\d{2}))|(?:[Ll]e\\s+)?(?<fd>1er|\\d{1,2})\\s+(?<fm>${FR_MONTH_RE})\\s+(?<fy>(?:19|20)\\d{2}))[ \\t]+[-–—][ \\t]+(?<city>[\\p{Lu}][\\p{L}.'-]+(?:[ -][\\p{Lu}][\\p{L}.'-]+){0,2})(?:,[ \\t]*[\\p{Lu}][\\p{L}. ]{1,30}|[ \\t]*\\([^)\\n]{2,40}\\))?[ \\t]+[-–—][ \\t]+\\S[^\\n]{1,80}(?=\\n|$)`,
    "gu",
  ),
);

/**
 * "October 24, 2030" on its own line, then "Ottawa, Ontario" on the next: a statement's day and its town (with the town's
 * province, state or country), each alone on its line in the page's header.
 */
const DAY_THEN_TOWN_LINES = wordStart(
  new RegExp(
    `(?<=^|\\n)[ \\t]*(?<date>(?:(?<m>${EN_MONTH_RE})\\s+(?<d>\\d{1,2}),\\s*(?<y>(?:19|20)\\d{2}))|(?:[Ll]e\\s+)?(?<fd>1er|\\d{1,2})\\s+(?<fm>${FR_MONTH_RE})\\s+(?<fy>(?:19|20)\\d{2}))[ \\t]*\\n[ \\t]*(?<city>[\\p{Lu}][\\p{L}.'-]+(?:[ -][\\p{Lu}][\\p{L}.'-]+){0,2}),[ \\t]*[\\p{Lu}][\\p{L}.'-]+(?:[ -][\\p{Lu}][\\p{L}.'-]+){0,3}[ \\t]*(?=\\n)`,
    "gu",
  ),
);

/** The header datelines that give the day before the town: the day must be a real one, the town is read as written. */
function dayFirstDatelines(text: string): Dateline[] {
  const out: Dateline[] = [];
  for (const re of [DAY_FIRST_DATELINE, DAY_THEN_TOWN_LINES]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups!;
      const month = monthNumber((g.m ?? g.fm)!);
      const dd = (g.d ?? g.fd)!;
      const d = dd.toLowerCase() === "1er" ? 1 : Number(dd);
      const year = Number(g.y ?? g.fy);
      if (!month || !isValidDay(year, month, d)) continue;
      const dateStart = m.index + m[0].indexOf(g.date!);
      const cityStart = m.index + m[0].indexOf(g.city!, dateStart - m.index + g.date!.length);
      out.push(datelineAt(cityStart, g.city!, dateStart, g.date!, dayString(year, month, d)));
    }
  }
  return out;
}

/**
 * "Lundi 7 juillet – Bujumbura", "Tuesday, 8 July", "Wednesday, July 9 – Gitega": a diary's or a log's entry opening on its
 * day, alone on its line. Relative days in the entry ("hier soir", "Ce matin", "demain") count from that day.
 */
const ENTRY_HEADINGS = [
  wordStart(
    new RegExp(
      `(?<=^|\\n)[ \\t]*(?<date>(?<wd>${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE}),?\\s+(?:the\\s+)?(?<d>1er|\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>${EN_MONTH_RE}|${FR_MONTH_RE})(?:,?\\s+(?<y>(?:19|20)\\d{2}))?)[ \\t]*(?:[–—-][ \\t]*[^\\n]{1,60})?(?=\\n)`,
      "giu",
    ),
  ),
  wordStart(
    new RegExp(
      `(?<=^|\\n)[ \\t]*(?<date>(?<wd>${EN_WEEKDAY_RE}),?\\s+(?<m>${EN_MONTH_RE})\\s+(?<d>\\d{1,2})(?:,?\\s+(?<y>(?:19|20)\\d{2}))?)[ \\t]*(?:[–—-][ \\t]*[^\\n]{1,60})?(?=\\n)`,
      "gu",
    ),
  ),
];

/**
 * Entries of a diary or a log: two or more day headings, each the reference of the lines under it (not a dateline: no town
 * and no report's day). A heading's weekday tells its year; without one, the entry is before the publication.
 */
export function entryHeadings(text: string, published: Day): ReferenceDay[] {
  const out: ReferenceDay[] = [];
  for (const re of ENTRY_HEADINGS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups!;
      const month = monthNumber(g.m!);
      const d = g.d!.toLowerCase() === "1er" ? 1 : Number(g.d);
      if (!month) continue;
      const year = g.y ? Number(g.y) : (weekdayYear(g.wd, month, d, Number(published.slice(0, 4))) ?? yearFor(month, d, published, "past"));
      if (!isValidDay(year, month, d)) continue;
      out.push({ from: m.index + m[0].indexOf(g.date!), day: dayString(year, month, d) });
    }
  }
  // A programme's days to come are no entries: a diary tells days already past when it is published.
  return out.length >= 2 && out.every((h) => h.day <= published) ? out : [];
}

const WEEKDAY_NAME = new RegExp(`^(?:${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE})$`, "iu");

export function findDatelines(text: string, published: Day): Dateline[] {
  const out: Dateline[] = [];
  for (const re of [EN_DATELINE, EN_DAY_FIRST_DATELINE, FR_DATELINE, AGENCY_FIRST_DATELINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {};
      // "Mexico City, September 24, 2026" alone on its line is a dateline only with its year; a French one without a
      // year needs its agency ("PEKIN, 5 novembre (Xinhua) --").
      if ((g.eol !== undefined && !g.y) || (re === FR_DATELINE && !g.y && !g.agency)) continue;
      // "Thursday, April 26 – Friday, April 27": a programme's day heading, not a town's dateline.
      if (WEEKDAY_NAME.test(g.city!.trim())) continue;
      const month = monthNumber(g.m!);
      const d = g.d!.toLowerCase() === "1er" ? 1 : Number(g.d);
      if (!month) continue;
      const year = g.y ? Number(g.y) : yearFor(month, d, published, "past");
      if (!isValidDay(year, month, d)) continue;
      const cityStart = m.index + m[0].indexOf(g.city!);
      const dateStart = m.index + m[0].indexOf(g.date!, cityStart - m.index + g.city!.length);
      out.push(datelineAt(cityStart, g.city!, dateStart, g.date!, dayString(year, month, d)));
    }
  }
  // "Berne, 11.06.2026 -", "Rabat, 04/03/2027 (MAP) -": a numeric dateline, read day first, and kept only when that
  // makes it the publication day or the week before it (a dateline dates the report).
  out.push(...dayFirstDatelines(text));
  NUMERIC_DATELINE.lastIndex = 0;
  for (let m = NUMERIC_DATELINE.exec(text); m; m = NUMERIC_DATELINE.exec(text)) {
    const g = m.groups!;
    const [year, month, d] = [Number(g.y), Number(g.mo), Number(g.d)];
    if (!isValidDay(year, month, d)) continue;
    const day = dayString(year, month, d);
    const lag = (Date.parse(published) - Date.parse(day)) / 86_400_000;
    if (lag < 0 || lag > 7) continue;
    const cityStart = m.index + m[0].indexOf(g.city!);
    const dateStart = m.index + m[0].indexOf(g.date!, cityStart - m.index + g.city!.length);
    out.push(datelineAt(cityStart, g.city!, dateStart, g.date!, day));
  }
  return out.sort((a, b) => a.date.start - b.date.start);
}

const NUMERIC_DATELINE = wordStart(
  /(?<=^|\n)[ \t]*(?<city>[\p{Lu}][\p{L} .'-]{1,30}?),\s+(?<date>(?<d>\d{1,2})[./](?<mo>\d{1,2})[./](?<y>(?:19|20)\d{2}))\s*(?:\([^)\n]{2,30}\))?\s*(?:--|—|–|-)\s/gu,
);

/** A day that relative days count from, from an offset on: a dateline's or a diary entry's. */
export interface ReferenceDay {
  from: number;
  day: Day;
}

/** The reference day for an offset: the latest reference day at or before it, else the publication date. */
export function referenceResolver(references: readonly ReferenceDay[], published: Day): (offset: number) => Day {
  const sorted = [...references].sort((a, b) => a.from - b.from);
  return (offset) => {
    let ref = published;
    for (const r of sorted) if (r.from <= offset) ref = r.day;
    return ref;
  };
}
