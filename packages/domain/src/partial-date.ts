/**
 * Dates with precision. A partial date is an ISO 8601 calendar date reduced to the precision the
 * sources support: "2025" (year), "2025-03" (month) or "2025-03-07" (day). A date range is two
 * partial dates joined by "/" as in ISO 8601 intervals: "2025-05-17/2025-05-19".
 */
import { MONTH_NAMES } from "./calendar-words";
import { z } from "zod";

export const PRECISIONS = ["day", "month", "year"] as const;
export const ZPrecision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof ZPrecision>;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "2025", "2025-03" or "2025-03-07"; returns null for anything else, including impossible days. */
export function parsePartialDate(value: string): DateParts | null {
  const m = PARTIAL_RE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  // There is no year 0 in the calendar the sources and PostgreSQL use.
  if (year < 1) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export const ZPartialDate = z
  .string()
  .trim()
  .refine((v) => parsePartialDate(v) !== null, {
    message: "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
  });
export type PartialDate = z.infer<typeof ZPartialDate>;

/** Strict full day "YYYY-MM-DD". */
export const ZDay = z
  .string()
  .trim()
  .refine((v) => parsePartialDate(v)?.day !== undefined, { message: "Expected a date as YYYY-MM-DD" });
export type Day = z.infer<typeof ZDay>;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function toPartialDate(parts: DateParts): PartialDate {
  let s = pad(parts.year, 4);
  if (parts.month !== undefined) {
    s += `-${pad(parts.month)}`;
    if (parts.day !== undefined) s += `-${pad(parts.day)}`;
  }
  return s;
}

export function precisionOf(value: PartialDate): Precision {
  const p = mustParse(value);
  return p.day !== undefined ? "day" : p.month !== undefined ? "month" : "year";
}

function mustParse(value: string): DateParts {
  const p = parsePartialDate(value);
  if (!p) throw new RangeError(`Not a partial date: ${value}`);
  return p;
}

/** Truncates a partial date to a coarser precision ("2025-03-07", "month" -> "2025-03"). */
export function truncate(value: PartialDate, precision: Precision): PartialDate {
  const p = mustParse(value);
  if (precision === "year") return toPartialDate({ year: p.year });
  if (precision === "month") return toPartialDate({ year: p.year, month: p.month });
  return value;
}

/** First day of the period a partial date names, as YYYY-MM-DD. */
export function periodStart(value: PartialDate): Day {
  const p = mustParse(value);
  return toPartialDate({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 });
}

/** Last day of the period a partial date names: "2025" -> "2025-12-31", "2024-02" -> "2024-02-29". */
export function periodEnd(value: PartialDate): Day {
  const p = mustParse(value);
  const month = p.month ?? 12;
  return toPartialDate({ year: p.year, month, day: p.day ?? daysInMonth(p.year, month) });
}

/**
 * Orders partial dates chronologically by the start of their period; on a tie the coarser
 * period comes first ("2025-03" before "2025-03-01"), so month-level items head their month.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const sa = periodStart(a);
  const sb = periodStart(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };
  return rank[precisionOf(a)] - rank[precisionOf(b)];
}

export function sortPartialDates<T>(items: readonly T[], key: (item: T) => PartialDate): T[] {
  return [...items].sort((x, y) => comparePartialDates(key(x), key(y)));
}

/** True when the whole period of `value` lies on or before `day`. */
export function isPeriodOver(value: PartialDate, day: Day): boolean {
  return periodEnd(value) < day;
}

/** True when `day` falls inside the period of `value`. */
export function periodContains(value: PartialDate, day: Day): boolean {
  return periodStart(value) <= day && day <= periodEnd(value);
}

export type Locale = "en" | "fr" | "ko";

/** Human form of a partial date at its own precision: "7 March 2025", "March 2025", "2025"; Korean "2025년 3월 7일". */
export function formatPartialDate(value: PartialDate, locale: Locale = "en"): string {
  const p = mustParse(value);
  if (locale === "ko") {
    let s = `${p.year}년`;
    if (p.month !== undefined) s += ` ${p.month}월`;
    if (p.day !== undefined) s += ` ${p.day}일`;
    return s;
  }
  const months: readonly string[] = locale === "fr" ? MONTH_NAMES.fr : MONTH_NAMES.en;
  if (p.month === undefined) return String(p.year);
  const m = months[p.month - 1]!;
  if (p.day === undefined) return locale === "fr" ? `${m} ${p.year}` : `${m} ${p.year}`;
  if (locale === "fr") return `${p.day === 1 ? "1er" : p.day} ${m} ${p.year}`;
  return `${p.day} ${m} ${p.year}`;
}

/* ---------- ranges ---------- */

export interface DateRange {
  start: PartialDate;
  end: PartialDate;
}

export function parseDateOrRange(value: string): DateRange | null {
  const [a, b, ...rest] = value.trim().split("/");
  if (rest.length > 0 || a === undefined) return null;
  if (parsePartialDate(a) === null) return null;
  if (b === undefined) return { start: a, end: a };
  if (parsePartialDate(b) === null) return null;
  if (periodStart(b) < periodStart(a)) return null;
  return { start: a, end: b };
}

/** A single partial date or an ISO interval of two ("2025-05-17/2025-05-19"); the end may not precede the start. */
export const ZDateOrRange = z
  .string()
  .trim()
  .refine((v) => parseDateOrRange(v) !== null, {
    message: "Expected YYYY[-MM[-DD]] or a range START/END with END not before START",
  });
export type DateOrRange = z.infer<typeof ZDateOrRange>;

export function formatDateRange(range: DateRange, locale: Locale = "en"): string {
  if (range.start === range.end) return formatPartialDate(range.start, locale);
  const a = parsePartialDate(range.start)!;
  const b = parsePartialDate(range.end)!;
  if (locale === "en" && a.day !== undefined && b.day !== undefined && a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${MONTH_NAMES.en[a.month! - 1]} ${a.year}`;
  }
  return `${formatPartialDate(range.start, locale)} – ${formatPartialDate(range.end, locale)}`;
}

/** The first and last day covered by a date or range, for storage and filtering. */
export function dateBounds(value: DateOrRange): { first: Day; last: Day; precision: Precision } {
  const r = parseDateOrRange(value);
  if (!r) throw new RangeError(`Not a date or range: ${value}`);
  return { first: periodStart(r.start), last: periodEnd(r.end), precision: precisionOf(r.start) };
}

export function compareDateOrRange(a: DateOrRange, b: DateOrRange): number {
  const ra = parseDateOrRange(a)!;
  const rb = parseDateOrRange(b)!;
  return comparePartialDates(ra.start, rb.start) || comparePartialDates(ra.end, rb.end);
}

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: Day, n: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a day: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

export function todayUtc(now: Date = new Date()): Day {
  return now.toISOString().slice(0, 10);
}
