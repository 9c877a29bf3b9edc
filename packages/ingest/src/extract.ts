/**
 * extract(): source text in, suggested records out. Boilerplate is masked first (same length,
 * so every offset is an offset into the original), then dates, people, organisations, places,
 * agreements, commitments, quotes, areas and events are found on the kept text, limited to the
 * country pair where they are records of the relationship, and validated against the domain schema.
 */
import {
  type AgreementSuggestion,
  type BoilerplateSpan,
  type CommitmentSuggestion,
  type DateSuggestion,
  type EventSuggestion,
  type Extraction,
  type ExtractOptions,
  type PersonSuggestion,
  type QuoteSuggestion,
  periodEnd,
  ploverFor,
  ZExtraction,
  ZExtractOptions,
} from "@ties/domain";
import { sameDayHits } from "./same-day";
import { actionFor, countriesInName, crossesClause, findAgreementMentions, matchAgreement } from "./agreements";
import { findAreas } from "./areas";
import { classifyBoilerplate } from "./boilerplate";
import { findCommitmentTriggers } from "./commitments";
import { findCountryMentions } from "./country-mentions";
import { type DateHit, findDates, lastDayOf } from "./date-expressions";
import { findDatelines, referenceResolver } from "./dateline";
import { eventTriggers, isLeaderTitle, isMultilateralSetting, matchKnownEvent, PAIR_ANAPHORA } from "./events";
import { detectLanguage } from "./language";
import { findOrganizations } from "./organizations";
import { findPeople, type Person } from "./people";
import { distinctPlaces, findPlaceMentions } from "./places";
import { decideDateOrder, publisherFromText } from "./publisher-conventions";
import { findQuotes } from "./quotes";
import { buildPairScope } from "./pair-scope";
import { type Sentence, splitParagraphs, splitSentences } from "./sentence-splitter";
import { maskSpans, type Span } from "./text-span";
import { TITLE_WORDS } from "./name-vocabulary";

const round = (n: number) => Math.round(n * 100) / 100;

export function extract(text: string, options: ExtractOptions): Extraction {
  const opts = ZExtractOptions.parse(options);
  const pair = opts.pair ?? (["KR", "CA"] as [string, string]);
  const known = opts.known ?? { people: [], organizations: [], agreements: [], events: [] };
  const lang = opts.lang ?? detectLanguage(text);

  /* boilerplate */
  const blocks = classifyBoilerplate(text);
  const removed = blocks.filter((b) => b.removed);
  const kept = maskSpans(text, removed);
  const boilerplate: BoilerplateSpan[] = blocks
    .filter((b) => text.slice(b.start, b.end).trim() !== "")
    .map((b) => ({ start: b.start, end: b.end, text: text.slice(b.start, b.end), kind: b.kind, removed: b.removed, rule: b.rule, confidence: b.confidence }));

  const paragraphs = splitParagraphs(kept);
  const sentences = splitSentences(kept, paragraphs);
  const sentenceOf = (offset: number): Sentence | undefined => sentences.find((s) => s.start <= offset && offset < s.end);

  /* dates */
  const publisher = opts.publisher ?? publisherFromText(text);
  const order = decideDateOrder(kept, lang, publisher);
  const datelines = findDatelines(kept, opts.published);
  const referenceAt = referenceResolver(datelines, opts.published);
  const writtenDates = findDates(kept, { published: opts.published, lang, order, referenceAt }, sentenceOf);
  const dateHits = [...writtenDates, ...sameDayHits(kept, writtenDates)].sort((a, b) => a.start - b.start);
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

  /* people, organisations, places */
  const people = findPeople(kept, sentences, { known: known.people, pair, lang });
  const organizations = findOrganizations(kept, known.organizations);
  const placeMentions = findPlaceMentions(kept);
  const scope = buildPairScope(kept, sentences, pair);
  // A text may name only one country and still be about the pair through its people ("Chung Byung-won met ... of Global Affairs Canada").
  const peopleInSentence = (x: Span): Person[] => people.filter((p) => p.mentions.some((m) => m.start >= x.start && m.end <= x.end));
  const sidesNamed = (c: string, min: number) => people.some((p) => p.side === c && p.sideConfidence >= min);
  // Or through people of both sides acting together, with no country named at all ("Prime Minister Carney spoke with President Lee"): a leader whose side every reader knows, met in one sentence by someone of the other side.
  const sidesMeet = sentences.some((s) => {
    const sides = new Set(peopleInSentence(s).map((p) => p.side));
    return pair.every((c) => sides.has(c)) && [...sides].every((c) => c !== null && pair.includes(c));
  });
  const aboutPair = scope.aboutPair || (pair.every((c) => sidesNamed(c, 0.6)) && (pair.some((c) => sidesNamed(c, 0.85)) || (sidesMeet && pair.some((c) => sidesNamed(c, 0.8)))));

  const personAt = (start: number, end: number): Person | undefined => people.find((p) => p.mentions.some((m) => m.start < end && start < m.end));
  const peopleIn = (s: Span): Person[] => people.filter((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end));
  const lastPersonBefore = (offset: number): Person | undefined => {
    let best: Person | undefined;
    let at = -1;
    for (const p of people) for (const m of p.mentions) if (m.end <= offset && m.start > at) {
      best = p;
      at = m.start;
    }
    return best;
  };
  const datesIn = (s: Span): DateHit[] => dateHits.filter((d) => d.start >= s.start && d.end <= s.end);

  /** The parties of a sentence, widened by its people's sides. */
  const sentenceParties = (s: Sentence): Set<string> => {
    const parties = new Set(scope.partiesOf(s));
    return parties;
  };
  /** Who "the two leaders" are: the last earlier sentence naming two or more sides decides whether they are the pair. */
  const lastTwoSides = (s: Sentence): "pair" | "other" | "none" => {
    for (const x of [...sentences].reverse()) {
      if (x.index >= s.index) continue;
      const sides = new Set([...peopleIn(x).map((p) => p.side), ...sentenceParties(x)].filter((c): c is string => !!c));
      if (sides.size < 2) continue;
      return [...sides].every((c) => pair.includes(c)) && pair.every((c) => sides.has(c)) ? "pair" : "other";
    }
    return "none";
  };

  /** "The two ministers agreed ...", "Les deux dirigeants ont convenu ...", "They also agreed ...": the pair, when the last sentence naming two sides named the pair's. */
  const PAIR_SUBJECT = /^(?:[^,]{0,40},\s*)?(?:they|ils|elles|(?:the|les)\s+(?:leaders|ministers|navies|dirigeants|ministres))(?![\p{L}])/iu;
  const sentenceIsPair = (s: Sentence): boolean => {
    if (!aboutPair) return false;
    const parties = sentenceParties(s);
    if (parties.size === 0 && (PAIR_ANAPHORA.test(s.text) || PAIR_SUBJECT.test(s.text)) && lastTwoSides(s) === "pair") return true;
    if (parties.size === 0) return peopleIn(s).some((p) => p.side && pair.includes(p.side));
    return scope.isPair(parties);
  };

  /* agreements */
  const agreementMentions = findAgreementMentions(kept, lang, known.agreements);
  const namedSoFar: typeof agreementMentions = [];
  const agreements: AgreementSuggestion[] = [];
  for (const a of agreementMentions) {
    const s = sentenceOf(a.start);
    if (!s) continue;
    const inName = countriesInName(a.name);
    const nameIsPair = [...inName].some((c) => pair.includes(c)) && [...inName].every((c) => pair.includes(c));
    if ([...inName].some((c) => !pair.includes(c))) continue;
    if (!nameIsPair) {
      if (!sentenceIsPair(s)) continue;
      // A third country right before the mention ("co-operation with Russia under the ... agreement") makes it theirs.
      const near = findCountryMentions(kept, { start: Math.max(s.start, a.start - 70), end: a.start }).filter((c) => !pair.includes(c.code));
      if (near.length > 0 && a.generic) continue;
    }
    let name = a.name;
    let acronym = a.acronym;
    const bareHead = /^(?:the\s+)?(?:Action Plan|Agreement|Partnership|Accord|Treaty|action plan|agreement|FTA|MOU)$/i.test(a.name);
    if (a.generic || bareHead) {
      const head = a.name.toLowerCase().replace(/^the\s+/, "");
      // "Under the MOU": the last memorandum named by its subject.
      const isMou = (n: string) => /^(?:memorandum of understanding|mou)(?![\p{L}])/iu.test(n);
      const antecedent = [...namedSoFar]
        .reverse()
        .find((n) => n.name.toLowerCase().endsWith(head) || (head === "fta" && /free trade/i.test(n.name)) || (isMou(head) && isMou(n.name) && n.name.length > head.length));
      if (antecedent) {
        name = antecedent.name;
        acronym = antecedent.acronym;
      }
    } else namedSoFar.push(a);
    const offsetInSentence = a.start - s.start;
    const verb = actionFor(s.text, offsetInSentence);
    // "The energy security partnership signed on October 21 is ... since the Comprehensive Strategic Partnership":
    // a verb attaches to the agreement nearest it, so another mention between them takes it.
    const act = verb && agreementMentions.some((o) => o !== a && o.start >= s.start && o.end <= s.end && Math.abs(o.start - s.start - verb.at) < Math.abs(offsetInSentence - verb.at) && (o.start - s.start - verb.at) * (offsetInSentence - verb.at) > 0) ? null : verb;
    if ((a.generic || bareHead) && !act) continue;
    // A date in another coordinated clause ("... in 2022, and the two countries reaffirmed ... last year") dates that clause, not this action.
    // A done action ("signed", "adopted") is not dated by a day still to come ("... and agreed to meet in 2027").
    const allSentenceDates = datesIn(s).filter((d) => !act || d.value.split("/")[0]! <= d.reference);
    const clauseDates = act ? allSentenceDates.filter((d) => !crossesClause(s.text, d.start - s.start, act.at)) : allSentenceDates;
    const sentenceDates = clauseDates.length > 0 ? clauseDates : allSentenceDates;
    const nearestDate = act ? nearest(sentenceDates, s.start + act.at) : nearest(sentenceDates, a.start);
    const fallbackDate = act && !nearestDate ? (earlierDate(s, sentences, dateHits, datelines, true) ?? paragraphDate(s, sentences, dateHits, datelines) ?? earlierDate(s, sentences, dateHits, datelines, false) ?? datelineDate(s, datelines, dateHits)) : undefined;
    const match = matchAgreement({ ...a, name, acronym }, known.agreements);
    agreements.push({
      start: a.start,
      end: a.end,
      text: kept.slice(a.start, a.end),
      confidence: round((a.generic ? 0.55 : 0.75) + (act ? 0.1 : 0) + (match ? 0.1 : 0)),
      rule: a.rule + (act ? "+action" : ""),
      name,
      action: act?.action ?? null,
      date: act ? ((nearestDate ?? fallbackDate)?.value ?? null) : null,
      match,
    });
  }
  const agreementsOut = dedupeAgreements(agreements);

  /* commitments */
  const commitments: CommitmentSuggestion[] = [];
  for (const s of sentences) {
    if (!sentenceIsPair(s)) continue;
    const triggers = findCommitmentTriggers(
      s,
      lang,
      (start, end) => isPeopleSubject(kept, start, end, people),
      (subject) => isCountrySubject(subject),
    );
    // Each pledge of the sentence is a commitment of its own, spanning its clause ("X will ... by 2028 and would ... next year").
    // A renewed commitment to a named agreement records history; what is coordinated with it does too.
    if (triggers[0] && isRecordedCommitment(kept, s, triggers[0].at, triggers[0].trigger, datesIn(s), opts.published)) continue;
    triggers.forEach((t, i) => {
      const next = triggers[i + 1];
      const span = { start: i === 0 ? s.start : t.subjectStart, end: next ? next.subjectStart : s.end };
      if (span.end <= span.start) return;
      if (isRecordedCommitment(kept, s, t.at, t.trigger, datesIn(s), opts.published)) return;
      const subjectCountries = findCountryMentions(t.subject).filter((c) => !c.possessive).map((c) => c.code);
      const subjectPerson = personAt(t.subjectStart, t.at);
      let parties: string[];
      if (subjectCountries.length > 0) parties = [...new Set(subjectCountries)];
      else if (/^(?:she|he|elle|il)$/i.test(t.subject)) parties = [lastPersonBefore(t.subjectStart)?.side].filter((c): c is string => !!c);
      else if (subjectPerson?.side && !/\band\b|\bet\b/.test(t.subject)) parties = [subjectPerson.side];
      else parties = [...pair];
      if (parties.some((c) => !pair.includes(c)) || parties.length === 0) return;
      const after = datesIn(span).filter((d) => d.start >= t.at && d.precision !== undefined);
      // A relative day that is not after the reference ("..., the ministry said Thursday") dates the report, not the pledge.
      const due = after.find((d) => lastDayOf(d.value) >= d.reference && !(d.relative && d.precision === "day" && !d.value.includes("/") && d.value <= d.reference)) ?? null;
      const dueValue = due ? (due.value.includes("/") ? due.value.split("/")[1]! : due.value) : null;
      commitments.push({
        start: span.start,
        end: span.end,
        text: kept.slice(span.start, span.end),
        confidence: round(t.strong ? 0.8 : 0.65),
        rule: `commitment.${t.strong ? "pledge-verb" : "future-with-actor"}`,
        trigger: t.trigger,
        parties,
        due: dueValue,
        dueLastDay: dueValue ? periodEnd(dueValue) : null,
        dueText: due?.text ?? null,
      });
    });
  }

  /* quotes */
  const quotes: QuoteSuggestion[] = findQuotes(kept, sentences, people.flatMap((p) => p.mentions)).map((q) => {
    let speaker: Person | undefined;
    if (q.attribution) {
      speaker = personAt(q.attribution.start, q.attribution.end);
      if (!speaker && /^(?:he|she|il|elle)$/i.test(q.attributionText ?? "")) speaker = lastPersonBefore(q.start);
    }
    const speakerTitle = speaker?.title ?? null;
    const speakerName = speaker?.name ?? (q.attributionText && !/^(?:he|she|they|il|elle)$/i.test(q.attributionText) ? q.attributionText : null);
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

  /* events */
  const events: EventSuggestion[] = [];
  /** Events dated only by borrowing another sentence's date or the dateline. */
  const undated = new Set<EventSuggestion>();
  if (aboutPair) {
    for (const s of sentences) for (const trig of eventTriggers(s.text, s.start)) {
      const pledge = commitments.find((c) => c.start === s.start);
      if (pledge && s.text.indexOf(pledge.trigger) + s.start <= trig.at) continue;
      const participants = new Set(peopleIn(s));
      const pronoun = /^(?:(?:[\p{Lu}][\p{Ll}]+\s){0,3}[^,]*,\s*)?(?:she|he|elle|il)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu.exec(s.text);
      if (pronoun) {
        const p = lastPersonBefore(s.start);
        if (p) participants.add(p);
      }
      const sides = new Set([...participants].map((p) => p.side).filter((c): c is string => !!c));
      const placesHere = placeMentions.filter((p) => p.start >= s.start && p.end <= s.end);
      const visitTo = /\bvisit(?:ed)?\s+(?:to\s+)?|trip to |visite (?:en|au|à) /i.test(s.text) ? placesHere.find((p) => p.kind === "country") : undefined;
      const parties = sentenceParties(s);
      const cityHere = placesHere.find((p) => p.kind === "city" && /(?:(?<![\p{L}])(?:in|à)\s+)$/iu.test(kept.slice(Math.max(s.start, p.start - 4), p.start)));
      // "... co-operation with Russia under the agreement signed at the June summit": the nearest actor before the verb is a third country.
      const nearestActor = findCountryMentions(kept, { start: s.start, end: trig.at })
        .map((c) => ({ at: c.start, pair: pair.includes(c.code) }))
        .concat([...participants].flatMap((p) => p.mentions.filter((m) => m.start >= s.start && m.end <= trig.at).map((m) => ({ at: m.start, pair: true }))))
        .sort((a, b) => b.at - a.at)[0];
      if (nearestActor && !nearestActor.pair && trig.at - nearestActor.at < 90) continue;
      const involved = new Set([...sides, ...parties, ...(visitTo?.countryCode ? [visitTo.countryCode] : [])]);
      // "The two Leaders held a summit meeting in Ottawa": in a text about the pair, the pair.
      if ((PAIR_ANAPHORA.test(s.text.slice(0, trig.at - s.start)) || PAIR_SUBJECT.test(s.text)) && lastTwoSides(s) === "pair") for (const c of pair) involved.add(c);
      // "The consultation was first held in Ottawa in 2023": the round named before, with its parties.
      if (trig.backReference && events.some((e) => e.type === trig.type)) for (const c of pair) involved.add(c);
      // "... signed the memorandum in Calgary, in the presence of the Consul General of Korea": the host city's country is a party.
      if (cityHere?.countryCode && pair.includes(cityHere.countryCode) && [...sides].every((c) => pair.includes(c))) involved.add(cityHere.countryCode);
      if (!pair.every((c) => involved.has(c))) continue;
      if ([...parties].some((c) => !pair.includes(c) && c !== "KP")) continue;
      if (trig.setting && !datesIn(s).some((d) => d.start >= trig.at + trig.text.length - 12 && d.start <= trig.at + trig.text.length + 20 && lastDayOf(d.value) <= d.reference)) continue;
      // "This week's visit is ...": a period still running at publication dates no event done.
      if (datesIn(s).some((d) => d.relative && d.value.includes("/") && d.value.split("/")[0]! <= d.reference && d.value.split("/")[1]! > d.reference)) continue;
      // A dateline's date is the report's, not the event's ("SEOUL, Sept. 24 (Yonhap) -- ... held summit talks on Wednesday").
      const written = datesIn(s).filter((d) => !datelines.some((l) => l.date.start === d.start));
      const dayOrMonth = written.filter((d) => d.precision === "day" || d.precision === "month");
      // The event's own clause dates it ("adopted on Monday ..., two months after the summit held in November").
      const inClause = dayOrMonth.filter((d) => !crossesClause(s.text, d.start - s.start, trig.at - s.start));
      const own = inClause.length > 0 ? inClause : dayOrMonth;
      // "In 2022, during President Yoon's visit to Ottawa, ...": a sentence dated by its year alone keeps that year
      // rather than borrowing a day from another sentence; "since 2005" is a bound, not a date.
      const ownYear = datesIn(s).find((d) => d.precision === "year" && !d.value.includes("/") && d.value < d.reference.slice(0, 4) && !/(?<![\p{L}])(?:since|until|depuis|jusqu['’]en)\s+$/iu.test(kept.slice(Math.max(s.start, d.start - 12), d.start)));
      const date =
        own.sort((a, b) => rank(a) - rank(b))[0] ??
        ownYear ??
        earlierDate(s, sentences, dateHits, datelines, true) ??
        paragraphDate(s, sentences, dateHits, datelines) ??
        earlierDate(s, sentences, dateHits, datelines, false) ??
        datelineDate(s, datelines, dateHits);
      if (!date) continue;
      // "... held talks in Seoul ..., a political scientist at the University of Calgary": the city after "in"/"à" is where it happened.
      const cityAfterIn = placesHere.find((p) => p.kind === "city" && /(?:(?<![\p{L}])(?:in|at|à|au)\s+(?:the\s+)?)$/iu.test(kept.slice(Math.max(s.start, p.start - 8), p.start)) && !/(?:University|Université) of\s+$|de\s+$/u.test(kept.slice(Math.max(s.start, p.start - 20), p.start)));
      const city =
        cityAfterIn ??
        placesHere.find((p) => p.kind === "city" || p.kind === "site") ??
        // "... welcomed the signing of the Agreement ... on the same day": what happened on an event's day happened in its city.
        placeMentions.find((p) => p.kind === "city" && events.some((e) => e.date === date.value && e.location.city === p.name && p.start >= e.start && p.end <= e.end)) ??
        [...placeMentions].reverse().find((p) => p.kind === "city" && p.end <= s.start && sentences.find((x) => x.start <= p.start && p.start < x.end)?.paragraph === s.paragraph) ??
        (datelines[0] ? placeMentions.find((p) => p.start === datelines[0]!.city.start) : undefined);
      const location = { city: city && city.kind === "city" ? city.name : null, countryCode: city?.countryCode ?? visitTo?.countryCode ?? null };
      const thirdCountry = !!location.countryCode && !pair.includes(location.countryCode);
      // Heads of state or government of both sides meeting is a summit, whatever the verb ("met on the sidelines of APEC").
      const leaderSides = new Set([...participants].filter((p) => isLeaderTitle(p.title) && p.side).map((p) => p.side));
      const leadersSubject = /(?<![\p{L}])(?:the two|both|les deux)\s+(?:leaders|presidents|dirigeants|chefs d['’]état|présidents)(?![\p{L}])/iu.test(s.text.slice(0, trig.at - s.start)) && lastTwoSides(s) === "pair";
      const type = trig.type === "meeting" && (pair.every((c) => leaderSides.has(c)) || leadersSubject) ? "summit" : trig.type;
      const plover = ploverFor(type, { multilateral: isMultilateralSetting(s.text), thirdCountry });
      const list = [...participants].map((p) => ({ name: p.name, side: p.side, personId: p.match?.id ?? null }));
      const existing = events.find((e) => e.type === type && e.date === date.value);
      if (existing) {
        for (const p of list) if (!existing.participants.some((x) => x.name === p.name)) existing.participants.push(p);
        continue;
      }
      const event: EventSuggestion = {
        start: s.start,
        end: s.end,
        text: s.text,
        confidence: round(0.55 + (own.length > 0 ? 0.15 : 0) + (list.length > 0 ? 0.1 : 0) + (location.city ? 0.05 : 0)),
        rule: `event.${type}${type !== trig.type ? "-leaders" : ""}`,
        date: date.value,
        type,
        plover,
        location,
        participants: list,
        match: null,
      };
      events.push(event);
      if (own.length === 0 && !ownYear) undated.add(event);
    }
    // "Alberta has signed a memorandum ... . The minister ... signed the memorandum in Calgary on Monday": a lead
    // that borrows its date is the same event the next sentences date themselves; keep the dated one.
    for (const e of undated) if (events.some((o) => o !== e && o.type === e.type && !undated.has(o))) events.splice(events.indexOf(e), 1);
    for (const e of events) {
      const ids = e.participants.map((p) => p.personId).filter((id): id is string => !!id);
      e.match = matchKnownEvent(e.date, ids, e.type, e.location.city, known.events);
    }
  }

  const peopleOut: PersonSuggestion[] = people.map((p) => {
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

  const result: Extraction = {
    published: opts.published,
    lang,
    publisher,
    pair,
    dateOrder: { order: order.order, source: order.source },
    aboutPair,
    boilerplate,
    dates,
    people: peopleOut,
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
    places: distinctPlaces(placeMentions).map((p) => ({ start: p.start, end: p.end, text: p.text, confidence: 0.85, rule: "place.gazetteer", name: p.name, kind: p.kind, countryCode: p.countryCode })),
    agreements: agreementsOut,
    commitments,
    quotes,
    areas: findAreas(kept).map((a) => ({ start: a.start, end: a.end, text: a.text, confidence: round(Math.min(0.95, 0.4 + 0.1 * a.hits)), rule: "area.vocabulary", slug: a.slug, hits: a.hits })),
    events,
  };
  return ZExtraction.parse(result);
}

function rank(d: DateHit): number {
  return (d.precision === "day" ? 0 : 1) + (d.relative ? 0.5 : 0);
}

function nearest(hits: readonly DateHit[], offset: number): DateHit | undefined {
  return [...hits].filter((h) => h.precision !== "year" || true).sort((a, b) => Math.abs(a.start - offset) - Math.abs(b.start - offset))[0];
}

/** A day-precise date from the two sentences before ("On 18 July ... met. During the meeting ..."); a dateline's own date is only a last resort. */
function paragraphDate(s: Sentence, sentences: readonly Sentence[], hits: readonly DateHit[], datelines: ReturnType<typeof findDatelines>): DateHit | undefined {
  // Wire copy puts one sentence in a paragraph, so the window crosses paragraphs.
  const prior = sentences.filter((x) => x.index < s.index && x.index >= s.index - 2);
  for (const p of [...prior].reverse()) {
    const d = hits.find((h) => h.start >= p.start && h.end <= p.end && h.precision === "day" && !datelines.some((l) => l.date.start === h.start));
    if (d) return d;
  }
  return undefined;
}

/**
 * For an action with no date of its own ("On the occasion of the Dialogue, the two sides signed
 * ..."): the nearest day or month written in an earlier sentence, a dateline aside. Releases
 * date the occasion once, in their opening paragraph, and every later action happened then.
 */
function earlierDate(s: Sentence, sentences: readonly Sentence[], hits: readonly DateHit[], datelines: ReturnType<typeof findDatelines>, sameParagraph: boolean): DateHit | undefined {
  // Within the paragraph a month will do ("travelled to Ottawa in September 2022. During that visit ... launched"); further back only a day.
  const prior = sentences.filter((x) => x.index < s.index && (!sameParagraph || x.paragraph === s.paragraph));
  for (const p of [...prior].reverse()) {
    const inP = hits.filter((h) => h.start >= p.start && h.end <= p.end && (h.precision === "day" || (sameParagraph && h.precision === "month")) && !h.value.includes("/") && !datelines.some((l) => l.date.start === h.start));
    const d = inP.at(-1);
    if (d && d.value <= d.reference) return d;
  }
  return undefined;
}

function datelineDate(s: Sentence, datelines: ReturnType<typeof findDatelines>, hits: readonly DateHit[]): DateHit | undefined {
  const d = [...datelines].reverse().find((x) => x.date.start <= s.start);
  return d ? hits.find((h) => h.start === d.date.start) : undefined;
}

/**
 * "They also reaffirmed their commitment to the General Security of Information Agreement",
 * "... reaffirmed their commitment to the FTA on its tenth anniversary last year": a renewed
 * commitment to a named agreement, or one dated well before publication, records history rather
 * than pledging anything new. "Reaffirmed their commitment to working together" still counts.
 */
function isRecordedCommitment(text: string, s: Sentence, at: number, trigger: string, dates: readonly DateHit[], published: string): boolean {
  if (!/commitment\s+to$|engagement\s+à$/iu.test(trigger)) return false;
  const object = text.slice(at + trigger.length, s.end);
  if (/^\s+(?:the|la|le|l['’])\s*(?:(?:[\p{Lu}][\p{L}-]*|of|on|for|and|de|du|des|sur)\s+){0,8}(?:Agreement|Partnership|Treaty|Accord|FTA|Plan|Arrangement|Accord|Partenariat|Traité|Entente)(?![\p{L}])/u.test(object)) return true;
  if (/^\s+(?:the\s+)?[\p{Lu}]{3,}(?![\p{L}])/u.test(object)) return true;
  const monthBefore = new Date(Date.parse(`${published}T00:00:00Z`) - 31 * 86_400_000).toISOString().slice(0, 10);
  return dates.some((d) => d.start > at && lastDayOf(d.value) < monthBefore);
}

/** A subject made only of people and their titles: "Cho and Joly", "Minister Joly", "la ministre Joly". */
function isPeopleSubject(text: string, start: number, end: number, people: readonly Person[]): boolean {
  const inside = people.flatMap((p) => p.mentions).filter((m) => m.start >= start && m.end <= end);
  if (inside.length === 0) return false;
  let rest = text.slice(start, end);
  for (const m of [...inside].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start - start) + " " + rest.slice(m.end - start);
  return rest
    .split(/[\s,&]+/)
    .filter(Boolean)
    .every((w) => /^(?:and|et|the|la|le|l['’]|his|her|their|sa|son|both|also|aussi)$/i.test(w) || TITLE_WORDS.has(w.toLowerCase()) || !!findCountryMentions(w)[0]);
}

function isCountrySubject(subject: string): boolean {
  const mentions = findCountryMentions(subject);
  if (mentions.length === 0) return false;
  // Only country names joined by "and"/","/"et" (plus "the"), no possessives: "South Korea and Canada", "le Canada".
  let rest = subject;
  for (const m of [...mentions].reverse()) {
    if (m.possessive) return false;
    rest = rest.slice(0, m.start) + rest.slice(m.end);
  }
  return /^(?:\s|and|et|,|&|the|le|la|l['’]|both|also|further|aussi|également)*$/iu.test(rest);
}

/** One suggestion per agreement and action; a mention with no action is dropped when the agreement has one with an action. */
function dedupeAgreements(items: AgreementSuggestion[]): AgreementSuggestion[] {
  const key = (a: AgreementSuggestion) => a.match?.id ?? a.name.toLowerCase();
  const out: AgreementSuggestion[] = [];
  for (const a of items) {
    const same = out.find((o) => key(o) === key(a) && o.action === a.action);
    if (same) continue;
    out.push(a);
  }
  return out.filter((a) => a.action !== null || !out.some((o) => o !== a && key(o) === key(a) && o.action !== null));
}
