/**
 * "The same day", "that same day", "le même jour": a date that repeats the last day the text
 * named before it; "the next day", "the next morning", "le lendemain" the day after it, "the day before", "la veille" the day
 * before it. Resolved after the other date rules, since it needs their results.
 */
import type { DateHit } from "./date-expressions";

const SAME_DAY =
  /(?<![\p{L}])(?:(?<same>(?:the|that)\s+same\s+day|later\s+that\s+day|le\s+même\s+jour|ce\s+même\s+jour|le\s+jour\s+même)|(?<next>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|the\s+day\s+after|le\s+lendemain)|(?<before>the\s+(?:day\s+before|previous\s+day|eve)|la\s+veille))(?![\p{L}])/giu;

const DAY_RANGE = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

/** A day moved by whole days, in ISO form. */
function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Dates for each "the same day", from the nearest day-precise date written before it. */
export function sameDayHits(text: string, hits: readonly DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  SAME_DAY.lastIndex = 0;
  for (let m = SAME_DAY.exec(text); m; m = SAME_DAY.exec(text)) {
    const at = m.index;
    if (hits.some((h) => h.start < at + m![0].length && at < h.end)) continue;
    const shift = m.groups!.next ? 1 : m.groups!.before ? -1 : 0;
    // "la veille" looks back from a day already past: a planned day named in between ("avant le 30 juin") is not its anchor.
    // "les 17 et 18 sept. ... Le lendemain": a range of days counts too for the day after (its last day) or the eve (its
    // first); "the same day" of a range would be no one day.
    const fits = (h: DateHit) =>
      h.precision === "day" &&
      (!h.value.includes("/") || (shift !== 0 && DAY_RANGE.test(h.value))) &&
      (shift >= 0 || h.value <= h.reference) &&
      !inParticipleAside(text, h);
    let antecedent: DateHit | undefined;
    for (const h of hits) if (h.end <= at && fits(h) && (!antecedent || h.start > antecedent.start)) antecedent = h;
    // "received ... on the same day" after a list of deadlines: the last day already past, when there is one.
    if (shift === 0 && antecedent && antecedent.value > antecedent.reference) {
      let past: DateHit | undefined;
      for (const h of hits) if (h.end <= at && fits(h) && h.value <= h.reference && (!past || h.start > past.start)) past = h;
      antecedent = past ?? antecedent;
    }
    if (!antecedent) continue;
    out.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      value: shift === 0 ? antecedent.value : shiftDay(antecedent.value.split("/")[shift > 0 ? 1 : 0] ?? antecedent.value, shift),
      precision: "day",
      ambiguous: antecedent.ambiguous,
      rule: shift === 0 ? "date.same-day" : shift > 0 ? "date.next-day" : "date.day-before",
      confidence: Math.min(0.8, antecedent.confidence),
      reference: antecedent.reference,
      relative: true,
    });
  }
  return out;
}

/**
 * "Une convention ..., paraphée le 9 novembre 2028 à Tunis, a été signée ...": a date inside a participle set off by commas
 * recalls an earlier step; the day the sentence reports, which "la veille" counts from, is another.
 */
function inParticipleAside(text: string, h: DateHit): boolean {
  const opening = text.lastIndexOf(",", h.start);
  if (opening < 0 || h.start - opening > 60) return false;
  if (!/^\s*(?:\p{Ll}+(?:ée?s?|ed)|signed|initialled|initialed)\s/u.test(text.slice(opening + 1, h.start))) return false;
  return /^[^.;!?]{0,40},/u.test(text.slice(h.end));
}
