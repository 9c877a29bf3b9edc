/**
 * "The same day", "that same day", "le même jour": a date that repeats the last day the text
 * named before it. Resolved after the other date rules, since it needs their results.
 */
import type { DateHit } from "./date-expressions";

const SAME_DAY =
  /(?<![\p{L}])(?:(?:the|that)\s+same\s+day|later\s+that\s+day|le\s+même\s+jour|ce\s+même\s+jour|le\s+jour\s+même)(?![\p{L}])/giu;

/** Dates for each "the same day", from the nearest day-precise date written before it. */
export function sameDayHits(text: string, hits: readonly DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  SAME_DAY.lastIndex = 0;
  for (let m = SAME_DAY.exec(text); m; m = SAME_DAY.exec(text)) {
    const at = m.index;
    if (hits.some((h) => h.start < at + m![0].length && at < h.end)) continue;
    let antecedent: DateHit | undefined;
    for (const h of hits) if (h.end <= at && h.precision === "day" && (!antecedent || h.start > antecedent.start)) antecedent = h;
    if (!antecedent) continue;
    out.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      value: antecedent.value,
      precision: "day",
      ambiguous: antecedent.ambiguous,
      rule: "date.same-day",
      confidence: Math.min(0.8, antecedent.confidence),
      reference: antecedent.reference,
      relative: true,
    });
  }
  return out;
}
