/** Dates an action or event borrows when its own sentence gives none: the occasion named earlier, or the dateline. */
import type { DateHit } from "../date-expressions";
import type { Dateline } from "../dateline";
import { arrivalClause } from "../events";
import type { Sentence } from "../sentence-splitter";
import { wordStart } from "../word-start";

/** Day-precise dates first, then dates written out before relative ones. */
export function rank(d: DateHit): number {
  return (d.precision === "day" ? 0 : 1) + (d.relative ? 0.5 : 0);
}

export function nearest(hits: readonly DateHit[], offset: number): DateHit | undefined {
  return [...hits].sort((a, b) => Math.abs(a.start - offset) - Math.abs(b.start - offset))[0];
}

/**
 * What joins two dates told as one span or one pair: "on Friday and Saturday", "les 14 et 15 octobre", "May 6 to 8", "in the
 * spring and summer", "en juillet et en août", "in May or June".
 */
const DATES_JOINED = /^\s*(?:and|or|to|et|ou|au|à)(?:\s+(?:in|en|à|au))?(?:\s+the|\s+l['’])?\s*$/iu;

/** The date joined to `date` as the other end of a span or pair it opens, if the text tells one. */
export function joinedDate(text: string, dates: readonly DateHit[], date: DateHit): DateHit | undefined {
  const next = dates.find((d) => d.start >= date.end);
  return next && DATES_JOINED.test(text.slice(date.end, next.start)) ? next : undefined;
}

/** A live page's time of day alone on its line ("16 h 20", "14:05", "9.30 a.m."): it opens an entry of its own. */
const ENTRY_TIME = /^\d{1,2}(?:\s?h\s?|[:.])\d{2}(?:\s?[ap]\.?m\.?)?$/iu;

/**
 * The sentences before `s` it may borrow a date from. On a live page every entry stands under its own time of day and tells
 * that day's news: a day written in an earlier entry ("au terme d'une visite entamée mercredi") dates that entry only.
 */
function priorInEntry(s: Sentence, sentences: readonly Sentence[]): readonly Sentence[] {
  let i = s.index - 1;
  while (i >= 0 && !ENTRY_TIME.test(sentences[i]!.text)) i--;
  return i < 0 ? sentences.slice(0, s.index) : sentences.slice(i + 1, s.index);
}

/**
 * Whether a date could be the occasion a release reports: not more than two months before the day it was written.
 * Older dates in earlier paragraphs belong to background ("the memorandum signed in Brussels on 14 February 2025").
 */
function recent(h: DateHit): boolean {
  const cutoff = new Date(`${h.reference}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - 62);
  return h.value.split("/")[0]! >= cutoff.toISOString().slice(0, 10).slice(0, h.value.split("/")[0]!.length);
}

/** A sentence telling a signing: "the signing of", "la signature de", "signed", "signé". */
const SIGNING_TOLD = wordStart(/(?<![\p{L}])(?:signing\s+of|signature\s+d[eu'’]|signed|signé(?:e?s?)|inked)(?![\p{L}])/iu);

/**
 * The sentences to borrow from, nearest first. A signing told first by its ceremony ("... s'est achevée jeudi par la
 * signature de quatre accords. Précédée lundi d'une réunion d'experts, ... Les ministres ont signé ...") takes the
 * ceremony's day over a nearer sentence's, so for a signing the sentences telling one come first.
 */
function nearestFirst(prior: readonly Sentence[], signing: boolean): readonly Sentence[] {
  const reversed = [...prior].reverse();
  return signing ? [...new Set([...reversed.filter((p) => SIGNING_TOLD.test(p.text)), ...reversed])] : reversed;
}

/**
 * "Following the talks, the two ministers signed ...", "Following their meeting, ...", "During the talks, the two Presidents
 * witnessed the signing ...", "Lors des entretiens, ...", "À l'issue des entretiens, trois textes ont été signés": an act told
 * as done at or after the talks, with no day of its own, was done on the day of the last talks reported (a meeting, a summit
 * or a round), not on another day of the visit around them (an arrival "yesterday", a stay "since Monday").
 */
export const AFTER_THE_TALKS =
  /^\s*(?:(?:following|after|at\s+the\s+(?:end|close|conclusion)\s+of)\s+(?:the|their|these|those)\s+(?:[\p{L}-]+\s+)?(?:talks|meeting)|(?:during|at|in\s+the\s+course\s+of)\s+(?:the|their|these|those)\s+(?:[\p{L}-]+\s+)?talks|(?:à\s+l['’]issue|au\s+terme|à\s+la\s+suite|après|lors|au\s+cours)\s+(?:des|de\s+ces|de\s+leurs|ces|leurs|les)\s+entretiens)(?![\p{L}])/iu;

/** Words that tell talks: "held talks", "ont eu ... des entretiens", "met", "a rencontré", "a meeting". */
const TALKS_TOLD = wordStart(
  /(?<![\p{L}])(?:talks|entretiens|pourparlers|met|meeting|réunion|rencontre|a\s+rencontré|ont\s+rencontré|se\s+sont\s+entretenus|s['’]est\s+entretenue?)(?![\p{L}])/iu,
);

/**
 * For an act told as following the talks with no day of its own ("À l'issue des entretiens, trois textes ont été signés"):
 * the day-precise day of the last earlier sentence that tells talks, not the day of writing or another day of the visit.
 */
export function talksDay(
  s: Sentence,
  sentences: readonly Sentence[],
  hits: readonly DateHit[],
  datelines: readonly Dateline[],
): DateHit | undefined {
  if (!AFTER_THE_TALKS.test(s.text)) return undefined;
  for (const p of [...priorInEntry(s, sentences)].reverse()) {
    if (!TALKS_TOLD.test(p.text)) continue;
    const d = hits.find(
      (h) =>
        h.start >= p.start &&
        h.end <= p.end &&
        h.precision === "day" &&
        !h.value.includes("/") &&
        h.value <= h.reference &&
        !datelines.some((l) => l.date.start === h.start),
    );
    if (d) return d;
  }
  return undefined;
}

/**
 * A day-precise date from the two sentences before ("On 18 July ... met. During the meeting ..."); a dateline's own date is
 * only a last resort. A signing takes no visit's span, no arrival's day and no day to come.
 */
export function paragraphDate(
  s: Sentence,
  sentences: readonly Sentence[],
  hits: readonly DateHit[],
  datelines: readonly Dateline[],
  /** For a signing: one day already past, outside an arrival's clause. */
  pointInTime = false,
): DateHit | undefined {
  // Wire copy puts one sentence in a paragraph, so the window crosses paragraphs.
  const prior = priorInEntry(s, sentences).filter((x) => x.index >= s.index - 2);
  for (const p of nearestFirst(prior, pointInTime)) {
    // A visit's span ("is in New Zealand from 29 February to 5 March"), an arrival's day and a day still to come date the
    // stay and the trip, not an action told after them.
    const arrival = pointInTime ? arrivalClause(p.text) : null;
    const d = hits.find(
      (h) =>
        h.start >= p.start &&
        h.end <= p.end &&
        h.precision === "day" &&
        (!pointInTime || (!h.value.includes("/") && h.value <= h.reference)) &&
        !(arrival && h.start - p.start >= arrival.start && h.start - p.start < arrival.end) &&
        recent(h) &&
        !datelines.some((l) => l.date.start === h.start),
    );
    if (d) return d;
  }
  return undefined;
}

/**
 * For an action with no date of its own ("On the occasion of the Dialogue, the two sides signed
 * ..."): the nearest day or month written in an earlier sentence, a dateline aside. Releases
 * date the occasion once, in their opening paragraph, and every later action happened then.
 */
export function earlierDate(
  s: Sentence,
  sentences: readonly Sentence[],
  hits: readonly DateHit[],
  datelines: readonly Dateline[],
  sameParagraph: boolean,
  /** A signing: a sentence telling its ceremony is read before nearer ones. */
  signing = false,
): DateHit | undefined {
  // Within the paragraph a month will do ("travelled to Ottawa in September 2022. During that visit ... launched"); further back only a day.
  const prior = priorInEntry(s, sentences).filter((x) => !sameParagraph || x.paragraph === s.paragraph);
  let arrivalDay: DateHit | undefined;
  for (const p of nearestFirst(prior, signing)) {
    const inP = hits.filter(
      (h) =>
        h.start >= p.start &&
        h.end <= p.end &&
        (h.precision === "day" || (sameParagraph && h.precision === "month")) &&
        !h.value.includes("/") &&
        (sameParagraph || recent(h)) &&
        !datelines.some((l) => l.date.start === h.start),
    );
    // "Today, the Minister met ..., who arrived in Ottawa yesterday": the main clause's day, not the arrival clause's.
    const d = inP.filter((h) => !inArrivalClause(p, h)).at(-1) ?? inP.at(-1);
    if (!d || d.value > d.reference) continue;
    if (arrivalDay && d.value <= arrivalDay.value) return arrivalDay;
    if (arrivalDay || !inArrivalClause(p, d)) return d;
    arrivalDay = d;
  }
  return arrivalDay;
}

/**
 * Whether a date stands in its sentence's arrival clause. "The meeting was held this morning ... The Deputy Prime Minister
 * arrived yesterday on a three-day visit. ... At the end of the meeting, the two ministers witnessed the signing": an arrival
 * told after the occasion, on an earlier day, is background to it; an action told later takes the occasion's day, a later
 * one written before the arrival, and the arrival's day only when none is.
 */
function inArrivalClause(p: Sentence, h: DateHit): boolean {
  const arrival = arrivalClause(p.text);
  return !!arrival && h.start - p.start >= arrival.start && h.start - p.start < arrival.end;
}

/**
 * A live page's entry that dates nothing of its own ("16 h 20 / Quatre accords ont été signés ...") tells the page's day: the
 * day of writing, read at the entry's time of day.
 */
export function liveEntryDay(s: Sentence, sentences: readonly Sentence[], published: string): DateHit | undefined {
  const first = priorInEntry(s, sentences)[0] ?? s;
  const heading = sentences[first.index - 1];
  if (!heading || !ENTRY_TIME.test(heading.text)) return undefined;
  const { start, end, text } = heading;
  return {
    start,
    end,
    text,
    value: published,
    precision: "day",
    ambiguous: false,
    rule: "date.live-entry",
    confidence: 0.6,
    reference: published,
    relative: true,
  };
}

export function datelineDate(s: Sentence, datelines: readonly Dateline[], hits: readonly DateHit[]): DateHit | undefined {
  const d = [...datelines].reverse().find((x) => x.date.start <= s.start);
  return d ? hits.find((h) => h.start === d.date.start) : undefined;
}
