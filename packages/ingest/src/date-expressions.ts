/**
 * Finds date expressions and resolves them against a reference day: explicit dates in English
 * and French, Korean ministry styles ("March 7 (Fri.)", "2025.3.7.", "2025. 3. 7."), numeric dates
 * in the publisher's order, ranges, and relative or vague expressions ("on Friday", "within the
 * year", "by the end of June", "in the second half of 2025", "d'ici la fin du mois", "à
 * l'automne"). Each hit keeps its offsets into the original text and a precision.
 */
import { addDays, type Day, dateBounds, daysInMonth, periodEnd, type Precision } from "@ties/domain";
import {
  dayString,
  type Direction,
  EN_MONTH_FULL_RE,
  EN_MONTH_RE,
  EN_WEEKDAY_ABBR_RE,
  EN_WEEKDAY_RE,
  FR_MONTH_RE,
  FR_WEEKDAY_OR_ABBR_RE,
  FR_WEEKDAY_RE,
  HOLIDAY_RE,
  holidayDay,
  isValidDay,
  monthNumber,
  monthString,
  parseDay,
  seasonMonths,
  shiftMonth,
  weekdayFrom,
  weekdayNumber,
  weekdayYear,
  weekOf,
  yearFor,
} from "./calendar-words";
import type { DecidedOrder } from "./publisher-conventions";
import { count } from "./number-words";
import { RELATIVE_PERIOD_RULES } from "./relative-periods";
import { clauseTense, futureVerbRightAfter, isFutureSentence, openingDateTense, type TenseCue, tenseBefore, tenseCues } from "./tense";
import { keepLongest, type Span, sentenceStartBefore } from "./text-span";
import { wordStart } from "./word-start";

export interface DateHit extends Span {
  text: string;
  value: string;
  precision: Precision;
  ambiguous: boolean;
  rule: string;
  confidence: number;
  reference: Day;
  /** Relative or vague expressions ("this year", "on Friday") as opposed to written dates. */
  relative: boolean;
}

export interface DateContext {
  published: Day;
  lang: "en" | "fr";
  order: DecidedOrder;
  /** Reference day at an offset: the latest wire dateline before it, else the publication date. */
  referenceAt: (offset: number) => Day;
  /** Whether the page writes its dotted dates month first (see `dotsWrittenMonthFirst`). */
  dotsMonthFirst?: boolean;
}

interface Resolution {
  value: string;
  precision: Precision;
  ambiguous?: boolean;
  confidence?: number;
  relative?: boolean;
}

type Groups = Record<string, string | undefined>;

interface DateRule {
  rule: string;
  re: RegExp;
  lang?: "en" | "fr";
  /**
   * A word every match holds: a text without it is not searched at all. Most texts name no season, quarter or week, and a
   * search for one tries its words at every letter of the text.
   */
  needs?: RegExp;
  /** `future` says whether the clause looks ahead; it is worked out only when a rule asks for it. */
  resolve: (g: Groups, ref: Day, future: () => boolean, ctx: DateContext) => Resolution | null;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
/**
 * An era other than the Gregorian calendar's after a date: "2087/12/21 B.S." (Bikram Sambat, Nepal's official calendar), "V.S."
 * (Vikram Samvat), "AH" (the Hijri years). Such a date is not read as Gregorian.
 */
const OTHER_ERA_AFTER = "(?!\\s*(?:B\\.\\s?S\\.?|V\\.\\s?S\\.?|BS|VS|A\\.\\s?H\\.?|AH|SH|H\\.\\s?Ş\\.?)(?![\\p{L}]))";
const ORD = "(?:st|nd|rd|th)?";
const APOS = "['’]";

/** The widest span of years written with a two-digit end ("1950-53"); a wider one is more likely a code or a count. */
const SHORT_SPAN_YEARS = 9;

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return s.toLowerCase() === "1er" ? 1 : Number(s);
}

function dir(future: () => boolean): Direction {
  return future() ? "future" : "past";
}

function dayRange(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): Resolution | null {
  if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return null;
  const a = dayString(y1, m1, d1);
  const b = dayString(y2, m2, d2);
  if (b < a) return null;
  return a === b ? { value: a, precision: "day" } : { value: `${a}/${b}`, precision: "day" };
}

/** Month and day with an optional second day or month and an optional year. */
function monthDay(g: Groups, ref: Day, future: () => boolean): Resolution | null {
  const m1 = monthNumber(g.m1!);
  const d1 = num(g.d1)!;
  if (!m1) return null;
  const m2 = g.m2 ? monthNumber(g.m2) : m1;
  const d2 = num(g.d2) ?? d1;
  if (!m2) return null;
  const explicitYear = num(g.y);
  // "The visit, which runs from 24th to 27th November" on the 26th: a range around the publication day is this year's.
  const refYear = parseDay(ref).year;
  const around = m2 >= m1 && dayString(refYear, m1, d1) <= ref && ref <= dayString(refYear, m2, d2);
  const y1 = explicitYear ?? weekdayYear(g.wd, m1, d1, refYear) ?? (around ? refYear : yearFor(m1, d1, ref, dir(future)));
  const y2 = m2 < m1 ? y1 + 1 : y1;
  const r = dayRange(y1, m1, d1, y2, m2, d2);
  if (r) r.confidence = explicitYear ? 0.95 : 0.85;
  if (r && explicitYear === undefined) r.relative = true;
  return r;
}

function season(word: string, year: number): Resolution | null {
  const s = seasonMonths(word);
  if (!s) return null;
  const endYear = s.last < s.first ? year + 1 : year;
  return { value: `${monthString(year, s.first)}/${monthString(endYear, s.last)}`, precision: "month", confidence: 0.7 };
}

/**
 * A season named with its year ("automne 2032", "winter of 2033"). A winter so named is the one its January and February
 * fall in: "hiver 2033" is December 2032 to February 2033, as a university's winter term of 2033 is.
 */
function namedSeason(word: string, year: number): Resolution | null {
  const s = seasonMonths(word);
  return season(word, s && s.last < s.first ? year - 1 : year);
}

function seasonYear(word: string, ref: Day, direction: Direction): number {
  const s = seasonMonths(word);
  const r = parseDay(ref);
  if (!s) return r.year;
  const last = s.last < s.first ? s.last + 12 : s.last;
  if (direction === "next") return r.month >= s.first ? r.year + 1 : r.year;
  if (direction === "last") return r.month > last ? r.year : r.year - 1;
  if (direction === "future") return r.month > last ? r.year + 1 : r.year;
  if (direction === "past") return r.month >= s.first ? r.year : r.year - 1;
  return r.year;
}

/**
 * "la sécheresse de cet été", "We learned this summer that ..." in a September story: a season named with "cet" or "this"
 * that has ended this year, in a clause that does not look ahead, is the one just gone by, not next year's.
 */
function thisSeasonGoneBy(mod: string | undefined, word: string, ref: Day, future: () => boolean): boolean {
  const s = seasonMonths(word);
  if (!s || s.last < s.first || !/^(?:cet|cette|ce|this)$/iu.test(mod ?? "")) return false;
  return parseDay(ref).month > s.last && !future();
}

/**
 * "Four films are shooting this winter" in a February story, "sont en tournage cet hiver" on 16 February: a winter named
 * with "this" or "cet" in its January or February is the one under way, begun the December before, not the next one.
 */
function thisWinterUnderWay(mod: string | undefined, word: string, ref: Day): boolean {
  const s = seasonMonths(word);
  if (!s || s.last >= s.first || !/^(?:cet|cette|ce|this)$/iu.test(mod ?? "")) return false;
  return parseDay(ref).month <= s.last;
}

/** The year a season named without its year opens in, in the direction given. */
function seasonStartYear(mod: string | undefined, word: string, ref: Day, direction: Direction): number {
  return thisWinterUnderWay(mod, word, ref) ? parseDay(ref).year - 1 : seasonYear(word, ref, direction);
}

/**
 * "by the end of the summer", "d'ici la fin de l'été": a season's end is its last month, in the season the deadline or the
 * clause's tense points to.
 */
function seasonEnd(word: string, y: string | undefined, ref: Day, direction: Direction): Resolution | null {
  const r = y ? namedSeason(word, num(y)!) : season(word, seasonYear(word, ref, direction));
  if (!r) return null;
  return { value: r.value.split("/")[1]!, precision: "month", relative: !y, confidence: 0.75 };
}

function half(which: string, year: number): Resolution {
  const second = /^(?:second|2nd|2|h2|deuxi[èe]me|second|2e)$/i.test(which);
  return second
    ? { value: `${monthString(year, 7)}/${monthString(year, 12)}`, precision: "month" }
    : { value: `${monthString(year, 1)}/${monthString(year, 6)}`, precision: "month" };
}

/**
 * The month of a "rentrée": the one named with it, else September; in the year written, else the next one after "dès", "pour"
 * and "à partir de" (a start announced), the last one after "depuis", or the one the clause's tense gives.
 */
function rentreeMonth(g: Groups, ref: Day, future: () => boolean): string {
  const m = (g.m ? monthNumber(g.m) : undefined) ?? 9;
  const prep = g.prep ?? "";
  const direction: Direction = /^(?:dès|pour|à\s+partir)/iu.test(prep) ? "future" : /^depuis/iu.test(prep) ? "past" : dir(future);
  return monthString(g.y ? num(g.y)! : yearFor(m, undefined, ref, direction), m);
}

/** French ordinals of quarters, in order, long forms then short ones. */
const FR_ORDINALS = ["premier", "deuxième", "troisième", "quatrième", "1er", "2e", "3e", "4e"];

/**
 * "the second half of August", "la première quinzaine de mars": half of a month is a range of days, the first half up to
 * the 15th and the second from the 16th to the month's last day, in the year written or the one the clause's tense gives.
 */
function halfMonth(which: string, monthName: string, year: string | undefined, ref: Day, future: () => boolean): Resolution | null {
  const m = monthNumber(monthName);
  if (!m) return null;
  const y = year ? Number(year) : yearFor(m, undefined, ref, dir(future));
  const first = /^(?:first|première|1re)$/iu.test(which);
  const r = first ? dayRange(y, m, 1, y, m, 15) : dayRange(y, m, 16, y, m, daysInMonth(y, m));
  return r && { ...r, relative: !year, confidence: 0.8 };
}

/**
 * "early 2033", "late next year", "the end of 2034": a part of a year is dated as the year itself; "mid-2033" alone is the
 * year's middle two months (2033-06/2033-07), so a pledge "by mid-2033" falls due at the end of July.
 */
function partOfYear(part: string, year: number, relative: boolean): Resolution {
  if (/^mid$/i.test(part))
    return { value: `${monthString(year, 6)}/${monthString(year, 7)}`, precision: "month", confidence: 0.75, relative };
  return { value: String(year), precision: "year", confidence: 0.75, relative };
}

function quarter(which: string, year: number): Resolution {
  const q = /^(?:first|1st|1)$/i.test(which) ? 1 : /^(?:second|2nd|2)$/i.test(which) ? 2 : /^(?:third|3rd|3)$/i.test(which) ? 3 : 4;
  return { value: `${monthString(year, q * 3 - 2)}/${monthString(year, q * 3)}`, precision: "month" };
}

/** "the first week of October": the week opening on the month's first Monday, in the year the clause's tense gives. */
function firstWeekOfMonth(monthName: string, year: string | undefined, ref: Day, future: () => boolean): Resolution | null {
  const m = monthNumber(monthName);
  if (!m) return null;
  const y = year ? num(year)! : yearFor(m, 1, ref, dir(future));
  const start = weekdayFrom(1, dayString(y, m, 1), "future");
  return { value: `${start}/${addDays(start, 6)}`, precision: "day", relative: !year, confidence: 0.8 };
}

/** "will respond on Tuesday next week", written on a Monday: the weekday in the Monday-to-Sunday week after the writing's. */
function dayOfNextWeek(weekday: number, ref: Day): Day {
  return addDays(weekOf(ref).start, 7 + weekday - 1);
}

/** The year of a quarter named with no year ("au premier trimestre"): the year of writing, or the next when it is over and the clause looks ahead. */
function bareQuarterYear(n: string, ref: Day, future: () => boolean): number {
  const year = relYear(undefined, ref);
  const over = quarter(n, year).value.split("/")[1]! < ref.slice(0, 7);
  return over && future() ? year + 1 : year;
}

/** "the end of the first quarter of 2027", "la fin du premier semestre 2027": the period's last month. */
function endOf(end: string | undefined, r: Resolution): Resolution {
  return end && r.value.includes("/") ? { ...r, value: r.value.split("/")[1]! } : r;
}

function relYear(rel: string | undefined, ref: Day): number {
  const y = parseDay(ref).year;
  if (!rel) return y;
  if (/next|prochain|following|coming/i.test(rel)) return y + 1;
  if (/last|previous|dernier|derni[èe]re|pass[ée]/i.test(rel)) return y - 1;
  return y;
}

function numericOrder(a: number, b: number, y: number, ctx: DateContext, ref?: Day): Resolution | null {
  const dmy = isValidDay(y, b, a) ? dayString(y, b, a) : null;
  const mdy = isValidDay(y, a, b) ? dayString(y, a, b) : null;
  if (!dmy && !mdy) return null;
  if (dmy && !mdy) return { value: dmy, precision: "day", confidence: 0.9 };
  if (mdy && !dmy) return { value: mdy, precision: "day", confidence: 0.9 };
  // "Date: 10/06/2027" on a page published on 10 June: the reading that is the publication's day.
  if (ref !== undefined && dmy !== mdy && (dmy === ref || mdy === ref)) return { value: ref, precision: "day", confidence: 0.85 };
  const preferred = ctx.order.order === "dmy" ? dmy! : mdy!;
  const ambiguous = ctx.order.guessed && dmy !== mdy;
  return { value: preferred, precision: "day", ambiguous, confidence: ambiguous ? 0.5 : 0.9 };
}

/** The year written after a day and its month: any from 1000 on, since the day and month already make it a date ("le 23 mars 1648"). */
const DAYS_YEAR = String.raw`(?:1\d|20)\d{2}`;

const RULES: DateRule[] = [
  {
    rule: "date.korean-ymd",
    re: new RegExp(
      `${B}(?<y>(?:19|20)\\d{2})\\s?\\.\\s?(?<m>\\d{1,2})\\s?\\.\\s?(?<d>\\d{1,2})(?!\\d)\\.?(?:\\s*\\(${EN_WEEKDAY_ABBR_RE}\\.?\\))?`,
      "gu",
    ),
    resolve: (g) => dayRange(num(g.y)!, num(g.m)!, num(g.d)!, num(g.y)!, num(g.m)!, num(g.d)!),
  },
  {
    rule: "date.iso",
    re: new RegExp(`${B}(?<y>(?:19|20)\\d{2})[-/](?<m>\\d{1,2})[-/](?<d>\\d{1,2})${E}${OTHER_ERA_AFTER}`, "gu"),
    resolve: (g) => dayRange(num(g.y)!, num(g.m)!, num(g.d)!, num(g.y)!, num(g.m)!, num(g.d)!),
  },
  {
    rule: "date.hangul-ymd",
    re: /(?<y>(?:19|20)\d{2})년\s*(?<m>\d{1,2})월\s*(?<d>\d{1,2})일/gu,
    resolve: (g) => dayRange(num(g.y)!, num(g.m)!, num(g.d)!, num(g.y)!, num(g.m)!, num(g.d)!),
  },
  {
    rule: "date.numeric-day-month-year",
    re: wordStart(/(?<!\d)(?<a>\d{1,2})(?<sep>\. ?|[/-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2})(?!\d)/gu),
    // Dots between day, month and year are the European day-first writing ("12.05.2026", and "20. 6. 2031" with the
    // spaces Central European styles put after them); month-first writers use slashes, unless the page's own day says
    // otherwise (see `dotsWrittenMonthFirst`).
    resolve: (g, ref, _f, ctx) =>
      numericOrder(
        num(g.a)!,
        num(g.b)!,
        num(g.y)!,
        g.sep?.startsWith(".") ? { ...ctx, order: { ...ctx.order, order: ctx.dotsMonthFirst ? "mdy" : "dmy", guessed: false } } : ctx,
        ref,
      ),
  },
  {
    rule: "date.month-day",
    lang: "en",
    re: new RegExp(
      `${B}(?:(?<wd>${EN_WEEKDAY_ABBR_RE})\\.?,?\\s+)?(?<m1>${EN_MONTH_RE})\\s+(?<d1>\\d{1,2})${ORD}(?!\\d)(?:\\s*\\((?<wb>${EN_WEEKDAY_ABBR_RE})\\.?\\))?` +
        `(?:\\s*(?:-|–|—|to|through|until|and)\\s*(?:${EN_WEEKDAY_RE},?\\s+(?=${EN_MONTH_RE}))?(?:(?<m2>${EN_MONTH_RE})\\s+)?(?<d2>\\d{1,2})${ORD}(?!\\d)(?:\\s*\\(${EN_WEEKDAY_ABBR_RE}\\.?\\))?)?` +
        `(?:,?\\s+(?<y>${DAYS_YEAR})(?!\\d))?`,
      "gu",
    ),
    // "June 20 (Thursday)", "March 4 (Tue.)": a weekday in brackets after the day names its year as one before it does.
    resolve: (g, ref, future) => monthDay({ ...g, wd: g.wd ?? g.wb }, ref, future),
  },
  {
    // "(from) 27 November to 2 December", "(between) 1 and 11 November": a range of days written day first, across months too.
    // "Monday 13 – Sunday 19 June 2033": a week's heading names each day's weekday.
    rule: "date.day-month-range",
    lang: "en",
    re: new RegExp(
      `${B}(?:${EN_WEEKDAY_RE},?\\s+)?(?<d1>\\d{1,2})${ORD}(?:\\s+(?:of\\s+)?(?<m1x>${EN_MONTH_RE}))?\\s*(?:-|–|to|until|through|and)\\s*(?:the\\s+)?(?:${EN_WEEKDAY_RE},?\\s+)?(?<d2>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<m2>${EN_MONTH_RE})(?:,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d))?`,
      "gu",
    ),
    resolve: (g, ref, future) => monthDay({ ...g, m1: g.m1x ?? g.m2, m2: g.m2 }, ref, future),
  },
  {
    // "from Monday to Wednesday", "du lundi au mercredi": the first weekday by the clause's tense, the last after it.
    rule: "date.weekday-range",
    re: new RegExp(
      `${B}(?:from\\s+|du\\s+)?(?<w1>${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE})\\s+(?:to|through|until|au|à)\\s+(?<w2>${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE})${E}`,
      "giu",
    ),
    resolve: (g, ref, future) => {
      const w1 = weekdayNumber(g.w1!)!;
      const w2 = weekdayNumber(g.w2!)!;
      const first = weekdayFrom(w1, ref, dir(future));
      const last = addDays(first, (w2 - w1 + 7) % 7);
      return { value: `${first}/${last}`, precision: "day", relative: true, confidence: 0.8 };
    },
  },
  {
    // "2028-2032", "for the years 2028-2032", "from 2011 to 2015", "de 2025 à 2028": a range of years. "between 1898 and
    // 1945", "entre 1950 et 1953" and a period in parentheses ("Seventy years of relations (1963-2033)") name their ends
    // whatever the span; a bare pair of years more than thirty apart is taken for two numbers.
    rule: "date.year-range",
    re: wordStart(
      /(?<![\p{L}\p{N}.,/$#€£+:-])(?:(?<between>between|entre)\s+)?(?<y1>(?:18|19|20)\d{2})\s*(?:-|–|to|à|(?:and|et)(?<=(?:between|entre)\s+\d{4}\s+(?:and|et)))\s*(?<y2>(?:19|20)\d{2})(?![\p{N}+%]|[-/.]\d)/giu,
    ),
    resolve: (g) => {
      const y1 = num(g.y1)!;
      const y2 = num(g.y2)!;
      return y2 > y1 && (g.between || y2 - y1 <= 30) ? { value: `${y1}/${y2}`, precision: "year", confidence: 0.8 } : null;
    },
  },
  {
    // "Seventy years of relations (1963-2033)": a period in parentheses, whatever its span; so is a line of its own, as an
    // obituary's life years under the name ("1947 – 2031").
    rule: "date.year-range-in-parentheses",
    re: /(?=(?:18|19|20)\d{2})(?:(?<=\()|(?<=^[ \t]*))(?<y1>(?:18|19|20)\d{2})[ \t]*[-–][ \t]*(?<y2>(?:19|20)\d{2})(?=\)|[ \t]*$)/gmu,
    resolve: (g) => (num(g.y2)! > num(g.y1)! ? { value: `${g.y1}/${g.y2}`, precision: "year", confidence: 0.8 } : null),
  },
  {
    // "in 2029-30", "FY2029-30", "the 2031–32 fiscal year": a fiscal year over two calendar years, the second in two digits.
    // "the 1950-53 Korean War": a span of a few years in the same century, its end written the same short way (not with a
    // slash, which writes only fiscal years).
    rule: "date.fiscal-year",
    re: wordStart(/(?<![\p{L}\p{N}.,/$#€£+:-])(?:FY\s?)?(?<y1>(?:19|20)\d{2})\s?(?<sep>[-–/])\s?(?<y2>\d{2})(?![\p{N}+%]|[-/.:]\d)/gu),
    resolve: (g) => {
      const y1 = num(g.y1)!;
      if ((y1 + 1) % 100 === num(g.y2)) return { value: `${y1}/${y1 + 1}`, precision: "year", confidence: 0.75 };
      const y2 = y1 - (y1 % 100) + num(g.y2)!;
      return g.sep !== "/" && y2 > y1 && y2 - y1 <= SHORT_SPAN_YEARS ? { value: `${y1}/${y2}`, precision: "year", confidence: 0.7 } : null;
    },
  },
  {
    rule: "date.day-month",
    lang: "en",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}\\p{N}.,+])(?:(?<wd>${EN_WEEKDAY_ABBR_RE})\\.?,?\\s+)?(?:the\\s+)?(?<d1>\\d{1,2})${ORD}(?:\\s*(?:-|–|to)\\s*(?<d2>\\d{1,2})${ORD})?\\s+(?:of\\s+)?(?<m1>${EN_MONTH_RE})(?:,?\\s+(?<y>${DAYS_YEAR})(?!\\d))?`,
        "gu",
      ),
    ),
    resolve: (g, ref, future) => monthDay(g, ref, future),
  },
  {
    // "08 - Mai - 2024", "15-May-2031": a day, a month's name and a year joined by dashes, as news sites date a story.
    rule: "date.dashed-day-month-year",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?<d1>\\d{1,2})\\s*[-–]\\s*(?<m1>${EN_MONTH_RE}|${FR_MONTH_RE})\\s*[-–]\\s*(?<y>(?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
        "giu",
      ),
    ),
    resolve: (g, ref, future) => monthDay(g, ref, future),
  },
  {
    rule: "date.month-range-year",
    re: new RegExp(
      `${B}(?:(?:between|entre)\\s+)?(?<m1>${EN_MONTH_FULL_RE}|${FR_MONTH_RE})\\s*(?:-|–|to|through|à|(?:and|et)(?<=(?:between|entre)\\s+\\p{L}+\\s+(?:and|et)))\\s*(?<m2>${EN_MONTH_FULL_RE}|${FR_MONTH_RE})(?:,?\\s+(?<y>(?:19|20)\\d{2}))?${E}`,
      "giu",
    ),
    // "from June to October every year", "de juin à octobre", "between March and June": without a year, the months of the
    // year the clause's tense gives.
    resolve: (g, ref, future) => {
      const a = monthNumber(g.m1!);
      const b = monthNumber(g.m2!);
      if (!a || !b || b < a) return null;
      const y = g.y ? num(g.y)! : yearFor(a, undefined, ref, dir(future));
      return { value: `${monthString(y, a)}/${monthString(y, b)}`, precision: "month", relative: !g.y };
    },
  },
  {
    // "March 2024 – December 2028", "de mars 2024 à décembre 2028": a period from one month to another, each with its year.
    rule: "date.month-year-range",
    re: new RegExp(
      `${B}(?<m1>${EN_MONTH_FULL_RE}|${FR_MONTH_RE})\\s+(?<y1>(?:19|20)\\d{2})\\s*(?:-|–|to|through|à)\\s*(?<m2>${EN_MONTH_FULL_RE}|${FR_MONTH_RE})\\s+(?<y2>(?:19|20)\\d{2})${E}`,
      "giu",
    ),
    resolve: (g) => {
      const a = monthNumber(g.m1!);
      const b = monthNumber(g.m2!);
      const from = a && monthString(num(g.y1)!, a);
      const to = b && monthString(num(g.y2)!, b);
      return from && to && to > from ? { value: `${from}/${to}`, precision: "month" } : null;
    },
  },
  {
    rule: "date.month-year",
    re: new RegExp(`${B}(?<m1>${EN_MONTH_RE})(?:,?\\s+(?:of\\s+)?)(?<y>(?:19|20)\\d{2})${E}`, "gu"),
    resolve: (g) => {
      const m = monthNumber(g.m1!);
      return m ? { value: monthString(num(g.y)!, m), precision: "month", confidence: 0.95 } : null;
    },
  },
  {
    // "during the first half of March", "usually in the second half of April".
    rule: "date.half-month",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?:the\\s+)?(?<n>first|second|last)\\s+half\\s+of\\s+(?<m>${EN_MONTH_FULL_RE})(?:,?\\s+(?<y>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
        "giu",
      ),
    ),
    resolve: (g, ref, future) => halfMonth(g.n!, g.m!, g.y, ref, future),
  },
  {
    rule: "date.half-year",
    needs: /half|H[12]/u,
    re: wordStart(
      /(?<![\p{L}])(?:in\s+)?(?:the\s+)?(?<n>first|second|1st|2nd)\s+half\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|next|last)\s+year|the\s+year)|(?<![\p{L}])(?<n2>H1|H2)\s+(?<y2>(?:19|20)\d{2})/gu,
    ),
    resolve: (g, ref) => half(g.n ?? g.n2!.slice(1), (g.y ?? g.y2) ? num(g.y ?? g.y2)! : relYear(g.rel, ref)),
  },
  {
    rule: "date.quarter",
    needs: /quarter|Q[1-4]/u,
    // "in the second quarter" with no year: the year of writing's ("intends to sign ... in the second quarter"), not "the
    // second quarter results" or "quarterly".
    re: wordStart(
      /(?<![\p{L}])(?<end>the\s+end\s+of\s+)?(?:in\s+)?the\s+(?<n>first|second|third|fourth|1st|2nd|3rd|4th|(?:last|final)(?=\s+quarter\s+of\s))\s+quarter(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|next|last)\s+year|the\s+year)|(?<bare>(?=\s*[,.;]|\s+(?:and|or|when|to|as|with|before|after)\s)))|(?<![\p{L}])(?<end2>the\s+end\s+of\s+)?Q(?<q>[1-4])\s+(?<y2>(?:19|20)\d{2})/gu,
    ),
    resolve: (g, ref, future) => {
      const written = g.y ?? g.y2;
      const year = written ? num(written)! : relYear(g.rel, ref);
      // "agreed to hold a first round before the end of the first quarter", written in November: a quarter already over
      // when a plan names it is next year's.
      const r = quarter(g.n ?? g.q!, year);
      const over = g.bare !== undefined && r.value.split("/")[1]! < ref.slice(0, 7) && future();
      const out = endOf(g.end ?? g.end2, over ? quarter(g.n ?? g.q!, year + 1) : r);
      return g.bare !== undefined ? { ...out, relative: true } : out;
    },
  },
  {
    rule: "date.current-quarter-end",
    lang: "en",
    needs: /quarter/iu,
    // "will be updated by the end of the quarter": the last month of the quarter the text is written in.
    re: wordStart(/(?<![\p{L}])(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter(?![\p{L}])(?!\s+(?:of|in)\s)/giu),
    resolve: (_g, ref) => {
      const { year, month } = parseDay(ref);
      return { value: monthString(year, Math.ceil(month / 3) * 3), precision: "month", relative: true, confidence: 0.75 };
    },
  },
  {
    rule: "date.part-of-year",
    lang: "en",
    re: wordStart(
      /(?<![\p{L}])(?<part>early|mid|late|the end of|the beginning of|the start of)[- ](?:(?<y>(?:19|20)\d{2})|(?<rel>this|next|last)\s+year)(?![\p{N}])/giu,
    ),
    resolve: (g, ref) => partOfYear(g.part!, g.y ? num(g.y)! : relYear(g.rel, ref), !g.y),
  },
  {
    rule: "date.end-of-month-named",
    lang: "en",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?:(?<by>by|before|until|through)\\s+)?(?:the\\s+)?end\\s+of\\s+(?<m>${EN_MONTH_FULL_RE})(?:\\s+(?<y>(?:19|20)\\d{2})|\\s+(?<rel>next|this|last)\\s+year)?(?![\\p{L}\\p{N}])`,
        "gu",
      ),
    ),
    // "which expired at the end of December": a month's end told in the past is behind; "by the end of March" is ahead.
    resolve: (g, ref, future) => {
      const m = monthNumber(g.m!)!;
      const y = g.y ? num(g.y)! : g.rel ? relYear(g.rel, ref) : yearFor(m, undefined, ref, g.by ? "future" : dir(future));
      return { value: monthString(y, m), precision: "month", relative: !g.y };
    },
  },
  {
    rule: "date.this-year",
    lang: "en",
    re: wordStart(
      /(?<![\p{L}])(?:(?:by|before|until)\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[- ]end|the\s+year['’]s\s+end|the\s+year\s+(?:ends|is\s+out)|(?:later|earlier)\s+this\s+year|this\s+year|within\s+(?:the|this)\s+year|in\s+the\s+course\s+of\s+the\s+year|the\s+current\s+year|the(?<=(?:since|from)\s+the)\s+(?:start|beginning)\s+of\s+the\s+year)(?![\p{L}])/giu,
    ),
    resolve: (_g, ref) => ({ value: String(relYear(undefined, ref)), precision: "year", relative: true, confidence: 0.85 }),
  },
  {
    rule: "date.next-year",
    lang: "en",
    re: wordStart(
      /(?<![\p{L}])(?:(?:by|before|until)\s+)?(?:(?:the\s+)?end\s+of\s+next\s+year|(?:(?:early|late|later|mid-)\s*)?next\s+year|the\s+(?:following|coming)\s+year)(?![\p{L}])/giu,
    ),
    resolve: (_g, ref) => ({ value: String(relYear("next", ref)), precision: "year", relative: true, confidence: 0.8 }),
  },
  {
    // "agreed to begin talks in the new year", "after the new year": written in the second half of a year, the year that
    // follows; in its first months, the year just begun.
    rule: "date.new-year",
    lang: "en",
    re: wordStart(/(?<![\p{L}])the\s+new\s+year(?<=(?:in|after|until)\s+the\s+new\s+year)(?![\p{L}'’])/giu),
    resolve: (_g, ref) => ({
      value: String(relYear(parseDay(ref).month >= 7 ? "next" : undefined, ref)),
      precision: "year",
      relative: true,
      confidence: 0.75,
    }),
  },
  {
    rule: "date.last-year",
    lang: "en",
    re: wordStart(/(?<![\p{L}])(?:(?:early|late|earlier)\s+)?(?:last\s+year|the\s+previous\s+year)(?![\p{L}])/giu),
    resolve: (_g, ref) => ({ value: String(relYear("last", ref)), precision: "year", relative: true, confidence: 0.8 }),
  },
  {
    rule: "date.relative-month",
    lang: "en",
    re: wordStart(
      /(?<![\p{L}])(?:(?:by|before|until)\s+)?(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+month|(?:later|earlier)\s+this\s+month|this\s+month|(?<next>next\s+month|the\s+(?:following|coming)\s+month)|(?<last>last\s+month|the\s+previous\s+month))(?![\p{L}])/giu,
    ),
    resolve: (g, ref) => {
      const r = parseDay(ref);
      const s = shiftMonth(r.year, r.month, g.next ? 1 : g.last ? -1 : 0);
      return { value: monthString(s.year, s.month), precision: "month", relative: true, confidence: 0.8 };
    },
  },
  {
    // "in November last year", "March next year": one month, its year counted from the reference ("12 December last year" is
    // a day, read by the day's rule and joined by its relative year).
    rule: "date.month-relative-year",
    lang: "en",
    needs: /(?:last|next|this|following|previous)\s+year/u,
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?<!\\d\\s|\\d(?:st|nd|rd|th)\\s)(?:(?:in|by|until|since|from|before|after|during|early|late|mid-)\\s*)?(?<m>${EN_MONTH_FULL_RE})\\s+(?:of\\s+)?(?<rel>last|next|this|the\\s+following|the\\s+previous)\\s+year(?![\\p{L}])`,
        "gu",
      ),
    ),
    resolve: (g, ref) => {
      const m = monthNumber(g.m!)!;
      return { value: monthString(relYear(g.rel, ref), m), precision: "month", relative: true, confidence: 0.85 };
    },
  },
  {
    rule: "date.bare-month",
    lang: "en",
    // "in June", "by March"; "at its December session": a month naming a body's sitting; "the March First Independence
    // Movement", "the October Revolution": a month opening a name is no date.
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?:(?<prep>[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Ss]tarting(?: in)?|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-|the|(?:its|their)(?=\\s+${EN_MONTH_FULL_RE}\\s+(?:session|sitting|meeting|summit|plenary|round)(?![\\p{L}])))\\s*)(?<m>${EN_MONTH_FULL_RE})(?!\\s*\\d)(?![\\p{L}])(?!(?<=the\\s+\\p{L}+)\\s+(?:First|Fourth|Revolution|Movement|Uprising)(?![\\p{L}]))`,
        "gu",
      ),
    ),
    resolve: (g, ref, future) => {
      const m = monthNumber(g.m!)!;
      const prep = (g.prep ?? "").toLowerCase();
      const direction: Direction =
        prep === "next"
          ? "next"
          : prep === "last"
            ? "last"
            : prep === "this"
              ? "this"
              : prep === "since"
                ? "past"
                : // "could be signed by June": a deadline is never behind the text.
                  prep === "by" || prep === "until"
                  ? "future"
                  : dir(future);
      return { value: monthString(yearFor(m, undefined, ref, direction), m), precision: "month", relative: true, confidence: 0.75 };
    },
  },
  {
    rule: "date.week",
    lang: "en",
    needs: /week/iu,
    re: wordStart(/(?<![\p{L}])(?:(?<next>next\s+week)|(?<last>last\s+week)|(?:earlier\s+|later\s+)?this\s+week)(?![\p{L}])/giu),
    resolve: (g, ref) => {
      const w = weekOf(addDays(ref, g.next ? 7 : g.last ? -7 : 0));
      return { value: `${w.start}/${w.end}`, precision: "day", relative: true, confidence: 0.7 };
    },
  },
  {
    // "in the first week of October", "la première semaine de mars 2031": the Monday-to-Sunday week that opens on the
    // month's first Monday (a later week of a month is left to the month's own rules).
    rule: "date.week-of-month",
    needs: /week|semaine/iu,
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?:the|la)\\s+(?:first|première)\\s+(?:week\\s+of|semaine\\s+(?:de\\s+|d${APOS}))\\s*(?<m>${EN_MONTH_FULL_RE}|${FR_MONTH_RE})(?:,?\\s+(?<y>(?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
        "giu",
      ),
    ),
    resolve: (g, ref, future) => firstWeekOfMonth(g.m!, g.y, ref, future),
  },
  {
    rule: "date.day-word",
    lang: "en",
    needs: /today|yesterday|tomorrow|tonight|morning|afternoon|evening/iu,
    // "this morning", "this afternoon": the day of publication.
    re: wordStart(/(?<![\p{L}])(?<w>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))(?![\p{L}])/giu),
    resolve: (g, ref) => {
      const w = g.w!.toLowerCase();
      return { value: addDays(ref, w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0), precision: "day", relative: true, confidence: 0.85 };
    },
  },
  {
    rule: "date.weekday",
    lang: "en",
    // "a visit that runs until Saturday": a weekday after "until" is still ahead.
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?:(?<mod>last|next|this|on|coming|past|until|till|through)\\s+)?(?<wd>${EN_WEEKDAY_RE})(?<nextWeek>\\s+(?:of\\s+)?next\\s+week)?(?![\\p{L}])`,
        "giu",
      ),
    ),
    resolve: (g, ref, future) => {
      const wd = weekdayNumber(g.wd!)!;
      if (g.nextWeek) return { value: dayOfNextWeek(wd, ref), precision: "day", relative: true, confidence: 0.85 };
      const mod = (g.mod ?? "").toLowerCase();
      const direction: Direction =
        mod === "last" || mod === "past"
          ? "last"
          : mod === "next"
            ? "next"
            : mod === "this" || mod === "coming" || mod === "until" || mod === "till" || mod === "through"
              ? "future"
              : dir(future);
      return { value: weekdayFrom(wd, ref, direction), precision: "day", relative: true, confidence: 0.8 };
    },
  },
  {
    rule: "date.this-weekend",
    // "hosts a literature festival in Lalitpur this weekend", "accueille ce week-end un navire-école", "this coming weekend":
    // the Saturday and Sunday of the week of writing.
    needs: /week-?\s?end/iu,
    re: wordStart(/(?<![\p{L}])(?:this\s+(?:coming\s+)?weekend|ce\s+week-?\s?end)(?![\p{L}])/giu),
    resolve: (_g, ref) => {
      const sunday = weekOf(ref).end;
      return { value: `${addDays(sunday, -1)}/${sunday}`, precision: "day", relative: true, confidence: 0.75 };
    },
  },
  {
    rule: "date.end-of-season",
    lang: "en",
    // "at the end of the autumn session": a season naming a body's sitting is no date, as in "date.season".
    needs: /spring|summer|fall|autumn|winter/iu,
    re: wordStart(
      /(?<![\p{L}])(?:(?<by>by|before|until)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?<y>(?:19|20)\d{2}))?(?![\p{L}\p{N}])(?!\s+(?:adjournment|recess|break|session|sitting)(?![\p{L}]))/giu,
    ),
    resolve: (g, ref, future) => seasonEnd(g.s!, g.y, ref, g.by ? "future" : dir(future)),
  },
  {
    rule: "date.season",
    lang: "en",
    needs: /spring|summer|fall|autumn|winter/iu,
    // "from the fall", "until the spring"; not "the fall of the regime", nor "before the summer adjournment in June" (the
    // adjournment's month is the date).
    // "in the spring and summer": a season joined to one just named is a date of its own, read as the first.
    re: wordStart(
      /(?<![\p{L}])(?:(?<mod>this|next|last|early|late|(?:in|during|by|from|until|before|after|since|for)\s+the|in)\s+|(?=spring|summer|fall|autumn|winter)(?<=(?<joined>spring|summer|fall|autumn|winter)\s+(?:and|or)\s+)|(?=\p{L}))(?<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?<y>(?:19|20)\d{2}))?(?![\p{L}\p{N}])(?!\s+(?:of|adjournment|recess|break|session|sitting)(?![\p{L}]))/giu,
    ),
    resolve: (g, ref, future) => {
      if (!g.mod && !g.y && !g.joined) return null;
      if (/^in$/i.test(g.mod ?? "") && !g.y) return null;
      const mod = (g.mod ?? "").toLowerCase();
      const direction: Direction =
        mod === "next"
          ? "next"
          : mod === "last"
            ? "last"
            : thisSeasonGoneBy(mod, g.s!, ref, future)
              ? "past"
              : dir(() => mod === "this" || future());
      const r = g.y ? namedSeason(g.s!, num(g.y)!) : season(g.s!, seasonStartYear(g.mod, g.s!, ref, direction));
      if (r) r.relative = !g.y;
      return r;
    },
  },
  {
    rule: "date.year",
    // "founded in Bern in 1874", "depuis 1865": a year of the nineteenth century after its preposition; so is a history's
    // start ("Ties go back to 1870, when ...", "its history dates back to 1838", "remontent à 1870").
    re: wordStart(
      /(?<![\p{L}\p{N}.,/$#€£+:-])(?:(?<prep>in|since|by|until|from|during|of|for|en|depuis|jusqu['’]en|d['’]ici)\s+)?(?<y>(?:19|20)\d{2}|18\d{2}(?<=(?:in|since|en|depuis|back\s+to|remonte\s+à|remontent\s+à)\s+18\d{2}))(?![\p{N}+%]|[-/.]\d|\s*(?:%|percent|per cent))/giu,
    ),
    resolve: (g) => ({ value: g.y!, precision: "year", confidence: g.prep ? 0.85 : 0.75 }),
  },
  /* ---------- French ---------- */
  {
    rule: "date.fr.range",
    lang: "fr",
    re: new RegExp(
      `${B}du\\s+(?:(?<wd>${FR_WEEKDAY_OR_ABBR_RE})\\s+)?(?<d1>1er|\\d{1,2})(?:\\s+(?<m1x>${FR_MONTH_RE}))?\\s+au\\s+(?:${FR_WEEKDAY_OR_ABBR_RE}\\s+)?(?<d2>1er|\\d{1,2})\\s+(?<m2>${FR_MONTH_RE})(?:\\s+(?<y>(?:19|20)\\d{2}))?${E}`,
      "giu",
    ),
    resolve: (g, ref, future) => monthDay({ ...g, m1: g.m1x ?? g.m2, m2: g.m2 }, ref, future),
  },
  {
    rule: "date.fr.day-month",
    lang: "fr",
    re: new RegExp(
      `${B}(?:(?:le|du|au|ce)\\s+)?(?:(?<wd>${FR_WEEKDAY_OR_ABBR_RE})\\s+)?(?<d1>1er|\\d{1,2})(?:\\s*(?:-|–|et|au)\\s*(?:${FR_WEEKDAY_RE}\\s+)?(?<d2>\\d{1,2}))?\\s+(?<m1>${FR_MONTH_RE})(?:\\s+(?<y>${DAYS_YEAR})|\\s+(?<rel>prochain|dernier))?(?:${E}|(?<=\\.))`,
      "giu",
    ),
    // "le 18 mai prochain", "le 3 mars dernier": the word after the date says which occurrence.
    resolve: (g, ref, future) => monthDay(g, ref, g.rel ? () => /prochain/i.test(g.rel ?? "") : future),
  },
  {
    // "en décembre dernier", "déc. dernier", "en mars prochain"; "septembre de l'an dernier", "mai de l'année prochaine": the
    // month of the year before or after the reference's.
    rule: "date.fr.month-relative",
    lang: "fr",
    re: new RegExp(
      `${B}(?:en\\s+)?(?<m>${FR_MONTH_RE})\\s+(?:(?<rel>prochain|dernier)|de\\s+l['’](?:an|année)\\s+(?<year>dernier|dernière|prochaine?))${E}`,
      "giu",
    ),
    resolve: (g, ref) => {
      const m = monthNumber(g.m!)!;
      return {
        value: monthString(g.year ? relYear(g.year, ref) : yearFor(m, undefined, ref, /prochain/i.test(g.rel!) ? "next" : "last"), m),
        precision: "month",
        relative: true,
        confidence: 0.8,
      };
    },
  },
  {
    // "la première quinzaine de mars", "dans la seconde quinzaine d'avril 2033".
    rule: "date.fr.half-month",
    lang: "fr",
    re: new RegExp(
      `${B}(?:la\\s+)?(?<n>première|1re|seconde|deuxième|2e|dernière)\\s+quinzaine\\s+(?:de\\s+|d${APOS})(?<m>${FR_MONTH_RE})(?:\\s+(?<y>(?:19|20)\\d{2}))?${E}`,
      "giu",
    ),
    resolve: (g, ref, future) => halfMonth(g.n!, g.m!, g.y, ref, future),
  },
  {
    rule: "date.fr.month-year",
    lang: "fr",
    re: new RegExp(`${B}(?:(?:en|d['’]ici|dès|depuis)\\s+)?(?<m1>${FR_MONTH_RE})\\s+(?<y>(?:19|20)\\d{2})${E}`, "giu"),
    resolve: (g) => {
      const m = monthNumber(g.m1!);
      return m ? { value: monthString(num(g.y)!, m), precision: "month", confidence: 0.95 } : null;
    },
  },
  {
    rule: "date.fr.end-of-month",
    lang: "fr",
    re: new RegExp(
      // "d'ici la fin du mois de mars" is the end of March, not of the current month.
      // "d'ici fin décembre": the end of a month written without its article, as notes and agendas write it.
      `${B}(?:(?<prep>d${APOS}ici|avant|à)\\s+la\\s+fin\\s+(?:(?:du\\s+mois\\s+)?(?:de\\s+|d${APOS})(?<m>${FR_MONTH_RE})|(?<this>du\\s+mois|de\\s+ce\\s+mois)|(?<m2>${FR_MONTH_RE}))|(?:(?<bare>d${APOS}ici|avant|pour|dès)\\s+)?fin\\s+(?<m3>${FR_MONTH_RE})(?!\\s+(?:19|20)\\d{2}))${E}`,
      "giu",
    ),
    resolve: (g, ref, future) => {
      const r = parseDay(ref);
      if (g.this) return { value: monthString(r.year, r.month), precision: "month", relative: true, confidence: 0.85 };
      const m = monthNumber((g.m ?? g.m2 ?? g.m3)!)!;
      // "tenue à Ottawa à la fin de janvier": with "à", the end of a month is a time like any other, dated by the clause's
      // tense; "d'ici" and "avant" set a deadline, which lies ahead; so does a bare "fin décembre" after one.
      const deadline = g.m3 ? g.bare !== undefined : !/^à/iu.test(g.prep!);
      const direction: Direction = deadline ? "future" : dir(future);
      return { value: monthString(yearFor(m, undefined, ref, direction), m), precision: "month", relative: true, confidence: 0.85 };
    },
  },
  {
    rule: "date.fr.this-year",
    lang: "fr",
    re: new RegExp(
      `${B}(?:(?:d${APOS}ici|avant|à|pour)\\s+la\\s+fin\\s+de\\s+(?:l${APOS}année|l${APOS}an|cette\\s+année)(?:\\s+en\\s+cours)?|(?:plus\\s+tard\\s+|au\\s+cours\\s+de\\s+|dans\\s+le\\s+courant\\s+de\\s+)?cette\\s+année|dans\\s+l${APOS}année|au\\s+cours\\s+de\\s+l${APOS}année|l${APOS}année\\s+en\\s+cours)${E}`,
      "giu",
    ),
    resolve: (_g, ref) => ({ value: String(relYear(undefined, ref)), precision: "year", relative: true, confidence: 0.85 }),
  },
  {
    rule: "date.fr.next-year",
    lang: "fr",
    re: new RegExp(
      `${B}(?:(?:au\\s+)?(?:début|courant|fin)\\s+(?:de\\s+)?)?(?:l${APOS}an\\s+prochain|l${APOS}année\\s+(?:prochaine|suivante))${E}`,
      "giu",
    ),
    resolve: (_g, ref) => ({ value: String(relYear("next", ref)), precision: "year", relative: true, confidence: 0.8 }),
  },
  {
    rule: "date.fr.last-year",
    lang: "fr",
    re: new RegExp(`${B}(?:l${APOS}an\\s+(?:dernier|passé)|l${APOS}année\\s+(?:dernière|passée|précédente))${E}`, "giu"),
    resolve: (_g, ref) => ({ value: String(relYear("last", ref)), precision: "year", relative: true, confidence: 0.8 }),
  },
  {
    rule: "date.fr.relative-month",
    lang: "fr",
    re: wordStart(/(?<![\p{L}])(?:ce\s+mois-ci|(?<next>le\s+mois\s+prochain)|(?<last>le\s+mois\s+(?:dernier|passé)))(?![\p{L}])/giu),
    resolve: (g, ref) => {
      const r = parseDay(ref);
      const s = shiftMonth(r.year, r.month, g.next ? 1 : g.last ? -1 : 0);
      return { value: monthString(s.year, s.month), precision: "month", relative: true, confidence: 0.8 };
    },
  },
  {
    rule: "date.fr.half-year",
    lang: "fr",
    re: new RegExp(
      `${B}(?:(?<end>(?:la\\s+)?fin\\s+du\\s+)|au\\s+)?(?<n>premier|second|deuxième|1er|2e)\\s+semestre(?:\\s+(?:de\\s+|d${APOS})?(?:(?<y>(?:19|20)\\d{2})|(?<this>l${APOS}année|cette\\s+année)))?${E}`,
      "giu",
    ),
    resolve: (g, ref) => endOf(g.end, half(/premier|1er/i.test(g.n!) ? "first" : "second", g.y ? num(g.y)! : relYear(undefined, ref))),
  },
  {
    // "au cours du troisième trimestre de 2031", "la fin du premier trimestre 2032": a quarter, or its last month; with no
    // year, the year of writing ("au cours du troisième trimestre").
    rule: "date.fr.quarter",
    lang: "fr",
    re: new RegExp(
      `${B}(?:(?:(?<end>(?:la\\s+)?fin\\s+du\\s+))?(?<n>premier|deuxième|troisième|quatrième|1er|2e|3e|4e|dernier(?=\\s+trimestre\\s+(?:de\\s+)?(?:19|20)\\d{2}))\\s+trimestre(?:\\s+(?:de\\s+|d${APOS})?(?:(?<y>(?:19|20)\\d{2})|(?<this>l${APOS}année|cette\\s+année)))?|T(?<q>[1-4])\\s+(?<y2>(?:19|20)\\d{2}))${E}`,
      "giu",
    ),
    // "au dernier trimestre 2031" is the fourth; "T4 2030", as economists write it, too. A bare quarter already over when a
    // plan names it ("doit se rendre à Séoul au premier trimestre", written in November) is next year's, as in English.
    resolve: (g, ref, future) => {
      const n = g.q ?? (/^dernier$/iu.test(g.n!) ? "4" : String((FR_ORDINALS.indexOf(g.n!.toLowerCase()) % 4) + 1));
      const written = g.y ?? g.y2;
      const year = written ? num(written)! : g.this ? relYear(undefined, ref) : bareQuarterYear(n, ref, future);
      return endOf(g.end, quarter(n, year));
    },
  },
  {
    rule: "date.fr.part-of-year",
    lang: "fr",
    re: new RegExp(`${B}(?:au\\s+|à\\s+la\\s+)?(?:début|fin|mi-|milieu)\\s*(?:de\\s+|d${APOS})?(?<y>(?:19|20)\\d{2})${E}`, "giu"),
    resolve: (g) => ({ value: g.y!, precision: "year", confidence: 0.75 }),
  },
  {
    rule: "date.fr.bare-month",
    lang: "fr",
    // "Le mois de février a été chargé": the month named as such, dated by the clause's tense; so is a part of a month
    // ("au début de mars", "à la mi-avril"), which is dated as the month.
    re: new RegExp(
      `${B}(?<prep>en|d${APOS}ici|dès|depuis|jusqu${APOS}en|avant|à\\s+(?:partir|compter)\\s+(?:de\\s+|d${APOS})|(?:le|au|du|ce)\\s+mois\\s+(?:de\\s+|d${APOS})|(?:au\\s+)?(?:début|milieu)\\s+(?:de\\s+|d${APOS})|(?:à\\s+la\\s+)?mi-)\\s*(?<m>${FR_MONTH_RE})(?!\\s*\\d)${E}`,
      "giu",
    ),
    resolve: (g, ref, future) => {
      const m = monthNumber(g.m!)!;
      const direction: Direction = /depuis/i.test(g.prep!)
        ? "past"
        : /d.ici|dès|avant|jusqu|partir|compter/i.test(g.prep!)
          ? "future"
          : dir(future);
      return { value: monthString(yearFor(m, undefined, ref, direction), m), precision: "month", relative: true, confidence: 0.75 };
    },
  },
  {
    // "dès la rentrée 2032", "à la rentrée scolaire": the start of the school year, September, in the year written or the
    // one the clause's tense gives. "la rentrée universitaire 2034-2035" names the school year itself, which the year
    // range reads.
    rule: "date.fr.rentree",
    lang: "fr",
    re: new RegExp(
      `${B}(?:(?<prep>à\\s+partir\\s+de|à|dès|pour|depuis)\\s+)?la\\s+rentrée(?!(?:\\s+(?:scolaire|universitaire|des\\s+classes))?\\s+(?:de\\s+)?(?:19|20)\\d{2}\\s*[-–/]\\s*\\d)(?:\\s+(?:scolaire|universitaire|des\\s+classes))?(?:\\s+(?:de\\s+|d${APOS})(?<m>${FR_MONTH_RE}))?(?:\\s+(?:de\\s+)?(?<y>(?:19|20)\\d{2}))?${E}`,
      "giu",
    ),
    // Without a year or a preposition ("la rentrée universitaire et les frais de scolarité") it names a topic, not a time.
    // "la rentrée de septembre", "la rentrée universitaire d'octobre": a month named with it is the month meant.
    resolve: (g, ref, future) =>
      g.y || g.prep || g.m
        ? {
            value: rentreeMonth(g, ref, future),
            precision: "month",
            relative: !g.y,
            confidence: 0.75,
          }
        : null,
  },
  {
    rule: "date.fr.season",
    lang: "fr",
    needs: /automne|printemps|été|hiver/iu,
    re: new RegExp(
      // "(automne 2032)" in a list: a season with its year needs no article.
      `${B}(?:(?<mod>au|à\\s+l${APOS}|à|cet|cette|ce|(?<from>l(?<=dès\\s+l)${APOS})|l${APOS}|d${APOS}ici\\s+l${APOS}|d${APOS}ici\\s+à\\s+l${APOS}|(?<since>depuis\\s+(?:le|l${APOS})))\\s*|(?=\\p{L}+\\s+(?:de\\s+)?(?:19|20)\\d{2}(?!\\p{N})))(?<s>automne|printemps|été|hiver)(?:\\s+(?<next>prochain|dernier))?(?:\\s+(?:de\\s+)?(?<y>(?:19|20)\\d{2}))?${E}`,
      "giu",
    ),
    resolve: (g, ref, future) => {
      // Without "prochain" or "dernier", the clause's tense decides, as in English: "cet automne", "d'ici l'été" and "dès
      // l'automne" (from then on) look ahead as "this autumn" does, "ont abouti au printemps" is the spring gone by, "se tiendra à l'automne" the one to come.
      // "depuis le printemps" is the spring gone by.
      const thisOrBy = /^(?:cet|cette|ce)$|^d['’]/iu.test(g.mod ?? "") || !!g.from;
      const direction: Direction = g.since
        ? "past"
        : g.next
          ? /prochain/i.test(g.next)
            ? "next"
            : "last"
          : thisSeasonGoneBy(g.mod, g.s!, ref, future)
            ? "past"
            : dir(() => thisOrBy || future());
      const r = g.y ? namedSeason(g.s!, num(g.y)!) : season(g.s!, seasonStartYear(g.mod, g.s!, ref, direction));
      if (r) r.relative = !g.y;
      return r;
    },
  },
  {
    // "since Christmas", "before Easter", "pour Noël", "Christmas next year": a holiday is its day in the year the clause's
    // tense gives, or the next year's when the text says so.
    rule: "date.holiday",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}\\p{N}-])(?<!de\\s)(?<h>${HOLIDAY_RE})(?:\\s+(?<next>next\\s+year|de\\s+l['’]an(?:née)?\\s+prochaine?))?${E}`,
        "gu",
      ),
    ),
    resolve: (g, ref, future) => {
      const year = parseDay(ref).year;
      const ahead = future();
      if (g.next) return { value: holidayDay(g.h!, year + 1), precision: "day", relative: true, confidence: 0.8 };
      const thisYear = holidayDay(g.h!, year);
      const value = ahead
        ? thisYear >= ref
          ? thisYear
          : holidayDay(g.h!, year + 1)
        : thisYear <= ref
          ? thisYear
          : holidayDay(g.h!, year - 1);
      return { value, precision: "day", relative: true, confidence: 0.8 };
    },
  },
  {
    rule: "date.fr.day-word",
    lang: "fr",
    needs: /aujourd|hier|demain|matin|après-midi|soir|jour/iu,
    // "ce matin", "cet après-midi", "ce soir": the day of publication, as "this morning" is ("ce soir-là" is the day told); so
    // is a notice's "à compter de ce jour", "dès ce jour" ("à ce jour" is "to date", no day). "ne date pas d'hier" says
    // "is nothing new", no day.
    re: new RegExp(
      `${B}(?<w>aujourd${APOS}hui|hier(?<!dat\\p{L}{0,4}\\s+pas\\s+d${APOS}hier)|demain|ce\\s+matin|cet\\s+après-midi|ce\\s+soir|ce(?<=(?:(?:compter|partir)\\s+de|dès)\\s+ce)\\s+jour)${E}(?!-là)`,
      "giu",
    ),
    resolve: (g, ref) => {
      const w = g.w!.toLowerCase();
      return { value: addDays(ref, w === "hier" ? -1 : w === "demain" ? 1 : 0), precision: "day", relative: true, confidence: 0.85 };
    },
  },
  {
    rule: "date.fr.weekday",
    lang: "fr",
    // "une visite ... jusqu'à vendredi": a weekday after "jusqu'à" is still ahead.
    re: new RegExp(
      `${B}(?:le\\s+|ce\\s+|(?<until>jusqu${APOS}(?:à|au)\\s+))?(?<wd>${FR_WEEKDAY_RE})(?:\\s+(?<mod>dernier|prochain))?${E}`,
      "giu",
    ),
    resolve: (g, ref, future) => {
      const wd = weekdayNumber(g.wd!)!;
      const direction: Direction = g.mod ? (/dernier/i.test(g.mod) ? "last" : "next") : g.until ? "future" : dir(future);
      return { value: weekdayFrom(wd, ref, direction), precision: "day", relative: true, confidence: 0.8 };
    },
  },
  {
    rule: "date.fr.week",
    lang: "fr",
    needs: /semaine/iu,
    re: wordStart(
      /(?<![\p{L}])(?:(?<next>la\s+semaine\s+prochaine)|(?<last>la\s+semaine\s+(?:dernière|passée))|cette\s+semaine)(?![\p{L}])/giu,
    ),
    resolve: (g, ref) => {
      const w = weekOf(addDays(ref, g.next ? 7 : g.last ? -7 : 0));
      return { value: `${w.start}/${w.end}`, precision: "day", relative: true, confidence: 0.7 };
    },
  },
];

/** Words before a four-digit number that make it a count, an amount or an identifier, not a year. */
/**
 * "the 2034 World Battery Expo", "the 2018 Olympic Winter Games": a year between "the" and a capitalised name that ends on
 * the head of a fair, a games or a festival is part of the show's name, not a date of the story (a treaty's or a
 * protocol's year, "the 2009 Treaty", still dates the text it names).
 */
const SHOW_NAME_AFTER_YEAR =
  /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Expo|Exposition|Games|Olympics|Paralympics|World\s+Cup|Cup|Championships?|Festival|Fair|Biennale|Exhibition|Marathon|Tournament|Walk)(?![\p{L}])/u;

/**
 * "Vision Djibouti 2035", "Oman Vision 2040", "Vision 2030": a year closing a national plan's name names the plan's
 * horizon, not a date of the story.
 */
const PLAN_NAME_BEFORE_YEAR = wordStart(/(?<![\p{L}])Vision(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+$/u);

/**
 * "RIMPAC 2034", "PRFF 2031", "CAN 2031": a year right after a name in capitals names an edition of an exercise, a festival
 * or a tournament, not a date of the story (a month in capitals, "NOV 2027", a preposition, "IN 2032", or a heading in
 * capitals, "KOREA MEDIA KIT 2032", still dates).
 */
const CAPITALS_NAME_BEFORE_YEAR = /(?<![\p{L}'’]|\p{Lu}[\p{Lu}'’-]*[ \t]+)(\p{Lu}{3,10})\s+$/u;
const CAPITALS_NOT_A_NAME = /^(?:FOR|FROM|SINCE|UNTIL|DURING|AND|THE|DANS|POUR|DEPUIS|JUSQU|FIN|END|YEAR|ANNÉE|DATES?)$/u;

/**
 * "Exercise PACIFIC BEACON 2033": two words in capitals after a word in lower case are a name too (a heading in capitals,
 * "KOREA MEDIA KIT 2032", has no such word before it).
 */
const TWO_CAPITALS_NAME_BEFORE_YEAR = /(?<=\p{Lu}?\p{Ll}+[ \t]+)(\p{Lu}{3,10})[ \t]+(\p{Lu}{3,10})\s+$/u;

function isCapitalsName(word: string): boolean {
  return !CAPITALS_NOT_A_NAME.test(word) && monthNumber(word) === null && seasonMonths(word.toLowerCase()) === null;
}

function isYearOfACapitalsName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const name = CAPITALS_NAME_BEFORE_YEAR.exec(before)?.[1];
  if (name !== undefined && isCapitalsName(name)) return true;
  const two = TWO_CAPITALS_NAME_BEFORE_YEAR.exec(before);
  return !!two && isCapitalsName(two[1]!) && isCapitalsName(two[2]!);
}

function isYearOfAShowsName(text: string, start: number, end: number): boolean {
  if (PLAN_NAME_BEFORE_YEAR.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (isYearOfACapitalsName(text, start)) return true;
  return /(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, start - 5), start)) && SHOW_NAME_AFTER_YEAR.test(text.slice(end, end + 80));
}

/**
 * "Home > News > 2031", "Accueil > Communiqués > 2033": a year closing a breadcrumb is the archive's folder, not a date of
 * the story.
 */
function isBreadcrumbYear(text: string, start: number, end: number): boolean {
  return /\S[ \t]+>[ \t]*$/u.test(text.slice(Math.max(0, start - 24), start)) && /^[ \t]*(?:\n|$)/u.test(text.slice(end, end + 4));
}

const NOT_A_YEAR_BEFORE = /(?:No\.?|number|resolution|page|pp?\.|\$|US\$|KRW|won|dollars?|CAD|USD|flight|route)\s*$/i;

/**
 * A heading that opens a listing of coming dates: "Upcoming events", "Coming up", "À venir", "Agenda", "Programme",
 * "Next week"; a media kit's, a programme's or a call's "Key dates 2032 (for your calendar)", "KOREA IN FOCUS – KEY
 * SCREENINGS", "Dates importantes", which may carry a lead before a dash, a year and a note in parentheses. The indent
 * is read whole ("(?=(...))\1" keeps what it took): a long blank line would otherwise be tried at every split of it.
 */
const UPCOMING_HEADING =
  /^(?=([ \t]*))\1(?:upcoming(?: events)?|coming up|events calendar|calendar of events|what['’]s (?:on|next)|save the date|à venir|événements à venir|prochains événements|agenda|programme|program|next week|la semaine prochaine|programme de la semaine|(?:[^\n.:]{1,60}[ \t][–—-][ \t])?(?:key|important) (?:dates|screenings)|dates (?:importantes|clés|à retenir))(?:[ \t]+(?:19|20)\d{2})?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*:?[ \t]*$/gimu;

/**
 * Where a listing ends: a blank line followed by prose. A listing goes on past a blank line before a list item, a day
 * ("12 May", "May 12"), or a calendar's short date line with no full stop of a sentence ("Du 16 au 18 février",
 * "Vendredi 25 février, 9 h 30 à 15 h") that heads the next entry.
 */
const LISTING_END =
  /\n[ \t]*\n(?![ \t]*(?:[-•*–]|\d{1,2}[./ ]|[\p{Lu}][\p{Ll}]{2,9}\.? \d{1,2}\b|(?=[^\n]{0,60}\n)[^\n]{0,40}\d[^\n]*(?<![\p{Ll}]{3}\.)\n))/u;

/**
 * The spans of listings under an "Upcoming events" heading: the heading's block of lines up to
 * the first blank line followed by prose. Dates listed there are still to come. A blog's "What's next" heading set
 * apart from its paragraph by a blank line heads that paragraph.
 */
function upcomingListings(text: string): Span[] {
  const out: Span[] = [];
  UPCOMING_HEADING.lastIndex = 0;
  for (let m = UPCOMING_HEADING.exec(text); m; m = UPCOMING_HEADING.exec(text)) {
    const headingEnd = m.index + m[0].length;
    const start = headingEnd + (/^(?:[ \t]*\n)+/.exec(text.slice(headingEnd, headingEnd + 8))?.[0].length ?? 0);
    const end = LISTING_END.exec(text.slice(start));
    out.push({ start, end: end ? start + end.index : text.length });
  }
  return out;
}

/** "Will the government commit today to ...?": a question's "today" asks; it dates nothing. */
const isQuestion = (text: string, sentence: Span | undefined) =>
  !!sentence && text.slice(sentence.start, sentence.end).trimEnd().endsWith("?");

/** A date opening its line and set off from a label by a separator: "Oct. 14–18 · Busan field week", "Dec. 4 – Demo Day". */
const ROW_OPENING = /(?:^|\n)[ \t]*(?:[-–—•*▪][ \t]*)?$/u;
/** What follows a row's date: a separator, after the hour the row gives ("Du 8 au 11 octobre, 20 h – Agora de la danse"). */
const ROW_SEPARATOR =
  /^(?:,?[ \t]*(?:at[ \t]+|à[ \t]+)?\d{1,2}(?:(?::|[ \t]?h[ \t]?)\d{2}|[ \t]?h|[ \t]?[ap]\.?m\.?))?[ \t]*(?:·|•|–|—|-|\||:|\t)[ \t]*\S/u;

/** A short label and its colon opening the line, and any dates listed before this one: "Rest and travel days: May 11–12, ". */
const LABEL_ROW_OPENING = /(?:^|\n)[ \t]*\p{L}[\p{L} '’&/-]{2,40}:[ \t]*(?:[^\n:.;]{1,24},[ \t]*){0,4}$/u;
/** What ends a listed date in a labelled row: the next date, a note in brackets or the line's end. */
const LABEL_ROW_AFTER = /^[ \t]*(?:,|\(|$)/u;

/**
 * A programme's or timeline's row whose label has no verb of its own to tell its tense, or a labelled row of dates ("Rest
 * and travel days: May 11–12, May 15–16").
 */
function timelineRow(text: string, start: number, end: number, lang: "en" | "fr"): boolean {
  const before = text.slice(Math.max(0, start - 140), start);
  const row =
    (ROW_OPENING.test(before.slice(-40)) && ROW_SEPARATOR.test(text.slice(end, end + 24))) ||
    (LABEL_ROW_OPENING.test(before) && LABEL_ROW_AFTER.test(text.slice(end, end + 4).split("\n")[0]!));
  if (!row) return false;
  const lineEnd = text.indexOf("\n", end);
  return openingDateTense(text.slice(end, lineEnd < 0 ? text.length : lineEnd), lang) === null;
}

/** "within 30 days", "within two weeks": a period counted in days or weeks, and its count. */
const WITHIN_DAYS = /^within\s+(?<n>\S+)\s+(?<unit>days?|weeks?)$/iu;

/**
 * "Sep 14, 2032 - The Tribunal ... invites the parties' observations within 30 days.": on a timeline's row, a period counted in
 * days runs from the row's own day, not from the day of writing, and ends on a day.
 */
function periodsFromTheirRow(text: string, hits: DateHit[]): DateHit[] {
  return hits.map((h) => {
    const within = h.rule === "date.within-period" ? WITHIN_DAYS.exec(h.text) : null;
    const n = count(within?.groups?.n);
    if (!within || !n) return h;
    const lineStart = text.lastIndexOf("\n", h.start - 1) + 1;
    const row = hits.find(
      (r) =>
        r.precision === "day" &&
        !r.value.includes("/") &&
        r.start >= lineStart &&
        ROW_OPENING.test(text.slice(lineStart, r.start)) &&
        ROW_SEPARATOR.test(text.slice(r.end, r.end + 24)) &&
        r.end <= h.start,
    );
    if (!row) return h;
    return { ...h, value: addDays(row.value as Day, /^week/i.test(within.groups!.unit!) ? 7 * n : n), precision: "day" };
  });
}

/**
 * "Program timeline / Sept. 2–6 · Onboarding / Oct. 14–18 · Busan field week" posted on 10 September: rows without a verb
 * straddle the day of writing, each in the year that puts it nearest that day.
 */
function nearestResolution(rule: DateRule, groups: Record<string, string | undefined>, ref: Day, ctx: DateContext): Resolution | null {
  const ahead = rule.resolve(groups, ref, () => true, ctx);
  const behind = rule.resolve(groups, ref, () => false, ctx);
  if (!ahead || !behind) return ahead ?? behind;
  const distance = (r: Resolution) => Math.abs(Date.parse(dateBounds(r.value).first) - Date.parse(ref));
  return distance(ahead) < distance(behind) ? ahead : behind;
}

/** "$2.4 million by December 31", "d'ici le 31 août", "retour à Québec pour Noël": a deadline, in a clause with no tense of its own, is ahead. */
const DEADLINE_BEFORE = wordStart(/(?<![\p{L}])(?:by|pour|d['’]ici(?:\s+(?:le|au|à))?)\s+$/iu);
/**
 * "Two nurses leave for a six-week placement in Seoul on May 3", "the delegation arrives in Gaborone on Monday", "arrives
 * Wednesday evening", "lands in Seoul on Monday evening", "goes on to Tokyo on Thursday", "Tomorrow I travel to Toronto, and on
 * Thursday to Vancouver", "300 Guard members deploy to Latvia in September", "the frigate sails for Yokosuka on Monday": a
 * present tense of travel with its day
 * is a plan (its past is "left", "arrived").
 */
const TRAVEL_PRESENT = wordStart(
  /(?<![\p{L}])(?:leave|leaves|depart|departs|arrive|arrives|land|lands|fly|flies|travel|travels|returns|deploy|deploys|sails|(?:goes|go|heads|head)\s+on\s+to|partent|arrivent)\s(?:[^.;:\n]{0,60}?(?:on|from|le|du|in|en)\s+)?$/iu,
);

/**
 * A visit's or a meeting's item told in the present beside its weekday, "He visits the Police College on Thursday and ...",
 * "and on Friday he visits farms in the province", "La ministre, arrivée mercredi à Berlin, rencontre samedi la ministre
 * coréenne", "Il visite jeudi le port": a schedule still ahead, whatever a clause before it told (not the noun, "sa visite
 * jeudi", "en visite officielle depuis lundi", "the visits on Monday").
 */
const VISIT_PRESENT_BEFORE = wordStart(
  /(?<![\p{L}])(?<!(?:the|a|his|her|its|their|this|that|on|of|sa|la|une|cette|leur|de|des|ses|les|leurs|en)\s)(?:visits|tours|meets|visite|visitent|rencontre|rencontrent)\s(?:[^.;:\n]{0,50}\s)?$/iu,
);
const VISIT_PRESENT_AFTER =
  /^,?\s+(?:he|she|they|il|elle|ils|elles)\s+(?:visits|tours|meets|visite|visitent|rencontre|rencontrent)(?![\p{L}])/iu;

/** Whether a weekday stands beside a visit's verb in the present (see `VISIT_PRESENT_BEFORE`). */
function besideVisitInPresent(text: string, windowStart: number, start: number, end: number): boolean {
  return VISIT_PRESENT_BEFORE.test(text.slice(windowStart, start)) || VISIT_PRESENT_AFTER.test(text.slice(end, end + 24));
}

/** "until May 3", "through Thursday", "jusqu'au 10 avril": an end still ahead. */
/** "forecast 31 October", "target: June", "prévu le 3 mai": a progress table's or a plan's date for what is still to be done. */
const FORECAST_BEFORE = wordStart(/(?<![\p{L}])(?:forecast|target|planned|prévue?s?|cible)\s*(?::\s*)?(?:for\s+|pour\s+|le\s+)?$/iu);
const UNTIL_BEFORE = wordStart(/(?<![\p{L}])(?:until|till|through|jusqu['’]\s*(?:au|à|en)?)\s*$/iu);
const LIST_MARK = /^\s*(?:[-–—•*▪]|\d{1,2}[.)]|[a-h]\))\s+/u;
const LIST_LEAD_VERB = wordStart(
  /(?<![\p{L}])(?:tasked|instructed|directed|mandated|agreed|committed|decided|recommended|urged|will|shall|chargé|convenu)(?![\p{L}])/iu,
);

/**
 * A list item with no tense of its own under a lead that looks ahead ("The committee will:", "tasked their
 * ministers to:"): its dates are ahead too.
 */
function underFutureLead(text: string, lineStart: number, lang: "en" | "fr"): boolean {
  if (!LIST_MARK.test(text.slice(lineStart, lineStart + 6))) return false;
  let end = text.lastIndexOf("\n", lineStart - 1);
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    // Earlier items, and the blank lines that some lists leave between the lead and its items, are passed over.
    if (LIST_MARK.test(line) || !line.trim()) {
      end = start - 1;
      continue;
    }
    return /:\s*$/u.test(line) && (isFutureSentence(line, lang) || LIST_LEAD_VERB.test(line));
  }
  return false;
}

/** What may stand before a date that opens its sentence: a bullet and a preposition ("- On 24 April,", "Le 15 mai,"). */
const OPENING_HEAD = /^\s*(?:[-–—•*▪]\s*)?(?:on|in|from|by|le|en|dès|à\s+partir\s+du)?\s*$/iu;

/**
 * Present-tense schedule verbs: "Applications open on May 15", "Applications close April 11", "the fair runs from June 3",
 * "Ticket sales open to members on Friday" (who it opens to may stand between the verb and the day), "The Year of Cultural
 * Exchange opens in Toronto in January and closes in Seoul in December" (or the town where it opens); a body's sitting, which needs no preposition: "The
 * committee meets Wednesday", "Bargaining resumes the week of June 23", "Le conseil se réunit jeudi", "the plant's Family Day
 * takes place on Saturday", "l'assemblée annuelle a lieu le 20 octobre"; a town's or a body's
 * hosting: "Genève accueille par ailleurs du 3 au 5 octobre une conférence"; an exhibition's run, "L'exposition, présentée du 17
 * mai au 5 octobre", "on view from June 3 to September 28".
 */
const SCHEDULE_VERB =
  "(?<![\\p{L}])(?:(?:opens?|closes?|(?:is|are)\\s+(?:closed|open|shut)|begins?|starts?|runs?|ends?|ouvre|ouvrent|(?:est|sont)\\s+fermée?s?|commence|commencent|débute|débutent)(?:\\s+(?:to|aux?)\\s+(?:the\\s+)?[\\p{L}-]+)?(?:\\s+(?:in|at|à)\\s+\\p{Lu}[\\p{L}-]+)?(?:\\s+(?:on|from|in|le|du|en))?|(?:meets|resumes?|reconvenes?|sits|takes\\s+place|a\\s+lieu|ont\\s+lieu|se\\s+réunit|se\\s+réunissent|reprend|reprennent)(?:\\s+(?:on|from|le|du|the\\s+week\\s+of|la\\s+semaine\\s+du))?|(?:hosts|accueille|accueillent)(?:\\s+(?:also|par\\s+ailleurs|aussi|également))?(?:\\s+(?:on|from|le|du))?|(?:présentée?s?|exposée?s?|on\\s+(?:view|display)|à\\s+l['’]affiche)(?:\\s+(?:from|du))?)";
const SCHEDULE_PRESENT = new RegExp(`${SCHEDULE_VERB}\\s+$`, "iu");
/**
 * A body's sitting told in the present with its place or its session between the verb and the date ("Forum leaders meet
 * in Apia in September", "The commission holds its annual session in May", "La Commission tient sa session annuelle en
 * mai"), its hearing ("the committee hears from the ambassador on Thursday"), a service's change ("operates four times a
 * week and becomes daily in December", "devient quotidien en décembre") and its rising ("The House adjourns for the winter on
 * December 12"): a calendar's item, still ahead, when nothing else in the clause tells the tense.
 */
const SITTING_PRESENT = wordStart(
  /(?<![\p{L}])(?:meet|meets|convene|convenes|adjourns?|holds|hold\s+(?:its|their)|hears|becomes|tient|tiennent|devient|deviennent|se\s+réunit|se\s+réunissent)\s(?:[^.;:\n]{0,50}?\s)?$/iu,
);
/** The preposition a date's span opens on ("on Friday", "in January"), which the schedule verb before it governs. */
const LEADING_PREPOSITION = /^(?:on|from|in|le|du|en)\s+/iu;

/**
 * Before weekdays on their line, opening hours ("Visa counter hours: 09:30-12:00, Monday to Friday",
 * "Horaires : du lundi au vendredi"): the days are every week's, no date. An event's hours further back on the line
 * ("... from 10 a.m. to 3 p.m. Please book a slot at the church office (604-931-2287) by Wednesday") are not.
 */
const OPENING_HOURS = wordStart(
  /(?<![\p{L}\p{N}])(?:\d{1,2}(?::|\s?h\s?)\d{2}|\d{1,2}\s?[ap]\.?m\.?|hours|horaires?|heures\s+d['’]ouverture)(?![\p{L}])/iu,
);
/** How far before a weekday opening hours are read: the hours of an event told earlier on the line are not the day's. */
const OPENING_HOURS_REACH = 48;

/**
 * "is open to the public on Wednesday from 1 p.m. to 4 p.m. and leaves Halifax on Thursday": hours followed by a new
 * clause, "and" and a verb in the present, are the earlier day's, not the weekday's opening hours.
 */
const HOURS_THEN_NEW_CLAUSE = /(?:\d\s?[ap]\.?m\.?|\d{1,2}(?::|\s?h\s?)\d{2})\s+(?:and|et)\s+\p{Ll}{2,}s\s[^\n]*$/u;

/** Whether opening hours stand before a weekday on its line ("Visa counter hours: 09:30-12:00, Monday to Friday"). */
function isAfterOpeningHours(text: string, start: number): boolean {
  const before = text.slice(Math.max(text.lastIndexOf("\n", start) + 1, start - OPENING_HOURS_REACH), start).replace(TIME_CODE, "");
  return OPENING_HOURS.test(before) && !HOURS_THEN_NEW_CLAUSE.test(before);
}

/** A transcript's or a live page's time code opening the line ("[00:18] KARIM ...", "14 h 32 – "): no opening hours. */
const TIME_CODE = /^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}(?::|\s?h\s?)\d{2}\s*[-–—|:])/u;

/** The end of a range of weekdays, if the date is its start, then an hour: " au vendredi à 8 h 10", " to Friday at 9:30". */
const WEEKLY_HOURS_AFTER = new RegExp(
  `^(?<to>\\s+(?:au|to|through|until)\\s+(?:${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE}))?,?\\s+(?:à|at)\\s+\\d{1,2}(?:(?::|\\s?h\\s?)\\d{2}|\\s?h(?![\\p{L}])|\\s?[ap]\\.?m\\.?)`,
  "iu",
);
/** The start of a range of weekdays just before a weekday: "du lundi au ", "Monday to ". */
const WEEKDAY_RANGE_START_BEFORE = new RegExp(`(?:${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE})\\s+(?:au|to|through|until)\\s+$`, "iu");

/**
 * A second day after a schedule's: "is closed on 1 March (Independence Movement Day) and on 17 February", "open to members
 * on Friday and to the public on Sept. 2".
 */
const SCHEDULE_PRESENT_AND = new RegExp(
  `${SCHEDULE_VERB}\\s[^.;\\n]{1,60}?\\s(?:and|et)\\s+(?:(?:to|aux?)\\s+(?:the\\s+)?[\\p{L}-]+\\s+)?(?:on|from|le|du)\\s+$`,
  "iu",
);

const WEEKDAY_RULES = new Set(["date.weekday-range", "date.weekday", "date.fr.weekday"]);

/** The rules of a day or a month written without its year, which `aheadWithinWeeks` may read in the weeks ahead. */
const SOON_AHEAD_RULES = new Set(["date.month-day", "date.day-month", "date.fr.day-month", "date.bare-month", "date.fr.bare-month"]);
/** How far ahead of the reference a day with no year may fall and still be read ahead rather than almost a year back. */
const SOON_AHEAD_DAYS = 45;

/**
 * "the Arboretum opens its new garden on June 28" on June 19, "les tarifs augmentent de 3 % le 1er avril" on March 24,
 * "reçoit en août un deuxième appareil" in July, "markets are closed on Thursday for the March 1 holiday" on February 27: a
 * day or a month without its year that falls in the coming weeks is this year's, not the one almost a year back, when
 * no past tense governs it.
 */
function aheadWithinWeeks(rule: DateRule, groups: Groups, ref: Day, ctx: DateContext, behind: Resolution): Resolution | null {
  const ahead = rule.resolve(groups, ref, () => true, ctx);
  if (!ahead || ahead.value === behind.value) return null;
  const days = (Date.parse(dateBounds(ahead.value).first) - Date.parse(ref)) / 86_400_000;
  return days > 0 && days <= SOON_AHEAD_DAYS ? ahead : null;
}

/** What makes a word in "-ed" or "-é" no past in a clause: a state ("markets are closed"), a noun after "d'" ("d'électricité"). */
const STATE_BEFORE_PARTICIPLE = /(?:(?<![\p{L}])(?:is|are|remains?)\s+|d['’])$/iu;
/** A comma and a conjunction that open a clause of its own ("..., and the Arboretum opens ...", "..., et les tarifs ..."). */
const CLAUSE_JOIN = /,\s+(?:and|while|whereas|but|et|mais|tandis\s+que)\s/giu;

/**
 * "the KFS signed an agreement on Monday, and the Arboretum opens its garden on June 28", "a signé en janvier une entente
 * ..., et les tarifs augmentent le 1er avril": a past verb before a comma and a conjunction is another clause's; the
 * date's own clause, after the join, tells no tense.
 */
function pastOnlyBeforeAJoin(head: string, lang: "en" | "fr"): boolean {
  const join = lastJoinEnd(head);
  if (join === 0) return false;
  const clause = head.slice(join);
  return (
    !IRREGULAR_PAST_EN.test(clause) &&
    tenseCues(clause, lang).every((c) => c.tense === "past" && STATE_BEFORE_PARTICIPLE.test(clause.slice(0, c.at)))
  );
}

/** Past forms the tense cues leave out, which a traveller's or a reporter's sentence often has ("left for", "flew to"). */
const IRREGULAR_PAST_EN =
  /(?<![\p{L}])(?:left|flew|led|saw|took|gave|won|lost|fell|rose|said|told|got|ran|wrote|drove|became|brought|bought|sold|paid|built|kept|found|stood|chose)(?![\p{L}])/iu;

/** Whether the clause a date closes tells no past: no tense at all, or a past only before a join to a clause of its own. */
function hasNoPastOfItsOwn(head: string, told: "future" | "past" | null, lang: "en" | "fr"): boolean {
  if (told === null) return !IRREGULAR_PAST_EN.test(head.slice(lastJoinEnd(head)));
  return pastOnlyBeforeAJoin(head, lang);
}

/** Where the last clause of its own opens in the words before a date (after ", and", ", et", ...), or 0. */
function lastJoinEnd(head: string): number {
  let join = 0;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(head); m; m = CLAUSE_JOIN.exec(head)) join = m.index + m[0].length;
  return join;
}

/** Every rule findDates runs; the relative periods' rules take the clause's tense as a value. */
const DATE_RULES: DateRule[] = [
  ...RULES,
  ...RELATIVE_PERIOD_RULES.map((r): DateRule => ({ ...r, resolve: (g, ref, future) => r.resolve(g, ref, future()) })),
];

/** The rules that search a text only when it holds their word, as [name, pattern, word] (for the check that every match holds it). */
export const RULES_NEEDING_A_WORD: ReadonlyArray<readonly [string, RegExp, RegExp]> = DATE_RULES.flatMap((r) =>
  r.needs ? [[r.rule, r.re, r.needs] as const] : [],
);

/** The calendar words of a line written in capitals, as prose writes them: "9TH MAY 2018" -> "9th May 2018". */
const CAPITAL_LINE = /^[^\p{Ll}\n]*\p{Lu}{3}[^\p{Ll}\n]*$/gmu;
const CALENDAR_IN_CAPITALS = wordStart(
  new RegExp(`(?<![\\p{L}])(?:${EN_MONTH_FULL_RE}|${EN_WEEKDAY_RE}|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?![\\p{L}])`, "giu"),
);
const FR_CALENDAR_IN_CAPITALS = wordStart(
  new RegExp(`(?<![\\p{L}])(?:${FR_MONTH_RE.replaceAll("\\.", "")}|${FR_WEEKDAY_RE})(?![\\p{L}])`, "giu"),
);
const SMALL_IN_CAPITALS = wordStart(
  /(?<=\d)(?:ST|ND|RD|TH|ER|E)(?![\p{L}])|(?<![\p{L}])(?:TO|AND|OF|THE|FROM|ON|IN|THROUGH|UNTIL|LE|LES|DU|AU|ET|DE|EN)(?![\p{L}])/gu,
);
/**
 * The text the date rules read: the same characters, except that on a line with no small letter (a headline, a
 * dateline: "STATE VISIT TO KENYA FROM 8TH TO 10TH MAY 2018") month and weekday names are written as in prose and the
 * small words and ordinal endings around them in small letters. Offsets are unchanged; the dates' own text is taken from
 * the original.
 */
function withCapitalLinesRead(text: string, lang: "en" | "fr"): string {
  if (!/\p{Lu}{3}/u.test(text)) return text;
  return text
    .replace(CAPITAL_LINE, (line) =>
      (lang === "fr"
        ? line.replace(FR_CALENDAR_IN_CAPITALS, (w) => w.toLowerCase())
        : line.replace(CALENDAR_IN_CAPITALS, (w) => w[0] + w.slice(1).toLowerCase())
      ).replace(SMALL_IN_CAPITALS, (w) => w.toLowerCase()),
    )
    .replace(CAPITAL_DATELINE_MONTH, (w) => (lang === "fr" ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()));
}

/** Months as an agency's capitals dateline writes them, full or cut short, in English and French. */
const DATELINE_MONTHS_IN_CAPITALS =
  "(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|JANVIER|FÉVRIER|MARS|AVRIL|MAI|JUIN|JUILLET|AOÛT|SEPTEMBRE|OCTOBRE|NOVEMBRE|DÉCEMBRE)";
/**
 * An agency's dateline in capitals opening a line of prose, "YEREVAN, MAY 18, ARMENPRESS. Prime Minister ...", "ASTANA, DEC.
 * 10 (Kazinform) -", "LIMA, 3 MARS (AFP) -": its month as prose writes it.
 */
const CAPITAL_DATELINE_MONTH = new RegExp(
  String.raw`${DATELINE_MONTHS_IN_CAPITALS}(?<=^\p{Lu}[\p{Lu}\p{M} .'’-]{1,30},\s+(?:\d{1,2}\s+)?${DATELINE_MONTHS_IN_CAPITALS})(?=\.?\s+\d{1,2}(?!\d)|\s+\(|,\s+\p{Lu}{3})`,
  "gmu",
);

/** A dotted day, month and year, "07.12.2032", "12.05.2031". */
const DOTTED_DATE = /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\p{N}])/gu;

/**
 * "Date Posted: 07.12.2032 14:20" on a page published on July 12, "Posted 03.28.2031" on March 28: a page whose dotted date
 * is its own publication day only when read month first writes all its dotted dates month first, as a US media hub's
 * metadata does ("Date Taken: 07.09.2032" is then July 9), where a European page's "12.07.2032" is day first.
 */
function dotsWrittenMonthFirst(text: string, published: Day): boolean {
  if (!text.includes(".")) return false;
  for (const m of text.matchAll(DOTTED_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (a === b || !isValidDay(y, a, b)) continue;
    if (dayString(y, a, b) === published) return true;
  }
  return false;
}

export function findDates(text: string, pageCtx: DateContext, sentenceOf: (offset: number) => Span | undefined): DateHit[] {
  const ctx: DateContext = { ...pageCtx, dotsMonthFirst: dotsWrittenMonthFirst(text, pageCtx.published) };
  const hits: DateHit[] = [];
  const listings = upcomingListings(text);
  const cues = new Map<number, TenseCue[]>();
  const cuesOf = (s: Span): TenseCue[] => {
    let found = cues.get(s.start);
    if (!found) {
      found = tenseCues(text.slice(s.start, s.end), ctx.lang);
      cues.set(s.start, found);
    }
    return found;
  };
  const read = withCapitalLinesRead(text, ctx.lang);
  for (const rule of DATE_RULES) {
    if (rule.lang && rule.lang !== ctx.lang) continue;
    if (rule.needs && !rule.needs.test(read)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(read); m; m = rule.re.exec(read)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      let start = m.index;
      let end = start + m[0].length;
      const raw = m[0];
      const lead = /^\s+/.exec(raw)?.[0].length ?? 0;
      start += lead;
      end -= /\s+$/.exec(raw)?.[0].length ?? 0;
      if (rule.rule === "date.year") {
        // The span is the year itself; the preposition only raised confidence.
        start = m.index + raw.lastIndexOf(m.groups?.y ?? "");
        if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
        if (isYearOfAShowsName(text, start, end) || isBreadcrumbYear(text, start, end)) continue;
      }
      const sentence = acrossInitialism(text, sentenceOf(start), sentenceOf);
      const windowStart = Math.max(sentence?.start ?? 0, start - 90);
      // Only the words leading up to the date decide its tense ("met on Friday and agreed to ..." is past).
      const head = text.slice(sentence?.start ?? windowStart, start);
      let looksAhead: boolean | undefined;
      let toldTense: "future" | "past" | null = null;
      const future = () => {
        if (looksAhead !== undefined) return looksAhead;
        const tense =
          (sentence ? tenseBefore(cuesOf(sentence), head) : clauseTense(head, ctx.lang)) ??
          (OPENING_HEAD.test(head) ? openingDateTense(text.slice(end, Math.min(sentence?.end ?? end + 100, end + 100)), ctx.lang) : null) ??
          (futureVerbRightAfter(text.slice(end, end + 30), ctx.lang) ? "future" : null);
        toldTense = tense;
        looksAhead =
          tense === "future" ||
          (WEEKDAY_RULES.has(rule.rule) && besideVisitInPresent(text, windowStart, start, end)) ||
          (tense === null && isFutureSentence(text.slice(windowStart, end), ctx.lang)) ||
          (tense === null && underFutureLead(text, sentence?.start ?? start, ctx.lang)) ||
          (tense === null && DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) ||
          (tense === null &&
            TRAVEL_PRESENT.test(text.slice(windowStart, start + (LEADING_PREPOSITION.exec(text.slice(start, end))?.[0].length ?? 0)))) ||
          (tense === null && SITTING_PRESENT.test(text.slice(windowStart, start))) ||
          UNTIL_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
          FORECAST_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
          listings.some((l) => l.start <= start && start < l.end) ||
          // A weekday's span opens on its preposition ("on Friday"), read with the verb before it.
          SCHEDULE_PRESENT.test(
            text.slice(Math.max(windowStart, start - 36), start + (LEADING_PREPOSITION.exec(text.slice(start, end))?.[0].length ?? 0)),
          ) ||
          SCHEDULE_PRESENT_AND.test(text.slice(windowStart, start));
        return looksAhead;
      };
      if (rule.rule === "date.day-word" && /^today$/i.test(m[0].trim()) && isQuestion(text, sentence)) continue;
      if (rule.rule === "date.fr.day-word" && NOWADAYS.test(text.slice(Math.max(0, start - 12), end + 12))) continue;
      if (WEEKDAY_RULES.has(rule.rule) && EVERY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (WEEKDAY_RULES.has(rule.rule) && isAfterOpeningHours(text, start)) continue;
      // "c'est du lundi au vendredi à 8 h 10": a range of weekdays with an hour after it is every week's schedule.
      if (WEEKDAY_RULES.has(rule.rule)) {
        const hours = WEEKLY_HOURS_AFTER.exec(text.slice(end, end + 32));
        const inRange =
          rule.rule === "date.weekday-range" ||
          hours?.groups?.to ||
          WEEKDAY_RANGE_START_BEFORE.test(text.slice(Math.max(0, start - 24), start));
        if (hours && inRange) continue;
      }
      const ref = ctx.referenceAt(start);
      const r =
        !listings.some((l) => l.start <= start && start < l.end) && timelineRow(text, start, end, ctx.lang)
          ? nearestResolution(rule, m.groups ?? {}, ref, ctx)
          : rule.resolve(m.groups ?? {}, ref, future, ctx);
      if (!r) continue;
      if (looksAhead === false && r.relative && SOON_AHEAD_RULES.has(rule.rule) && hasNoPastOfItsOwn(head, toldTense, ctx.lang))
        Object.assign(r, aheadWithinWeeks(rule, m.groups ?? {}, ref, ctx, r) ?? {});
      hits.push({
        start,
        end,
        text: text.slice(start, end),
        value: r.value,
        precision: r.precision,
        ambiguous: r.ambiguous ?? false,
        rule: rule.rule,
        confidence: r.confidence ?? 0.9,
        reference: ref,
        relative: r.relative ?? false,
      });
    }
  }
  const kept = spansAcrossYears(
    text,
    weeksStartingOn(
      text,
      listItemsAhead(
        text,
        ctx.lang,
        chronologyLineYears(
          text,
          yearsAfterAPastYear(
            weekdaysAfterADayAhead(text, ctx.lang, weekdaysInToldWeek(text, withRelativeYears(text, keepLongest(hits))), sentenceOf),
            sentenceOf,
          ),
        ),
      ),
    ),
  );
  const dated = holidaysBeforeTheirDay(text, quotedTodayOnTheToldDay(text, periodsFromTheirRow(text, yearsOfTheSameDay(text, kept))));
  return [...dated, ...sameMonthAnaphora(text, dated, sentenceOf), ...holidaysBesideTheirDay(text, dated)].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * « La Corée est aujourd'hui notre troisième marché », « ces villes sont aujourd'hui les plus peuplées »: "aujourd'hui"
 * between "est" or "sont" and the noun or the comparison they give a subject is "nowadays", no day.
 */
const NOWADAYS =
  /(?<![\p{L}])(?:est|sont|reste|restent)\s+aujourd['’]hui\s+(?:notre|nos|votre|leur|leurs|son|sa|ses|le|la|les|l['’]|un|une|des|plus|moins|très|bien|parmi)(?![\p{L}])/iu;

/** What joins a holiday's name to the day written after it: "on", "le", a comma. */
const HOLIDAY_TO_ITS_DAY = /^(?:,\s*|\s+(?:on|le)\s+)$/iu;

/**
 * "marked Remembrance Day on November 11", "celebrated Christmas on December 25", "la Saint-Jean, le 24 juin": a holiday
 * named before the day written for it is that day's name; the day is the date, read once.
 */
function holidaysBeforeTheirDay(text: string, hits: DateHit[]): DateHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  return sorted.filter((h, i) => {
    const next = sorted[i + 1];
    return !(h.rule === "date.holiday" && next && next.value === h.value && HOLIDAY_TO_ITS_DAY.test(text.slice(h.end, next.start)));
  });
}

/** A holiday's name in brackets: "(Children's Day)", "(Victoria Day)", "(Fête nationale)", "(Jour du Souvenir)". */
const HOLIDAY_IN_BRACKETS = /^\s*\((?<name>(?:\p{Lu}[\p{L}'’-]*\s+){0,3}Day|(?:Fête|Jour)\s+[\p{L}'’ -]{2,30})\)/u;

/** A day written with its weekday first: "Friday, May 5", "Monday, October 8", "lundi 24 juin". */
const WEEKDAY_FIRST = new RegExp(`^(?:on\\s+|le\\s+)?(?:${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE}),?\\s`, "iu");

/**
 * "closed on Friday, May 5 (Children's Day) and on Monday, May 22 (Victoria Day)", "fermé le lundi 24 juin (Fête
 * nationale)": a closing day a notice writes with its weekday and the holiday in brackets after it gives a date of its own,
 * the holiday's name, that day.
 */
function holidaysBesideTheirDay(text: string, hits: readonly DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    if (h.precision !== "day" || h.value.includes("/") || !WEEKDAY_FIRST.test(h.text)) continue;
    const m = HOLIDAY_IN_BRACKETS.exec(text.slice(h.end, h.end + 50));
    if (!m) continue;
    const start = h.end + m[0].indexOf("(") + 1;
    const name = m.groups!.name!;
    out.push({ ...h, start, end: start + name.length, text: name, rule: "date.holiday-beside-day", relative: true });
  }
  return out;
}

/** An initialism of capitals closing what the splitter took for a sentence: "the B.C.", "the U.S.". */
const INITIALISM_END = wordStart(/(?<![\p{L}.])(?:\p{Lu}\.){2,}\s+$/u);

/**
 * "Nam is scheduled to visit the B.C. Wildfire Service in Kamloops on Friday": a sentence cut after an initialism goes on
 * in the next piece, whose dates take their tense from the verb before the cut.
 */
function acrossInitialism(text: string, sentence: Span | undefined, sentenceOf: (offset: number) => Span | undefined): Span | undefined {
  if (!sentence || sentence.start === 0) return sentence;
  const cut = INITIALISM_END.exec(text.slice(Math.max(0, sentence.start - 12), sentence.start));
  if (!cut) return sentence;
  const before = sentenceOf(sentence.start - cut[0].length);
  return before && before.start < sentence.start ? { start: before.start, end: sentence.end } : sentence;
}

/** How many days before the publication a story's own day may lie: a wire or a release tells of the last few days. */
const STORY_DAY_WINDOW = 6;

/** Whether an offset lies inside a quotation opened earlier on its line: an odd count of straight quotes, or "“" or "«" unclosed. */
function isInsideQuotation(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  const straight = (line.match(/"/g) ?? []).length;
  return straight % 2 === 1 || line.lastIndexOf("“") > line.lastIndexOf("”") || line.lastIndexOf("«") > line.lastIndexOf("»");
}

/** "tonight", "this evening", "ce soir": the evening of the publication day, a step still ahead. */
const EVENING_AHEAD = /^(?:tonight|this\s+evening|ce\s+soir)$/iu;
/** "today", "tonight", "aujourd'hui", "hier": a day named by a word, in English or French. */
const isDayWord = (h: DateHit) => h.rule === "date.day-word" || h.rule === "date.fr.day-word";

/** A trip's next leg told in the present: "visits the port in Mokpo today", "travels to Guanacaste today", "visite ce mardi". */
const TRIP_LEG_PRESENT = wordStart(
  /(?<![\p{L}])(?:visits|tours|travels|leaves|heads|flies|returns|continues|visite|se\s+rend|quitte|regagne)(?![\p{L}])/iu,
);

/**
 * "signed ... yesterday ... 'Today we are putting them to work,' said the Governor. The Premier visits the port today and
 * leaves for Seoul tomorrow", "ont signé hier ... « Aujourd'hui, nous ... » ... La ministre visite aujourd'hui le port": once
 * the narrator has told the story's day as "yesterday", a "today" after the quote, on a trip's next leg, tells the day of
 * writing, not the story's day.
 */
function isALaterLegOfTheTrip(text: string, h: DateHit, firstQuoted: DateHit): boolean {
  if (h.start < firstQuoted.start) return false;
  return TRIP_LEG_PRESENT.test(text.slice(sentenceStartBefore(text, h.start), h.start));
}

/**
 * "2034-02-20 ... The President held official talks on Monday ... 'Today we open a new page,' the President said", "a
 * annoncé mardi ... « Aujourd'hui ... »" published on a Tuesday: a weekday the narrator tells before the quote, which is the
 * day of publication itself, makes it the story's day, even when an earlier day of the visit ("arrived on Sunday") follows.
 */
function isStoryDayThePublicationDay(text: string, hits: readonly DateHit[], firstQuoted: DateHit): boolean {
  // A weekday written beside a date ("November 18, 2032, Thursday @ 15:42") only names that date's day.
  const told = hits.find(
    (h) =>
      WEEKDAY_RULES.has(h.rule) &&
      h.start < firstQuoted.start &&
      !isInsideQuotation(text, h.start) &&
      !/[\d,(]\s*$/u.test(text.slice(Math.max(0, h.start - 3), h.start)),
  );
  return told !== undefined && told.value === told.reference;
}

/**
 * "Today we have become partners," said at a signing the story dates "on Wednesday" and published on Thursday (« Aujourd'hui,
 * nous sommes partenaires » after "ont signé lundi"): a "today" inside a quotation is the day the words were said. When the
 * narrator never says "today" (a "tonight" or "ce soir" aside does not count) and the story's first day before its
 * publication lies in the days just gone, that day is the story's own, and a quoted "today" is it.
 */
function quotedTodayOnTheToldDay(text: string, hits: DateHit[]): DateHit[] {
  const isToday = (h: DateHit) => isDayWord(h) && /^(?:today|aujourd['’]hui)$/iu.test(h.text);
  const quoted = hits.filter((h) => isToday(h) && isInsideQuotation(text, h.start));
  if (quoted.length === 0) return hits;
  // The narrator's own "today" or "this afternoon" makes the publication day the story's; "tonight" or "ce soir" tells only
  // a step still to come that day ("Elle regagne Port-au-Prince ce soir").
  const yesterdayTold = hits.some((h) => isDayWord(h) && /^(?:yesterday|hier)$/iu.test(h.text) && !isInsideQuotation(text, h.start));
  const narratorsToday = (h: DateHit) =>
    isDayWord(h) &&
    h.value === h.reference &&
    !quoted.includes(h) &&
    !EVENING_AHEAD.test(h.text) &&
    !(yesterdayTold && isALaterLegOfTheTrip(text, h, quoted[0]!));
  if (hits.some(narratorsToday)) return hits;
  if (isStoryDayThePublicationDay(text, hits, quoted[0]!)) return hits;
  const storyDay = hits.find(
    (h) =>
      h.precision === "day" &&
      !h.value.includes("/") &&
      h.value < h.reference &&
      h.value >= addDays(h.reference, -STORY_DAY_WINDOW) &&
      !isInsideQuotation(text, h.start),
  );
  if (!storyDay) return hits;
  return hits.map((h) => (quoted.includes(h) && h.reference === storyDay.reference ? { ...h, value: storyDay.value } : h));
}

const YEAR_WORD_AFTER = /^\s+(?:of|de|d['’])\s*(?:this|next|last|that|the\s+same|cette|l['’]|la\s+même)\s*(?:year|année|an)(?![\p{L}])/iu;
/** Rules that read a day and a month's name, with or without a year. */
const DAY_AND_MONTH_RULES = new Set(["date.month-day", "date.day-month", "date.fr.day-month"]);

/**
 * "Roaming ... starts July 1" over "Starting ... on July 1, 2032": a day and month written without a year, where the text
 * writes that same day with its year (and only one year), is that day; the tense of a headline or a table's column tells
 * less than the text's own date.
 */
function yearsOfTheSameDay(text: string, hits: DateHit[]): DateHit[] {
  const years = new Map<string, Set<string>>();
  for (const h of hits)
    if (DAY_AND_MONTH_RULES.has(h.rule) && !h.relative && /^\d{4}-\d{2}-\d{2}$/.test(h.value)) {
      const key = h.value.slice(5);
      if (!years.has(key)) years.set(key, new Set());
      years.get(key)!.add(h.value.slice(0, 4));
    }
  if (years.size === 0) return hits;
  return hits.map((h) => {
    // "January 1 of this year", "le 1er avril de l'an prochain": a year told in words is the text's own.
    if (!DAY_AND_MONTH_RULES.has(h.rule) || !h.relative || !/^\d{4}-\d{2}-\d{2}$/.test(h.value)) return h;
    if (YEAR_WORD_AFTER.test(text.slice(h.end, h.end + 24))) return h;
    const found = years.get(h.value.slice(5));
    if (found?.size !== 1) return h;
    const year = [...found][0]!;
    if (isAnniversaryYear(year, h.value)) return h;
    return year === h.value.slice(0, 4) ? h : { ...h, value: `${year}-${h.value.slice(5)}` };
  });
}

/**
 * "is to be signed on 21 April, the anniversary of the day in 1971" beside "began on 21 April 1971": a day written without
 * its year lies within a year of the text, so the same day written with a year further off is an anniversary, not that day.
 */
function isAnniversaryYear(writtenYear: string, readDay: string): boolean {
  return Math.abs(Number(writtenYear) - Number(readDay.slice(0, 4))) > 1;
}

/** What joins two full dates into one span: a dash, "to", "until"; in French the second date's own "au". */
const SPAN_JOINER = /^[ \t]*(?:[-–—]|to|through|until|au|jusqu['’]au)[ \t]+$/iu;
const FRENCH_SPAN_END = /^(?:au|jusqu['’]au)\s/iu;

/**
 * "May 2, 2031 – January 11, 2032", "du 2 mai 2031 au 11 janvier 2032": two days each written with its year, joined by a
 * dash or "to", are one span of days (a loan's, a mandate's, an exhibition's).
 */
function spansAcrossYears(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out.at(-1);
    const joins =
      prev &&
      prev.precision === "day" &&
      h.precision === "day" &&
      !prev.relative &&
      !h.relative &&
      !prev.value.includes("/") &&
      !h.value.includes("/") &&
      WRITTEN_YEAR.test(prev.text) &&
      WRITTEN_YEAR.test(h.text) &&
      prev.value < h.value &&
      (SPAN_JOINER.test(text.slice(prev.end, h.start)) ||
        (/^[ \t]+$/u.test(text.slice(prev.end, h.start)) && FRENCH_SPAN_END.test(h.text)));
    if (!joins) {
      out.push(h);
      continue;
    }
    out[out.length - 1] = { ...prev, end: h.end, text: text.slice(prev.start, h.end), value: `${prev.value}/${h.value}` };
  }
  return out;
}

const WEEK_OF_BEFORE = wordStart(/(?<![\p{L}])(?:the\s+week\s+of|la\s+semaine(?:\s+du)?)\s+$/iu);

/** "in the week of 8 December", "la semaine du 8 décembre": the seven days from the day named. */
function weeksStartingOn(text: string, hits: DateHit[]): DateHit[] {
  return hits.map((h) => {
    const week =
      h.precision === "day" && !h.value.includes("/") ? WEEK_OF_BEFORE.exec(text.slice(Math.max(0, h.start - 20), h.start)) : null;
    if (!week) return h;
    const start = h.start - week[0].length;
    return { ...h, start, text: text.slice(start, h.end), value: `${h.value}/${addDays(h.value as Day, 6)}` };
  });
}

/**
 * "- Date limite d'inscription : vendredi 27 février\n- Accueil des élèves : du 12 au 23 avril": a list item's date
 * written without its year, read as past, after an item dated ahead of the text is ahead too (a list of what is to come).
 * A weekday ("Last Sunday's talk is now online") counts from the day of writing, not from a year. An item whose own verb
 * before the date is a past stays behind.
 */
function listItemsAhead(text: string, lang: "en" | "fr", hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out.at(-1);
    const lineStart = text.lastIndexOf("\n", h.start - 1) + 1;
    const prevLineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const ahead =
      prev &&
      h.relative &&
      h.precision !== "year" &&
      !WEEKDAY_RULES.has(h.rule) &&
      lastDayOf(h.value) < h.reference &&
      prev.value.slice(0, 10) > prev.reference &&
      prev.start >= prevLineStart &&
      prev.start < lineStart &&
      LIST_MARK.test(text.slice(lineStart, lineStart + 6)) &&
      LIST_MARK.test(text.slice(prevLineStart, prevLineStart + 6)) &&
      // "- The leaders welcomed the entry into force on September 1 of ...": an item told in the past keeps its date behind.
      clauseTense(text.slice(lineStart, h.start), lang) !== "past";
    out.push(ahead ? { ...h, value: h.value.replace(/\d{4}/g, (y) => String(Number(y) + 1)) } : h);
  }
  return out;
}

/** A chronology's line: a bullet, then the date it opens on, then a dash ("- Late February 2030 – Second round"). */
const CHRONOLOGY_LINE_HEAD = /^[ \t]*[-–—•*▪][ \t]+(?:(?:early|late|mid-?|début|fin|mi-)[ \t]*)?$/iu;
/** The dash after a chronology line's date, or the spaced colon a French chronology writes there ("- 2029 : ..."). */
const CHRONOLOGY_DASH_AFTER = /^[ \t]+[–—:-][ \t]/u;

/** Whether a date opens a chronology's line: after the line's bullet, before a dash ("- Late February 2030 – ..."). */
export function opensChronologyLine(text: string, date: Span): boolean {
  const lineStart = text.lastIndexOf("\n", date.start - 1) + 1;
  return CHRONOLOGY_LINE_HEAD.test(text.slice(lineStart, date.start)) && CHRONOLOGY_DASH_AFTER.test(text.slice(date.end, date.end + 4));
}

/**
 * "- Late February 2030 – Second round, Halifax; a third follows in May": on a chronology's line, a month or a day
 * written without its year is in the year the line opens on (the next one for an earlier month).
 */
function chronologyLineYears(text: string, hits: DateHit[]): DateHit[] {
  let opening: DateHit | undefined;
  return hits.map((h) => {
    const lineStart = text.lastIndexOf("\n", h.start - 1) + 1;
    if (opensChronologyLine(text, h)) {
      opening = h.relative ? undefined : h;
      return h;
    }
    if (!opening || opening.start < lineStart || !h.relative || h.value.includes("/") || h.precision === "year") return h;
    const year = Number(opening.value.slice(0, 4));
    const later = h.value.slice(5) >= opening.value.slice(5, 5 + h.value.length - 5);
    return { ...h, value: `${later ? year : year + 1}${h.value.slice(4)}` };
  });
}

/** "the following year", "the previous year": a year told from another year, not from the text's. */
const FROM_ANOTHER_YEAR = /^(?:the\s+(?<w>following|previous)\s+year|l['’]année\s+(?<fw>suivante|précédente))$/iu;

/**
 * "signed on 8 May 2009 and ratified the following year": after a written date of a past year in its sentence, "the
 * following year" and "the previous year" count from that year, as "l'année suivante" and "l'année précédente" do ("En
 * 2033, les exportations ... en hausse de 12 % par rapport à l'année précédente" is 2032).
 */
function yearsAfterAPastYear(hits: DateHit[], sentenceOf: (offset: number) => Span | undefined): DateHit[] {
  return hits.map((h, i) => {
    const named = FROM_ANOTHER_YEAR.exec(h.text)?.groups;
    const w = named?.w ?? named?.fw;
    if (!w) return h;
    const sentenceStart = sentenceOf(h.start)?.start ?? h.start;
    const prev = hits.slice(0, i).findLast((p) => p.start >= sentenceStart && !p.relative);
    const year = prev ? Number(prev.value.slice(0, 4)) : Number.NaN;
    if (!prev || !(year < parseDay(h.reference).year)) return h;
    return { ...h, value: String(year + (/following|suivante/i.test(w) ? 1 : -1)) };
  });
}

/** "every Monday", "chaque dimanche", "tous les jeudis": a weekday that recurs names no day. */
const EVERY_BEFORE = wordStart(/(?<![\p{L}])(?:every|each|chaque|tous\s+les)\s+$/iu);
/** The dash or colon after an agenda line's day: "Jeudi – Tindouf : ...", "Thursday: Busan". */
const AGENDA_MARK_AFTER = /^\s*[–—:-]/u;
/** "On the Tuesday", "la représentation du jeudi": a weekday with the article is a day of the stay or the week just told. */
const ARTICLE_BEFORE = wordStart(/(?<![\p{L}])(?:the|le|du)\s+$/iu);
/** "On Wednesday of that week", "le mercredi de cette semaine-là": a day of the week the text told last. */
const THAT_WEEK_AFTER = /^\s+(?:of\s+(?:that|the\s+same)\s+week|de\s+(?:cette\s+semaine-là|la\s+même\s+semaine))(?![\p{L}])/iu;

/** A line of weekdays alone, a weekly listing's day heading: "TUESDAY", "SATURDAY & SUNDAY", "Samedi et dimanche". */
const WEEKDAY_HEADING_LINE = new RegExp(
  `^[ \\t]*(?:${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE})(?:[ \\t]*(?:&|and|et|,)[ \\t]*(?:${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE}))*[ \\t]*:?[ \\t]*$`,
  "iu",
);

/** The line that holds an offset. */
function lineAround(text: string, at: number): string {
  const lineEnd = text.indexOf("\n", at);
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, lineEnd < 0 ? text.length : lineEnd);
}

/** Whether a date is a span of two to seven days written out (not "last week"): a week a listing or a stay covers. */
function isWeekSpan(h: DateHit): boolean {
  const [first, last] = h.value.split("/");
  if (h.relative || h.precision !== "day" || !first || !last || first.length !== 10 || last.length !== 10) return false;
  return first < last && last <= addDays(first as Day, 6);
}

/** Whether a date stands alone on its line, as a diary's or a programme's entry heading ("WEDNESDAY, MAY 19 – FRIDAY, MAY 21"). */
function headsItsLine(text: string, h: DateHit): boolean {
  const lineStart = text.lastIndexOf("\n", h.start - 1) + 1;
  const lineEnd = text.indexOf("\n", h.end);
  return (
    /^[ \t\p{L},.]*$/u.test(text.slice(lineStart, h.start)) &&
    h.start - lineStart < 12 &&
    /^[ \t]*$/u.test(text.slice(h.end, lineEnd < 0 ? text.length : lineEnd))
  );
}

/** The end of one sentence and the opening of the next, with at most its preposition: ". On ", ". Le ". */
const NEXT_SENTENCE_OPENING = /^[^.!?\n]{0,160}[.!?]\s+(?:On\s+|Le\s+)?$/u;

/**
 * "visited Toronto from April 5 to 7 with a delegation. On Wednesday, she toured ...", "a séjourné à Dakar du 3 au 5 mai.
 * Mercredi, elle a visité ...": a weekday opening the sentence after the one telling a span of days is a day of it.
 */
function opensTheNextSentence(text: string, prev: DateHit, h: DateHit): boolean {
  return /\d/u.test(prev.text) && NEXT_SENTENCE_OPENING.test(text.slice(prev.end, h.start));
}

/**
 * A weekday is read in the week the text is telling, not the publication's, when the text names that week: "the
 * Tuesday" after a stay's dates is the Tuesday of that stay, and so is any weekday in the entry a span of days heads;
 * "Wednesday of that week" is in the week of the last day told; a weekday opening an agenda's line after a line opening
 * on a date is the first such day after it (an agenda's lines follow the calendar).
 */
function weekdaysInToldWeek(text: string, hits: DateHit[]): DateHit[] {
  return hits.map((h, i) => {
    if (!WEEKDAY_RULES.has(h.rule) || h.rule === "date.weekday-range") return h;
    const wd = weekdayNumber(h.text.replace(/^.*\s/u, ""));
    const prev = hits.slice(0, i).findLast((p) => p.precision === "day" && !WEEKDAY_RULES.has(p.rule));
    if (!wd || !prev) return h;
    const [first, last] = prev.value.split("/") as [Day, Day | undefined];
    const thatWeek = THAT_WEEK_AFTER.exec(text.slice(h.end, h.end + 30));
    if (thatWeek) {
      const end = h.end + thatWeek[0].length;
      return { ...h, end, text: text.slice(h.start, end), value: weekdayFrom(wd, weekOf(first).start, "future") };
    }
    // "TUESDAY" heading a listing's day under "PROGRAMME HIGHLIGHTS: Monday 13 – Sunday 19 June 2033": that week's Tuesday.
    const week = WEEKDAY_HEADING_LINE.test(lineAround(text, h.start)) ? hits.slice(0, i).findLast(isWeekSpan) : undefined;
    if (week) {
      const [from, to] = week.value.split("/") as [Day, Day];
      const day = weekdayFrom(wd, from, "future");
      if (day <= to) return { ...h, value: day };
    }
    const daysOfSpan =
      last &&
      ((ARTICLE_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) && h.start - prev.end < 400) ||
        (headsItsLine(text, prev) && !/\n[ \t]*\n/u.test(text.slice(prev.end, h.start))) ||
        opensTheNextSentence(text, prev, h));
    if (daysOfSpan) {
      const day = weekdayFrom(wd, first, "future");
      return day <= last ? { ...h, value: day } : h;
    }
    const lineStart = text.lastIndexOf("\n", h.start - 1) + 1;
    if (text.slice(lineStart, h.start).trim() !== "" || !AGENDA_MARK_AFTER.test(text.slice(h.end, h.end + 4))) return h;
    const prevLineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (prev.start < prevLineStart || prev.start >= lineStart || text.slice(prevLineStart, prev.start).trim() !== "") return h;
    return { ...h, value: weekdayFrom(wd, last ?? first, "next") };
  });
}

/**
 * "La session s'ouvre lundi à Bangui, avant la réunion des ministres, mercredi et jeudi", "The talks open on Monday, before
 * the ministers meet on Wednesday": a weekday told after a weekday still ahead in the same sentence, with no past between
 * them, falls after it (the Wednesday after that Monday, not the one of the week of writing).
 */
function weekdaysAfterADayAhead(
  text: string,
  lang: "en" | "fr",
  hits: DateHit[],
  sentenceOf: (offset: number) => Span | undefined,
): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const wd = WEEKDAY_RULES.has(h.rule) && h.rule !== "date.weekday-range" ? weekdayNumber(h.text.replace(/^.*\s/u, "")) : undefined;
    const sentenceStart = sentenceOf(h.start)?.start ?? h.start;
    const prev = out.findLast((p) => p.start >= sentenceStart && WEEKDAY_RULES.has(p.rule) && p.value.length === 10);
    const ahead = prev && prev.value > prev.reference && h.value < prev.value;
    out.push(
      wd && ahead && clauseTense(text.slice(prev.end, h.start), lang) !== "past"
        ? { ...h, value: weekdayFrom(wd, addDays(prev.value, 1), "future") }
        : h,
    );
  }
  return out;
}

/** The rules for a year named relative to the text's ("last year", "l'an prochain"). */
const RELATIVE_YEAR_RULES = new Set(["date.last-year", "date.next-year", "date.fr.last-year", "date.fr.next-year"]);
const WRITTEN_YEAR = wordStart(/(?<!\d)(?:19|20)\d{2}(?!\d)/);

/**
 * A date written without its year and followed at once by a relative year ("on November 12 and 13
 * last year", "En mars l'an dernier") is one date in that year, not a date and a year: the relative
 * year joins it and gives it its year (one year for every part of a range).
 */
function withRelativeYears(text: string, hits: DateHit[]): DateHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: DateHit[] = [];
  for (const h of sorted) {
    const prev = out.at(-1);
    const joins =
      prev &&
      RELATIVE_YEAR_RULES.has(h.rule) &&
      /^[ \t]+$/.test(text.slice(prev.end, h.start)) &&
      (prev.precision === "day" || prev.precision === "month") &&
      !WRITTEN_YEAR.test(prev.text) &&
      !prev.value.includes("-02-29") &&
      new Set(prev.value.match(/\d{4}/g)).size === 1;
    if (!joins) {
      out.push(h);
      continue;
    }
    out[out.length - 1] = {
      ...prev,
      end: h.end,
      text: text.slice(prev.start, h.end),
      value: prev.value.replace(/\d{4}/g, h.value.slice(0, 4)),
      relative: true,
    };
  }
  return out;
}

/**
 * "later that month", "the same month", "le même mois", "in the same period" (after "by the end of June 2034"): the month
 * of the date written last before it in its sentence, or,
 * when its sentence names none, in the sentence just before ("signé en juin dernier ... Le rival avait été écarté le même
 * mois").
 */
const SAME_MONTH = wordStart(
  /(?<![\p{L}])(?:later\s+that\s+month|(?:in\s+)?(?:that|the)\s+same\s+(?:month|period(?!\s+(?:a|last|of|in|the)\s))|plus\s+tard\s+(?:le\s+)?même\s+mois|(?:le\s+)?même\s+mois|(?:dans\s+|sur\s+)?la\s+même\s+période(?!\s+(?:de|l['’]an|l['’]année)(?![\p{L}])))(?![\p{L}])/giu,
);

function sameMonthAnaphora(text: string, hits: readonly DateHit[], sentenceOf: (offset: number) => Span | undefined): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(SAME_MONTH)) {
    const sentence = sentenceOf(m.index);
    const opening = sentence?.start ?? 0;
    const previousOpening = sentenceOf(text.slice(0, opening).trimEnd().length - 1)?.start ?? opening;
    const told = (from: number) => [...hits].reverse().find((h) => h.end <= m.index && h.start >= from && h.precision !== "year");
    const before = told(opening) ?? (hits.some((h) => h.start >= opening && h.end <= m.index) ? undefined : told(previousOpening));
    if (!before || before.value.includes("/")) continue;
    out.push({
      ...before,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: before.value.slice(0, 7),
      precision: "month",
      rule: "date.same-month",
      relative: true,
    });
  }
  return out;
}

/** Last day of a date or range value, for due dates. */
export function lastDayOf(value: string): Day {
  const end = value.includes("/") ? value.split("/")[1]! : value;
  return periodEnd(end);
}
