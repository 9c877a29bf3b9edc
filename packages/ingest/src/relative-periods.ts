/**
 * Date expressions counted from the reference day rather than named on a calendar: "in the
 * coming weeks", "within six months", "in the next 18 months", "dans les prochaines semaines",
 * "d'ici six mois", "early next month", "début du mois prochain" and a bare day of the month ("on
 * the 7th", "le 7"). Pledges are often dated this way, so without these rules a commitment loses
 * its due date. Vague spans resolve to the months they cover, which is the honest precision.
 */
import { addDays, type Day, type Precision } from "@ties/domain";
import { dayString, isValidDay, monthString, parseDay, shiftMonth } from "./calendar-words";
import { COUNT, count } from "./number-words";
import { wordStart } from "./word-start";

interface PeriodResolution {
  value: string;
  precision: Precision;
  ambiguous?: boolean;
  confidence?: number;
  relative?: boolean;
}

export interface PeriodRule {
  rule: string;
  re: RegExp;
  lang?: "en" | "fr";
  /** A word every match holds, as a date rule's `needs`: a text without it is not searched. */
  needs?: RegExp;
  resolve: (g: Record<string, string | undefined>, ref: Day, future: boolean) => PeriodResolution | null;
}

/** The months from the reference day to `days` later, as a month or a month range. */
function monthsSpan(ref: Day, days: number): PeriodResolution {
  const first = ref.slice(0, 7);
  const last = addDays(ref, days).slice(0, 7);
  return { value: first === last ? first : `${first}/${last}`, precision: "month", relative: true, confidence: 0.6 };
}

/**
 * "within six months" of a day: the month (or year) the period ends in; the pledge is due by then. Days and weeks are
 * counted to the day ("report within 90 days" of a release of 1 March is 30 May).
 */
function periodEndingAfter(ref: Day, n: number, unit: string): PeriodResolution | null {
  const u = unit.toLowerCase();
  const r = parseDay(ref);
  if (/^(?:day|jour)/.test(u)) return { value: addDays(ref, n), precision: "day", relative: true, confidence: 0.7 };
  if (/^(?:week|semaine)/.test(u)) return { value: addDays(ref, n * 7), precision: "day", relative: true, confidence: 0.7 };
  if (/^(?:month|mois)/.test(u)) {
    const s = shiftMonth(r.year, r.month, n);
    return { value: monthString(s.year, s.month), precision: "month", relative: true, confidence: 0.7 };
  }
  if (/^(?:year|an)/.test(u)) return { value: String(r.year + n), precision: "year", relative: true, confidence: 0.7 };
  return null;
}

/**
 * "three weeks ago", "il y a deux ans": counted back from the reference day, at the unit's precision. "Two years ago to
 * the day", "il y a deux ans jour pour jour" is that day; "almost to the day", "presque jour pour jour" that month.
 */
function periodAgo(ref: Day, n: number, unit: string, toTheDay?: string): PeriodResolution | null {
  const u = unit.toLowerCase();
  const r = parseDay(ref);
  if (toTheDay && /^(?:year|an)/.test(u)) {
    const back = `${r.year - n}${ref.slice(4)}`;
    // (A 29 February has no day in the year counted back to: its month.)
    return /almost|nearly|presque|à\s+peu\s+près/iu.test(toTheDay) || ref.endsWith("-02-29")
      ? { value: back.slice(0, 7), precision: "month", relative: true, confidence: 0.7 }
      : { value: back, precision: "day", relative: true, confidence: 0.75 };
  }
  if (/^(?:day|jour)/.test(u)) return { value: addDays(ref, -n), precision: "day", relative: true, confidence: 0.8 };
  if (/^(?:week|semaine)/.test(u)) return { value: addDays(ref, -7 * n), precision: "day", relative: true, confidence: 0.65 };
  if (/^(?:month|mois)/.test(u)) {
    const s = shiftMonth(r.year, r.month, -n);
    return { value: monthString(s.year, s.month), precision: "month", relative: true, confidence: 0.7 };
  }
  if (/^(?:year|an)/.test(u)) return { value: String(r.year - n), precision: "year", relative: true, confidence: 0.7 };
  return null;
}

export const RELATIVE_PERIOD_RULES: PeriodRule[] = [
  {
    rule: "date.ago",
    lang: "en",
    // Its count may be "a" or "an": searched for, it would be tried at nearly every word of a text.
    needs: /ago/iu,
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])${COUNT}\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago(?<day>,?\\s+(?:almost\\s+|nearly\\s+)?to\\s+the\\s+day)?(?![\\p{L}])`,
        "giu",
      ),
    ),
    resolve: (g, ref) => {
      const n = count(g.n);
      return n ? periodAgo(ref, n, g.unit!, g.day) : null;
    },
  },
  {
    rule: "date.fr.ago",
    lang: "fr",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])il\\s+y\\s+a\\s+${COUNT}\\s+(?<unit>jours?|semaines?|mois|ans?|années?)(?<day>,?\\s+(?:presque\\s+|à\\s+peu\\s+près\\s+)?jour\\s+pour\\s+jour)?(?![\\p{L}])`,
        "giu",
      ),
    ),
    resolve: (g, ref) => {
      const n = count(g.n);
      return n ? periodAgo(ref, n, g.unit!, g.day) : null;
    },
  },
  {
    rule: "date.coming-weeks",
    lang: "en",
    re: wordStart(
      /(?<![\p{L}])(?:in|over|during|within)\s+the\s+(?:coming|next|next\s+few|next\s+several|following)\s+(?<unit>days|weeks|months)(?![\p{L}])/giu,
    ),
    resolve: (g, ref) => {
      const unit = g.unit!.toLowerCase();
      return monthsSpan(ref, unit === "days" ? 10 : unit === "weeks" ? 42 : 92);
    },
  },
  {
    rule: "date.within-period",
    lang: "en",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?:within(?:\\s+the\\s+next)?|in\\s+the\\s+next|in\\s+the\\s+coming|no\\s+later\\s+than)\\s+${COUNT}\\s+(?<unit>days?|weeks?|months?|years?)(?![\\p{L}])(?!\\s+(?:of|after|following|from)\\s)`,
        "giu",
      ),
    ),
    resolve: (g, ref) => {
      const n = count(g.n);
      return n ? periodEndingAfter(ref, n, g.unit!) : null;
    },
  },
  {
    // "within 30 days of this Notice", "within two weeks of the date of this circular": counted from the text's own day, to
    // the day.
    rule: "date.within-days-of-this-text",
    lang: "en",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])within\\s+${COUNT}\\s+(?<unit>days?|weeks?)\\s+(?:of|from)\\s+(?:the\\s+date\\s+of\\s+)?(?:this|the\\s+present)\\s+(?:notice|circular|letter|bulletin|decision|order|announcement|release|advisory)(?![\\p{L}])`,
        "giu",
      ),
    ),
    resolve: (g, ref) => {
      const n = count(g.n);
      if (!n) return null;
      return { value: addDays(ref, /^week/i.test(g.unit!) ? 7 * n : n), precision: "day", relative: true, confidence: 0.75 };
    },
  },
  {
    rule: "date.early-late-month",
    lang: "en",
    re: wordStart(
      /(?<![\p{L}])(?<part>early|late|mid-?|the\s+middle\s+of|the\s+beginning\s+of|the\s+start\s+of)\s*(?<which>next|last|this)\s+month(?![\p{L}])/giu,
    ),
    resolve: (g, ref) => {
      const r = parseDay(ref);
      const by = /next/i.test(g.which!) ? 1 : /last/i.test(g.which!) ? -1 : 0;
      const s = shiftMonth(r.year, r.month, by);
      return { value: monthString(s.year, s.month), precision: "month", relative: true, confidence: 0.8 };
    },
  },
  {
    rule: "date.day-of-month",
    lang: "en",
    // Only after a preposition and before a clause end: "the 2nd Strategic Dialogue" is an ordinal, "on the 7th," a day.
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:on|by|until|before|from|since)\s+the\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|$|and\s|to\s|of\s+(?:this|next|the)\s+month))/giu,
    ),
    resolve: (g, ref, future) => dayOfMonth(Number(g.d), ref, future),
  },
  {
    rule: "date.fr.coming-weeks",
    lang: "fr",
    re: wordStart(
      /(?<![\p{L}])(?:dans|au\s+cours)\s+(?:les|des)\s+(?:prochaine?s\s+(?<unit1>semaines|jours|mois)|(?<unit2>semaines|jours|mois)\s+(?:à\s+venir|qui\s+viennent))(?![\p{L}])/giu,
    ),
    resolve: (g, ref) => {
      const unit = (g.unit1 ?? g.unit2 ?? "").toLowerCase();
      return monthsSpan(ref, unit === "jours" ? 10 : unit === "semaines" ? 42 : 92);
    },
  },
  {
    rule: "date.fr.within-period",
    lang: "fr",
    re: wordStart(
      new RegExp(
        `(?<![\\p{L}])(?:d['’]ici|dans\\s+un\\s+délai\\s+de|dans\\s+les)\\s+${COUNT}\\s+(?:prochain(?:e)?s\\s+)?(?<unit>jours|semaines|mois|ans|années)(?![\\p{L}])(?!\\s+(?:suivant|après|à\\s+compter\\s+d))`,
        "giu",
      ),
    ),
    resolve: (g, ref) => {
      const n = count(g.n);
      return n ? periodEndingAfter(ref, n, g.unit!) : null;
    },
  },
  {
    rule: "date.fr.early-late-month",
    lang: "fr",
    re: wordStart(/(?<![\p{L}])(?:au\s+|à\s+la\s+)?(?:début|fin|mi-|milieu)\s*(?:du\s+)?mois\s+(?<which>prochain|dernier)(?![\p{L}])/giu),
    resolve: (g, ref) => {
      const r = parseDay(ref);
      const s = shiftMonth(r.year, r.month, /prochain/i.test(g.which!) ? 1 : -1);
      return { value: monthString(s.year, s.month), precision: "month", relative: true, confidence: 0.8 };
    },
  },
];

/** A day of the month with no month: the reference month, or the month before (past) or after (future) when the day has not come yet / has gone. */
export function dayOfMonth(d: number, ref: Day, future: boolean): PeriodResolution | null {
  const r = parseDay(ref);
  let { year, month } = r;
  if (future && d < r.day) ({ year, month } = shiftMonth(year, month, 1));
  if (!future && d > r.day) ({ year, month } = shiftMonth(year, month, -1));
  if (!isValidDay(year, month, d)) return null;
  return { value: dayString(year, month, d), precision: "day", relative: true, confidence: 0.65 };
}
