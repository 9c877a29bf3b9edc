/**
 * Dates told by reference to another the text gave: "the same day", "le même jour", "à la même date" repeat the last
 * day named before; "the next day", "le lendemain", "le surlendemain" count on from it and "the day before", "la veille"
 * back; "that afternoon", "ce soir-là" are that day again, and so is an evening opening its sentence ("arrived on Tuesday.
 * In the evening he visited ...", "Dans la soirée, elle a rencontré ...", after a quotation too: "called it 'a reliable friend.'
 * In the evening the delegation ..."); "the second day", "the final day of the visit" are a day of
 * the span named before ("On the last day of the exercise" after an exercise "held from October 1 to 5", "the final day
 * of the training course"); "that week", "la même semaine" are the week of the last day named, "the following week" the
 * one after; "that same year", "de la même année" take the year last written. Resolved after the other date rules,
 * since it needs their results.
 */
import { addDays, type Day } from "@ties/domain";
import { weekOf } from "./calendar-words";
import type { DateHit } from "./date-expressions";
import { clauseTense, openingDateTense } from "./tense";
import { sentenceStartBefore } from "./text-span";
import { wordStart } from "./word-start";

const SAME_DAY = wordStart(
  /(?<![\p{L}])(?:(?<same>(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)|(?<=à\s)la\s+même\s+date|later\s+that\s+(?:day|morning|afternoon|evening|night)|that\s+(?:morning|afternoon|evening|night)|le\s+même\s+jour|ce\s+même\s+jour|le\s+jour\s+même|le\s+(?:soir|matin)\s+même|ce\s+(?:jour|soir|matin)-là|(?:in\s+the\s+evening|dans\s+la\s+soirée)(?<=(?:^|[.!?]["”»’]?\s+|\n)(?:in\s+the\s+evening|dans\s+la\s+soirée))(?=,?\s))|(?<next>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|the\s+day\s+after|le\s+lendemain|au\s+lendemain)|(?<before>the\s+(?:day\s+before|previous\s+day|eve)|la\s+veille)|(?<twoAfter>le\s+surlendemain|two\s+days\s+later|deux\s+jours\s+plus\s+tard)|(?<nth>the\s+(?<ordinal>first|second|third|fourth|fifth|opening|closing|final|last)\s+(?:day|morning|afternoon|evening)(?:\s+of\s+(?:the|his|her|their|its)\s+(?:visit|stay|trip|tour|mission|summit|conference|session|talks|festival|fair|exhibition|exercise|drills?|training|course|forum)|(?!\s+of))))(?![\p{L}-])/giu,
);

/** "the second day", "the closing day": which day of a span of days the text named before. */
const ORDINAL_DAY: Record<string, number> = {
  first: 0,
  opening: 0,
  second: 1,
  third: 2,
  fourth: 3,
  fifth: 4,
  closing: -1,
  final: -1,
  last: -1,
};

const DAY_RANGE = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;
/** The rules of a week counted from the day of writing ("next week", "la semaine dernière"). */
const WEEK_RULE = /^date\.(?:fr\.)?week$/u;

/** An event named after "the day before", "la veille": "the signing", "du scrutin", "de la cérémonie". */
const EVENT_NAMED_AFTER =
  /^\s+(?:the|of\s+the|du|de\s+la|de\s+l['’])\s*(signing|signature|summit|sommet|vote|scrutin|election|élection|ceremony|cérémonie)(?![\p{L}])/iu;
/** Each event noun and the words that tell that event (global, for `matchAll`), whose date it takes. */
const EVENT_VERBS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^sign|^signature/iu, wordStart(/(?<![\p{L}])(?:sign(?:ed|s|ing)?|sign[ée]e?s?)(?![\p{L}])/giu)],
  [/^summit|^sommet/iu, wordStart(/(?<![\p{L}])(?:summit|sommet)(?![\p{L}])/giu)],
  [/^vote|^scrutin|^election|^élection/iu, wordStart(/(?<![\p{L}])(?:vot\p{L}*|scrutin|election|élection|polls?)(?![\p{L}])/giu)],
  [/^ceremony|^cérémonie/iu, wordStart(/(?<![\p{L}])(?:ceremony|cérémonie)(?![\p{L}])/giu)],
];

/** Where the sentence holding an offset opens: after the last full stop and space, or the last line break, before it. */

/** How far before an offset, within its sentence, the last word telling an event stands (infinite when none does). */
function distanceFromWord(text: string, at: number, word: RegExp): number {
  const start = sentenceStartBefore(text, at);
  const words = [...text.slice(start, at).matchAll(word)];
  const last = words.at(-1);
  return last ? at - start - last.index : Number.POSITIVE_INFINITY;
}

/** The pluperfect's auxiliary: "had spoken", "s'étaient entretenus", "avait reçu", "était venue". */
const PLUPERFECT = wordStart(
  /(?<![\p{L}])(?:had|s['’]étai(?:en)?t|avai(?:en)?t|étai(?:en)?t)\s+(?:\p{L}+\s+)?\p{L}+(?:ed|en|é|ée|és|ées|u|us|ue|ues|is|it)(?![\p{L}])/u,
);

/**
 * "Le 15 novembre, le ministre s'est entretenu à Séoul ... Les deux ministres s'étaient entretenus au téléphone le 4
 * octobre. Le lendemain, ...", "On May 3 the ministers met in Lima; they had spoken by phone on April 20. The next day, ...":
 * a day told in the pluperfect looks back from the story; "the next day" and "la veille" count from the story's own days.
 */
function inPluperfectFlashback(text: string, h: DateHit): boolean {
  return PLUPERFECT.test(text.slice(sentenceStartBefore(text, h.start), h.start));
}

/** Dates for each "the same day", from the nearest day-precise date written before it. */
export function sameDayHits(text: string, written: readonly DateHit[], lang: "en" | "fr"): DateHit[] {
  const out: DateHit[] = [];
  // A day of a span told by its rank is an antecedent in turn: "on the first morning ... Later that day".
  const hits = [...written];
  SAME_DAY.lastIndex = 0;
  for (let m = SAME_DAY.exec(text); m; m = SAME_DAY.exec(text)) {
    const at = m.index;
    if (hits.some((h) => h.start < at + m![0].length && at < h.end)) continue;
    // "On Friday, the last day of the mission, ...": an apposition restates the date before it.
    const restated = hits.find((h) => h.end <= at && /^,\s*$/u.test(text.slice(h.end, at)));
    if (restated) {
      const day = dayAfterInApposition(m, restated);
      if (day) out.push(day);
      continue;
    }
    // "Entretien téléphonique ..., au lendemain de la commission mixte": away from a day it restates, "au lendemain de"
    // names the event, whose day the text does not tell.
    if (/^au\s/iu.test(m[0])) continue;
    if (m.groups!.nth) {
      const hit = nthDayHit(m, hits);
      if (hit) {
        out.push(hit);
        hits.push(hit);
      }
      continue;
    }
    const shift = m.groups!.twoAfter ? 2 : m.groups!.next ? 1 : m.groups!.before ? -1 : 0;
    // "the day before the signing", "la veille du scrutin": the day of the event named, the last one told with its verb.
    const named = shift !== 0 ? EVENT_NAMED_AFTER.exec(text.slice(at + m[0].length, at + m[0].length + 40)) : null;
    const told = named ? EVENT_VERBS.find(([noun]) => noun.test(named[1]!))?.[1] : undefined;
    const end = at + m[0].length + (told ? named![0].length : 0);
    // "la veille" looks back from a day already past: a planned day named in between ("avant le 30 juin") is not its anchor.
    // "les 17 et 18 sept. ... Le lendemain": a range of days counts too for the day after (its last day) or the eve (its
    // first); "the same day" of a range would be no one day.
    // A range in brackets ("on the occasion of the state visit to Korea (March 9-13)") is an aside's span, not a day told.
    const fits = (h: DateHit) =>
      h.precision === "day" &&
      (!h.value.includes("/") ||
        (shift !== 0 && DAY_RANGE.test(h.value) && !/\(\s*$/u.test(text.slice(Math.max(0, h.start - 2), h.start)))) &&
      (shift >= 0 || h.value <= h.reference) &&
      // (The signing named after "the day before" is told in such an aside as often as not.)
      (!!told || h.rule === "date.day-of-span" || !inParticipleAside(text, h)) &&
      (shift === 0 || !inPluperfectFlashback(text, h));
    let antecedent: DateHit | undefined;
    if (told) {
      // The date nearest after the event's own word: "signed in Nukuʻalofa on 2 August ..., during the visit of 31 July to 3
      // August" is the 2nd.
      let best = Number.POSITIVE_INFINITY;
      for (const h of hits) {
        const gap = h.end <= at && fits(h) ? distanceFromWord(text, h.start, told) : Number.POSITIVE_INFINITY;
        if (Number.isFinite(gap) && gap <= best) [best, antecedent] = [gap, h];
      }
    } else for (const h of hits) if (h.end <= at && fits(h) && (!antecedent || h.start > antecedent.start)) antecedent = h;
    // "received ... on the same day" after a list of deadlines: the last day already past, when there is one and the clause
    // tells of the past; not when it looks ahead ("Les funérailles seront célébrées le même jour") or has no verb of its
    // own ("version numérique à la même date").
    if (
      shift === 0 &&
      antecedent &&
      antecedent.value > antecedent.reference &&
      clauseTenseAt(text, at, at + m[0].length, lang) === "past"
    ) {
      let past: DateHit | undefined;
      for (const h of hits) if (h.end <= at && fits(h) && h.value <= h.reference && (!past || h.start > past.start)) past = h;
      antecedent = past ?? antecedent;
    }
    if (!antecedent) continue;
    out.push({
      start: at,
      end,
      text: text.slice(at, end),
      value: shift === 0 ? antecedent.value : addDays(antecedent.value.split("/")[shift > 0 ? 1 : 0] ?? antecedent.value, shift),
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
 * "Une délégation était au Saguenay aujourd'hui, au lendemain de la signature", "arrivé mardi, au lendemain du sommet": "au
 * lendemain de ..." set beside a day restates that day (the day after the event it names), a date of its own.
 */
function dayAfterInApposition(m: RegExpExecArray, restated: DateHit): DateHit | undefined {
  if (!/^au\s/iu.test(m[0]) || restated.precision !== "day" || restated.value.includes("/")) return undefined;
  return { ...restated, start: m.index, end: m.index + m[0].length, text: m[0], rule: "date.next-day", relative: true };
}

/**
 * The tense of the clause an offset stands in: the verb before it from its sentence's start, else the verb after it when
 * it opens the sentence ("The same evening, the minister was received ...").
 */
function clauseTenseAt(text: string, at: number, end: number, lang: "en" | "fr"): "future" | "past" | null {
  const start = sentenceStartBefore(text, at);
  const next = text.indexOf(". ", end);
  return clauseTense(text.slice(start, at), lang) ?? openingDateTense(text.slice(end, next < 0 ? text.length : next), lang);
}

/**
 * "signed at the summit in Koror on May 20 and 21 ... a bilateral meeting on the second day": the day of that rank in the
 * nearest span of days written before it, when the span has that many days.
 */
function nthDayHit(m: RegExpExecArray, hits: readonly DateHit[]): DateHit | undefined {
  // "the final day of the visit": the visit's own days, not a week counted from the day of writing ("next week").
  const ofEvent = /\sof\s/u.test(m[0]);
  let span: DateHit | undefined;
  for (const h of hits)
    if (
      h.end <= m.index &&
      h.precision === "day" &&
      DAY_RANGE.test(h.value) &&
      !(ofEvent && WEEK_RULE.test(h.rule)) &&
      (!span || h.start > span.start)
    )
      span = h;
  if (!span) return undefined;
  const [first, last] = span.value.split("/") as [string, string];
  const rank = ORDINAL_DAY[m.groups!.ordinal!.toLowerCase()]!;
  const day = rank < 0 ? last : addDays(first, rank);
  if (day > last) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    value: day,
    precision: "day",
    ambiguous: span.ambiguous,
    rule: "date.day-of-span",
    confidence: Math.min(0.7, span.confidence),
    reference: span.reference,
    relative: true,
  };
}

/** "That same year", "la même année": the year of the nearest year written before it. */
const SAME_YEAR = wordStart(
  /(?<![\p{L}])(?:(?:that|the)\s+same\s+year|later\s+that\s+year|(?:la|cette)\s+même\s+année|cette\s+année-là)(?![\p{L}-])/giu,
);
/** A yearless day or month joined to "the same year" by "of" or "de": "le 18 juin de la même année". */
const JOINED_TO_YEAR = /^\s+(?:of|de)\s+$/u;
const WRITTEN_YEAR = wordStart(/(?<!\d)(?:1[89]|2\d)\d\d(?!\d)/u);

/**
 * The dates of a text with "the same day", "the second day" and "that same year" added after the dates they repeat; "le
 * 18 juin de la même année" becomes one date in the year last written ("signé en février 2031 ... ratifié le 18 juin de la
 * même année" is June 2031, whatever year a yearless "18 juin" would have taken alone).
 */
export function withAnaphoricDates(text: string, written: readonly DateHit[], lang: "en" | "fr"): DateHit[] {
  const replaced = new Set<DateHit>();
  const added: DateHit[] = [];
  SAME_YEAR.lastIndex = 0;
  for (let m = SAME_YEAR.exec(text); m; m = SAME_YEAR.exec(text)) {
    const at = m.index;
    if (written.some((h) => h.start < at + m![0].length && at < h.end)) continue;
    const joined = written.find(
      (h) => h.end <= at && JOINED_TO_YEAR.test(text.slice(h.end, at)) && !WRITTEN_YEAR.test(h.text) && h.precision !== "year",
    );
    const from = joined?.start ?? at;
    let antecedent: DateHit | undefined;
    for (const h of written)
      if (h.end <= from && WRITTEN_YEAR.test(h.text) && !h.value.includes("/") && (!antecedent || h.start > antecedent.start))
        antecedent = h;
    if (!antecedent) continue;
    const year = antecedent.value.slice(0, 4);
    if (joined) replaced.add(joined);
    added.push({
      start: from,
      end: at + m[0].length,
      text: text.slice(from, at + m[0].length),
      value: joined ? year + joined.value.slice(4) : year,
      precision: joined ? joined.precision : "year",
      ambiguous: joined?.ambiguous ?? false,
      rule: "date.same-year",
      confidence: Math.min(0.7, antecedent.confidence),
      reference: antecedent.reference,
      relative: true,
    });
  }
  const kept = written.filter((h) => !replaced.has(h));
  return [...kept, ...added, ...sameDayHits(text, kept, lang), ...sameWeekHits(text, kept)].sort((a, b) => a.start - b.start);
}

/**
 * "who was in Ottawa that week", "la même semaine": the week, Monday to Sunday, of the day told last; "the following
 * week", "la semaine suivante" the week after the last day told ("du 20 au 24 avril, puis à Busan la semaine suivante").
 */
const SAME_WEEK = wordStart(
  /(?<![\p{L}])(?:that\s+(?:same\s+)?week|the\s+same\s+week|cette\s+semaine-là|la\s+même\s+semaine|(?<following>the\s+following\s+week|the\s+week\s+after(?!\s+(?:the|that|this|his|her|its|their|a|an|next)\s)|la\s+semaine\s+(?:suivante|d['’]après)))(?![\p{L}-])/giu,
);
/** An event named by its noun after a preposition of time: "before the opening", "après la signature". */
const EVENT_SINCE = wordStart(/(?<![\p{L}])(?:before|after|until|since|avant|après|depuis)\s+(?:the|la|le|l['’])\s*\p{L}/iu);
/** How far back the day a week is counted from may stand: the same paragraph or the one before. */
const SAME_WEEK_REACH = 600;
const DAY_OR_DAYS = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

function sameWeekHits(text: string, hits: readonly DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(SAME_WEEK)) {
    const at = m.index;
    const end = at + m[0].length;
    if (hits.some((h) => h.start < end && at < h.end)) continue;
    const following = !!m.groups?.following;
    const told = hits.findLast((h) => h.end <= at && at - h.end <= SAME_WEEK_REACH && h.precision === "day" && DAY_OR_DAYS.test(h.value));
    // "before the opening, and ... the following week": a week counted from an event named since, not from the day told.
    if (!told || EVENT_SINCE.test(text.slice(told.end, at))) continue;
    const [first, last = first] = told.value.split("/") as [Day, Day?];
    const day = following ? addDays(last as Day, 7) : first;
    const week = weekOf(day);
    out.push({
      start: at,
      end,
      text: m[0],
      value: `${week.start}/${week.end}`,
      precision: "day",
      ambiguous: told.ambiguous,
      rule: following ? "date.following-week" : "date.same-week",
      confidence: Math.min(0.7, told.confidence),
      reference: told.reference,
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
