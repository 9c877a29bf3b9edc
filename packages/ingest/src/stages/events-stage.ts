/** Stage: events the text reports as done between the pair, keyed to the clause's verb, dated, placed and coded in PLOVER. */
import { addDays, type CommitmentSuggestion, dateBounds, type Day, type EventSuggestion, ploverFor } from "@ties/domain";
import { crossesClause } from "../agreements";
import { findCountryMentions } from "../country-mentions";
import { type DateHit, lastDayOf } from "../date-expressions";
import {
  arrivalClause,
  type EventTrigger,
  eventTriggers,
  isLeaderTitle,
  JOINT_BODY_KIND,
  isMultilateralSetting,
  matchKnownEvent,
  PAIR_ANAPHORA,
  PAIR_SUBJECT,
  VISITING_SUBJECT,
} from "../events";
import { citiesNamed } from "../city-gazetteer";
import type { Dateline } from "../dateline";
import { type ExtractionContext, round } from "../extraction-context";
import { count } from "../number-words";
import type { Person } from "../people";
import { FRENCH_SITE_BEFORE, type Place } from "../places";
import type { Sentence } from "../sentence-splitter";
import { TITLE_HEAD } from "../name-vocabulary";
import type { Span } from "../text-span";
import { EN_WEEKDAY_RE, FR_WEEKDAY_RE } from "../calendar-words";
import { AFTER_THE_TALKS, datelineDate, earlierDate, liveEntryDay, paragraphDate, rank } from "./borrowed-dates";
import { wordStart } from "../word-start";

/**
 * The words after which a visit names where it went: "visited", "trip to", "travelled to", "s'était rendue en", "a séjourné à",
 * "une visite officielle de 24 heures aux" (not past a visitor: "la visite d'un ministre en Corée").
 */
const VISIT_WORD =
  /\bvisit(?:ed)?\s+(?:to\s+)?|trip to |travell?ed to |visite (?:(?!(?:du|des|d['’]une?)\s)[\p{L}\p{N}'’-]+ ){0,5}?(?:en|au|aux|à) |arrived in |arrivée? (?:\p{L}+ )?à |was in |(?:rendue?s?|séjourné) (?:en|au|aux|à) /iu;

/**
 * A meeting's means that put its sides in no one place: "by videoconference", "via video link", "par visioconférence";
 * a conference held over video ("held a video conference in July", "avaient tenu une visioconférence le 9 septembre", "in
 * a video meeting on July 9", "during a video conference on January 28").
 */
const AT_A_DISTANCE = wordStart(
  /(?<![\p{L}])(?:(?:in|during|at)\s+an?\s+(?:video\s*-?\s*conference|videoconference|video\s+(?:call|meeting|link))|(?:held|holds|tenu|tient|tiennent)\s+(?:a|une|their|leur)\s+(?:video\s?conference|videoconference|visioconférence|vidéoconférence)|(?:by|via|over|par|en)\s+(?:a\s+)?(?:video\s*-?\s*conference|videoconference|video\s+(?:call|link)|visioconférence|vidéoconférence|(?:tele)?phone|téléphone))(?![\p{L}])/iu,
);

/** "at the close of", "at the end of", "à l'issue de", "au terme de", "à la clôture de": the last part of a gathering. */
const CLOSING_WORDS = String.raw`(?:(?:at|on)\s+the\s+(?:close|end|conclusion)\s+of|à\s+l['’]issue\s+d|au\s+terme\s+d|à\s+la\s+clôture\s+d)`;
const AT_THE_CLOSE_OF = wordStart(new RegExp(String.raw`(?<![\p{L}])${CLOSING_WORDS}`, "iu"));

/**
 * "signed ... at the close of a two-day bilateral meeting", "à l'issue d'une réunion bilatérale de deux jours": the gathering
 * a signing closed, its days counted back from the signing's.
 */
const CLOSE_OF_GATHERING = [
  wordStart(
    /(?<![\p{L}])(?:at|on)\s+the\s+(?:close|end|conclusion)\s+of\s+(?:a|an|the|their)\s+(?<n>[\p{L}\d]+)-day\s+(?:[\p{L}-]+\s+){0,2}?(?<kind>meeting|visit|session|talks|consultations)(?![\p{L}])/iu,
  ),
  wordStart(
    /(?<![\p{L}])(?:à\s+l['’]issue|au\s+terme|à\s+la\s+clôture)\s+d['’]une?\s+(?<kind>réunion|visite|session)\s+(?:[\p{L}-]+\s+){0,2}?de\s+(?<n>[\p{L}\d]+)\s+jours(?![\p{L}])/iu,
  ),
];
const GATHERING_TYPE: Record<string, EventSuggestion["type"]> = {
  meeting: "meeting",
  talks: "meeting",
  réunion: "meeting",
  visit: "visit",
  visite: "visit",
  session: "dialogue_round",
  consultations: "dialogue_round",
};

function gatheringClosedBy(
  signing: EventSuggestion,
  sentence: string,
  here: readonly DateHit[],
  thirdCountry: boolean,
): EventSuggestion | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(signing.date)) return null;
  const m = CLOSE_OF_GATHERING.map((re) => re.exec(sentence)).find((x) => x !== null);
  const days = count(m?.groups?.n);
  const type = GATHERING_TYPE[m?.groups?.kind?.toLowerCase() ?? ""];
  const span = !m ? sessionClosedOnItsLastDay(sentence, here, signing.date) : undefined;
  if (span) return closedGathering(signing, "dialogue_round", span, thirdCountry);
  // "signed ... on Wednesday at the conclusion of the sixth session of the Joint Higher Committee": a session told with no
  // days of its own closed on the signing's day (its opening, told later, is read by the round's own step).
  if (!m && CLOSE_OF_SESSION.test(sentence)) return closedGathering(signing, "dialogue_round", signing.date, thirdCountry);
  if (!m || !days || days < 2 || days > 14 || !type) return null;
  return closedGathering(signing, type, `${addDays(signing.date as Day, 1 - days)}/${signing.date}`, thirdCountry);
}

/**
 * "signed at the close of the fifth session of the Joint Commission, held ... from May 9 to 11", then "who co-chaired the
 * officials' segment on May 9": a round told on one day of a session a signing closed over several days is that session.
 */
function dayOfASession(events: readonly EventSuggestion[], type: string, value: string): EventSuggestion | undefined {
  if (type !== "dialogue_round" || value.includes("/")) return undefined;
  return events.find((e) => e.rule === CLOSED_ROUND_RULE && withinSpan(e.date, value));
}

/** The gathering a signing closed, added once. */
function addClosedGathering(
  ctx: ExtractionContext,
  events: EventSuggestion[],
  signing: EventSuggestion,
  s: Sentence,
  thirdCountry: boolean,
): void {
  const closed = gatheringClosedBy(signing, s.text, ctx.datesIn(s), thirdCountry);
  if (!closed || events.some((e) => e.type === closed.type && (e.date === closed.date || withinSpan(e.date, closed.date)))) return;
  events.push(closed);
  if (closed.date === signing.date) startRoundAtItsOpening(closed, s, ctx.sentences, ctx.dateHits);
}

/**
 * "signed yesterday ... at the close of the second meeting of the Joint Committee", then "The Committee met in Belgrade on
 * May 7-8": the session a signing closed, dated by the signing's day alone, is the round told later over its days.
 */
function isASessionDayToldWhole(e: EventSuggestion, events: readonly EventSuggestion[]): boolean {
  if (e.rule !== CLOSED_ROUND_RULE || e.date.includes("/")) return false;
  return events.some((o) => o !== e && o.type === "dialogue_round" && o.date.includes("/") && withinSpan(o.date, e.date));
}

/** The rule of a round a signing closed. */
const CLOSED_ROUND_RULE = "event.dialogue_round-closed-by-signing";

/**
 * "signed ... at the close of the fifth session of the Joint Commission, held in Accra from 9 to 11 May": the session a
 * signing closed, over the days the sentence gives it, ending on the signing's day.
 */
function sessionClosedOnItsLastDay(sentence: string, here: readonly DateHit[], day: string): string | undefined {
  if (!CLOSE_OF_SESSION.test(sentence)) return undefined;
  const span = here.find((d) => d.precision === "day" && d.value.includes("/") && d.value.endsWith(`/${day}`))?.value;
  // "... at the close of the 12th session of the Commission, held on Friday and Saturday": from its first day told.
  const first = here.find((d) => d.precision === "day" && !d.value.includes("/") && d.value < day && daysBetween(d.value, day) <= 7);
  return span ?? (first ? `${first.value}/${day}` : undefined);
}
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|e|es|èmes?)|premières|deuxièmes|troisièmes|quatrièmes|cinquièmes)`;
/**
 * "at the close of the fifth session of", "à l'issue de la 7e session de": a numbered session closed; so are numbered
 * consultations or a dialogue named by their own words ("at the close of the third Foreign Office Consultations (FOC)", "à
 * l'issue des deuxièmes consultations politiques").
 */
const CLOSE_OF_SESSION = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])${CLOSING_WORDS}(?:e\s+|['’]\s*|\s+|es\s+)(?:(?:the|its|their|la|sa|leur)\s+(?:[\p{L}\d]+\s+){0,2}(?:session|meeting|réunion)\s+(?:of|de|du|d['’])|(?:the|their|leurs)\s+${ORDINAL_WORD}\s+(?:[\p{L}-]+\s+){0,3}?(?:consultations|dialogue)(?![\p{L}]))`,
    "iu",
  ),
);

/** The gathering a signing closed, as an event of its own over its days. */
function closedGathering(signing: EventSuggestion, type: EventSuggestion["type"], date: string, thirdCountry: boolean): EventSuggestion {
  return {
    ...signing,
    rule: `event.${type}-closed-by-signing`,
    date,
    type,
    plover: ploverFor(type, { multilateral: false, thirdCountry }),
    participants: [...signing.participants],
  };
}

/**
 * "settled the last points by videoconference on Monday": a meeting or a call held at a distance; "se sont parlé au
 * téléphone": a call told by its own words, whatever meeting in person the sentence tells after it.
 */
function atADistance(s: Sentence, trig: EventTrigger): boolean {
  if (trig.type === "phone_call" && /(?<![\p{L}])au\s+téléphone(?![\p{L}])/iu.test(trig.text)) return true;
  // "last met in Lisbon in May and spoke by telephone on 3 June": the means of the second verb is not the first's; "s'étaient
  // entretenus par téléphone le 14 janvier, puis rencontrés en février à Addis-Abeba": nor the first's the second's.
  const from = trig.coordinated ? Math.max(0, trig.at - s.start) : 0;
  const told = s.text.slice(from, trig.endsAt === undefined ? undefined : trig.endsAt - s.start);
  return (trig.type === "meeting" || trig.type === "phone_call") && AT_A_DISTANCE.test(told);
}

/** "in our hall", "at our offices", "dans nos locaux", a room named by its number ("en salle 4"): the writer's own premises. */
const OUR_PREMISES = wordStart(
  /(?<![\p{L}])(?:(?:in|at|à|dans)\s+(?:our|notre|nos)\s+(?:[\p{L}-]+\s+){0,2}(?:hall|offices?|premises|headquarters|temple|church|museum|campus|building|chapel|library|gallery|siège|locaux|salle|église|musée|bureaux?)|(?:in|en)\s+(?:room|salle)\s+\p{N}+)(?![\p{L}])/iu,
);
/** "visited the Museum", "at the Library": the writer's own institution, named by its kind with a capital. */
const THE_INSTITUTION = wordStart(
  /(?<![\p{L}])(?:visited|toured|at|in)\s+the\s+(?:Museum|Gallery|Library|Zoo|Hospital)(?![\p{L}])(?!\s+of\s)/u,
);

/**
 * Events the text reports. A trigger word inside an agreement's name ("Memorandum of Understanding on Political
 * Consultations") reports nothing. Each trigger goes through small steps: its scene (who is at it, the places of its own
 * clause), whether it is the pair's, its day, its town and its kind; then the events told only as background are set aside.
 */
export function findEventSuggestions(
  ctx: ExtractionContext,
  commitments: readonly CommitmentSuggestion[],
  agreementNames: readonly Span[] = [],
): EventSuggestion[] {
  const found: Found = {
    events: [],
    undated: new Set(),
    visitEndings: new Set(),
    arrivals: new Set(),
    placedAfterIn: new Set(),
    leadersOfBoth: new Set(),
    inNoTown: new Set(),
  };
  if (!ctx.aboutPair) return found.events;
  const titled = titlesStandingAlone(ctx.people);
  for (const s of ctx.sentences) {
    const triggers = eventTriggers(s.text, s.start);
    const underWay = triggers.find((t) => t.type === "visit" && t.underWay);
    for (const trig of triggers) {
      if (reportsNothing(s, trig, commitments, agreementNames)) continue;
      const scene = sceneOf(ctx, s, trig, underWay, titled);
      if (doneByOthers(ctx, scene) || laidByOneSide(scene)) continue;
      const occasion = occasionOf(ctx, s, found.events);
      if (!isThePairs(ctx, scene, found.events, occasion)) continue;
      const day = eventDay(ctx, scene, found.events, occasion);
      if (!day) continue;
      const value = day.ownDay
        ? eventValue(ctx, scene, day.date)
        : (closeOfTheVisit(scene, found.events) ?? eventValue(ctx, scene, day.date));
      if (!value) continue;
      const place = eventPlace(ctx, scene, value, found.events, occasion, commitments);
      const city = atADistance(s, trig) ? undefined : place;
      const location = {
        // "signed three agreements on Parliament Hill": a site's town.
        city: city && city.kind === "city" ? city.name : (city?.town ?? null),
        countryCode: city?.countryCode ?? scene.visitTo?.countryCode ?? null,
      };
      const kind = eventKind(ctx, scene, value, found.events);
      const placedAfterIn = !!city && scene.placesHere.includes(city) && townAfterIn(ctx.kept, s, city);
      record(ctx, found, scene, { ...kind, value, location, dated: day.ownDay, ownYear: !!day.ownYear, placedAfterIn });
    }
  }
  setAsideBackground(found, ctx.opts.published);
  const title = jointStatementTitle(ctx);
  if (title && !found.events.some((e) => e.type === "joint_statement" && e.date === title.date)) found.events.push(title);
  const closing = jointStatementClosing(ctx);
  if (closing && !found.events.some((e) => e.type === "joint_statement" && e.date === closing.date)) found.events.push(closing);
  for (const e of found.events) if (e.type === "joint_statement" && !e.location.city) placeAtItsGathering(e, found.events);
  for (const e of found.events) if (e.type === "visit" && !e.location.city && !found.inNoTown.has(e)) placeVisitAtItsTalks(e, found.events);
  for (const e of found.events) if (HELD_ON_A_VISIT.has(e.type) && !e.location.city) placeAtTheVisitUnderWay(e, found.events);
  found.events = found.events.filter((e) => !isASessionDayToldWhole(e, found.events));
  for (const e of found.events) {
    const ids = e.participants.map((p) => p.personId).filter((id): id is string => !!id);
    e.match = matchKnownEvent(e.date, ids, e.type, e.location.city, ctx.known.events);
  }
  return found.events;
}

/**
 * "On Sunday, Minister Cho laid a wreath at the Monument to the Canadian Fallen", "la ministre a déposé une gerbe au
 * monument aux morts": a wreath laid by one side's people alone honours the dead, and is no event between the two.
 */
function laidByOneSide({ s, trig, sides, participants }: Scene): boolean {
  if (trig.type !== "commemoration" || !/^(?:wreath|gerbe)$/iu.test(trig.text) || sides.size > 1 || participants.size > 1) return false;
  // "Prime Minister ... lays a wreath at the United Nations Memorial Cemetery": a visiting head of state or government's
  // tribute is a stop of the state visit, recorded as its own event.
  return ![...participants].some((p) => isLeaderTitle(p.title)) && !LEADER_IN_SENTENCE.test(s.text.slice(0, trig.at - s.start));
}
const LEADER_IN_SENTENCE = wordStart(/(?<![\p{L}])(?:President|Prime Minister|Président|Premier ministre)(?![\p{L}])/u);

/** The events found so far, and what later steps need to know of them. */
interface Found {
  events: EventSuggestion[];
  /** Events dated only by borrowing another sentence's date or the dateline. */
  undated: Set<EventSuggestion>;
  /** Sentences that told where a visit ended. */
  visitEndings: Set<number>;
  /** Visits known only by an arrival. */
  arrivals: Set<EventSuggestion>;
  /** Events whose town follows "in" or "à" in their own clause. */
  placedAfterIn: Set<EventSuggestion>;
  /** Events at which both sides' heads of state or government are named. */
  leadersOfBoth: Set<EventSuggestion>;
  /** Visits told by their country alone, in no town. */
  inNoTown: Set<EventSuggestion>;
}

/** One trigger in its sentence, with the people at it and the places its own clause names. */
interface Scene {
  s: Sentence;
  trig: EventTrigger;
  /** A visit still running that the sentence tells beside its event. */
  underWay: EventTrigger | undefined;
  participants: Set<Person>;
  sides: Set<string>;
  /** The countries the sentence names as parties. */
  parties: Set<string>;
  /** Where a clause recalling something else begins: places and dates after it are that clause's. */
  recalledAt: number;
  /** An arrival's own clause in the sentence, if the trigger is not the arrival. */
  arrivalHere: { start: number; end: number } | null;
  placesHere: Place[];
  /** The country a visit went to. */
  visitTo: Place | undefined;
}

/** A trigger inside a pledge (unless told as done) or inside an agreement's name reports no event. */
function reportsNothing(
  s: Sentence,
  trig: EventTrigger,
  commitments: readonly CommitmentSuggestion[],
  agreementNames: readonly Span[],
): boolean {
  const pledge = commitments.find((c) => c.start === s.start);
  if (pledge && !trig.past && s.text.indexOf(pledge.trigger) + s.start <= trig.at) return true;
  if (trig.type === "visit" && COUNTED_VISITORS.test(s.text.slice(Math.max(0, trig.at - s.start - 40), trig.at - s.start))) return true;
  return trig.type !== "signing" && agreementNames.some((a) => a.start <= trig.at && trig.at < a.end);
}

/** "some 260,000 Canadians visited Korea", "1,2 million de Coréens ont visité le Canada": visitors counted, a statistic, no visit. */
const COUNTED_VISITORS = wordStart(
  /(?<![\p{L}\p{N}])\d[\d,.\s]*(?:\s(?:million|thousand|millions?))?(?:\s+de)?\s+\p{Lu}\p{Ll}+(?:s|es|ns)\s+(?:have\s+|had\s+|ont\s+|avaient\s+)?$/u,
);

/** "..., signé à Bruxelles le 3 juin 2015, une délégation ... a effectué une visite": a phrase set off by a comma before the
 * event's own words ("signed in Prague in March 2029 during a visit" is not). */
const setOffBefore = (kept: string, x: { start: number; end: number }, at: number) => x.end <= at && kept.slice(x.end, at).includes(",");

/** "the President of Turkmenistan", "du Président de la République du Niger": a country told as an office's, after "of". */
const OF_AN_OFFICE = wordStart(
  /(?<![\p{L}])(?<!(?:Republic|République)\s+)(?:of|de|du|d['’])\s+(?:the\s+|la\s+|l['’])?(?:(?:Republic|République)\s+(?:of|de|du|d['’])\s+(?:the\s+)?)?$/iu,
);

/** "Le 13 février, à Kinshasa, il a été reçu ...": a pronoun as the subject, after openers set off by commas. */
const PRONOUN_SUBJECT =
  /^(?:(?:(?:[\p{Lu}][\p{Ll}]+\s){0,3}[^,]{0,40},\s*){1,2}|(?:on|in|le|en)\s+[\p{L}\d.]+(?:\s+[\p{L}\d.]+){0,2}\s+)?(?:she|he|elle|il|I|je|j['’])(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu;

function sceneOf(
  ctx: ExtractionContext,
  s: Sentence,
  trig: EventTrigger,
  underWay: EventTrigger | undefined,
  titled: ReturnType<typeof titlesStandingAlone>,
): Scene {
  const { kept, placeMentions } = ctx;
  const participants = new Set(ctx.peopleIn(s));
  const before = s.text.slice(0, Math.max(0, trig.at - s.start));
  const lower = titled.length > 0 ? lowerCasedInPlace(before) : before;
  for (const t of titled) if (standsAlone(before, lower, t.words)) participants.add(t.holder);
  if (PRONOUN_SUBJECT.test(s.text)) {
    const p = ctx.lastPersonBefore(s.start);
    if (p) participants.add(p);
  }
  const sides = new Set([...participants].map((p) => p.side).filter((c): c is string => !!c));
  const recalledAt = s.start + recalledClauseStart(s.text, trig.at - s.start + trig.text.length);
  // The arrival's city is the visit's; another event of the sentence is placed by its own clause.
  const arrivalHere = trig.type === "visit" || trig.arrival ? null : arrivalClause(s.text);
  const placesHere = placeMentions.filter(
    (p) =>
      p.start >= s.start &&
      p.end <= s.end &&
      p.start < recalledAt &&
      (!trig.coordinated || p.start >= trig.at) &&
      !(arrivalHere && p.start - s.start >= arrivalHere.start && p.start - s.start < arrivalHere.end) &&
      !(
        trig.type !== "signing" &&
        setOffBefore(kept, p, trig.at) &&
        AGREEMENT_SIGNED_AT.test(kept.slice(Math.max(s.start, p.start - 60), p.start))
      ) &&
      // "travelled to the Island on Sunday and returns to Gibraltar today": the town the visitor goes home to.
      !HOMEWARD_BEFORE.test(kept.slice(Math.max(s.start, p.start - 24), p.start)),
  );
  // "the President of the Republic of Indonesia ... is paying a State Visit to Norway": the country after the visit word.
  const visitWord = VISIT_WORD.exec(s.text);
  // "the trade mission I led to the Republic of Korea": the country after the mission's own words.
  const visitAt = visitWord?.index ?? (trig.type === "visit" && trig.underWay ? trig.at - s.start : undefined);
  // "the state visit of the President of Turkmenistan to the Republic of Azerbaijan": the country of the visitor's office,
  // after "of", is not the one visited when another follows.
  const afterVisit = placesHere.filter((p) => p.kind === "country" && visitAt !== undefined && p.start >= s.start + visitAt);
  const visitTo =
    visitAt !== undefined
      ? (afterVisit.find((p) => !OF_AN_OFFICE.test(kept.slice(Math.max(s.start, p.start - 20), p.start))) ??
        afterVisit[0] ??
        placesHere.find((p) => p.kind === "country"))
      : undefined;
  return { s, trig, underWay, participants, sides, parties: partiesOf(ctx, s, trig), recalledAt, arrivalHere, placesHere, visitTo };
}

/**
 * The sentence's parties; for an arrival, only the pair's where the sentence names no country; for a step of negotiations,
 * less a third country named only by its capital as where the step was taken: "Le texte avait été finalisé à Pretoria en décembre par les hauts-commissaires des deux pays", "concluded at
 * a meeting of officials in Geneva in May".
 */
function partiesOf(ctx: ExtractionContext, s: Sentence, trig: EventTrigger): Set<string> {
  const parties = ctx.sentenceParties(s);
  if (!trig.negotiationStep && !trig.arrival) return trig.coordinated ? withoutEarlierPlaces(ctx, s, trig, parties) : parties;
  const mentions = findCountryMentions(ctx.kept, s);
  // "... at the Postal Operations Council in Bern in April. Director General Seo and a delegation arrived in Toronto on
  // Sunday": an arrival naming no country of its own takes no party from the sentence before.
  if (trig.arrival && mentions.length === 0) return new Set([...parties].filter((c) => ctx.pair.includes(c)));
  return new Set([...parties].filter((c) => ctx.pair.includes(c) || mentions.some((m) => m.code === c && !placeNotActor(ctx.kept, m))));
}

/** "first met in Djibouti in October ..., and spoke by telephone ...": a country named as where the first of two verbs took place. */
function placeOfTheFirstVerb(kept: string, c: { start: number }): boolean {
  return /(?<![\p{L}])(?:in|à|en)\s+$/iu.test(kept.slice(Math.max(0, c.start - 4), c.start));
}

/**
 * "first met in Djibouti in October ..., and spoke by telephone on 14 December", "s'étaient rencontrés à Djibouti en
 * octobre, ..., et s'étaient entretenus par téléphone le 14 décembre": a third country named only as the place of the
 * first verb is no party to the second.
 */
function withoutEarlierPlaces(ctx: ExtractionContext, s: Sentence, trig: EventTrigger, parties: Set<string>): Set<string> {
  const mentions = findCountryMentions(ctx.kept, s);
  const placeOnlyBefore = (c: string) =>
    mentions.some((m) => m.code === c && m.start < trig.at && placeOfTheFirstVerb(ctx.kept, m)) &&
    !mentions.some((m) => m.code === c && (m.start >= trig.at || !placeOfTheFirstVerb(ctx.kept, m)));
  return new Set([...parties].filter((c) => ctx.pair.includes(c) || !placeOnlyBefore(c)));
}

/**
 * "... co-operation with Russia under the agreement signed at the June summit": the nearest actor before the verb is a third
 * country; "when the European Union and Egypt signed": a union of states among the verb's subjects. Either way, not the pair's.
 */
function doneByOthers(ctx: ExtractionContext, { s, trig, participants }: Scene): boolean {
  const nearestActor = findCountryMentions(ctx.kept, { start: s.start, end: trig.at })
    .filter((c) => !placeNotActor(ctx.kept, c) && !nameAfterATitle(ctx.kept, c) && !(trig.coordinated && placeOfTheFirstVerb(ctx.kept, c)))
    .map((c) => ({ at: c.start, pair: ctx.pair.includes(c.code) }))
    .concat(
      [...participants].flatMap((p) =>
        p.mentions.filter((m) => m.start >= s.start && m.end <= trig.at).map((m) => ({ at: m.start, pair: true })),
      ),
    )
    .sort((a, b) => b.at - a.at)[0];
  if (nearestActor && !nearestActor.pair && trig.at - nearestActor.at < 90) return true;
  return UNION_OF_STATES.test(ctx.kept.slice(Math.max(s.start, trig.at - 60), trig.at)) || signedWithAThirdCountry(ctx, s, trig);
}

/** "with Mozambique's ", "with Mongolia's ": a third country's body or office as the other end of an agreement signed. */
const WITH_A_COUNTRYS = /(?<![\p{L}])(?:with|avec)\s+$/iu;

/**
 * "FMI signed a similar agreement with Mozambique's National Institute of Meteorology in June", "the Service signed a
 * seed-bank agreement with Mongolia's forestry agency on Monday": a signing whose other end, in its own clause, is a third
 * country's body is that country's, whoever signed it.
 */
function signedWithAThirdCountry(ctx: ExtractionContext, s: Sentence, trig: EventTrigger): boolean {
  if (trig.type !== "signing") return false;
  const from = trig.at + trig.text.length;
  return findCountryMentions(ctx.kept, { start: from, end: Math.min(s.end, from + 100) }).some(
    (m) =>
      !ctx.pair.includes(m.code) &&
      !/[.;,]/u.test(ctx.kept.slice(from, m.start)) &&
      WITH_A_COUNTRYS.test(ctx.kept.slice(Math.max(from, m.start - 8), m.start)) &&
      /^['’]s?\s/u.test(ctx.kept.slice(m.end, m.end + 3)),
  );
}

/**
 * "Minister Farah called on ...", "Mr Jordan met ...", "la ministre Victoria a reçu ...": a province's or a town's name right
 * after a title is a person's name, not an actor.
 */
function nameAfterATitle(kept: string, c: { start: number }): boolean {
  return TITLE_BEFORE.test(kept.slice(Math.max(0, c.start - 12), c.start));
}
const TITLE_BEFORE =
  /(?<![\p{L}])(?:Minister|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ambassador|Secretary|ministre|M\.|Mme|ambassadeur|ambassadrice)\s+$/u;

/**
 * "last met at the Parliamentary Assembly of the OSCE in Vienna in February and spoke by video call", "on the margins of
 * the UN General Assembly in New York": a capital or a state's town after "in" or "à" is where the event was, not who did it.
 */
function placeNotActor(kept: string, c: { start: number; capital?: boolean; subdivision?: boolean }): boolean {
  return (!!c.capital || !!c.subdivision) && /(?<![\p{L}])(?:in|à)\s+$/iu.test(kept.slice(Math.max(0, c.start - 4), c.start));
}

/**
 * "Un accord ... a été signé à cette occasion": the pair's event just told, when the sentence names it as its occasion
 * (a participle set off before the verb, "paraphée le 9 novembre 2028 à Tunis", is not).
 */
function occasionOf(ctx: ExtractionContext, s: Sentence, events: readonly EventSuggestion[]): EventSuggestion | undefined {
  if (!namesItsOccasion(s.text)) return undefined;
  return [...events].reverse().find((e) => e.end >= (ctx.sentences[s.index - 1]?.start ?? s.start));
}

/** "avec son homologue mozambicain", "with his Latvian counterpart": the one met, named as the subject's counterpart. */
const WITH_COUNTERPART = /^\s+(?:avec|with)\s+(?:son|sa|leur|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:homologue|counterpart)(?![\p{L}])/iu;

/** "The previous meeting", "Le précédent cycle", "the first round": a round named by its place in its series. */
const SERIES_PLACE = /^(?:the|le|la)\s+(?:previous|first|last|précédent|première|premier|dernier|dernière)\s/iu;
/** "La dernière session de la Grande commission mixte s'était tenue ...": the same words opening the sentence, right before the round's noun. */
const SERIES_PLACE_BEFORE = /^\s*(?:the|le|la)\s+(?:previous|first|last|précédent|précédente|première|premier|dernier|dernière)\s+$/iu;
/** "took place", "was held", "s'était achevé", "s'était tenue à": the round's own verb tells it as held. */
const PAST_HOLDING = wordStart(
  /(?<![\p{L}])(?:took\s+place|(?:was|were)\s+(?:first\s+|last\s+)?held|ended|concluded|s['’](?:est|était)\s+\p{L}+|(?:a|avait)\s+eu\s+lieu)(?:\s+(?:à|au|aux|en|in|at))?$/iu,
);

/** The countries an event involves: its people's sides, the sentence's parties, the country visited, and the pair when the
 * sentence's words name the pair without naming its countries. */
function involvedCountries(
  ctx: ExtractionContext,
  scene: Scene,
  events: readonly EventSuggestion[],
  occasion: EventSuggestion | undefined,
): Set<string> {
  const { pair, kept } = ctx;
  const { s, trig, sides, parties, visitTo, placesHere, participants } = scene;
  const involved = new Set([...sides, ...parties, ...(visitTo?.countryCode ? [visitTo.countryCode] : [])]);
  const addPair = () => {
    for (const c of pair) involved.add(c);
  };
  const onlyPair = () => [...involved].every((c) => pair.includes(c));
  // "We met with Korea's Minister ... in Seoul", "Members of the Committee also travelled to Seoul": the writer's own people
  // are the subject, and the writer's country the other party.
  if (ctx.home && pair.includes(ctx.home) && WRITERS_OWN.test(s.text.slice(0, trig.at - s.start))) involved.add(ctx.home);
  // "Le gouvernement du Québec et la province ont signé ...", after "une délégation de la province du Chungcheong du Sud":
  // "the province" named again as a party stands for the province the sentence before named.
  const previous = ctx.sentences[s.index - 1];
  if (previous && THE_SUBDIVISION.test(s.text.slice(0, trig.at - s.start))) {
    const named = findCountryMentions(kept, previous)
      .filter((m) => m.subdivision)
      .at(-1);
    if (named) involved.add(named.code);
  }
  // "The two Leaders held a summit meeting in Ottawa": in a text about the pair, the pair.
  if (
    // "after a meeting of the two ministers": a coordinated meeting names its parties right after its own words.
    (PAIR_ANAPHORA.test(s.text.slice(0, trig.at - s.start + (trig.coordinated ? trig.text.length + 30 : 0))) ||
      // "La dernière rencontre officielle entre les deux collectivités", "a meeting between the two islands' leaders"
      BETWEEN_THE_TWO.test(s.text.slice(trig.at - s.start + trig.text.length)) ||
      PAIR_SUBJECT.test(s.text) ||
      twoNamedAsSubject(scene) ||
      // a mission's stops are its visit's, not visits of their own; its stay over the days given is the visit
      ((trig.type !== "visit" || trig.underWay) && VISITING_SUBJECT.test(s.text)) ||
      pairAsAgent(s.text.slice(trig.at - s.start))) &&
    theTwoAreThePair(ctx, s)
  )
    addPair();
  // "The consultation was first held in Ottawa in 2023": the round named before, with its parties.
  // "La 6e session s'était tenue à Tunis en juin 2022": an earlier numbered session, named with no country after a round
  // of the pair was reported, is a session of the same body.
  const earlierSession =
    trig.past &&
    trig.type === "dialogue_round" &&
    onlyPair() &&
    /^\s*(?:the|la|le|l['’])\s*\d{1,2}\s*(?:e|ème|th|st|nd|rd)?\s*$/iu.test(s.text.slice(0, trig.at - s.start));
  if ((trig.backReference || earlierSession) && events.some((e) => e.type === trig.type)) addPair();
  // "The previous meeting of the Committee took place in Ottawa in November 2031", "Le précédent cycle de discussions, en
  // novembre 2032 à Téhéran, s'était achevé sans accord": a past round told as the previous, first or last of its series,
  // naming no country, after an event of the pair, is a round of the pair's series.
  if (
    trig.type === "dialogue_round" &&
    onlyPair() &&
    (SERIES_PLACE.test(trig.text) || SERIES_PLACE_BEFORE.test(s.text.slice(0, trig.at - s.start))) &&
    PAST_HOLDING.test(trig.text) &&
    events.length > 0 &&
    ctx.lastTwoSides(s) !== "other"
  )
    addPair();
  // "lors de la première session de la Commission mixte", "at the eighth meeting of the Intergovernmental Commission": a
  // joint body named by its kind alone, in a text about the pair, is the pair's.
  const bodyNamed = () => JOINT_BODY.test(s.text.slice(trig.at - s.start, trig.at - s.start + trig.text.length + 20));
  if (trig.type === "dialogue_round" && onlyPair() && bodyNamed() && ctx.lastTwoSides(s) !== "other") addPair();
  if (onlyPair() && sameBodyAgain(ctx, scene, events)) addPair();
  // "Les négociations sur ce protocole avaient été lancées à San Salvador en février": negotiations naming no other country,
  // in a text about the pair, are the pair's.
  if (trig.negotiationStep && onlyPair() && ctx.lastTwoSides(s) !== "other") addPair();
  if (settingOfTheTextsTalks(scene) && onlyPair() && ctx.lastTwoSides(s) !== "other") addPair();
  const host = trig.type === "meeting" ? hostsCountry(ctx, s, trig) : undefined;
  if (host) involved.add(host);
  // "... signed the memorandum in Calgary, in the presence of the Consul General of Korea": the host city's country is a party.
  const cityHere = placesHere.find(
    (p) => p.kind === "city" && /(?:(?<![\p{L}])(?:in|à)\s+)$/iu.test(kept.slice(Math.max(s.start, p.start - 4), p.start)),
  );
  if (cityHere?.countryCode && pair.includes(cityHere.countryCode) && [...sides].every((c) => pair.includes(c)))
    involved.add(cityHere.countryCode);
  const firstVisit = trig.type === "visit" && involved.size === 1 && !visitAlreadyToldOver(ctx, scene, events);
  // A stop within a visit already told ("Mardi, la délégation a visité ...") is not a visit of its own.
  if (
    firstVisit &&
    ctx.datesIn(s).some((d) => lastDayOf(d.value) < d.reference) &&
    visitorFromTheOtherSide(kept, s, trig.at, [...involved][0]!, placesHere, participants)
  )
    addPair();
  // "A Czech delegation ... visited Kandy from 14 to 17 October": a visitor of one side in a town of the other, when no
  // visit has been told yet (later stops belong to it), is a visit of the pair.
  if (
    firstVisit &&
    involved.size === 1 &&
    placesHere.some(
      (p) => p.kind === "city" && p.start >= trig.at && !!p.countryCode && pair.includes(p.countryCode) && !involved.has(p.countryCode),
    )
  )
    addPair();
  // "Le président de l'Union s'était entretenu au téléphone avec son homologue mozambicain": one side's counterpart, met by
  // an office-holder whom no country names, in a text about the pair, is met by the pair's other side.
  if (
    involved.size === 1 &&
    sides.size === 0 &&
    onlyPair() &&
    WITH_COUNTERPART.test(s.text.slice(trig.at - s.start + trig.text.length)) &&
    ctx.lastTwoSides(s) === "pair"
  )
    addPair();
  // What was done on the occasion of the pair's event just told is the pair's, done that day and there.
  if (occasion && onlyPair()) addPair();
  // "Selon le communiqué conjoint publié lundi soir, les deux pays ...", "In the joint statement issued on Tuesday, the two
  // sides ...": a joint statement whose sentence goes on to the two sides, naming no other country, is the pair's.
  if (
    trig.type === "joint_statement" &&
    onlyPair() &&
    PAIR_ANAPHORA.test(s.text.slice(trig.at - s.start + trig.text.length)) &&
    ctx.lastTwoSides(s) === "pair"
  )
    addPair();
  return involved;
}

/**
 * "The second meeting of the Commission took place in Budapest in October 2033", "La précédente session du Comité s'était
 * tenue à Lomé": a body named again by its kind alone, with its capital, after a round of the pair, is the same body.
 */
function sameBodyAgain(ctx: ExtractionContext, { s, trig }: Scene, events: readonly EventSuggestion[]): boolean {
  if (trig.type !== "dialogue_round" || !events.some((e) => e.type === "dialogue_round")) return false;
  return BODY_NAMED_AGAIN.test(trig.text) && ctx.lastTwoSides(s) !== "other";
}
const BODY_NAMED_AGAIN =
  /(?<![\p{L}])(?:of\s+the|de\s+la|du)\s+(?:Commission|Committee|Comité|Council|Conseil)(?![\p{L}])(?!\s+(?:on|of|for|de|du|des|d['’]|pour|sur)(?![\p{L}]))/u;

/**
 * "Talks on the memorandum began in London in May, during Minister Gurung's visit to the United Kingdom, and the text was
 * agreed by video call on 20 October", "Les discussions sur le protocole avaient été amorcées lors d'une mission de M. Lavoie
 * en Corée": a visit or a call at which talks on the text the story is about took a step is the pair's, whoever's visit it was.
 */
function settingOfTheTextsTalks({ s, trig }: Scene): boolean {
  return (trig.type === "visit" || trig.type === "phone_call") && TALKS_ON_THE_TEXT.test(s.text.slice(0, trig.at - s.start));
}
const TALKS_ON_THE_TEXT =
  /^(?:Talks|Negotiations|Discussions|Les\s+(?:discussions|négociations|pourparlers))\s+(?:on|sur)\s+(?:the|this|ce|cet|cette|le|la|l['’])\s*(?:memorandum|MOU|agreement|arrangement|text|protocol|accord|mémorandum|protocole|entente|texte)(?![\p{L}])[^.;]{0,40}?\s(?:began|begun|started|opened|were\s+launched|(?:ont|avaient)\s+(?:été\s+)?(?:lancées|amorcées|ouvertes|commencé|débuté))(?![\p{L}])/iu;

/**
 * Whether a visit already told may hold the sentence's stop: any visit, unless the sentence names its visitor, is dated and
 * none of its dates falls within one ("arrived in Majuro on Monday for a five-day state visit ... Lokeijak visited Palikir
 * in November last year": a visit of its own).
 */
function visitAlreadyToldOver(ctx: ExtractionContext, { s, participants }: Scene, events: readonly EventSuggestion[]): boolean {
  const visits = events.filter((e) => e.type === "visit");
  if (visits.length === 0) return false;
  const here = ctx.datesIn(s);
  // "Korean warships have visited Halifax before, most recently in July 2032": only a named visitor's.
  if (participants.size === 0 || here.length === 0) return true;
  return here.some((d) => visits.some((e) => withinSpan(e.date, d.value) || withinSpan(d.value, e.date)));
}

/**
 * Who "the two Prime Ministers held talks" are, in a text about the pair: the pair, unless the last earlier sentence
 * naming two sides named others ("Prime Minister Asante and his counterpart, Edem Kodjo, ...", a side left unsaid, names
 * fewer than two and leaves them the pair).
 */
const theTwoAreThePair = (ctx: ExtractionContext, s: Sentence) => ctx.lastTwoSides(s) !== "other";

/**
 * "Kessler and Tarr last spoke by video call on June 15", "Mme Gervais et M. Moon s'étaient rencontrés à Séoul": two people
 * named before, as the subject of a meeting or a call, in a text about the pair, are its two sides.
 */
function twoNamedAsSubject({ s, trig, participants }: Scene): boolean {
  if ((trig.type !== "meeting" && trig.type !== "phone_call") || participants.size < 2) return false;
  return TWO_NAMED_BEFORE.test(s.text.slice(0, trig.at - s.start));
}
const TWO_NAMED_BEFORE =
  /(?:^|,\s+(?:and|et)\s+)(?:(?:Mr|Ms|Mrs|Dr|M|Mme)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+(?:and|et)\s+(?:(?:Mr|Ms|Mrs|Dr|M|Mme)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+(?:(?:last|first|had|have|also|then|later|déjà|aussi)\s+)?$/u;

/** A province, region or state named again by its kind alone: "la province", "the state". */
const THE_SUBDIVISION = wordStart(
  /(?<![\p{L}])(?:the|la|le|l['’])\s*(?:province|region|région|state|prefecture|préfecture|county|comté)(?![\p{L}])/iu,
);

/**
 * Right after an event's noun, the pair it was held between: "entre les deux collectivités", "between the two governments";
 * or whose people held it: "a meeting of the two navies' planners", "a session of the two ministries' experts".
 */
const BETWEEN_THE_TWO = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+)?(?:between|entre|of)\\s+${PAIR_ANAPHORA.source.replace("(?<![\\p{L}])", "")}`,
  "iu",
);

/** Whether the trigger reports an event of the pair, done and not only planned or still running. */
function isThePairs(
  ctx: ExtractionContext,
  scene: Scene,
  events: readonly EventSuggestion[],
  occasion: EventSuggestion | undefined,
): boolean {
  const { s, trig, parties } = scene;
  const involved = involvedCountries(ctx, scene, events, occasion);
  if (!ctx.pair.every((c) => involved.has(c))) return false;
  if ([...parties].some((c) => !ctx.pair.includes(c) && c !== "KP")) return false;
  // "le ministre Kwon s'est entretenu par téléphone avec son homologue australien, Liam Osei": a call has two ends; one
  // held by a third country's person is not the pair's call.
  if (trig.type === "phone_call" && [...scene.sides].some((c) => !ctx.pair.includes(c))) return false;
  // A setting counts only dated on the spot, on or before the day of writing.
  if (
    trig.setting &&
    !ctx.datesIn(s).some((d) => d.start >= trig.at - 40 && d.start <= trig.at + trig.text.length + 100 && lastDayOf(d.value) <= d.reference)
  )
    return false;
  // "This week's visit is ...": a period still running at publication dates no event done ("du 3 au 7 novembre" is a written
  // range, not a period named from the day of writing). "spoke by telephone on 14 January to prepare this week's visit": a
  // period in the possessive after the event's own day names what the event prepared.
  const ownDayBefore = (d: DateHit) => POSSESSIVE_AFTER.test(ctx.kept.slice(d.end, d.end + 3)) && hasDayBefore(ctx, s, d);
  return !ctx
    .datesIn(s)
    .some(
      (d) =>
        !ownDayBefore(d) &&
        d.relative &&
        !/\d/u.test(d.text) &&
        d.value.includes("/") &&
        d.value.split("/")[0]! <= d.reference &&
        d.value.split("/")[1]! > d.reference,
    );
}

/**
 * "Il a été reçu lundi par le président érythréen", "was received on Monday by the Eritrean President": the host, named by
 * an office of the pair's country, is a party whom no name gives.
 */
const BY_AN_OFFICE_BEFORE = /(?<![\p{L}])(?:by|par)\s+(?:the|le|la|l['’])\s*(?:[\p{L}-]+\s+){0,2}$/iu;

function hostsCountry(ctx: ExtractionContext, s: Sentence, trig: EventTrigger): string | undefined {
  return findCountryMentions(ctx.kept, { start: trig.at, end: s.end }).find(
    (m) => ctx.pair.includes(m.code) && BY_AN_OFFICE_BEFORE.test(ctx.kept.slice(Math.max(s.start, m.start - 40), m.start)),
  )?.code;
}

/** "the Joint Commission", "la Commission mixte", "du comité mixte": a joint body named by its kind. */
const JOINT_BODY = new RegExp(String.raw`(?<![\p{L}])${JOINT_BODY_KIND}(?![\p{L}])`, "iu");
/** "this week's", "today's": the possessive after a date, which then names a thing of that day. */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
/** Whether the sentence writes a day of its own before a date. */
const hasDayBefore = (ctx: ExtractionContext, s: Sentence, d: DateHit) =>
  ctx.datesIn(s).some((x) => x.end <= d.start && x.precision === "day" && /\d/u.test(x.text));

/** The date an event takes: its own clause's day or month, else its sentence's year, else one borrowed from around it. */
function eventDay(
  ctx: ExtractionContext,
  scene: Scene,
  events: readonly EventSuggestion[],
  occasion: EventSuggestion | undefined,
): { date: DateHit; own: DateHit[]; ownYear: DateHit | undefined; ownDay: boolean } | null {
  const { kept, sentences, dateHits, datelines } = ctx;
  const { s, trig, underWay } = scene;
  const here = ctx.datesIn(s);
  // A dateline's date is the report's, not the event's ("SEOUL, Sept. 24 (Yonhap) -- ... held summit talks on Wednesday").
  // A date after publication is a plan's ("commits the two countries to ... within six months"), never a done event's.
  // "... the consultations, instituted by the memorandum signed in Brussels on 14 February 2025": a date and place
  // after a participle or relative clause set off by a comma belong to what that clause recalls.
  const recalledFrom = recalledClauseStart(s.text, trig.at - s.start + trig.text.length);
  const ownPart = (x: { start: number }) => x.start - s.start < recalledFrom;
  const inDateline = (d: DateHit) => datelines.some((l) => l.date.start === d.start);
  // "Mr Pradhan, who arrived in Dublin on Sunday, met ... on Monday": the arrival's day is the visit's, and only the visit's.
  const arrival = arrivalClause(s.text);
  // "... arrived in Mexico City on Wednesday and met the Secretary of Economy on arrival": met on the day of arrival.
  const onArrival = /(?<![\p{L}])(?:on|upon)\s+(?:(?:his|her|their)\s+)?arrival|(?:à|dès)\s+(?:son|leur)\s+arrivée/iu.test(s.text);
  const inArrival = (d: { start: number }) =>
    !!arrival && !(onArrival && !trig.arrival) && d.start - s.start >= arrival.start && d.start - s.start < arrival.end;
  // "On Thursday 13 March, a delegation ... arrived in Lima for a four-day official visit": an arrival without a day of its
  // own takes the day its sentence opens with.
  const arrivalDated = here.some(inArrival);
  const written = here.filter(
    (d) =>
      (trig.arrival ? inArrival(d) || !arrivalDated : !inArrival(d)) &&
      !inDateline(d) &&
      d.value.split("/")[0]! <= d.reference &&
      ownPart(d) &&
      // "s'est entretenue le 21 oct. à Séoul avec ..., puis avec le gouverneur ..., à Andong le 23 oct.": a second meeting,
      // coordinated, is dated by its own clause as it is placed by it.
      (!trig.coordinated || d.start >= trig.at) &&
      (trig.endsAt === undefined || d.start < trig.endsAt) &&
      !YEAR_OF_AN_AGREEMENT.test(kept.slice(d.end, d.end + 40)) &&
      !(
        trig.type !== "signing" &&
        !trig.followedBySigning &&
        setOffBefore(kept, d, trig.at) &&
        AGREEMENT_SIGNED_BEFORE.test(kept.slice(Math.max(s.start, d.start - 60), d.start))
      ),
  );
  // "en mission depuis mardi, ... reçu mercredi": the day a visit began dates the visit, not what happens during it.
  const daysAndMonths = written.filter(
    (d) =>
      (d.precision === "day" || d.precision === "month") &&
      (trig.type === "visit" || (!SINCE_BEFORE.test(kept.slice(Math.max(s.start, d.start - 8), d.start)) && !SINCE_START.test(d.text))),
  );
  // "Le 14 nov., ... ont signé ..., en marge de la mission de la ministre en Corée (du 12 au 15 nov.)": the days of a
  // visit under way are the visit's; an event told during it with a day of its own takes that day. Told with none ("lors
  // d'une mission ... du 18 au 22 nov., au cours de laquelle ... s'était entretenue"), it keeps the visit's days.
  const visitDays = underWay && trig !== underWay ? rangeAfterVisit(here, underWay) : undefined;
  const ownDaysOnly = daysAndMonths.filter((d) => d !== visitDays);
  const dayOrMonth = ownDaysOnly.length > 0 ? ownDaysOnly : daysAndMonths;
  // The event's own clause dates it ("adopted on Monday ..., two months after the summit held in November").
  const inClause = dayOrMonth.filter((d) => !crossesClause(s.text, d.start - s.start, trig.at - s.start));
  // "... since Stephen Harper's visit in March 2014": an event named with its own past verb is dated right after it.
  const rightAfter = trig.past ? dayOrMonth.filter((d) => d.start > trig.at && d.start - trig.at < 80) : [];
  const own = rightAfter.length > 0 ? rightAfter : inClause.length > 0 ? inClause : dayOrMonth;
  // "In 2022, during President Yoon's visit to Ottawa, ...": a sentence dated by its year alone keeps that year
  // rather than borrowing a day from another sentence; "since 2005" is a bound, not a date.
  const ownYear = here.find(
    (d) =>
      d.precision === "year" &&
      !d.value.includes("/") &&
      d.value < d.reference.slice(0, 4) &&
      ownPart(d) &&
      !YEAR_OF_AN_AGREEMENT.test(kept.slice(d.end, d.end + 40)) &&
      !/(?<![\p{L}])(?:since|until|depuis|jusqu['’]en)\s+$/iu.test(kept.slice(Math.max(s.start, d.start - 12), d.start)),
  );
  // "Jeudi – Tindouf : visite du ministre ..., annoncée sous réserve": a sentence whose own days are all after the day of
  // writing tells a plan; it borrows no earlier day to become a done event.
  const ownDays = here.filter((d) => d.precision === "day" && ownPart(d) && !inDateline(d));
  if (own.length === 0 && ownDays.length > 0 && ownDays.every((d) => d.value.split("/")[0]! > d.reference)) return null;
  const afterTalks = talksDate(s, events, dateHits) ?? signingsDate(s, events, dateHits);
  const date =
    (occasion ? occasionDate(s, [occasion], dateHits) : undefined) ??
    firstDayOfAStay(scene.s, scene.trig, own) ??
    own.sort((a, b) => rank(a) + spanLast(trig, a) - rank(b) - spanLast(trig, b))[0] ??
    ownYear ??
    afterTalks ??
    occasionDate(s, events, dateHits, true) ??
    earlierDate(s, sentences, borrowable(ctx), datelines, true, trig.type === "signing") ??
    paragraphDate(s, sentences, borrowable(ctx), datelines, trig.type === "signing") ??
    earlierDate(s, sentences, borrowable(ctx), datelines, false) ??
    liveEntryDay(s, sentences, ctx.opts.published) ??
    datelineDate(s, datelines, dateHits);
  // "Mercredi 19 mars / 09 h 30 Visite du Centre ...": what is dated after the day of writing is a plan, never a done event.
  if (!date || date.value.split("/")[0]! > date.reference) return null;
  // A day taken from the talks an act followed is the act's own, as a day written in its clause is.
  return { date, own, ownYear, ownDay: own.length > 0 || date === afterTalks };
}

/** Visits under way dated by their first day alone: no occasion for what a later sentence tells, which is not of that day. */
const STAYS_BY_FIRST_DAY = new WeakSet<EventSuggestion>();

/**
 * "a reçu hier ... le Président ..., en visite officielle en Principauté depuis lundi", "met on Tuesday the minister, on a
 * working visit to Seoul since Sunday": a visit under way is dated by the day it is told to run since, not by the day of
 * the meeting its sentence reports.
 */
function firstDayOfAStay(s: Sentence, trig: EventTrigger, own: readonly DateHit[]): DateHit | undefined {
  if (trig.type !== "visit" || !trig.underWay) return undefined;
  return own.find(
    (d) =>
      d.precision === "day" && d.start > trig.at && SINCE_BEFORE.test(s.text.slice(Math.max(0, d.start - s.start - 8), d.start - s.start)),
  );
}

/**
 * The dates another sentence may lend: "..., en visite officielle en Principauté depuis lundi. Les deux Chefs d'État se sont
 * entretenus ...", "..., who has been in Seoul since Sunday. The two ministers then held talks": a day told after "since" or
 * "depuis" is when a stay began, not the day of what the next sentence reports.
 */
const BORROWABLE = new WeakMap<readonly DateHit[], DateHit[]>();
function borrowable(ctx: ExtractionContext): DateHit[] {
  const cached = BORROWABLE.get(ctx.dateHits);
  if (cached) return cached;
  const hits = ctx.dateHits.filter((d) => !SINCE_BEFORE.test(ctx.kept.slice(Math.max(0, d.start - 8), d.start)));
  BORROWABLE.set(ctx.dateHits, hits);
  return hits;
}

/**
 * How a range of days ranks against single days as an event's date. "who led a mission ... from 12 to 16 February, held
 * talks on Saturday": a meeting takes its day, not the mission's span. "nous recevons ce matin ..., quelques semaines après la
 * visite d'État ..., du 5 au 7 mars dernier": a visit takes the range of days its sentence writes before any single day. "a reçu
 * ce mercredi ... la ministre ..., en visite de travail au Sénégal du 21 au 23 mai": any other event takes its own day, even one
 * named from the day of writing, before a range. A session's days are the round's: "ont signé, lundi, ... à l'issue de la 7e
 * session ..., tenue les 2 et 3 févr.".
 */
function spanLast(trig: EventTrigger, d: DateHit): number {
  if (!d.value.includes("/")) return 0;
  // "Last week, President Kang made a state visit to Ottawa from April 28 to 30": a range written in days wins over a week
  // named from the day of writing.
  if (trig.type === "visit") return /\d/u.test(d.text) ? -1 : -0.9;
  return trig.type === "dialogue_round" && /\d/u.test(d.text) ? -0.6 : 0.75;
}

/** The event's value from its date: a visit's whole span, two days joined by "and", a signing's one day within a session's. */
function eventValue(ctx: ExtractionContext, { s, trig }: Scene, date: DateHit): string | null {
  const here = ctx.datesIn(s);
  // "en visite officielle au Vietnam du 19 au 21 janvier": a visit under way takes the range written after it.
  const rangeAfter = trig.underWay ? rangeAfterVisit(here, trig) : undefined;
  const spanValue =
    rangeAfter?.value ??
    (trig.type === "visit"
      ? (visitSpan(s.text, s.start, date, here, !!trig.underWay, ctx.pair) ?? date.value)
      : pairedDays(ctx.kept, date, here));
  // "signé à Séoul le 12 mars 2030 ... signé ... lors de la 11e réunion ..., tenue à Séoul les 11 et 12 mars 2030": a
  // signing is done on one day; dated by a session's days, it takes the day of a signing the text gives within them.
  const value =
    trig.type === "signing" && spanValue.includes("/")
      ? (signingDayWithin(spanValue, ctx.dateHits, ctx.kept) ?? closingDay(s.text, trig.at - s.start, spanValue) ?? spanValue)
      : spanValue;
  // "led a mission to Seoul" last November: a mission dated by its month alone is the visit; a single day is not.
  if (trig.underWay && !value.includes("/") && date.precision === "day" && !firstDayOfAStay(s, trig, [date])) return null;
  return value;
}

/** "... held talks in Seoul ..., a political scientist at the University of Calgary": a town after "in"/"à" is where it
 * happened; "signé ... au zoo de Séoul": a French site's town. */
function townAfterIn(kept: string, s: Sentence, p: Place): boolean {
  return (
    p.kind === "city" &&
    ((/(?:(?<![\p{L}])(?:in|at|à|au)\s+(?:the\s+)?)$/iu.test(kept.slice(Math.max(s.start, p.start - 8), p.start)) &&
      !/(?:University|Université) of\s+$|de\s+$/u.test(kept.slice(Math.max(s.start, p.start - 20), p.start))) ||
      FRENCH_SITE_BEFORE.test(kept.slice(Math.max(s.start, p.start - 40), p.start)))
  );
}

/** What a place source reads: the trigger's scene and the events and pledges found before it. */
interface PlaceQuery {
  ctx: ExtractionContext;
  scene: Scene;
  value: string;
  events: readonly EventSuggestion[];
  occasion: EventSuggestion | undefined;
  commitments: readonly CommitmentSuggestion[];
}

type PlaceSource = (q: PlaceQuery) => Place | undefined;

/** "... will hold the fifth session in Hanoi in March 2028": a city named in a pledge is no place the text was in. */
const inPledge = (q: PlaceQuery, p: Place) => q.commitments.some((c) => c.start <= p.start && p.end <= c.end);

/**
 * "... agreed that the Commission will hold its next session in Freetown": a town after the words of a pledge of the same
 * sentence ("held their meeting here in Ottawa, and our ministers will meet again" keeps Ottawa, told before them).
 */
const afterAPledgesWords = (q: PlaceQuery, p: Place) =>
  q.commitments.some((c) => {
    if (c.start > p.start || p.end > c.end) return false;
    // "... will hold its 5th session in Valletta; its 4th met in Tripoli last November": a clause after a semicolon is not the pledge's.
    const at = q.ctx.kept.indexOf(c.trigger, c.start);
    return at >= 0 && at < c.end && at <= p.start && !q.ctx.kept.slice(at, p.start).includes(";");
  });

/** The town of the occasion the event was part of. */
const occasionTown: PlaceSource = ({ ctx, occasion }) =>
  occasion
    ? ctx.placeMentions.find((p) => p.name === occasion.location.city && p.start >= occasion.start && p.end <= occasion.end)
    : undefined;

/** "to ", "à ", "au ": the word that leads from a visit to the town it went to. */
const TO_BEFORE = wordStart(/(?<![\p{L}])(?:to|à|au)\s+$/iu);

/**
 * "the last visit of a Barbadian Prime Minister to St. John's, in March 2026, and the meeting ... in Bridgetown", "state
 * visit to Juba in October 2032, and concluded them in Kampala": a visit is in the town it went to, told after "to" within
 * its own clause, before any town told after "in", or named right after its verb (below).
 */
const townVisited: PlaceSource = ({ ctx: { kept }, scene: { s, trig, placesHere } }) => {
  if (trig.type !== "visit") return undefined;
  const after = trig.at + trig.text.length;
  return placesHere.find(
    (p) =>
      p.kind === "city" &&
      p.start >= after &&
      p.start - after < 60 &&
      !/[.;,]/u.test(kept.slice(after, p.start)) &&
      (TO_BEFORE.test(kept.slice(Math.max(s.start, p.start - 6), p.start)) || townAsTheVerbsObject(kept, trig, p)),
  );
};

/**
 * "a delegation visited Windhoek in March, and the text was agreed ... in Swakopmund", "Hwang visited Gatineau in
 * February, and its conditions were finalized ... in Seoul": the town a visit's verb takes as its object is the one visited.
 */
const townAsTheVerbsObject = (kept: string, trig: EventTrigger, p: Place) =>
  /^(?:visited|visiting|visits|toured|visité)$/iu.test(trig.text) && /^\s+$/u.test(kept.slice(trig.at + trig.text.length, p.start));

/** "the Dialogue held in Seoul in November last year": an event told with its own participle is where that says. */
const ownParticipleTown: PlaceSource = ({ scene: { trig, placesHere } }) =>
  trig.past
    ? placesHere.find((p) => p.kind === "city" && p.start >= trig.at + trig.text.length && p.start - trig.at - trig.text.length < 12)
    : undefined;

/** "was signed at YVR by ...", "signed at Parliament Hill": a site of a known town right after the verb is where it was done. */
const siteRightAfterItsVerb: PlaceSource = ({ ctx, scene: { trig, placesHere } }) =>
  placesHere.find(
    (p) =>
      p.kind === "site" &&
      !!p.town &&
      p.start > trig.at &&
      /^\s+(?:at|in|à|au)\s+(?:the\s+)?$/iu.test(ctx.kept.slice(trig.at + trig.text.length, p.start)),
  );

/**
 * "concluded negotiations in Seoul on March 30, ..., and the protocol was signed by the trade ministers in Vancouver": a
 * clause of its own after another's town is placed by the town right after its verb; else the clause's first town after "in".
 */
const townAfterItsVerb: PlaceSource = (q) => {
  const { ctx, scene } = q;
  const { s, trig } = scene;
  const placesHere = scene.placesHere.filter((p) => !afterAPledgesWords(q, p));
  const afterIn = (p: Place) => townAfterIn(ctx.kept, s, p);
  return (
    placesHere.find(
      (p) => afterIn(p) && p.start > trig.at && p.start - trig.at < 60 && placesHere.some((q) => afterIn(q) && q.end <= trig.at),
    ) ?? placesHere.find(afterIn)
  );
};

/**
 * The first town or site of the event's sentence. "In a joint communiqué issued at the end of the visit, the two Presidents
 * agreed that the Commission will hold its next session in Freetown": a town named in a pledge is where a plan will be
 * carried out, not where the event took place (for this source and the one before).
 */
const ownTownOrSite: PlaceSource = (q) =>
  q.scene.placesHere.find((p) => (p.kind === "city" || p.kind === "site") && !afterAPledgesWords(q, p));

/** "Mr Pradhan, who arrived in Dublin on Sunday, met ... at Government Buildings on Monday": where the visitor was. */
const arrivalTown: PlaceSource = ({ ctx, scene: { s, arrivalHere } }) =>
  arrivalHere
    ? ctx.placeMentions.find(
        (p) => p.kind === "city" && p.start - s.start >= arrivalHere.start && p.start - s.start < arrivalHere.end && p.end <= s.end,
      )
    : undefined;

/** "Shin Eun-ju visited the Museum on Friday": the writer's own institution is in the town of its masthead or address. */
const writersInstitutionTown: PlaceSource = ({ ctx, scene: { s } }) =>
  ctx.homeTown && THE_INSTITUTION.test(s.text) ? ctx.homeTown : undefined;

/** "... welcomed the signing of the Agreement ... on the same day": what happened on an event's day happened in its city. */
const sameDayEventTown: PlaceSource = ({ ctx, value, events }) =>
  ctx.placeMentions.find(
    (p) => p.kind === "city" && events.some((e) => e.date === value && e.location.city === p.name && p.start >= e.start && p.end <= e.end),
  );

/** The last town told before the trigger's sentence, outside a pledge, that `also` accepts. */
const lastTownBefore = (q: PlaceQuery, also: (p: Place) => boolean) =>
  [...q.ctx.placeMentions]
    .reverse()
    .find((p) => p.kind === "city" && p.end <= q.scene.s.start && !inPledge(q, p) && !goneTo(q.ctx.kept, p) && also(p));

/** English verbs of leaving, for a visit's end and a town left for. */
const LEAVING_EN = "leaves?|leaving|left|departs?|departing|departed|flies|flew";

/**
 * "... a regagné Bamako ce jeudi matin", "She departs Monrovia for Freetown this evening", "returns to Gibraltar today": a
 * town the visitor left for or went home to is where the story ends, not where what it tells next took place.
 */
const LEFT_FOR_BEFORE = wordStart(
  new RegExp(
    `(?<![\\p{L}])(?:(?:${LEAVING_EN}|heads?|headed)(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+for|regagne|regagnera|regagneront|regagné|regagnait)\\s+$`,
    "iu",
  ),
);
const goneTo = (kept: string, p: Place) => {
  const before = kept.slice(Math.max(0, p.start - 40), p.start);
  return LEFT_FOR_BEFORE.test(before) || HOMEWARD_BEFORE.test(before);
};

/** The last town told earlier in the same paragraph, outside a pledge. */
const earlierTownOfParagraph: PlaceSource = (q) =>
  lastTownBefore(q, (p) => q.ctx.sentences.find((x) => x.start <= p.start && p.start < x.end)?.paragraph === q.scene.s.paragraph);

/** A wire bundle's dispatches each open on their own dateline: the one the sentence falls under places it. */
const governingDatelineTown: PlaceSource = ({ ctx, scene: { s } }) => {
  const governing = ctx.datelines.filter((l) => l.city.start <= s.start).at(-1) ?? ctx.datelines[0];
  return governing ? (ctx.placeMentions.find((p) => p.start === governing.city.start) ?? datelineTown(governing, ctx.pair)) : undefined;
};

/** "Kumasi — The Vice-Chancellor ...", "SHERBROOKE — Le fabricant ...": a town opening the copy before a dash, undated. */
const openingTownBeforeDash: PlaceSource = ({ ctx: { kept, placeMentions, pair } }) =>
  placeMentions.find(
    (p) =>
      p.kind === "city" &&
      p.countryCode !== null &&
      pair.includes(p.countryCode) &&
      /(?:^|\n)[ \t]*$/u.test(kept.slice(Math.max(0, p.start - 4), p.start)) &&
      /^\s*(?:—|–|--)\s/u.test(kept.slice(p.end, p.end + 5)),
  );

/** "in our Geungnakjeon hall": the writer's own premises are in the town its masthead names. */
const writersPremisesTown: PlaceSource = ({ ctx, scene: { s } }) => (ctx.homeTown && OUR_PREMISES.test(s.text) ? ctx.homeTown : undefined);

/**
 * "I arrived in Seoul on Tuesday evening ... This morning, President Lee and I held our first bilateral summit": the city of
 * the visit under way that day.
 */
const visitUnderWayTown: PlaceSource = ({ ctx, value, events }) => visitCity(events, value, ctx.placeMentions);

/**
 * The last city of the pair's countries the text was in, outside a pledge and not the town someone went home to ("travelled
 * to the Island on Sunday and returns to Gibraltar today").
 */
const lastTownOfThePair: PlaceSource = (q) => {
  const { kept, placeMentions, pair } = q.ctx;
  const { s } = q.scene;
  const wentHomeTo = placeMentions
    .filter((p) => p.start >= s.start && p.end <= s.end && HOMEWARD_BEFORE.test(kept.slice(Math.max(s.start, p.start - 24), p.start)))
    .map((p) => p.name);
  // "... last met in Manama ... Al-Mannai arrived in Kuwait on Tuesday on a two-day visit": a visit to a country is in the last
  // town told of that country.
  return lastTownBefore(
    q,
    (p) =>
      p.countryCode !== null &&
      pair.includes(p.countryCode) &&
      !wentHomeTo.includes(p.name) &&
      !outsideTheCountryVisited(q.ctx, q.scene, p),
  );
};

/** Where an event happened, asked of these sources in order: its own clause's town first, then the towns the text was in before it. */
const PLACE_SOURCES: readonly PlaceSource[] = [
  occasionTown,
  ownParticipleTown,
  siteRightAfterItsVerb,
  townVisited,
  townAfterItsVerb,
  ownTownOrSite,
  arrivalTown,
  writersInstitutionTown,
  sameDayEventTown,
  earlierTownOfParagraph,
  governingDatelineTown,
  openingTownBeforeDash,
  writersPremisesTown,
  visitUnderWayTown,
  lastTownOfThePair,
];

function eventPlace(
  ctx: ExtractionContext,
  scene: Scene,
  value: string,
  events: readonly EventSuggestion[],
  occasion: EventSuggestion | undefined,
  commitments: readonly CommitmentSuggestion[],
): Place | undefined {
  const query: PlaceQuery = { ctx, scene, value, events, occasion, commitments };
  if (toldWithItsCountryOnly(ctx, scene)) return governingDatelineTown(query);
  for (const source of PLACE_SOURCES) {
    const place = source(query);
    if (place && !outsideTheCountryVisited(ctx, scene, place)) return place;
  }
  return undefined;
}

/**
 * "the Minister ..., who arrived in Israel on Sunday for a week-long working visit", "..., who was visiting Korea from
 * November 2 to 5": a visit told by its country alone, of a person named for another event, is in no town, whatever town
 * another clause or sentence names, unless a dateline governs it.
 */
function toldWithItsCountryOnly(ctx: ExtractionContext, { trig }: Scene): boolean {
  if (trig.type !== "visit" || !(trig.arrival || trig.underWay)) return false;
  const words = ctx.kept.slice(trig.at, trig.at + trig.text.length + 4);
  if (!/^(?:arrived\s+in|(?:was|were|is|are)\s+visiting)\s/u.test(words)) return false;
  // "..., who arrived in Israel on Sunday": told of a person named for another event ("Al-Hakimi arrived in Seychelles on
  // Monday ... and was received" is the sentence's own report, placed with its talks).
  if (!/(?<![\p{L}])who\s+$/u.test(ctx.kept.slice(Math.max(0, trig.at - 6), trig.at))) return false;
  const next = ctx.placeMentions.find((p) => p.start >= trig.at && p.start <= trig.at + trig.text.length + 4);
  return next?.kind === "country";
}

/**
 * "Doorstop Interview with the Singapore Media on his Official Visit to the Republic of Maldives": a visit told with the
 * country it went to is held in a town of that country, never in a town of another the sentence names.
 */
function outsideTheCountryVisited({ kept }: ExtractionContext, { trig, visitTo }: Scene, place: Place): boolean {
  if (trig.type !== "visit" || !visitTo?.countryCode || !place.countryCode || place.countryCode === visitTo.countryCode) return false;
  return VISIT_TO_BEFORE.test(kept.slice(Math.max(0, visitTo.start - 60), visitTo.start));
}
/**
 * "Official Visit to the Republic of ", "visite officielle au ", "arrived in ", "arrivée au ": the words that lead from a visit
 * or an arrival to the country it went to.
 */
const VISIT_TO_BEFORE = wordStart(
  /(?<![\p{L}])(?:(?:visit|visite)(?:\s+(?:officielle|d['’]État|de\s+travail))?\s+(?:to|en|au|aux|à)|arrived\s+in|arrivée?s?\s+(?:en|au|aux|à))\s+(?:the\s+|la\s+|l['’])?(?:(?:Republic|République|Kingdom|Royaume|State|État)\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?)?$/iu,
);

/** The kind of event, its people and its PLOVER code: a meeting of both sides' leaders is a summit; a talk within a visit was held in person. */
function eventKind(ctx: ExtractionContext, scene: Scene, value: string, events: readonly EventSuggestion[]) {
  const { s, trig, participants, recalledAt } = scene;
  // Heads of state or government of both sides meeting is a summit, whatever the verb ("met on the sidelines of APEC").
  // "President El-Sisi and his Turkish counterpart Erdoğan": a counterpart holds the office of the one named with him.
  const leaderHere = [...participants].some((p) => isLeaderTitle(p.title));
  // "President Ramotswa received Minister Dlamini", whom an earlier sentence called a minister's counterpart: a counterpart
  // is a leader's own where the sentence says so or where the text gave the title beside a leader.
  const counterpartHere = leaderHere && COUNTERPART.test(s.text);
  const leadersCounterpart = (p: Person) =>
    leaderHere && COUNTERPART.test(p.title ?? "") && (counterpartHere || namedBesideALeader(ctx, p));
  // "... reçu ... par le Chef du gouvernement, à qui il a remis un message de l'Émir ..., adressé au Roi ...": leaders named
  // only in a clause told of someone met are not at the event.
  const atTheEvent = (p: Person) =>
    !p.mentions.some((m) => m.start >= s.start && m.end <= s.end) || p.mentions.some((m) => m.start >= s.start && m.start < recalledAt);
  const leaderSides = new Set(
    [...[...participants].filter(atTheEvent), ...leadersByOffice(s.text, ctx.people)]
      .filter((p) => (isLeaderTitle(p.title) || leadersCounterpart(p)) && p.side)
      .map((p) => p.side),
  );
  const otherSide = counterpartHere ? counterpartsSide(ctx.pair, participants, leaderSides) : undefined;
  if (otherSide) leaderSides.add(otherSide);
  const unnamedSide = leaderHere ? unnamedLeadersSide(ctx, scene, leaderSides) : undefined;
  if (unnamedSide) leaderSides.add(unnamedSide);
  // "The two leaders met ...", "Talks were held ... between the two leaders and their delegations".
  const leadersSubject =
    ((LEADERS.test(s.text.slice(0, trig.at - s.start)) && !presidentsOfBodies(ctx, s.text.slice(0, trig.at - s.start))) ||
      LEADERS_MET.test(s.text.slice(trig.at - s.start))) &&
    theTwoAreThePair(ctx, s);
  // "Le 16 février, M. Bettel s'est entretenu avec son homologue" within a visit already reported over those days: a
  // conversation held during a visit is held in person, unless the telephone is named.
  const within = (e: EventSuggestion) => withinSpan(e.date, value);
  const inPerson =
    trig.type === "phone_call" &&
    /entretenue?s?|spoke|talked/iu.test(trig.text) &&
    !/t[ée]l[ée]?phon|phone/iu.test(trig.text) &&
    events.some((e) => e.type === "visit" && within(e));
  // "... at the Presidents' Summit on May 20 and 21 ... a bilateral meeting on the second day": leaders meeting within a
  // summit already told meet on its sidelines; the summit is one event.
  const withinSummit = events.some((e) => e.type === "summit" && e.date !== value && within(e));
  const type: EventSuggestion["type"] =
    trig.type === "meeting" &&
    (ctx.pair.every((c) => leaderSides.has(c)) || leadersSubject || talksOfALeadersVisit(scene, events, value)) &&
    !withinSummit
      ? "summit"
      : inPerson
        ? "meeting"
        : trig.type;
  const participantList = [...participants].map((p) => ({ name: p.name, side: p.side, personId: p.match?.id ?? null }));
  return { type, inPerson, leaderSides, participantList };
}

/** "his Iraqi counterpart", "son homologue": a title that names its holder by the office of the one beside them. */
const COUNTERPART = /counterpart|homologue/iu;

/**
 * "Prime Minister Omar Haddadin and his Iraqi counterpart, Ali Al Rubaie, chaired ...": a counterpart first named within a
 * few words of a leader is that leader's counterpart.
 */
function namedBesideALeader(ctx: ExtractionContext, p: Person): boolean {
  const first = p.mentions[0];
  if (!first) return false;
  return ctx.people.some(
    (o) => o !== p && isLeaderTitle(o.title) && o.mentions.some((m) => m.end <= first.start && first.start - m.end < 60),
  );
}

/**
 * "Prime Minister Rahman and her Nepali counterpart, Hari Thapa, last met ...": a leader's counterpart whose side the text
 * leaves unsaid is the leader of the pair's other side.
 */
function counterpartsSide(pair: readonly string[], participants: Iterable<Person>, leaderSides: Set<string | null>): string | undefined {
  const unsaid = [...participants].some((p) => !p.side && /counterpart|homologue/iu.test(p.title ?? ""));
  const [side] = [...leaderSides];
  if (!unsaid || leaderSides.size !== 1 || !side || !pair.includes(side)) return undefined;
  return pair.find((c) => c !== side);
}

/**
 * "during the state visit of the President of Turkmenistan ... on 15-16 May 2030, having held talks ... in Baku on 16 May
 * 2030": talks held on a head of state's or government's visit, with no one else named at them, are the leaders' own.
 */
function talksOfALeadersVisit({ participants }: Scene, events: readonly EventSuggestion[], value: string): boolean {
  return (
    participants.size === 0 &&
    events.some((e) => e.type === "visit" && e.date.includes("/") && withinSpan(e.date, value) && LEADERS_VISIT.test(e.text))
  );
}

/**
 * "S.A.S. le Prince Souverain a reçu hier au Palais Princier le Président ... . Les deux Chefs d'État se sont entretenus en
 * tête-à-tête", "The King received the visiting President at the palace on Monday. The two leaders held talks ...": the
 * leaders' talks told next, with no day of their own, are the meeting just told, which was their summit. True when the
 * meeting was so retyped.
 */
function meetingTurnedSummit(
  ctx: ExtractionContext,
  events: readonly EventSuggestion[],
  s: Sentence,
  value: string,
  list: EventSuggestion["participants"],
): boolean {
  const previous = ctx.sentences[s.index - 1];
  const meeting = previous && events.find((e) => e.start === previous.start && e.type === "meeting");
  if (!previous || !meeting || meeting.date !== value) return false;
  if (previous.paragraph !== s.paragraph) return false;
  meeting.type = "summit";
  meeting.rule = "event.summit-leaders";
  meeting.plover = ploverFor("summit", { multilateral: isMultilateralSetting(meeting.text), thirdCountry: false });
  for (const p of list) if (!meeting.participants.some((x) => x.name === p.name)) meeting.participants.push(p);
  return true;
}

/** An event the trigger reports, placed and typed, with what it tells about its date. */
interface Reported extends ReturnType<typeof eventKind> {
  value: string;
  location: EventSuggestion["location"];
  /** Dated by its own clause. */
  dated: boolean;
  /** Dated by its sentence's year. */
  ownYear: boolean;
  /** Its town follows "in" or "à" in its own clause. */
  placedAfterIn: boolean;
}

/**
 * Adds the event, or adds its people and town to the same event already found; then what the event implies: the gathering a
 * signing closed, the round two leaders held as their summit, a visit's end told later.
 */
function record(ctx: ExtractionContext, found: Found, scene: Scene, r: Reported): void {
  const { s, trig } = scene;
  const { events } = found;
  const { type, value, location, participantList: list } = r;
  const thirdCountry = !!location.countryCode && !ctx.pair.includes(location.countryCode);
  // "The meeting was attended by ...", "to make this meeting a success" after "the IX Binational Meeting" that day: the
  // session named again.
  const existing =
    events.find((e) => e.type === type && e.date === value) ??
    (type === "meeting" &&
    (MEETING_NAMED_AGAIN.test(s.text) || DEMONSTRATIVE_BEFORE.test(s.text.slice(0, trig.at - s.start)) || namedByItsDay(s, trig))
      ? events.find((e) => e.date === value && (e.type === "dialogue_round" || e.type === "summit"))
      : undefined) ??
    dayOfASession(events, type, value);
  // "Governor Jeong is leading a delegation ... from Sept. 14 to Sept. 19", then "On Sept. 15, the delegation visited a plant in
  // Penticton": a stop within the visit already told, by its delegation, is no visit of its own.
  if (
    type === "visit" &&
    VISITING_SUBJECT.test(s.text) &&
    events.some((e) => e.type === "visit" && e.date.includes("/") && withinSpan(e.date, value))
  )
    return;
  if (!existing && type === "summit" && !r.dated && meetingTurnedSummit(ctx, events, s, value, list)) return;
  if (existing) {
    for (const p of list) if (!existing.participants.some((x) => x.name === p.name)) existing.participants.push(p);
    // "Three agreements signed" (a heading), then "... signed three agreements on Parliament Hill": the place told later.
    // "SÉOUL | Québec a signé mardi ...", then "ont signé le document ..., à Sejong": the town told after "à" wins over a
    // dateline's or an earlier sentence's.
    if (location.city && (!existing.location.city || (r.placedAfterIn && !found.placedAfterIn.has(existing)))) {
      existing.location = location;
      if (r.placedAfterIn) found.placedAfterIn.add(existing);
    }
    // "... sign the agreement in Kingston on May 11" (a caption), then "signed ... at the close of the session ..., held from
    // May 9 to 11": the session the signing told again closed is an event of its own.
    if (type === "signing") addClosedGathering(ctx, events, { ...existing, start: s.start, end: s.end, text: s.text }, s, thirdCountry);
    return;
  }
  const event: EventSuggestion = {
    start: s.start,
    end: s.end,
    text: s.text,
    confidence: round(0.55 + (r.dated ? 0.15 : 0) + (list.length > 0 ? 0.1 : 0) + (location.city ? 0.05 : 0)),
    rule: `event.${type}${r.inPerson ? "-during-visit" : type !== trig.type ? "-leaders" : ""}`,
    date: value,
    type,
    plover: ploverFor(type, { multilateral: isMultilateralSetting(s.text), thirdCountry }),
    location,
    participants: list,
    match: null,
  };
  events.push(event);
  if (r.placedAfterIn) found.placedAfterIn.add(event);
  if (type === "signing") addClosedGathering(ctx, events, event, s, thirdCountry);
  if (!r.dated && !r.ownYear) found.undated.add(event);
  // A visit under way told from its first day alone is kept only if a later sentence tells its end, as an arrival is.
  if (trig.underWay && /^\d{4}-\d{2}-\d{2}$/.test(value)) STAYS_BY_FIRST_DAY.add(event);
  if (trig.arrival || STAYS_BY_FIRST_DAY.has(event)) found.arrivals.add(event);
  if (toldWithItsCountryOnly(ctx, scene)) found.inNoTown.add(event);
  if (ctx.pair.every((c) => r.leaderSides.has(c))) found.leadersOfBoth.add(event);
  if (type === "visit" && !endVisitAtItsReturn(event, s, ctx.datesIn(s), trig.at)) {
    const ending = extendVisitToItsEnd(event, ctx.sentences, ctx.dateHits, ctx.pair);
    if (ending) found.visitEndings.add(ending.start);
  }
  if (type === "dialogue_round") startRoundAtItsOpening(event, s, ctx.sentences, ctx.dateHits);
  // "held in Doha under the co-chairmanship of President Erdoğan and the Emir of Qatar": a round the two leaders hold is their summit too.
  if (
    type === "dialogue_round" &&
    ctx.pair.every((c) => r.leaderSides.has(c)) &&
    !events.some((e) => e.type === "summit" && e.date === value)
  )
    events.push({
      ...event,
      type: "summit",
      rule: "event.summit-round",
      plover: ploverFor("summit", { multilateral: false, thirdCountry }),
      participants: [...list],
    });
}

/**
 * Drops what the text tells only as background or as part of another event: a signing dated to a month or year over a year
 * before the report, an undated lead the next sentences date, an arrival whose visit's end is never told, and the sentence
 * that ends a visit.
 */
function setAsideBackground(found: Found, published: string): void {
  const { events, undated, arrivals, visitEndings } = found;
  // "The sister-province agreement was first signed in 1974", "signed in May 2023": a signing dated only to a month or
  // a year over a year before the report is its background, an agreement's milestone but no event of the report; it is set
  // aside first, so that it never stands for the report's own signing below.
  for (let i = events.length - 1; i >= 0; i--) if (isBackgroundSigning(events[i]!, published)) events.splice(i, 1);
  // "Alberta has signed a memorandum ... . The minister ... signed the memorandum in Calgary on Monday": a lead
  // that borrows its date is the same event the next sentences date themselves; keep the dated one.
  // A joint statement of another month ("the Joint Statement adopted at ... in April") is another statement: "The Leaders
  // issued the following statement", dated by the meeting it follows, is the text's own.
  // A signing borrowing an earlier month than the dated one's ("... ont signé hier ... . Une lettre d'intention avait alors
  // été signée", after "en octobre dernier") tells an earlier signing of its own.
  for (const e of undated)
    if (
      events.includes(e) &&
      events.some(
        (o) =>
          o !== e &&
          o.type === e.type &&
          !undated.has(o) &&
          (e.type === "joint_statement"
            ? o.date.slice(0, 7) === e.date.slice(0, 7)
            : e.type !== "signing" || o.date.slice(0, 7) === e.date.slice(0, 7) || e.date >= published.slice(0, 7)),
      )
    )
      events.splice(events.indexOf(e), 1);
  // An arrival whose visit's end the text never tells is a day, not a visit ("arrived in Seoul on Monday and will travel to
  // Tokyo on Friday"); the sentence that ends a visit tells no visit of its own ("The minister wraps up his visit on
  // Thursday in Cork").
  for (let i = events.length - 1; i >= 0; i--) if (arrivals.has(events[i]!) && !events[i]!.date.includes("/")) events.splice(i, 1);
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i]!.type === "visit" && visitEndings.has(events[i]!.start) && !events[i]!.date.includes("/")) events.splice(i, 1);
  for (let i = events.length - 1; i >= 0; i--) if (narrowAWeeksVisit(events[i]!, events)) events.splice(i, 1);
  for (let i = events.length - 1; i >= 0; i--) if (isStopWithinAVisit(events[i]!, events)) setStopAside(found, i);
  for (let i = events.length - 1; i >= 0; i--) if (isAVisitNamedAgain(events[i]!, events)) events.splice(i, 1);
}

/** Whether a span is one whole week, Monday to Sunday, as "last week" or "cette semaine" name it. */
function isAWholeWeek(span: string): boolean {
  const { first, last } = dateBounds(span);
  return first.length === 10 && new Date(`${first}T00:00:00Z`).getUTCDay() === 1 && last === addDays(first as Day, 6);
}

/**
 * "Last week we welcomed the Minister ... to Toronto", then "The Minister ... visited Toronto from April 5 to 7": a visit told
 * over the days of a week named from the day of writing ("la semaine dernière", "last week") takes the days a later
 * sentence writes within it, in the same town; the later one is that visit named again. True when `e` was so taken.
 */
function narrowAWeeksVisit(e: EventSuggestion, events: readonly EventSuggestion[]): boolean {
  if (e.type !== "visit" || !e.date.includes("/") || isAWholeWeek(e.date)) return false;
  const week = events.find(
    (o) =>
      o !== e &&
      o.type === "visit" &&
      isAWholeWeek(o.date) &&
      withinSpan(o.date, e.date) &&
      (!o.location.city || !e.location.city || o.location.city === e.location.city),
  );
  if (!week) return false;
  week.date = e.date;
  week.location = week.location.city ? week.location : e.location;
  return true;
}

/**
 * "arrived in Seoul on Monday for a four-day visit", then "On Wednesday, she visited shipyards in Geoje": a visit told on a
 * day within another visit to the same country over days, by people of one side only, is a stop of that visit, no visit of
 * its own. "The two ministers also visited the control base" is the two sides' own outing.
 */
function isStopWithinAVisit(e: EventSuggestion, events: readonly EventSuggestion[]): boolean {
  if (e.type !== "visit" || !e.location.countryCode || e.participants.length === 0) return false;
  return events.some(
    (o) =>
      o !== e &&
      o.type === "visit" &&
      o.date.includes("/") &&
      o.date !== e.date &&
      o.location.countryCode === e.location.countryCode &&
      withinSpan(o.date, e.date),
  );
}

/**
 * "Transcript of the Minister's Doorstop Interview ... on his Official Visit to the Republic of Maldives, 14 March 2034", then
 * "I arrived in Malé yesterday" ... "I leave for Colombo tomorrow": a visit told by its country alone, on a day within a visit
 * to that country told over days in one of its towns, is that visit named again.
 */
function isAVisitNamedAgain(e: EventSuggestion, events: readonly EventSuggestion[]): boolean {
  if (e.type !== "visit" || e.location.city || !e.location.countryCode || e.date.includes("/")) return false;
  return events.some(
    (o) =>
      o !== e &&
      o.type === "visit" &&
      !!o.location.city &&
      o.date.includes("/") &&
      o.location.countryCode === e.location.countryCode &&
      withinSpan(o.date, e.date),
  );
}

/**
 * "Prime Minister Arsenault today welcomed the President of the Republic of Korea ... for her first official visit": a stop
 * at which both sides' leaders are named is the leaders' meeting, their summit that day; any other stop is set aside.
 */
function setStopAside(found: Found, i: number): void {
  const { events, leadersOfBoth } = found;
  const stop = events[i]!;
  if (!leadersOfBoth.has(stop) && new Set(stop.participants.map((p) => p.side)).size > 1) return;
  if (!leadersOfBoth.has(stop) || stop.date.includes("/") || events.some((e) => e.type === "summit" && e.date === stop.date)) {
    events.splice(i, 1);
    return;
  }
  events[i] = {
    ...stop,
    type: "summit",
    rule: "event.summit-leaders-at-a-stop",
    plover: ploverFor("summit", { multilateral: isMultilateralSetting(stop.text), thirdCountry: false }),
  };
}

/**
 * "An appraisal mission visited Lima from 3 to 7 September 2028", "When His Highness the Amir visited Buenos Aires": in a
 * text about the pair, a visitor whom no country names, come to a place of one of the pair, comes from the other one.
 */
function visitorFromTheOtherSide(
  kept: string,
  s: Sentence,
  at: number,
  host: string,
  places: readonly Place[],
  participants: ReadonlySet<Person>,
): boolean {
  if (!places.some((p) => p.start >= at && p.countryCode === host)) return false;
  if (findCountryMentions(kept, { start: s.start, end: at }).length > 0) return false;
  return ![...participants].some((p) => p.side === host && p.mentions.some((m) => m.start >= s.start && m.end <= at));
}

/** "I arrived in ...", "we arrived ...", "je suis arrivé ...", "nous sommes arrivés ...": the speaker's own arrival. */
const FIRST_PERSON_ARRIVAL = /(?:^|[\s"“«])(?:(?:I|[Ww]e)\s+(?:arrived|landed)|(?:[Jj]e\s+suis|[Nn]ous\s+sommes)\s+arrivée?s?)(?![\p{L}])/u;
/** "Minister:", "Minister for Foreign Affairs Dr Lim Wei Jie:", "Le ministre :": a transcript's speaker before the answer. */
const SPEAKER_LABEL = /^(?:[\p{Lu}][\p{L}.'’-]*\s+)?(?:[\p{L}.'’-]+\s+){0,7}?[\p{L}.'’-]+\s?:\s+(?=\p{Lu})/u;

/** "It ended on June 26 in Guangzhou", "The visit ends Friday", "Elle rentrera au Québec vendredi": a visit's last day told later. */
const VISIT_END_LATER = wordStart(
  /(?<![\p{L}])(?:ends?|ended|wraps?\s+up|wrapped\s+up|concludes?|concluded|leaves?|left|leaving|departs?|departed|returns|rentre|rentrera|rentrent|rentreront|regagne|regagnera|regagneront|repartira|repartiront|quitte|quittent|quitter(?:a|ont)|se\s+termine(?:ra)?|s['’]achève(?:ra)?|prend(?:ra)?\s+fin)(?![\p{L}])/iu,
);
/** "The visit ends Friday", "la visite s'achèvera jeudi": the visit's own ending anywhere in the sentence. */
const VISIT_ENDING =
  /(?:visit|mission|trip|visite)\s+(?:[\p{L}'’-]+\s+){0,2}(?:ends?|ended|wraps?\s+up|concludes?|s['’]achève(?:ra)?|se\s+termine(?:ra)?|prend(?:ra)?\s+fin)(?![\p{L}])|(?<![\p{L}])(?:ends?|ended|wraps?\s+up|wrapped\s+up|concludes?|concluded)\s+(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+)?(?:visit|mission|trip|tour)(?![\p{L}])/iu;
/**
 * "Le Président, qui s'est rendu ce matin au Musée océanographique, quitte ...": the visiting head of state named by the
 * office, a relative clause set off after it.
 */
const PRESIDENT_SET_OFF = String.raw`(?:the|le|la)\s+(?:President|Président|Présidente)\s*,`;
/** Who or what ends: the visit itself, or a pronoun standing for the visitor or the visit. */
const VISIT_END_SUBJECT = new RegExp(
  String.raw`^(?:(?:the|this|his|her|their|la|sa|cette)\s+(?:[\p{L}-]+\s+)?(?:visit|mission|trip|tour|delegation|visite|délégation)|it|he|she|they|I|il|elle|ils|elles|je)(?![\p{L}])|^${PRESIDENT_SET_OFF}`,
  "iu",
);

/** A sentence opening on the delegation, the minister, the speaker or the visiting president, who may tell the visit's end. */
const ENDING_SUBJECT_FIRST = new RegExp(
  String.raw`^(?:(?:the|la)\s+(?:delegation|délégation|minister|ministre)|I|je)\s|^${PRESIDENT_SET_OFF}`,
  "iu",
);

/** Whether a day (or span) lies within a span of days. */
function withinSpan(span: string, value: string): boolean {
  const outer = dateBounds(span);
  const inner = dateBounds(value);
  return outer.first <= inner.first && inner.last <= outer.last;
}

/** "... and returns to Gibraltar today", "avant de rentrer à Dakar": going home. */
const HOMEWARD = wordStart(
  /(?<![\p{L}])(?:returns?|returned|returning|flies\s+(?:back|home)|flew\s+(?:back|home)|rentre|rentrera|rentrait|est\s+rentrée?s?|rentrer)(?![\p{L}])/iu,
);
const HOMEWARD_BEFORE = new RegExp(`${HOMEWARD.source}\\s+(?:back\\s+)?(?:to|à|au|en)\\s+(?:the\\s+)?$`, "iu");

/**
 * "arrived in Havana on Sunday ... and is due to leave for Pyongyang on Friday", "departs for Seoul on Saturday", "quittera
 * Niamey jeudi": the visitor's leaving, the visit's last day.
 */
const DEPARTURE = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:${LEAVING_EN})\s+(?=for\s|\p{Lu})|(?:is|are|was|were)\s+(?:due|scheduled|set|expected)\s+to\s+(?:leave|depart|fly)(?![\p{L}])|(?:quitte|quittera|quitteront|regagne|regagnera|regagneront|(?:a|ont)\s+(?:quitté|regagné))\s+(?=\p{Lu}|l['’]|la\s|le\s))`,
    "iu",
  ),
);

/**
 * A visit dated by its first day whose own sentence tells the return (or the leaving) after it ("travelled to the Island on Sunday and
 * returns to Gibraltar today") spans the days between.
 */
function endVisitAtItsReturn(e: EventSuggestion, s: Sentence, here: readonly DateHit[], triggerAt: number): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) return false;
  const rest = s.text.slice(triggerAt - s.start);
  const back = HOMEWARD.exec(rest) ?? DEPARTURE.exec(rest);
  if (!back) return false;
  const backAt = triggerAt + back.index;
  const end = here.find((d) => d.start > backAt && d.precision === "day" && !d.value.includes("/") && d.value > e.date);
  if (!end || daysBetween(e.date, end.value) > 14) return false;
  e.date = `${e.date}/${end.value}`;
  return true;
}

/**
 * A session's close: "concluded", "closed", "wrapped up", "s'est achevée", "a pris fin", "ont clôturé leurs travaux", or a
 * signing "at the end of the 12th session", "à l'issue de la session".
 */
const SESSION_CLOSED = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?:concluded|closed|ended|wrapped\s+up|${CLOSING_WORDS}|s['’]est\s+(?:achevée?|clôturée?|terminée?)|se\s+sont\s+(?:achevée?s|clôturée?s|terminée?s)|(?:a|ont)\s+pris\s+fin)(?![\p{L}])`,
    "iu",
  ),
);
/** A session's opening told with its day: "which opened on Tuesday", "had begun on Monday", "ouverte mardi", "avaient débuté lundi". */
const SESSION_OPENED = wordStart(
  /(?<![\p{L}])(?:opened|began|had\s+(?:opened|begun)|started|s['’]était\s+ouverte?|s['’]est\s+ouverte?|ouverte?s?|(?:a|ont|avait|avaient)\s+débuté)\s+(?:on\s+|le\s+)?$/iu,
);

/**
 * A round dated by the day it closed ("The 27th meeting of the Commission concluded in Ulaanbaatar today") whose sentence or
 * the next tells the day it opened ("The two-day meeting, which opened on Tuesday, ...") spans the days between.
 */
function startRoundAtItsOpening(e: EventSuggestion, s: Sentence, sentences: readonly Sentence[], hits: readonly DateHit[]): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date) || !SESSION_CLOSED.test(s.text)) return;
  const at = sentences.findIndex((x) => x.start === s.start);
  for (const t of sentences.slice(at, at + 2)) {
    if (t.paragraph > s.paragraph + 1) break;
    const opening = hits.find(
      (d) =>
        d.start >= t.start &&
        d.end <= t.end &&
        d.precision === "day" &&
        !d.value.includes("/") &&
        d.value < e.date &&
        daysBetween(d.value, e.date) <= 7 &&
        SESSION_OPENED.test(t.text.slice(Math.max(0, d.start - t.start - 30), d.start - t.start)),
    );
    if (opening) {
      e.date = `${opening.value}/${e.date}`;
      return;
    }
  }
}

/**
 * A visit dated by its first day alone ("Iraeta's visit to China began in Shanghai on June 21.") whose end one of the next
 * sentences of its paragraph or the next tells ("It ended on June 26 in Guangzhou") spans the days between.
 */
function extendVisitToItsEnd(
  e: EventSuggestion,
  sentences: readonly Sentence[],
  hits: readonly DateHit[],
  pair: readonly string[],
): Sentence | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) return null;
  const at = sentences.findIndex((s) => s.start === e.start);
  if (at < 0) return null;
  // Near the visit's first day, any sentence telling an end; further on ("The minister wraps up his visit on Thursday in
  // Cork" at a release's close), only one naming the visit or the delegation.
  // "I arrived in Malé yesterday ..." (a transcript's first answer), then "Minister: I leave for Colombo tomorrow morning"
  // (its last): the speaker's own arrival is ended by the speaker's own leaving, however late the transcript tells it.
  const ownArrival = FIRST_PERSON_ARRIVAL.test(sentences[at]!.text);
  for (const [i, s] of sentences.slice(at + 1, ownArrival ? undefined : at + 16).entries()) {
    const near = i < 3 && s.paragraph <= sentences[at]!.paragraph + 2;
    const body = ownArrival ? s.text.trim().replace(SPEAKER_LABEL, "") : s.text.trim();
    // Further on, only a sentence telling the visit's end or opening on who may tell it.
    if (!near && !VISIT_ENDING.test(body) && !ENDING_SUBJECT_FIRST.test(body)) continue;
    if (!VISIT_END_SUBJECT.test(body) && !VISIT_ENDING.test(body)) continue;
    if (!VISIT_END_LATER.test(body)) continue;
    const here = hits.filter((d) => d.start >= s.start && d.end <= s.end);
    const end = dayOfTheReturn(s.text, s.start, here, e.date, pair) ?? dayOfTheEnding(s, here, e.date);
    if (!end || daysBetween(e.date, end.value) > 14) continue;
    e.date = `${e.date}/${end.value}`;
    return s;
  }
  return null;
}

/**
 * "He visits the university today and leaves for Tashkent tomorrow", "Elle visite le port ce matin et quitte Dakar demain":
 * the day told after the leaving is the visit's last, before any day told earlier in the sentence; with none after it,
 * the first day later than the visit's first.
 */
function dayOfTheEnding(s: Sentence, here: readonly DateHit[], after: string): DateHit | undefined {
  const later = here.filter((d) => d.precision === "day" && !d.value.includes("/") && d.value > after);
  const verb = VISIT_END_LATER.exec(s.text);
  const verbAt = verb ? s.start + verb.index : s.end;
  return later.find((d) => d.start > verbAt) ?? later[0];
}

/**
 * "leaves for Toronto on Thursday and returns to Seoul on Saturday", "leaves for Brest tomorrow ..., and returns to Managua
 * on Saturday", "se rend jeudi à Québec et rentre à Séoul samedi": a leg inside the visit told before the return home; the
 * day of the return, not of the leg, is the visit's last (a sentence naming a third country tells a trip onward).
 */
const RETURN_HOME_BEFORE = wordStart(
  /(?<![\p{L}])(?:returns?|returning|rentre|rentrera|regagne|regagnera)\s+(?:home|(?:to|à)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?|\p{Lu}[\p{L}-]*)(?:\s+on|\s+le)?\s*$/u,
);

function dayOfTheReturn(
  text: string,
  textStart: number,
  hits: readonly DateHit[],
  after: string,
  pair: readonly string[],
): DateHit | undefined {
  // "I leave for Colombo tomorrow ..., and I return to Singapore on Friday": a leg to a third country ends the visit.
  if (findCountryMentions(text).some((m) => !pair.includes(m.code))) return undefined;
  return hits.find(
    (d) =>
      d.precision === "day" &&
      !d.value.includes("/") &&
      d.value > after &&
      d.start >= textStart &&
      RETURN_HOME_BEFORE.test(text.slice(Math.max(0, d.start - textStart - 40), d.start - textStart)),
  );
}

/** "... avait été signée par les deux administrations", "was signed by the two ministers": the pair as a passive's agent. */
/** "under the co-chairmanship of the two ministers", "sous la coprésidence des deux ministres": the pair chairs the session. */
const CO_CHAIRED_BY_PAIR =
  /^[^;]{0,200}?(?<![\p{L}])(?:co-?chair(?:manship|ing)\s+of\s+(?:the two|both)|coprésidence\s+des\s+deux)\s+(?:ministers|leaders|sides|presidents|ministres|dirigeants|présidents|parties)(?![\p{L}])/iu;

function pairAsAgent(afterVerb: string): boolean {
  const m = PAIR_ANAPHORA.exec(afterVerb);
  if (CO_CHAIRED_BY_PAIR.test(afterVerb)) return true;
  return !!m && /(?<![\p{L}])(?:by|par)\s+$/iu.test(afterVerb.slice(0, m.index)) && !/[.;]/u.test(afterVerb.slice(0, m.index));
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function isBackgroundSigning(e: EventSuggestion, published: string): boolean {
  if (e.type !== "signing" || /^\d{4}-\d{2}-\d{2}/.test(e.date)) return false;
  // "• September 1993 – The Agreement ... was signed in Seoul.": a timeline's entry reports the signing itself.
  if (/^\s*[•*–-]?\s*(?:\p{L}+\s+)?(?:19|20)\d\d\s*[–—:-]/u.test(e.text)) return false;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const [y, m] = e.date.split("/")[0]!.split("-").map(Number) as [number, number | undefined];
  return (year - y!) * 12 + (month - (m ?? 12)) > 12;
}

/** A title line naming the document a joint statement or declaration ("Joint Declaration on the Elevation of ..."). */
const JOINT_TITLE = /^(?:Joint (?:Statement|Declaration|Communiqu[ée])|Déclaration (?:conjointe|commune)|Communiqué conjoint)(?![\p{L}])/iu;

/**
 * A text about the pair that opens with a joint statement's title is the joint statement itself, issued on its dateline's
 * day (or the publication's).
 */
function jointStatementTitle(ctx: ExtractionContext): EventSuggestion | null {
  // (A title under a publisher's masthead is that publisher's statement of an event the text reports, as the labelled sets
  // read it, not an event of its own.)
  const first = ctx.sentences.find((s) => s.text.trim().length > 0);
  if (!first || !JOINT_TITLE.test(first.text.trim()) || first.paragraph !== ctx.sentences[0]!.paragraph) return null;
  // "Canberra, 3 November 2027" under the title: the first day written near the top, else the publication's.
  const top = ctx.dateHits.find((d) => d.precision === "day" && !d.value.includes("/") && d.start < first.end + 200);
  const date = ctx.datelines[0]?.day ?? top?.value ?? ctx.opts.published;
  // "Oranjestad, 9 July 2031" under the title: issued in the town opening the line of that day.
  const line = ctx.datelines[0];
  const town = line
    ? (ctx.placeMentions.find((p) => p.start === line.city.start) ?? datelineTown(line, ctx.pair))
    : top &&
      ctx.placeMentions.find(
        (p) =>
          /^,\s*$/u.test(ctx.kept.slice(p.end, top.start)) && /(?:^|\n)[ \t]*$/u.test(ctx.kept.slice(Math.max(0, p.start - 3), p.start)),
      );
  return {
    start: first.start,
    end: first.end,
    text: first.text,
    confidence: 0.6,
    rule: "event.joint_statement-title",
    date,
    type: "joint_statement",
    plover: ploverFor("joint_statement", { multilateral: false, thirdCountry: false }),
    location: town?.kind === "city" ? { city: town.name, countryCode: town.countryCode } : { city: null, countryCode: null },
    participants: [],
    match: null,
  };
}

/** "COMMUNIQUÉ CONJOINT", "Joint Statement of the Prime Ministers": a line that heads the text as a joint statement. */
const JOINT_HEADING_LINE =
  /(?:^|\n)[ \t]*(?:Joint (?:Statement|Declaration|Communiqu[ée])|Déclaration (?:conjointe|commune)|Communiqué (?:conjoint|commun))(?![\p{L}])/iu;
/** "Fait à Bamako, le 9 février 2034, en deux exemplaires", "Done in Yerevan on 14 October 2031": a signed text's closing line. */
const DONE_AT_LINE = /(?:^|\n)[ \t]*(?:Fait|Done)\s+(?:à|au|at|in)\s+(?=\p{Lu})/gu;

/**
 * A joint statement or communiqué closes on the formula of the texts both sides sign, "Fait à Bamako, le 9 février 2034":
 * it was issued on that day in that town, whatever the masthead above its heading.
 */
function jointStatementClosing(ctx: ExtractionContext): EventSuggestion | null {
  const { kept, placeMentions, dateHits } = ctx;
  if (!JOINT_HEADING_LINE.test(kept.slice(0, 1500))) return null;
  DONE_AT_LINE.lastIndex = 0;
  for (let m = DONE_AT_LINE.exec(kept); m; m = DONE_AT_LINE.exec(kept)) {
    const at = m.index + m[0].length;
    const town = placeMentions.find((p) => p.start === at && p.kind === "city");
    if (!town) continue;
    const lineEnd = kept.indexOf("\n", at);
    const day = dateHits.find(
      (d) => d.start > town.end && d.start - town.end < 12 && (lineEnd < 0 || d.end <= lineEnd) && d.precision === "day",
    );
    if (!day || day.value.includes("/")) continue;
    const start = at - m[0].trimStart().length;
    const end = lineEnd < 0 ? kept.length : lineEnd;
    return {
      start,
      end,
      text: kept.slice(start, end),
      confidence: 0.65,
      rule: "event.joint_statement-closing",
      date: day.value,
      type: "joint_statement",
      plover: ploverFor("joint_statement", { multilateral: false, thirdCountry: false }),
      location: { city: town.name, countryCode: town.countryCode },
      participants: [],
      match: null,
    };
  }
  return null;
}

/** The gatherings a joint statement closes: a visit, a round of talks, a summit or a meeting. */
const CLOSED_BY_A_STATEMENT: ReadonlySet<EventSuggestion["type"]> = new Set(["visit", "dialogue_round", "summit", "meeting"]);

/** "on the occasion of", "at the close of", "à l'issue de": a statement told as closing a gathering. */
const CLOSES_A_GATHERING = wordStart(
  /(?<![\p{L}])(?:on\s+the\s+occasion\s+of|at\s+the\s+(?:end|close|conclusion)\s+of|following|à\s+l['’](?:issue|occasion)\s+d|au\s+terme\s+d|à\s+la\s+(?:fin|clôture)\s+d)/iu,
);

/**
 * "The text of the following joint statement was released ... on the occasion of the third Strategic Dialogue", "à l'issue
 * de la visite officielle": a joint statement told with no town, as closing a gathering, was issued where that gathering
 * was held, the one under way on its day or ended the day before (a statement is released at the close or the morning
 * after). A statement that says nothing of what it closes keeps no town.
 */
function placeAtItsGathering(statement: EventSuggestion, events: readonly EventSuggestion[]): void {
  const day = statement.date;
  if (day.includes("/") || day.length !== 10 || !CLOSES_A_GATHERING.test(statement.text)) return;
  const dayBefore = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
  const closed = events.find((e) => {
    if (!CLOSED_BY_A_STATEMENT.has(e.type) || !e.location.city) return false;
    const [from, to = from] = e.date.split("/");
    return from!.length === 10 && to!.length === 10 && from! <= day && (to! >= day || to === dayBefore);
  });
  if (closed) statement.location = { ...closed.location };
}

/**
 * "the state visit of the President of Turkmenistan to the Republic of Azerbaijan on 15-16 May 2030", then "having held
 * talks ... in Baku on 16 May 2030": a visit told by the country alone was where the talks, signings and sessions held on
 * its days in that country were.
 */
function placeVisitAtItsTalks(visit: EventSuggestion, events: readonly EventSuggestion[]): void {
  if (!visit.location.countryCode || !visit.date.includes("/")) return;
  const held = events.find(
    (e) =>
      e !== visit &&
      e.type !== "visit" &&
      e.type !== "phone_call" &&
      e.location.city &&
      e.location.countryCode === visit.location.countryCode &&
      withinSpan(visit.date, e.date),
  );
  if (held) visit.location = { ...held.location };
}

/** Events held where a visit under way on their days was: signings, sessions, meetings and summits. */
const HELD_ON_A_VISIT: ReadonlySet<EventSuggestion["type"]> = new Set(["signing", "dialogue_round", "meeting", "summit"]);

/**
 * "signed the memorandum at the close of the 12th session ..., held on Friday and Saturday", then "Banda arrived in Katima
 * Mulilo on Thursday evening" for a visit to Sunday: a signing, session or meeting told with no town, on days within a
 * visit placed in a town, was held there.
 */
function placeAtTheVisitUnderWay(e: EventSuggestion, events: readonly EventSuggestion[]): void {
  const visit = events.find(
    (v) => v.type === "visit" && v.location.city && v.date.includes("/") && withinSpan(v.date, e.date) && !AT_A_DISTANCE.test(e.text),
  );
  if (visit) e.location = { ...visit.location };
}

/** A union of states acting as one: an actor outside the pair. */
const UNION_OF_STATES = wordStart(
  /(?<![\p{L}])(?:the European Union|l['’]Union européenne|the African Union|l['’]Union africaine|ASEAN|the EU|l['’]UE|Mercosur)(?![\p{L}])/u,
);

/** "the 1975 agreement", "l'accord de 2008": a year used to name an agreement dates that agreement, not the event. */
/**
 * A subject that is the writer's own people: the first person plural or singular, a committee's members, "our delegation",
 * "the delegation" named bare right before the verb (a delegation of another side is named by its country).
 */
/** A day-precise date the text gives to a signing ("signé à Séoul le 12 mars 2030") within a range of days, if any. */
function signingDayWithin(range: string, dateHits: readonly DateHit[], kept: string): string | undefined {
  const [first, last] = range.split("/") as [string, string];
  return dateHits.find(
    (h) =>
      h.precision === "day" &&
      !h.value.includes("/") &&
      first <= h.value &&
      h.value <= last &&
      SIGNED_BEFORE.test(kept.slice(Math.max(0, h.start - 50), h.start)),
  )?.value;
}

/**
 * "signed ... at the close of the fifth session of the Joint Commission, held in Accra from 9 to 11 May": a signing told
 * as closing a gathering dated by a range of days is done on its last day.
 */
function closingDay(sentence: string, triggerAt: number, range: string): string | undefined {
  return AT_THE_CLOSE_OF.test(sentence.slice(triggerAt)) ? range.split("/")[1] : undefined;
}
const SIGNED_BEFORE = wordStart(/(?<![\p{L}])(?:signed|signée?s?)(?![\p{L}])[^.;]{0,40}$/iu);

/**
 * The writer's own people as a subject: "We met with ...", "Members of the Committee also travelled to Seoul", "a delegation
 * of the Committee led by its Chair travelled to Seoul and Ulsan", "une délégation du Comité s'est rendue à Séoul".
 */
const WRITERS_OWN =
  /(?:^|[\s"“«])(?:[Ww]e|I|[Nn]ous|[Jj]e|[Jj]['’]|[Oo]ur|[Nn]otre|[Nn]os)(?![\p{L}])|(?:^|\s)(?:[Tt]he|[Ll]a)\s+(?:delegation|délégation)\s+(?:(?:also|then|later|first|finally)\s+)?$|(?:^|\s)(?:Members|members|Membres|membres|[Aa]\s+delegation|[Uu]ne\s+délégation)\s+(?:of\s+the|du|de\s+la)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Committee|Comité|Commission)(?![\p{L}])/u;
/**
 * "initié par la Déclaration d'amitié signée à Paris le 21 juin 2013, une délégation ... a effectué une visite": a date
 * after an agreement's participle, before the event's own words, is the agreement's.
 */
const AGREEMENT_SIGNED = String.raw`(?<![\p{L}])(?:agreement|accord|convention|treaty|protocol|memorandum|declaration|déclaration|arrangement|charter|charte|pact)(?:\s+[^,.;]{0,40}?)?\s+(?:signed|signée?s?|concluded|conclue?s?|adopted|adoptée?s?)`;
const AGREEMENT_SIGNED_BEFORE = new RegExp(
  `${AGREEMENT_SIGNED}(?:\\s+(?:in|at|à|en|au)\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:on\\s+|le\\s+)?$`,
  "iu",
);
/** "... l'accord signé à Bruxelles le 3 juin 2015, une délégation ... a effectué une visite": the place is the agreement's too. */
const AGREEMENT_SIGNED_AT = new RegExp(`${AGREEMENT_SIGNED}\\s+(?:in|at|à|en|au)\\s+$`, "iu");
const YEAR_OF_AN_AGREEMENT =
  /^\s+(?:(?!(?:a|an|the|un|une|le|la|les)\s)[\p{L}-]+\s+){0,2}(?:agreement|accord|convention|treaty|protocol|memorandum|declaration|arrangement|charter|pact)(?![\p{L}])/iu;

/** A sentence opening on the meeting as its subject: "The meeting was attended by ...", "Cette réunion a permis ...". */
const MEETING_NAMED_AGAIN = /^\s*(?:The|This|La|Cette)\s+(?:meeting|réunion|session)(?![\p{L}])/u;
/** "Tuesday's meeting", "la réunion de mardi": a meeting named by its weekday points back at the one told before that day. */
const WEEKDAYS_MEETING = new RegExp(`${EN_WEEKDAY_RE}['’]s\\s+$`, "u");
const MEETING_OF_WEEKDAY = new RegExp(`^\\s+(?:de|d['’])\\s*${FR_WEEKDAY_RE}(?![\\p{L}])`, "iu");
function namedByItsDay(s: Sentence, trig: EventTrigger): boolean {
  const at = trig.at - s.start;
  return (
    /^(?:meeting|réunion|session)$/iu.test(trig.text) &&
    (WEEKDAYS_MEETING.test(s.text.slice(Math.max(0, at - 14), at)) || MEETING_OF_WEEKDAY.test(s.text.slice(at + trig.text.length)))
  );
}

/** "to make this meeting a success": a demonstrative points back at the session told before. */
const DEMONSTRATIVE_BEFORE = wordStart(/(?<![\p{L}])(?:this|that|cette|ce)\s+$/iu);

/** Where a clause recalling something else starts after an offset: ", instituted by ...", ", signed in ...", ", which ...". */
function recalledClauseStart(sentence: string, from: number): number {
  // ", qui s'est déroulée à Berne le 16 septembre", ", which was held in Doha on ...": a clause telling where and when the
  // event itself took place recalls nothing else.
  if (
    /^[^.;]*?,\s+(?:qui|which|that)\s+(?:s['’](?:est|était)\s+(?:déroulée?s?|tenue?s?)|(?:was|were)\s+held|took\s+place|a\s+eu\s+lieu)(?![\p{L}])/u.test(
      sentence.slice(from),
    ) ||
    // "Exercise EAGLE SHIELD-2027, conducted by ... in Doha between 1 and 11 November": a participle of holding right after the
    // event's name tells the event itself.
    /^[^.;,]{0,40},\s+(?:conducted|held|organi[sz]ed|hosted|co-?chaired|chaired|tenue?s?|organisée?s?|menée?s?|coprésidée?s?)\s+(?:by|in|on|at|under|par|à|en|le|sous)(?![\p{L}])/u.test(
      sentence.slice(from),
    )
  )
    return sentence.length;
  // "They signed a declaration and recalled that the FTA entered into force on 1 August 2020": what is recalled is reported.
  // "The joint statement ... comes as the government in August shortlisted ...": what it comes after is another story.
  // "her first trip to the province since presenting her credentials in Ottawa": what she did before it is another story.
  const m =
    /,\s+(?:(?:which|that|whose|qui|que|dont|where|où|(?:à|avec|to|with)\s+(?:qui|whom))(?![\p{L}])|(?:[\p{Ll}]+(?:ed|ées?|és?|ie|ies|ise|ises)|set up|laid down|drawn up)\s+(?:by|in|on|at|par|à|en|le|au|lors|dans|under)(?![\p{L}]))|(?<![\p{L}])(?:recalled|recalling|noted|noting|(?:a|ont)\s+rappelé|rappelant)\s+(?:that|que|qu['’])|(?<![\p{L}])since\s+[\p{Ll}]+ing\s|(?<![\p{L}])(?:comes?|came|coming|arrives?|arrived|intervient|survient)\s+(?:as|amid|after|while|alors\s+que|après\s+que|au\s+moment\s+où)\s/u.exec(
      sentence.slice(from),
    );
  if (!m) return sentence.length;
  // "La cinquième session ..., qui ne s'était plus réunie depuis 2017, s'est tenue lundi à Diamniadio": an aside closed
  // before the main verb recalls only itself; the clause goes on after it.
  const asideEnd = from + m.index + m[0].length;
  const closed = ASIDE_CLOSED.exec(sentence.slice(asideEnd));
  return closed ? recalledClauseStart(sentence, asideEnd + closed[0].length) : from + m.index;
}

/** The rest of a relative aside up to the comma that closes it, right before the main clause's verb. */
const ASIDE_CLOSED = /^[^,;.]{0,80},\s+(?=(?:s['’](?:est|était)|a|ont|est|sont|was|were|took|has|have|had)\s)/u;

/** "a three-day official visit", "une visite de quatre jours": how many days a visit lasts. */
const VISIT_LENGTH = wordStart(
  /(?<![\p{L}])(?:(?<en>two|three|four|five|six|seven|[2-9])-day|(?<week>week-long|weeklong)|(?:de|d['’])\s*(?<fr>deux|trois|quatre|cinq|six|sept|[2-9])\s+jours|(?<frweek>d['’]une\s+semaine))(?![\p{L}])/iu,
);
/** "three-day", "de trois jours": that many days; "week-long", "d'une semaine": seven. */
function daysOfTheLength(groups: Record<string, string | undefined>): number {
  if (groups.week || groups.frweek) return 7;
  const word = (groups.en ?? groups.fr!).toLowerCase();
  return count(word) ?? Number(word);
}

/** "a four-day visit ... that wraps up in Perth today": the day named is the visit's last. */
const VISIT_ENDS = wordStart(
  /(?<![\p{L}])(?:wraps?\s+up|ends?|ending|concludes?|at\s+the\s+end\s+of|se\s+termine|s['’]achève)(?![\p{L}])/iu,
);
/** "... depuis lundi une visite de travail au Rwanda, jusqu'à vendredi": the visit runs to the day after "until". */
const UNTIL_BEFORE = wordStart(
  /(?<![\p{L}])(?:until|till|through|jusqu['’](?:à|au)?|(?:departed|left|leaves|leaving|wraps?\s+up|ends?|concludes?)(?:\s+(?:for|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s+on)?)\s*$/iu,
);
/** "en mission au Québec depuis mardi": the visit's first day. */
const SINCE_BEFORE = wordStart(/(?<![\p{L}])(?:since|depuis)\s+$/iu);
/** "its first since October": a date read with its "since" bounds the time before the event, it does not date it. */
const SINCE_START = /^(?:since|depuis)\s/iu;
/** "who is on a three-day visit to India from Wednesday": a day the visit is told to run from is its first. */
const FROM_BEFORE = wordStart(/(?<![\p{L}])(?:from|since|starting|depuis|dès|à\s+partir\s+d[eu])\s+$/iu);
const visitsFirstDay = (sentence: string, sentenceStart: number, date: DateHit) =>
  /^(?:from|since|depuis|dès)\s/iu.test(date.text) ||
  FROM_BEFORE.test(sentence.slice(Math.max(0, date.start - sentenceStart - 16), date.start - sentenceStart));
/** "arrived", "arrivée": the sentence tells the visit's first day. */
const ARRIVAL_WORD = wordStart(/(?<![\p{L}])(?:arriv(?:ed|es|ing|ée?s?)|arrival|arrivée)(?![\p{L}])/iu);
/** "on the second day of a three-day state visit": the day reported is that day of the visit. */
const ORDINAL_DAYS = ["first", "second", "third", "fourth", "fifth"];
const NTH_DAY = wordStart(/(?<![\p{L}])the\s+(?<nth>first|second|third|fourth|fifth)\s+day\s+of(?![\p{L}])/iu);

/**
 * The days a visit spans when its sentence gives its length or its last day: "arrived in Astana on Wednesday for a
 * three-day official visit" (Wednesday to Friday), "at the end of a four-day visit ... that wraps up in Perth today",
 * "qui effectue depuis lundi une visite ..., jusqu'à vendredi". Null when the sentence gives a single day only.
 */
function visitSpan(
  sentence: string,
  sentenceStart: number,
  date: DateHit,
  hits: readonly DateHit[],
  underWay = false,
  pair: readonly string[] = [],
): string | null {
  if (date.precision !== "day" || date.value.includes("/")) return null;
  const until = hits.find(
    (d) =>
      d !== date &&
      d.precision === "day" &&
      !d.value.includes("/") &&
      d.value > date.value &&
      (/^(?:until|till|jusqu)/iu.test(d.text) ||
        // "de passage à Québec lundi et mardi": two days joined by "and" are the first and the last.
        /^\s+(?:and|et)\s+$/u.test(sentence.slice(date.end - sentenceStart, d.start - sentenceStart)) ||
        // "and leaves for Istanbul on Saturday": a destination may stand between the verb and the day.
        UNTIL_BEFORE.test(sentence.slice(Math.max(0, d.start - sentenceStart - 40), d.start - sentenceStart))),
  );
  const since = hits.find(
    (d) =>
      d.precision === "day" &&
      !d.value.includes("/") &&
      d.value <= date.value &&
      SINCE_BEFORE.test(sentence.slice(Math.max(0, d.start - sentenceStart - 8), d.start - sentenceStart)),
  );
  const nth = NTH_DAY.exec(sentence);
  const nthBack = nth ? ORDINAL_DAYS.indexOf(nth.groups!.nth!.toLowerCase()) : 0;
  const end = dayOfTheReturn(sentence, sentenceStart, hits, date.value, pair) ?? until;
  if (end) return `${since?.value ?? addDays(date.value as Day, -nthBack)}/${end.value}`;
  const length = VISIT_LENGTH.exec(sentence);
  if (!length) return null;
  // "... held talks today with the President ..., who is on a two-day working visit to Liberia": a visit told as under way
  // on the day reported counts its days from a first day the sentence does not give, unless it says which day of the visit
  // that is ("on the second day of a three-day visit").
  if (underWay && !nth && !ARRIVAL_WORD.test(sentence) && !visitsFirstDay(sentence, sentenceStart, date)) return null;
  const days = daysOfTheLength(length.groups!);
  const day = addDays(date.value as Day, -nthBack);
  return VISIT_ENDS.test(sentence) ? `${addDays(day, -(days - 1))}/${day}` : `${day}/${addDays(day, days - 1)}`;
}

/**
 * "On this occasion", "À cette occasion", "during the 2+2 Meeting", "On the same day", "Le même jour": the occasion is an
 * event the text has just reported.
 */
const OCCASION = wordStart(
  /(?<![\p{L}])(?:on (?:this|that) occasion|à cette occasion|à l['’]occasion de (?:cette|ce)|during (?:the|this|that)\s+(?:[\p{L}\p{N}+()'’-]+\s+){0,5}(?:meeting|summit|dialogue|consultations|session|round|talks)|^\s*(?:during|lors\s+de)\s+(?:this|that|cette)\s+visite?|^\s*(?:on\s+)?(?:the|that)\s+same\s+day|^\s*(?:le|ce)\s+même\s+jour)(?![\p{L}])/iu,
);
/** "Nous y avions signé ..." ("y": there, at the event just told): on that event's occasion too, whatever its precision. */
const DONE_THERE = /^\s*(?:nous|ils|elles|on)\s+y\s+(?:avons|avions|ont|avaient|a|avait)\s+\p{L}+é/iu;
const namesItsOccasion = (text: string) => OCCASION.test(text) || DONE_THERE.test(text);
/**
 * "In the leaders' presence, ... signed a Memorandum", "en présence des deux premiers ministres": an undated act done before
 * the leaders took place at their meeting just told, on its day.
 */
const LEADERS_PRESENCE = wordStart(
  /(?<![\p{L}])(?:in\s+the\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers)['’]\s+presence|in\s+the\s+presence\s+of\s+(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government))|en\s+présence\s+des\s+deux\s+(?:dirigeants|présidents|chefs\s+d['’](?:État|Etat)|chefs\s+de\s+gouvernement|premiers\s+ministres))(?![\p{L}])/iu,
);

/** "After that, I co-chaired ...", "Ensuite, ...": the next act of the same day as the one just told. */
const AFTER_THAT = /^\s*(?:after\s+that|afterwards|later\s+that\s+(?:day|morning|afternoon)|ensuite|par\s+la\s+suite|puis)\s*,/iu;

/**
 * "À l'issue de l'entretien, les deux ministres ont signé ...", "Au terme de leur rencontre, ...", "À la suite de la
 * réunion, ...": the French talks told in the singular, opening the sentence as the plural does.
 */
const AFTER_ONE_TALK =
  /^\s*(?:à\s+l['’]issue|au\s+terme|à\s+la\s+suite)\s+(?:de\s+l['’]|de\s+la\s+|de\s+leur\s+|de\s+cette\s+|de\s+cet\s+)(?:entretien|rencontre|réunion)(?![\p{L}])/iu;

/** The day of what an act is told as following ("Following the talks", "After that"), when the text has reported it. */
function talksDate(s: Sentence, events: readonly EventSuggestion[], hits: readonly DateHit[]): DateHit | undefined {
  const afterTalks = AFTER_THE_TALKS.test(s.text) || AFTER_ONE_TALK.test(s.text);
  if (!afterTalks && !AFTER_THAT.test(s.text)) return undefined;
  const talks = [...events]
    .reverse()
    .find((e) => (!afterTalks || TALKS.has(e.type)) && e.end <= s.start && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
  return talks && hits.find((h) => h.value === talks.date && h.start >= talks.start && h.end <= talks.end);
}
const TALKS: ReadonlySet<EventSuggestion["type"]> = new Set(["meeting", "summit", "dialogue_round"]);

/** "Before the signing, the two held talks ...", "Avant la signature, les deux ministres se sont entretenus ...". */
const AROUND_THE_SIGNING =
  /^\s*(?:before|ahead\s+of|prior\s+to|after|following|avant|après)\s+(?:the|la|le|l['’])\s*(?:signing|signature)(?:\s+ceremony|\s+ceremonies)?\s*,/iu;

/** A sentence set by the signing just told ("Before the signing, ..."), with no day of its own, is of the signing's day. */
function signingsDate(s: Sentence, events: readonly EventSuggestion[], hits: readonly DateHit[]): DateHit | undefined {
  if (!AROUND_THE_SIGNING.test(s.text)) return undefined;
  const signing = [...events].reverse().find((e) => e.type === "signing" && e.end <= s.start && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
  return signing && hits.find((h) => h.value === signing.date && h.start >= signing.start && h.end <= signing.end);
}

/** The day of the event last reported, for a sentence that names it as its occasion. */
function occasionDate(
  s: Sentence,
  events: readonly EventSuggestion[],
  hits: readonly DateHit[],
  inLeadersPresence = false,
): DateHit | undefined {
  if (!namesItsOccasion(s.text) && !(inLeadersPresence && LEADERS_PRESENCE.test(s.text))) return undefined;
  for (const e of [...events].reverse()) {
    // A round's days are its occasion's too ("..., tenue ... les 17 et 18 sept. 2030. À cette occasion, ... ont également signé").
    // "During that visit, the two leaders held a bilateral meeting": the visit's days, when no day of its own is told.
    if (STAYS_BY_FIRST_DAY.has(e)) continue;
    const span =
      e.type === "dialogue_round" || (e.type === "visit" && /^\s*(?:during|lors\s+de)\s+(?:this|that|cette)\s+visite?/iu.test(s.text));
    const there = DONE_THERE.test(s.text) && /^\d{4}(?:-\d{2})?$/.test(e.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date) && !(span && /^[\d-]{10}\/[\d-]{10}$/.test(e.date)) && !there) continue;
    const hit = hits.find((h) => h.value === e.date && h.start >= e.start && h.end <= e.end);
    if (hit) return hit;
  }
  return undefined;
}

/** The range of days written right after a visit under way: "en visite officielle au Vietnam du 19 au 21 janvier". */
function rangeAfterVisit(dates: readonly DateHit[], visit: EventTrigger): DateHit | undefined {
  return dates.find((d) => d.value.includes("/") && /\d/u.test(d.text) && d.start > visit.at && d.start - visit.at < 80);
}

/**
 * "a joint statement issued at the end of the visit", "le communiqué conjoint publié à l'issue de la visite": an act with no
 * day of its own told as closing the visit just reported is done on the visit's last day.
 */
const CLOSE_OF_THE_VISIT = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])${CLOSING_WORDS}(?:e\s+|['’]\s*|\s+)(?:the|this|his|her|their|la|cette|sa|leur)\s+(?:(?:official|state|working|officielle)\s+)?(?:visit|visite)(?![\p{L}])`,
    "iu",
  ),
);

function closeOfTheVisit({ s, trig }: Scene, events: readonly EventSuggestion[]): string | undefined {
  if (!CLOSE_OF_THE_VISIT.test(s.text.slice(trig.at - s.start))) return undefined;
  const visit = [...events].reverse().find((e) => e.type === "visit" && /^[\d-]{10}\/[\d-]{10}$/.test(e.date));
  return visit?.date.split("/")[1];
}

/** "ont tenu lundi et mardi la 5e réunion", "met on Monday and Tuesday": two days joined by "and" that follow each other are a range. */
function pairedDays(kept: string, date: DateHit, here: readonly DateHit[]): string {
  if (date.value.includes("/") || date.precision !== "day") return date.value;
  const next = here.find((d) => d.start >= date.end && /^\s+(?:and|et)\s+$/iu.test(kept.slice(date.end, d.start)));
  return next && next.precision === "day" && next.value === addDays(date.value, 1) ? `${date.value}/${next.value}` : date.value;
}

/** The city of a visit already reported whose days cover a day. */
function visitCity(events: readonly EventSuggestion[], day: string, places: readonly Place[]): Place | undefined {
  const visit = events.find((e) => {
    if (e.type !== "visit" || !e.location.city || !e.date.includes("/")) return false;
    const span = dateBounds(e.date);
    const at = dateBounds(day);
    return span.first <= at.first && at.last <= span.last;
  });
  return visit ? places.find((p) => p.name === visit.location.city && p.start >= visit.start && p.end <= visit.end) : undefined;
}

/** Offices of heads of state or government as a text names them alone, capitalised ("the President", "le Premier ministre"). */
const LEADER_OFFICES = [
  "Crown Prince",
  "Prime Minister",
  "President",
  "Chancellor",
  "Premier ministre",
  "Président",
  "Emir",
  "Amir",
  "King",
];

/** Each leader's office named alone after an article ("the President", "le Premier ministre"), not followed by a name or "of". */
const LEADER_OFFICE_ALONE = LEADER_OFFICES.map(
  (o) => [o, new RegExp(`(?<![\\p{L}])(?:[Tt]he|[Ll]e|[Ll]a)\\s+${o}(?![\\p{L}])(?!,?\\s+(?:(?:of|de|du)\\s|[\\p{Lu}]))`, "u")] as const,
);

/** "the state visit of the President of Turkmenistan", "la visite d'État du Président": a head of state's or government's visit. */
const LEADERS_VISIT = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?:state visit|visite d['’]État|(?:visit|visite)\s+(?:\S+\s+){0,3}?(?:of|by|du|de la|de l['’])\s+(?:the\s+)?(?:${LEADER_OFFICES.join("|")})(?![\p{L}]))`,
    "iu",
  ),
);

/**
 * "the President held talks with ...", "His Royal Highness the Crown Prince and His Excellency the Prime Minister held
 * official talks": a leader the text named before, referred to by the office alone.
 */
function leadersByOffice(sentence: string, people: readonly Person[]): Person[] {
  const offices = LEADER_OFFICE_ALONE.filter(([, re]) => re.test(sentence)).map(([o]) => o);
  if (offices.length === 0) return [];
  return offices.flatMap((o) => holdersOf(o.toLowerCase(), people));
}

/**
 * The leaders an office named alone stands for: "the Prime Minister" is the one whose title opens with it, not the "Crown
 * Prince and Prime Minister" beside him, when the text names both.
 */
function holdersOf(office: string, people: readonly Person[]): Person[] {
  const holders = people.filter((p) => isLeaderTitle(p.title) && p.side && p.title!.toLowerCase().includes(office));
  const opening = holders.filter((p) => p.title!.toLowerCase().startsWith(office));
  return opening.length > 0 ? opening : holders;
}

/**
 * "when the Prime Minister met President Han in Ottawa": a leader's office named alone, held by no one the text names, across
 * the verb from a named leader of one side of the pair, is the other side's leader.
 */
function unnamedLeadersSide(ctx: ExtractionContext, { s, trig, participants }: Scene, leaderSides: Set<string | null>): string | undefined {
  const [side] = [...leaderSides];
  if (leaderSides.size !== 1 || !side || !ctx.pair.includes(side)) return undefined;
  if (otherSideByAMinister(participants, side)) return undefined;
  const at = trig.at - s.start;
  const before = s.text.slice(0, at);
  const after = s.text.slice(at + trig.text.length);
  const named = [...participants].filter((p) => isLeaderTitle(p.title) && p.side === side);
  const unheld = LEADER_OFFICE_ALONE.filter(([o]) => !ctx.people.some((p) => p.title?.toLowerCase().includes(o.toLowerCase())));
  const mentionedIn = (p: Person, from: number, to: number) => p.mentions.some((m) => m.start >= s.start + from && m.end <= s.start + to);
  const across = unheld.some(
    ([, re]) =>
      (re.test(before) && named.some((p) => mentionedIn(p, at, s.text.length))) ||
      (re.test(after) && named.some((p) => mentionedIn(p, 0, at))),
  );
  return across ? ctx.pair.find((c) => c !== side) : undefined;
}

/**
 * "He was granted an audience by His Majesty The King ..., and called on Prime Minister Penjor", "Le ministre a été reçu
 * par le Roi, puis par le Premier ministre": the other side is there in a minister, not a leader; the office named alone
 * is the host's own.
 */
function otherSideByAMinister(participants: Iterable<Person>, side: string): boolean {
  return [...participants].some((p) => !!p.side && p.side !== side && !isLeaderTitle(p.title));
}

/** "ANKARA, Feb 10 (Meridian Wire) -": a dateline's town written in capitals, found in the city table among the pair's. */
function datelineTown(line: Dateline, pair: readonly string[]): Place | undefined {
  const name = line.city.text
    .trim()
    .toLowerCase()
    .replace(/(?:^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  const town = citiesNamed(name).find((c) => pair.includes(c.code));
  return town ? { ...line.city, name: town.name, kind: "city", countryCode: town.code } : undefined;
}

/** Heads of government named in the plural, which the pair alone can be: "The Prime Ministers last met", "Les Chefs de Gouvernement". */
const HEADS_OF_GOVERNMENT = "(?:prime ministers|premiers ministres|heads of government|chefs de gouvernement)";
/** "The Presidents of Angola, ..., and of ...", "les présidents du Ghana et du Togo": both leaders named by their office in the plural, of their countries. */
const PLURAL_OFFICE_OF_COUNTRIES = String.raw`(?:the|les)\s+(?:presidents|présidents|heads\s+of\s+state|chefs\s+d['’]état)\s+(?:of|du|de|des|d['’])(?=\s*\p{Lu})`;
/**
 * "The presidents last met on the sidelines of the SICA summit", "Les présidents s'étaient entretenus": the presidents as the
 * subject of the verb right after them (not "the presidents of the two chambers").
 */
const PRESIDENTS_AS_SUBJECT = String.raw`(?:the|les)\s+(?:presidents|présidents)(?=\s+(?:(?:last|first|had|have|also|then|met|spoke|held|ont|avaient)(?![\p{L}])|se\s|s['’]))`;
/**
 * "Les deux présidents s'étaient rencontrés à Montréal" after "le président du KNPS, Yoon Sang-hoon", "The two presidents
 * first met in Geneva" after "the President of the Korea Forest Service": presidents told together, in a text whose
 * presidents are a body's, not a state's, are the bodies' heads, who hold no summit.
 */
function presidentsOfBodies(ctx: ExtractionContext, before: string): boolean {
  return (
    TWO_PRESIDENTS.test(before) &&
    ctx.people.some((p) => !!p.title && PRESIDENT_TITLE.test(p.title) && !isLeaderTitle(p.title)) &&
    !ctx.people.some((p) => !!p.title && PRESIDENT_TITLE.test(p.title) && /(?:Republic|République)/u.test(p.title))
  );
}
const TWO_PRESIDENTS = /(?<![\p{L}])(?:the two|both|les deux|the|les)\s+(?:presidents|présidents)(?![\p{L}])/iu;
const PRESIDENT_TITLE = /(?<![\p{L}])(?:president|présidente?)(?![\p{L}])/iu;
/** Both sides' leaders named together: "leaders", "presidents", "chefs d'État", "heads of government", "Chefs de Gouvernement". */
const LEADERS_WORDS = `(?:leaders|presidents|dirigeants|chefs d['’]état|présidents|heads of state|${HEADS_OF_GOVERNMENT})`;
/** "The two leaders met ...", "Both presidents ...", "Les Chefs de Gouvernement se sont entretenus ...": the leaders as the subject. */
const LEADERS = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:the two|both|les deux)\s+${LEADERS_WORDS}|(?:the|les)\s+${HEADS_OF_GOVERNMENT}|${PLURAL_OFFICE_OF_COUNTRIES}|${PRESIDENTS_AS_SUBJECT})(?![\p{L}])`,
    "iu",
  ),
);
/** "Talks were held ... between the two leaders", "entre les deux chefs d'État": the leaders after the verb. */
const LEADERS_MET = new RegExp(
  String.raw`^[^.;]{0,80}?(?<![\p{L}])(?:between|entre)\s+(?:the two|les deux)\s+${LEADERS_WORDS}(?![\p{L}])`,
  "iu",
);

/**
 * "Federal President Frank-Walter Steinmeier paid a state visit ... In the capital Nairobi, the Federal President met ...":
 * a title of two words or more standing alone for the one person the text gave it to (not "the Federal President of ..."
 * or "the Federal President Steinmeier"), or its head word when only that person's office has it ("la rectrice"). Read
 * once per text: each title its holder and how it is written standing alone.
 */
function titlesStandingAlone(people: readonly Person[]): Array<{ holder: Person; words: string }> {
  const holders = new Map<string, Person[]>();
  // "la rectrice de l'UdeS, Hélène Bastarache, ... Le surlendemain, la rectrice a rencontré ...": the head word of an office
  // only one person holds in the text stands for them as the whole title does.
  const byHead = new Map<string, Person[]>();
  for (const p of people) {
    const title = p.title?.toLowerCase();
    if (!title) continue;
    // One word ("président") is too little to stand for one person.
    if (/^\S+(?:\s+\S+){1,3}$/u.test(title)) holders.set(title, [...(holders.get(title) ?? []), p]);
    const head = title.split(/\s+/)[0]!;
    if (title !== head && TITLE_HEAD.test(head)) byHead.set(head, [...(byHead.get(head) ?? []), p]);
  }
  const unique = (words: Map<string, Person[]>) =>
    [...words].flatMap(([words, [holder, ...others]]) => (holder && others.length === 0 ? [{ words, holder }] : []));
  return [...unique(holders), ...unique(byHead)];
}

/** After a title's words: more of a word, or another office ("the Federal President of ..."). */
const MORE_OF_A_TITLE = /(?:\p{L}|\s+(?:of|de|du|des|d['’])\s)/uy;
/**
 * After a title's words: a word, such as the holder's name ("the Federal President Steinmeier"). Caseless, a capital
 * stands for every cased letter, so a title followed by any such word does not stand alone: one closing its clause does
 * ("met the Federal President.", "the Federal President's visit").
 */
const WORD_AFTER = /,?\s+\p{Lu}/iuy;
/** The articles a title standing alone takes. */
const ARTICLES = ["the", "le", "la"];

/**
 * Whether the title `words` (in lower case) stands alone in `text`, `lower` being the text in lower case with its offsets:
 * after an article, and followed neither by more of a title nor by a word. Searched by its words, not by a pattern made
 * for each text's titles: such a pattern, caseless and Unicode-aware, took about a millisecond to compile.
 */
function standsAlone(text: string, lower: string, words: string): boolean {
  for (let at = lower.indexOf(words); at >= 0; at = lower.indexOf(words, at + 1)) {
    const end = at + words.length;
    MORE_OF_A_TITLE.lastIndex = end;
    WORD_AFTER.lastIndex = end;
    if (articleBefore(lower, at) && !MORE_OF_A_TITLE.test(lower) && !WORD_AFTER.test(text)) return true;
  }
  return false;
}

/** Whether an article, a word of its own, and blanks stand right before `at`. */
function articleBefore(lower: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/u.test(lower[i - 1]!)) i--;
  if (i === at) return false;
  return ARTICLES.some(
    (a) => lower.startsWith(a, i - a.length) && !/\p{L}$/u.test(lower.slice(Math.max(0, i - a.length - 2), i - a.length)),
  );
}

/** The text in lower case, each character in its own place (one whose lower case is longer, as "İ", is kept). */
function lowerCasedInPlace(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length
    ? lower
    : text.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}
