/** Month, weekday and season words in English and French, and the calendar arithmetic the date rules share. */
import { addDays, type Day, daysInMonth, foldWord as fold, isoWeekday, toPartialDate, weekdayNumber } from "@ties/domain";

export { monthNumber, weekdayNumber } from "@ties/domain";

/** English month names as written in prose (capitalised), with the usual abbreviations. */
export const EN_MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar(?:\\.|(?=\\s+\\d))|Apr\\.?|Jun(?:\\.|(?=\\s+\\d))|Jul(?:\\.|(?=\\s+\\d))|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
export const EN_MONTH_FULL_RE = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** French month names, with the abbreviations the press and government sites use ("13 févr. 2026", "le 1er janv."). */
export const FR_MONTH_RE =
  "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv\\.|f[ée]vr?\\.|avr\\.|juill?\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.)";
export const EN_WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
export const EN_WEEKDAY_ABBR_RE = "(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
export const FR_WEEKDAY_RE = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
/** A French weekday in full or as an agenda abbreviates it, with its dot: "Lun. 10 nov.", "du mar. 4 au mer. 5 nov.". */
export const FR_WEEKDAY_OR_ABBR_RE = `(?:${FR_WEEKDAY_RE}|(?:lun|mar|mer|jeu|ven|sam|dim)\\.)`;

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function parseDay(day: Day): YMD {
  const [y, m, d] = day.split("-").map(Number);
  return { year: y!, month: m!, day: d! };
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function dayString(year: number, month: number, day: number): string {
  return toPartialDate({ year, month, day });
}

export function monthString(year: number, month: number): string {
  return toPartialDate({ year, month });
}

/** How to place a date the text gives without a year (or a weekday without a date). */
export type Direction = "past" | "future" | "next" | "last" | "this";

/** The year of a month (and day) with no year written, relative to the reference day. */
export function yearFor(month: number, day: number | undefined, ref: Day, direction: Direction): number {
  const r = parseDay(ref);
  const key = (m: number, d: number) => m * 100 + d;
  const here = key(r.month, r.day);
  const there = key(month, day ?? (direction === "past" || direction === "last" ? 1 : daysInMonth(r.year, month)));
  switch (direction) {
    case "this":
      return r.year;
    case "next":
      return month > r.month ? r.year : r.year + 1;
    case "last":
      return month < r.month ? r.year : r.year - 1;
    case "future":
      return there >= here ? r.year : r.year + 1;
    case "past":
      return there <= here ? r.year : r.year - 1;
  }
}

/** The day a weekday names, relative to the reference day. */
export function weekdayFrom(weekday: number, ref: Day, direction: Direction): Day {
  const w = isoWeekday(ref);
  switch (direction) {
    case "past":
      return addDays(ref, -((w - weekday + 7) % 7));
    case "last":
      return addDays(ref, -((w - weekday + 7) % 7 || 7));
    case "future":
    case "this":
      return addDays(ref, (weekday - w + 7) % 7);
    case "next":
      return addDays(ref, (weekday - w + 7) % 7 || 7);
  }
}

/** Monday-to-Sunday week holding a day. */
export function weekOf(day: Day): { start: Day; end: Day } {
  const start = addDays(day, 1 - isoWeekday(day));
  return { start, end: addDays(start, 6) };
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + by;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** Season words to their first and last month (northern hemisphere; winter runs into the next year). */
export function seasonMonths(word: string): { first: number; last: number } | null {
  const w = fold(word);
  if (w === "spring" || w === "printemps") return { first: 3, last: 5 };
  if (w === "summer" || w === "ete") return { first: 6, last: 8 };
  if (w === "fall" || w === "autumn" || w === "automne") return { first: 9, last: 11 };
  if (w === "winter" || w === "hiver") return { first: 12, last: 2 };
  return null;
}

/**
 * "Monday, April 23" in a text of 2029: a weekday written beside a day with no year names the year, the nearest one to
 * the reference in which that day falls on that weekday (a programme's headings have no verb to give a tense).
 */
export function weekdayYear(weekday: string | undefined, month: number, day: number, refYear: number): number | undefined {
  const named = weekday ? weekdayNumber(weekday) : undefined;
  if (named === undefined || named === null) return undefined;
  return [refYear, refYear + 1, refYear - 1].find((y) => isValidDay(y, month, day) && isoWeekday(dayString(y, month, day)) === named);
}

/**
 * Holidays that name one day, in English and French, to their month and day in a year. Easter moves: its Sunday is
 * computed by the Gregorian computus (the anonymous algorithm of Meeus), a dozen lines where a holidays library would add
 * a dependency for one formula. Holidays of one country only ("Canada Day", "la fête nationale") and festivities named
 * as such ("l'Halloween") are left out: they are written beside their date or are no date. The day of the 1918 armistice,
 * kept across the Commonwealth and in France ("Remembrance Day", "le jour du Souvenir"), is in.
 */
export const HOLIDAY_RE =
  "(?:Christmas\\s+(?:Day|Eve)|Christmas|No[ëe]l|la\\s+Saint-Jean(?:-Baptiste)?|Easter(?:\\s+Sunday|\\s+Monday)?|lundi\\s+de\\s+P[âa]ques|P[âa]ques|New\\s+Year['’]s\\s+(?:Day|Eve)|(?:le\\s+)?jour\\s+de\\s+l['’]An|Boxing\\s+Day|Remembrance\\s+Day|Armistice\\s+Day|(?:le\\s+)?jour\\s+du\\s+Souvenir)";

/** The day a holiday falls on in a year. */
export function holidayDay(name: string, year: number): Day {
  const h = fold(name).toLowerCase().replace(/\s+/g, " ");
  if (h.startsWith("christmas eve")) return dayString(year, 12, 24);
  if (h.startsWith("christmas") || h.startsWith("noel")) return dayString(year, 12, 25);
  if (h.startsWith("boxing")) return dayString(year, 12, 26);
  if (h.startsWith("remembrance") || h.startsWith("armistice") || h.includes("jour du souvenir")) return dayString(year, 11, 11);
  if (h.includes("saint-jean")) return dayString(year, 6, 24);
  if (h.startsWith("new year") && h.endsWith("eve")) return dayString(year, 12, 31);
  if (h.startsWith("new year") || h.includes("jour de l")) return dayString(year, 1, 1);
  const easter = easterSunday(year);
  return h.endsWith("monday") || h.includes("lundi") ? addDays(easter, 1) : easter;
}

/** Easter Sunday of a Gregorian year. */
function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayString(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}
