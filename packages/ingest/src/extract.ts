/**
 * extract(): source text in, suggested records out, in stages that share one context: segment (boilerplate
 * masked, same length, so every offset is an offset into the original; paragraphs and sentences) -> dates ->
 * mentions (people, organisations, places, the pair's scope) -> records (agreements, commitments, quotes, events,
 * each a stage of its own under stages/) -> validation against the domain schema.
 */
import {
  type BoilerplateSpan,
  type DateSuggestion,
  type Extraction,
  type ExtractOptions,
  type PersonSuggestion,
  type QuoteSuggestion,
  type KnownSnapshot,
  ZExtractOptions,
  ZKnownSnapshot,
} from "@ties/domain";
import type { z } from "zod";
import { findAreas } from "./areas";
import { classifyBoilerplate } from "./boilerplate";
import { type DateHit, findDates } from "./date-expressions";
import { entryHeadings, findDatelines, referenceResolver } from "./dateline";
import { PAIR_ANAPHORA, PAIR_SUBJECT, VISITING_SUBJECT } from "./events";
import { type ExtractionContext, round } from "./extraction-context";
import { findCountryMentions } from "./country-mentions";
import { detectLanguage } from "./language";
import { findOrganizations } from "./organizations";
import { buildPairScope, type PairScope } from "./pair-scope";
import { findPeople, type Person } from "./people";
import { citiesNamed } from "./city-gazetteer";
import { distinctPlaces, findPlaceMentions, type Place } from "./places";
import { decideDateOrder, publisherFromText } from "./publisher-conventions";
import { findQuotes } from "./quotes";
import { withAnaphoricDates } from "./anaphoric-dates";
import { type Sentence, sentenceAt, splitParagraphs, splitSentences } from "./sentence-splitter";
import { findAgreementSuggestions } from "./stages/agreements-stage";
import { findCommitmentSuggestions } from "./stages/commitments-stage";
import { findEventSuggestions } from "./stages/events-stage";
import { maskSpans, type Span } from "./text-span";
import { wordStart } from "./word-start";

const ZOptionsBesideKnown = ZExtractOptions.omit({ known: true });
/** Snapshots of known records already validated: a caller passes the same snapshot with every document of a batch. */
const validatedKnown = new WeakMap<object, KnownSnapshot>();

/** The options, validated; a snapshot of known records is validated at its first use (pass a new object when it changes). */
function parseOptions(options: ExtractOptions): z.output<typeof ZOptionsBesideKnown> & { known?: KnownSnapshot } {
  const { known, ...rest } = options;
  const opts = ZOptionsBesideKnown.parse(rest);
  if (known === undefined) return opts;
  let valid = validatedKnown.get(known);
  if (!valid) {
    valid = ZKnownSnapshot.parse(known);
    validatedKnown.set(known, valid);
  }
  return { ...opts, known: valid };
}

/** The text segmented: furniture classified and masked (same length, so offsets hold), its paragraphs and sentences. */
function segment(text: string, restored: readonly Span[]) {
  // Stretches a curator restored are read as content, whatever the classifier thinks of them.
  const blocks = classifyBoilerplate(text).map((b) =>
    b.removed && restored.some((k) => k.start < b.end && b.start < k.end) ? { ...b, removed: false } : b,
  );
  const removed = blocks.filter((b) => b.removed);
  const kept = maskSpans(text, removed);
  const boilerplate: BoilerplateSpan[] = blocks
    .filter((b) => text.slice(b.start, b.end).trim() !== "")
    .map((b) => ({
      start: b.start,
      end: b.end,
      text: text.slice(b.start, b.end),
      kind: b.kind,
      removed: b.removed,
      rule: b.rule,
      confidence: b.confidence,
    }));
  const sentences = splitSentences(kept, splitParagraphs(kept));
  const sentenceOf = (offset: number): Sentence | undefined => sentenceAt(sentences, offset);
  return { removed, kept, boilerplate, sentences, sentenceOf };
}

type Options = ReturnType<typeof parseOptions>;
type Segmented = ReturnType<typeof segment>;

/** The dates of the kept text, read in the publisher's order from the publication day and the datelines. */
function readDates(seg: Segmented, opts: Options, lang: "en" | "fr", publisher: string | null) {
  const { kept, sentenceOf } = seg;
  const order = decideDateOrder(kept, lang, publisher, opts.dateOrder);
  const datelines = findDatelines(kept, opts.published);
  // A diary's entries ("Lundi 7 juillet – Bujumbura") are the reference of their own lines, as a dateline is of its report.
  const referenceAt = referenceResolver(
    [...datelines.map((d) => ({ from: d.city.start, day: d.day })), ...entryHeadings(kept, opts.published)],
    opts.published,
  );
  const writtenDates = findDates(kept, { published: opts.published, lang, order, referenceAt }, sentenceOf);
  const dateHits = withAnaphoricDates(kept, writtenDates, lang);
  const dates: DateSuggestion[] = dateHits.map((d) => ({
    start: d.start,
    end: d.end,
    text: d.text,
    confidence: d.confidence,
    rule: d.rule,
    value: d.value,
    precision: d.precision,
    ambiguous: d.ambiguous,
    reference: d.reference,
  }));
  return { order, datelines, dateHits, dates };
}

/** The people, places and organisations named, and the country and town the text is written from. */
function findMentions(
  text: string,
  seg: Segmented,
  dateHits: readonly DateHit[],
  publisher: string | null,
  ctx: { pair: [string, string]; known: KnownSnapshot; lang: "en" | "fr" },
) {
  const { kept, removed, sentences } = seg;
  const { pair } = ctx;
  const placesNamed = findPlaceMentions(kept, pair);
  // "Box office 416-555-0178 | 427 Bloor Street West, Toronto ON": the writer's street address among the furniture the page
  // ends on gives its country when nothing else does, and its town when the masthead names none.
  const footerTown = footerAddressTown(text, removed, pair);
  const home = homeCountry(text, kept, dateHits, placesNamed, publisher, pair) ?? footerTown?.countryCode ?? undefined;
  const homeTown = mastheadTown(text, removed, pair) ?? footerTown;
  const people = findPeople(kept, sentences, { known: ctx.known.people, pair, lang: ctx.lang, home });
  // "the minister Gabriel Mbega Obiang Lima": a town's name inside a person's is no place.
  const namesAt = people.flatMap((p) => p.mentions);
  const placeMentions = placesNamed.filter((pl) => !namesAt.some((m) => m.start <= pl.start && pl.end <= m.end));
  const organizations = findOrganizations(kept, ctx.known.organizations);
  return { home, homeTown, people, placeMentions, organizations };
}

/** The people with a mention inside a span. */
const peopleWithin = (people: readonly Person[], s: Span): Person[] =>
  people.filter((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end));

/**
 * Whether the text is about the pair: its sentences name both as actors; or it names one country of the pair and a
 * town of the other ("Le maire de Fès ... est arrivé dimanche à Montpellier"); or its people's sides are the pair's,
 * with no country named at all ("Prime Minister Carney spoke with President Lee"), when one side is sure or the two
 * sides meet in a sentence.
 */
function isAboutPair(
  scope: PairScope,
  sentences: readonly Sentence[],
  people: readonly Person[],
  placeMentions: readonly Place[],
  pair: readonly [string, string],
): boolean {
  if (scope.aboutPair) return true;
  const townsOf = new Set(placeMentions.filter((p) => p.kind === "city" && p.countryCode).map((p) => p.countryCode!));
  const countriesNamed = new Set(placeMentions.filter((p) => p.kind === "country" && p.countryCode).map((p) => p.countryCode!));
  for (const s of sentences) for (const m of scope.countriesOf(s)) countriesNamed.add(m.code);
  if (pair.some((c) => countriesNamed.has(c)) && pair.every((c) => countriesNamed.has(c) || townsOf.has(c))) return true;
  const sidesNamed = (c: string, min: number) => people.some((p) => p.side === c && p.sideConfidence >= min);
  const sidesMeet = sentences.some((s) => {
    const sides = new Set(peopleWithin(people, s).map((p) => p.side));
    return pair.every((c) => sides.has(c)) && [...sides].every((c) => c !== null && pair.includes(c));
  });
  return (
    pair.every((c) => sidesNamed(c, 0.6)) && (pair.some((c) => sidesNamed(c, 0.85)) || (sidesMeet && pair.some((c) => sidesNamed(c, 0.8))))
  );
}

/** The questions the record stages ask of a sentence: its people, its parties, whether it speaks of the pair. */
function sentenceQueries(
  sentences: readonly Sentence[],
  people: readonly Person[],
  placeMentions: readonly Place[],
  scope: PairScope,
  aboutPair: boolean,
  pair: readonly [string, string],
) {
  const personAt = (start: number, end: number): Person | undefined =>
    people.find((p) => p.mentions.some((m) => m.start < end && start < m.end));
  const peopleIn = (s: Span): Person[] => peopleWithin(people, s);
  const lastPersonBefore = (offset: number): Person | undefined => {
    let best: Person | undefined;
    let at = -1;
    for (const p of people)
      for (const m of p.mentions)
        if (m.end <= offset && m.start > at) {
          best = p;
          at = m.start;
        }
    return best;
  };

  /** The parties of a sentence (a copy, the caller's to change). */
  const sentenceParties = (s: Sentence): Set<string> => new Set(scope.partiesOf(s));
  /** Who "the two leaders" are: the last earlier sentence naming two or more sides decides whether they are the pair. */
  const lastTwoSides = (s: Sentence): "pair" | "other" | "none" => {
    for (let i = sentences.length - 1; i >= 0; i--) {
      const x = sentences[i]!;
      if (x.index >= s.index) continue;
      const sides = new Set([...peopleIn(x).map((p) => p.side), ...sentenceParties(x)].filter((c): c is string => !!c));
      if (sides.size < 2) continue;
      return [...sides].every((c) => pair.includes(c)) && pair.every((c) => sides.has(c)) ? "pair" : "other";
    }
    return "none";
  };

  const namesOnlyPairTowns = (s: Sentence): boolean => {
    const here = placeMentions.filter((p) => p.start >= s.start && p.end <= s.end && p.countryCode);
    return here.some((p) => p.kind === "city") && here.every((p) => pair.includes(p.countryCode!));
  };

  /** "The two ministers agreed ...", "Les deux dirigeants ont convenu ...", "They also agreed ...": the pair, when the last sentence naming two sides named the pair's. */
  const sentenceIsPair = (s: Sentence): boolean => {
    if (!aboutPair) return false;
    const parties = sentenceParties(s);
    if (parties.size === 0 && (PAIR_ANAPHORA.test(s.text) || PAIR_SUBJECT.test(s.text)) && lastTwoSides(s) === "pair") return true;
    // "la Ville de Jeonju accueillera ...": a town of one of the pair, and no place of a third country, in a text about the pair.
    if (parties.size === 0) return peopleIn(s).some((p) => p.side && pair.includes(p.side)) || namesOnlyPairTowns(s);
    if (parties.size === 1 && pair.includes([...parties][0]!) && VISITING_SUBJECT.test(s.text) && lastTwoSides(s) === "pair") return true;
    // "Minister Hodgson will lead a trade mission to Korea": one country of the pair, and a person of the other.
    if (
      parties.size === 1 &&
      pair.includes([...parties][0]!) &&
      peopleIn(s).some((p) => p.side && pair.includes(p.side) && !parties.has(p.side))
    )
      return true;
    return scope.isPair(parties);
  };
  return { personAt, peopleIn, lastPersonBefore, sentenceParties, lastTwoSides, sentenceIsPair };
}

/** The stages before the records: segment -> dates -> mentions -> the pair's scope, in one context for the record stages. */
export function prepareExtraction(text: string, options: ExtractOptions) {
  const opts = parseOptions(options);
  const pair = opts.pair ?? (["KR", "CA"] as [string, string]);
  const known = opts.known ?? { people: [], organizations: [], agreements: [], events: [] };
  const lang = opts.lang ?? detectLanguage(text);
  const seg = segment(text, opts.keep ?? []);
  const { kept, sentences, sentenceOf } = seg;
  const publisher = opts.publisher ?? publisherFromText(text);
  const { order, datelines, dateHits, dates } = readDates(seg, opts, lang, publisher);
  const named = findMentions(text, seg, dateHits, publisher, { pair, known, lang });
  const { home, homeTown, placeMentions, organizations } = named;
  const people = actorsOf(named.people);
  const scope = buildPairScope(kept, sentences, pair);
  const aboutPair = isAboutPair(scope, sentences, people, placeMentions, pair);
  const datesIn = (s: Span): DateHit[] => dateHits.filter((d) => d.start >= s.start && d.end <= s.end);
  const ctx: ExtractionContext = {
    opts,
    pair,
    known,
    lang,
    kept,
    sentences,
    sentenceOf,
    datelines,
    dateHits,
    datesIn,
    people,
    placeMentions,
    aboutPair,
    home,
    homeTown,
    ...sentenceQueries(sentences, people, placeMentions, scope, aboutPair, pair),
  };
  return { ctx, boilerplate: seg.boilerplate, dates, organizations, publisher, order, named: named.people };
}

/**
 * The people as the record stages see them: without their bylines' mentions ("By Nadia Farrow", "Par Leïla Haddad"), so
 * that a byline's author is never the antecedent of "he" or "elle", a quote's speaker, a pledge's subject or a side.
 */
function actorsOf(people: readonly Person[]): Person[] {
  return people
    .map((p) => (p.mentions.some((m) => m.byline) ? { ...p, mentions: p.mentions.filter((m) => !m.byline) } : p))
    .filter((p) => p.mentions.length > 0);
}

/**
 * The country a text is written from: a state's institution heading the page, else the place opening the line of its
 * first date near the top ("Rabat, 12/03/2026 (MAP)", "Jakarta | Wed, June 17, 2026", "Hanoï, le 21 janvier 2027"), else
 * a country in the publisher's name.
 */
export function homeCountry(
  text: string,
  kept: string,
  dateHits: readonly DateHit[],
  places: readonly { start: number; countryCode: string | null }[],
  publisher: string | null | undefined,
  pair: readonly string[] = [],
): string | undefined {
  // "Cabinet Secretariat of the Republic of Indonesia" over "Doha, 20 January 2028": a state's institution heading the page
  // is the writer, wherever its dateline places the report.
  // The masthead is read as written, though it is the page's furniture and masked in `kept`.
  const masthead = mastheadCountry(text, pair);
  if (masthead) return masthead;
  for (const d of dateHits) {
    if (d.start > 600) break;
    const lineStart = kept.lastIndexOf("\n", d.start) + 1;
    const place =
      places.find((p) => p.start >= lineStart && p.start < d.start && kept.slice(lineStart, p.start).trim() === "") ??
      // "Le 16 décembre 2027 – Ottawa (Ontario) – Patrimoine canadien": the place right after the date, behind a dash.
      places.find((p) => p.start > d.end && /^\s*[–—-]\s*$/u.test(kept.slice(d.end, p.start)));
    if (place?.countryCode) return placeOrPublisher(place, kept.slice(place.start, d.start), publisher, pair);
  }
  return publisher ? publisherCountry(publisher, pair) : undefined;
}

/**
 * What stands between a dateline's place and its date: "Rabat, ", "Jakarta | Wed, ", "Hanoï, le ", "SEOUL, Korea, ". A
 * sentence opening on a country ("Greece will station two aircraft in Cyprus from June") is no dateline.
 */
function datelineGap(placeToDate: string): boolean {
  return placeToDate.length <= 40 && !LOWER_CASE_WORD.test(placeToDate);
}

/** A word of four letters or more in lower case: a sentence's, not a dateline's. */
const LOWER_CASE_WORD = /\s\p{Ll}{4,}(?![\p{L}])/u;

/**
 * The place opening the line of the first date, unless that line is a sentence ("Greece will station two aircraft in
 * Cyprus from June") and the publisher's name gives a country of the pair ("Cyprus Mail"): the publisher's then.
 */
function placeOrPublisher(
  place: { countryCode: string | null },
  placeToDate: string,
  publisher: string | null | undefined,
  pair: readonly string[],
): string | undefined {
  if (datelineGap(placeToDate) || !publisher) return place.countryCode ?? undefined;
  const own = publisherCountry(publisher, pair);
  return own && pair.includes(own) ? own : (place.countryCode ?? undefined);
}

/** "Greenland Institute of Natural Resources", "Iceland Council for ...": a country's name of one or two words before an institution's word. */
const BEFORE_INSTITUTION = wordStart(
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?=(?:Institute|Institut|Council|Foundation|Agency|Board|University)(?![\p{L}]))/gu,
);

/** The country whose name opens an institution's name on a masthead (where the mentions' reading takes it for part of the name). */
function countryOpeningInstitution(line: string): { code: string } | undefined {
  for (const m of line.matchAll(BEFORE_INSTITUTION)) {
    const named = findCountryMentions(m[1]!).find((c) => c.start === 0 && c.end === m[1]!.length);
    if (named) return named;
  }
  return undefined;
}

/**
 * A name in quotation marks inside a publisher's name ("Philharmonie « Moldova » de Iași"): an ensemble's, not a country;
 * the language of the page or edition in a note after it ("page française", "English edition"): no country either.
 */
const QUOTED_NAME =
  /[«“"][^»”"]{1,60}[»”"]|(?<![\p{L}])(?:(?:page|édition|version|site)\s+\p{Ll}+|\p{Lu}\p{Ll}+\s+(?:page|edition|version|site))(?![\p{L}])/gu;
/** A town closing an institution's name: "Philharmonie de Iași", "University of Toronto". */
const OF_TOWN = wordStart(/(?<![\p{L}])(?:of|de|d['’])\s*(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)/gu);

/**
 * The country in a publisher's name, its quoted names and page languages aside; else the pair's country of the town that closes its name
 * ("Philharmonie « Moldova » de Iași" is written from Romania).
 */
function publisherCountry(publisher: string, pair: readonly string[]): string | undefined {
  const unquoted = publisher.replace(QUOTED_NAME, " ");
  const named = findCountryMentions(unquoted)[0]?.code;
  if (named) return named;
  for (const m of unquoted.matchAll(OF_TOWN)) {
    const town = citiesNamed(m[1]!).find((c) => pair.includes(c.code))?.code;
    if (town) return town;
  }
  return undefined;
}

/** A street address: a number, a street's name and its kind ("427 Bloor Street West", "3680, rue Jeanne-Mance"). */
const STREET_ADDRESS = wordStart(
  /(?<![\p{L}\p{N}])\d{1,5},?\s+(?:(?:rue|avenue|boulevard|chemin|place)\s+\p{Lu}|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Lane|Way|Park|Square|Crescent|Terrace|Parkway|Highway|Quay)(?![\p{L}]))/u,
);

/**
 * "CHEONGRYEONSA 청련사 | International Dharma Community, Seoul", "CICG – Centre International de Conférences Genève": the
 * town named on the page's first line, when that line is removed as the site's masthead. What the writer does "in our
 * hall" or "en salle 4", or a guest's visit to "the Museum", happens there, whichever country the town is in (failing it,
 * the town of the footer's street address, taken only in the pair's countries).
 */
function mastheadTown(text: string, removed: readonly Span[], pair: readonly string[]): Place | undefined {
  const start = text.search(/\S/u);
  if (start < 0) return undefined;
  const end = text.indexOf("\n", start);
  const line = { start, end: end < 0 ? text.length : end };
  if (!removed.some((b) => b.start <= line.start && line.end <= b.end)) return undefined;
  return findPlaceMentions(text.slice(0, line.end), pair).find((p) => p.kind === "city" && p.start >= line.start && p.countryCode !== null);
}

/**
 * "Gardiner Museum, 111 Queen's Park, Toronto ON": the town of the pair's countries in the writer's street address, among
 * the furniture the page ends on.
 */
function footerAddressTown(text: string, removed: readonly Span[], pair: readonly string[]): Place | undefined {
  for (const b of [...removed].reverse()) {
    const line = text.slice(b.start, b.end);
    if (!STREET_ADDRESS.test(line)) continue;
    const town = findPlaceMentions(line, pair).find((p) => p.kind === "city" && p.countryCode !== null && pair.includes(p.countryCode));
    if (town) return { ...town, start: town.start + b.start, end: town.end + b.start };
  }
  return undefined;
}

const MASTHEAD_INSTITUTION = wordStart(
  /(?<![\p{L}])(?:government|gouvernement|parliament|parlement|university|université|foundation|fondation|hospital|hôpital|post|zoo|council|conseil|board|agency|agence|institute|institut|(?:national|legislative) assembly|assemblée (?:nationale|législative)|legislature|ministry|ministère|embassy|ambassade|presidency|présidence|senate|sénat|secretariat|secrétariat|chamber of representatives|chambre des représentants|house of commons|chambre des communes)(?![\p{L}])/iu,
);

/**
 * "Le Gouvernement luxembourgeois", "PARLIAMENT OF GHANA", "Embassy of the Republic of Korea in Canada": an institution
 * named on one of the page's first lines, before any sentence, is the writer; the first country it names is its own.
 */
function mastheadCountry(text: string, pair: readonly string[]): string | undefined {
  const lines = text
    .slice(0, 400)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 3);
  for (const line of lines) {
    // "City of Moncton", "Ville de Montpellier": a town's own page is written from the town's country.
    // "Zoo de Granby", "Université de Sherbrooke | Étudier à l'international", "University of Calgary": an institution of a
    // town of the pair opening the page is written from that town's country.
    const town =
      /^(?:City|Town|Municipality|Ville|Municipalité)\s+(?:of|de)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u.exec(line) ??
      /^(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:of|de|du)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?:\s+\|.*)?$/u.exec(line);
    const townCountry = town ? citiesNamed(town[1]!).find((c) => pair.includes(c.code))?.code : undefined;
    if (townCountry) return townCountry;
    if (line.length > 120 || /[.!?]$/.test(line) || !MASTHEAD_INSTITUTION.test(line)) continue;
    const found =
      findCountryMentions(line)[0] ??
      findCountryMentions(line.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()))[0] ??
      countryOpeningInstitution(line);
    if (found) return found.code;
  }
  return undefined;
}

/** Quotes with their speakers: the person at the attribution, or the last one named before a pronoun. */
function quoteSuggestions(ctx: ExtractionContext): QuoteSuggestion[] {
  const { kept, sentences, people, personAt, lastPersonBefore } = ctx;
  return findQuotes(
    kept,
    sentences,
    people.flatMap((p) => p.mentions),
  ).map((q) => {
    let speaker: Person | undefined;
    if (q.attribution) {
      speaker = personAt(q.attribution.start, q.attribution.end);
      if (!speaker && /^(?:he|she|il|elle)$/i.test(q.attributionText ?? "")) speaker = lastPersonBefore(q.start);
    }
    const speakerTitle = speaker?.title ?? null;
    const speakerName =
      speaker?.name ?? (q.attributionText && !/^(?:he|she|they|il|elle)$/i.test(q.attributionText) ? q.attributionText : null);
    return {
      start: q.start,
      end: q.end,
      text: q.text,
      confidence: round(speaker ? 0.85 : speakerName ? 0.6 : 0.4),
      rule: q.rule,
      speaker: speakerName,
      speakerTitle,
      direct: q.direct,
      speakerMatch: speaker?.match ?? null,
    };
  });
}

/** Each person once, at their first full mention, with every mention. */
function personSuggestions(people: readonly Person[], kept: string): PersonSuggestion[] {
  return people.map((p) => {
    const first = p.mentions.find((m) => m.full) ?? p.mentions[0]!;
    return {
      start: first.start,
      end: first.end,
      text: kept.slice(first.start, first.end),
      confidence: round(p.confidence),
      rule: p.rule,
      name: p.name,
      title: p.title,
      side: p.side,
      mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      match: p.match,
    };
  });
}

/** Source text in, suggested records out (see the top of this file for the stages). */
export function extract(text: string, options: ExtractOptions): Extraction {
  const { ctx, boilerplate, dates, organizations, publisher, order, named } = prepareExtraction(text, options);
  const { opts, lang, pair, aboutPair, kept, placeMentions } = ctx;
  const agreementsOut = findAgreementSuggestions(ctx);
  const commitments = findCommitmentSuggestions(ctx);
  const quotes = quoteSuggestions(ctx);
  const events = findEventSuggestions(ctx, commitments, agreementsOut);

  const result: Extraction = {
    published: opts.published,
    lang,
    publisher,
    pair: [...pair] as [string, string],
    dateOrder: { order: order.order, source: order.source },
    aboutPair,
    boilerplate,
    dates,
    people: personSuggestions(named, kept),
    organizations: organizations.map((o) => ({
      start: o.start,
      end: o.end,
      text: o.text,
      confidence: o.confidence,
      rule: o.rule,
      name: o.name,
      shortName: o.shortName,
      countryCode: o.countryCode,
      match: o.match,
    })),
    places: distinctPlaces(placeMentions).map((p) => ({
      start: p.start,
      end: p.end,
      text: p.text,
      confidence: 0.85,
      rule: "place.gazetteer",
      name: p.name,
      kind: p.kind,
      countryCode: p.countryCode,
    })),
    agreements: agreementsOut,
    commitments,
    quotes,
    areas: findAreas(kept).map((a) => ({
      start: a.start,
      end: a.end,
      text: a.text,
      confidence: round(Math.min(0.95, 0.4 + 0.1 * a.hits)),
      rule: "area.vocabulary",
      slug: a.slug,
      hits: a.hits,
    })),
    events,
  };
  // The type checks the shape at compile time; its readers validate it at run time where it leaves the
  // package: the CLI, and the workbench before it stores suggestions.
  return result;
}
