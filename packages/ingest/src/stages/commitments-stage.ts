/** Stage: the pair's pledges, one commitment per pledge clause, with its due date and parties. */
import { addDays, type CommitmentSuggestion, periodEnd } from "@ties/domain";
import { monthString, shiftMonth } from "../calendar-words";
import { INSTRUMENT_HEADS } from "../agreements";
import { findCommitmentTriggers, isAgentPhrase, namesTwoBodies, START_OPENING } from "../commitments";
import { citiesNamed } from "../city-gazetteer";
import { findCountryMentions } from "../country-mentions";
import { type DateHit, lastDayOf } from "../date-expressions";
import { type ExtractionContext, round } from "../extraction-context";
import { TITLE_WORDS } from "../name-vocabulary";
import type { Person } from "../people";
import { count } from "../number-words";
import type { Sentence } from "../sentence-splitter";
import type { Span } from "../text-span";
import { joinedDate } from "./borrowed-dates";
import { wordStart } from "../word-start";

export function findCommitmentSuggestions(ctx: ExtractionContext): CommitmentSuggestion[] {
  const { opts, pair, lang, kept, sentences, people, personAt, lastPersonBefore, datesIn, sentenceIsPair } = ctx;
  const commitments: CommitmentSuggestion[] = [];
  /** "The leaders committed to:", "the governments will:": a pledge whose objects are the list items that follow. */
  let lead = null as ListLead | null;
  /** Items under "Under the Memorandum:": each is the pair's, and is read as a sentence of its own. */
  let underInstrument = false;
  for (const s of sentences) {
    const item = LIST_ITEM.exec(s.text);
    const underItem: boolean = underInstrument && !!item;
    underInstrument = underItem;
    if (
      lead &&
      item &&
      !isSiblingOfTheLead(kept, s, item[0], lead) &&
      (!lead.itemVerb || lead.itemVerb.test(s.text.slice(item[0].length)))
    ) {
      commitments.push(...itemPledges(kept, s, item[0].length, datesIn, lead).filter((c) => !lead?.datedOnly || c.due));
      continue;
    }
    lead = null;
    // "The joint statement lists:": the outcomes of a meeting, each a pledge when it is dated ahead ("a pledge to ... from
    // January 1, 2036"), not when it is done ("the signing of ...").
    if (ctx.aboutPair && OUTCOMES_LEAD.test(s.text)) {
      lead = { trigger: ":", parties: [...pair], strong: false, datedOnly: true };
      continue;
    }
    // "Under the Memorandum:", "Concrètement, l'arrangement prévoit :": a list of what the pair's instrument binds them to.
    // After "under", each item is the pair's and pledges what its own verbs do; after "provides for", each item is a pledge
    // whatever its shape.
    const instrumentLead = ctx.aboutPair ? INSTRUMENT_LEAD.exec(s.text)?.groups : undefined;
    if (instrumentLead) {
      if (instrumentLead.under) underInstrument = true;
      else lead = { trigger: ":", parties: [...pair], strong: true };
      continue;
    }
    const underTerms = ctx.aboutPair && INSTRUMENT_TERMS_OPENING.test(s.text);
    if ((!sentenceIsPair(s) && !underItem && !underTerms) || NOTHING_PLANNED.test(s.text)) continue;
    const triggers = findCommitmentTriggers(
      s,
      lang,
      (start, end) => isPeopleSubject(kept, start, end, people),
      (subject) => isCountrySubject(subject) || isPairTown(subject, pair),
      (start, end) => datesIn({ start, end }).some((d) => d.start > start && lastDayOf(d.value) >= d.reference),
    );
    // "Under the agreement: • each district will host up to 20 students a year": an item of the instrument's terms whose future
    // names no actor is the pair's all the same.
    if (underItem && triggers.length === 0 && STEP_IN_ITEM.test(s.text.slice(item![0].length))) {
      const terms = { trigger: ":", parties: [...pair], strong: false, itemVerb: FUTURE_IN_ITEM };
      commitments.push(...itemPledges(kept, s, item![0].length, datesIn, terms));
      continue;
    }
    // "Aux termes de l'entente, les deux gouvernements :", "Au titre du nouvel accord, les deux académies :": a list of pledges
    // whose lead has no verb, each item opening on a future; two bodies named together are one of each side.
    const verbless = triggers.length === 0 ? VERBLESS_LEAD.exec(s.text)?.[1]?.trim() : undefined;
    if (verbless && (isAgentPhrase(verbless) || namesTwoBodies(verbless))) {
      lead = { trigger: ":", parties: [...pair], strong: false, itemVerb: FUTURE_ITEM };
      continue;
    }
    // "4. Next steps:", "Prochaines étapes :": a heading of the pair's steps, each item a pledge when its verb is a future.
    if (triggers.length === 0 && STEPS_LEAD.test(s.text)) {
      lead = { trigger: ":", parties: [...pair], strong: false, itemVerb: FUTURE_IN_ITEM };
      continue;
    }
    // Each pledge of the sentence is a commitment of its own, spanning its clause ("X will ... by 2028 and would ... next year").
    // A renewed commitment to a named agreement records history; what is coordinated with it does too.
    if (triggers[0] && isRecordedCommitment(kept, s, triggers[0].at, triggers[0].trigger, datesIn(s), opts.published)) continue;
    triggers.forEach((t, i) => {
      const next = triggers[i + 1];
      const span = {
        start: i === 0 ? s.start : clauseBreak(kept, triggers[i - 1]!.at, t.subjectStart).opening,
        end: next ? clauseBreak(kept, t.at, next.subjectStart).closing : s.end,
      };
      if (span.end <= span.start) return;
      if (isRecordedCommitment(kept, s, t.at, t.trigger, datesIn(s), opts.published)) return;
      const subjectCountries = findCountryMentions(t.subject)
        .filter((c) => !c.possessive)
        .map((c) => c.code);
      const subjectPerson = personAt(t.subjectStart, t.at);
      let parties: string[];
      if (subjectCountries.length > 0) parties = [...new Set(subjectCountries)];
      // "He will travel to Almaty on Friday": the person last named; when nothing gives that person's side, either of the pair.
      else if (/^(?:she|he|elle|il)$/i.test(t.subject)) {
        const last = lastPersonBefore(t.subjectStart);
        parties = last && last.side === null ? [...pair] : [last?.side].filter((c): c is string => !!c);
      } else if (subjectPerson?.side && !/\band\b|\bet\b/.test(t.subject)) parties = [subjectPerson.side];
      else parties = [...pair];
      if (parties.some((c) => !pair.includes(c)) || parties.length === 0) return;
      if (tripOutsideThePair(kept.slice(t.at, span.end), pair) || doneOnATripOutsideThePair(kept.slice(span.start, t.at), pair)) return;
      // A pledge ending in a colon announces a list: its items are the commitments, the lead itself is none.
      // "tasked their foreign ministers to:": words between the pledge verb and the colon still announce the list.
      if (!next && LIST_LEAD_REST.test(kept.slice(t.at + t.trigger.length, span.end))) {
        lead = { trigger: t.trigger, parties, strong: t.strong, ownMark: itemMark(kept, s, LIST_ITEM.exec(s.text)?.[0]) };
        return;
      }
      // "will issue a first call in July ... and announce the winning projects by December 15": one pledge verb over two
      // predicates, each with a due date of its own, is two pledges.
      const parts = splitAtSecondDue(
        kept,
        span,
        datesIn(span).filter((d) => d.start > t.at),
      );
      for (const [k, part] of parts.entries()) {
        const verbAt = k === 0 ? t.at : part.start;
        // "in their annual reports for fiscal year 2031–32": the fiscal year a report covers is no deadline.
        const spanDates = datesIn(part).filter((d) => !FISCAL_YEAR_COVERED.test(kept.slice(Math.max(0, d.start - 30), d.start)));
        const firstDue = dueOf(spanDates, verbAt);
        const due =
          (firstDue && laterJoinedDate(kept, spanDates, firstDue)) ??
          openingDue(spanDates, kept, part.start, t.subjectStart) ??
          startOpeningDue(s, datesIn(s));
        // "which the two ministries agreed to terminate as of today": what takes effect the day it is reported is done.
        if (
          /(?<![\p{L}])(?:as\s+of\s+today|with\s+immediate\s+effect|dès\s+aujourd['’]hui|à\s+compter\s+d['’]aujourd['’]hui)(?![\p{L}])/iu.test(
            kept.slice(verbAt, part.end),
          )
        )
          continue;
        // "... would host the 2+2 Meeting in Seoul in June, and Minister Anand accepted an invitation to visit Korea for the
        // meeting": a pledge with no date of its own that names the event of the pledge just before is due with it, where it
        // names it after its verb or before ("During the visit, the Minister will also open ...").
        const before = commitments.at(-1);
        const referred =
          !due &&
          before?.due &&
          part.start - before.end < 400 &&
          (REFERS_BACK.test(kept.slice(part.start, part.end)) || recurringAfterStart(ctx, before, s, kept.slice(part.start, part.end)))
            ? before
            : undefined;
        // "Monday, April 23 / Seoul / The Minister will co-chair ...": an itinerary's pledge is due on the day heading it.
        const heading = !due && !referred ? dayHeadingBefore(kept, ctx.dateHits, part.start) : null;
        const named = !due && !referred && !heading ? dateNamedBefore(kept, ctx.dateHits, part) : null;
        const invited =
          !due && !referred && !heading && !named && /invitation/iu.test(t.trigger)
            ? invitationDateBefore(kept, ctx.dateHits, verbAt)
            : null;
        // "invited the Prime Minister to visit Korea at a mutually convenient time. Prime Minister Carney accepted the
        // invitation": a courtesy invitation with no time sets no step, nor does its acceptance.
        const dated = due ?? heading ?? named ?? invited;
        if (!dated && /invitation/iu.test(t.trigger) && courtesyInvitationBefore(kept, verbAt)) continue;
        const counted = dated || referred ? null : (termCountedFrom(ctx, part) ?? termAfterStart(ctx, part));
        const dueValue = dated ? dueOfRange(dated.value) : (referred?.due ?? counted?.value ?? null);
        commitments.push({
          start: part.start,
          end: part.end,
          text: kept.slice(part.start, part.end),
          confidence: round(t.strong ? 0.8 : 0.65),
          rule: `commitment.${t.strong ? "pledge-verb" : "future-with-actor"}`,
          trigger: t.trigger,
          parties,
          due: dueValue,
          dueLastDay: dueValue ? periodEnd(dueValue) : null,
          dueText: dated?.text ?? referred?.dueText ?? counted?.text ?? null,
        });
      }
    });
  }
  return commitments;
}

/** A list item's pledges (two when it joins two predicates, each with its own date), each due by its first date still ahead. */
function itemPledges(
  kept: string,
  s: Sentence,
  itemMark: number,
  datesIn: (span: Span) => DateHit[],
  lead: ListLead,
): CommitmentSuggestion[] {
  return splitAtSecondDue(kept, { start: s.start + itemMark, end: s.end }, datesIn(s)).map((part) => {
    const due = dueOf(
      datesIn(part).filter((d) => !CONDITION_BEFORE.test(kept.slice(Math.max(part.start, d.start - 30), d.start))),
      part.start,
    );
    const dueValue = due ? dueOfRange(due.value) : null;
    return {
      start: part.start,
      end: part.end,
      text: kept.slice(part.start, part.end),
      confidence: round(lead.strong ? 0.75 : 0.6),
      rule: "commitment.list-item",
      trigger: lead.trigger,
      parties: lead.parties,
      due: dueValue,
      dueLastDay: dueValue ? periodEnd(dueValue) : null,
      dueText: due?.text ?? null,
    };
  });
}

/** "From Friday 1 October 2032, Route HM1 will run ..., and Route HM5 will start": each step is due on the start opening the sentence. */
function startOpeningDue(s: Sentence, dates: readonly DateHit[]): DateHit | null {
  const opening = START_OPENING.exec(s.text);
  if (!opening) return null;
  return dates.find((d) => d.end <= s.start + opening[0].length && d.precision !== undefined && lastDayOf(d.value) >= d.reference) ?? null;
}

/**
 * "The two ports will exchange staff from January, and a first pilot voyage ... between Laem Chabang and Rotterdam will
 * sail in May 2028": a second pledge's clause opens after the coordinating ", and", not at the last words before its verb.
 */
function clauseBreak(kept: string, previousAt: number, subjectStart: number): { closing: number; opening: number } {
  const between = kept.slice(previousAt, subjectStart);
  const last = [...between.matchAll(/(?:,\s+(?:and|et|while|but|mais)|;)\s+/giu)].at(-1);
  return last
    ? { closing: previousAt + last.index + 1, opening: previousAt + last.index + last[0].length }
    : { closing: subjectStart, opening: subjectStart };
}

/**
 * "..., and Bolivia the 96-kilometre section by June 2034": a second subject whose verb is left out, the first
 * clause's, followed straight by what it acts on.
 */
const GAPPED_SUBJECT = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:the|its|their|le|la|les|ses|leurs)\s|l['’])`;

/** "..., and a second in Busan in the autumn", "et un second à Daejeon à l'automne": a second object, its noun and verb left out. */
const SECOND_OF_THE_SAME = String.raw`(?:(?:a|un|une)\s+(?:second|seconde|deuxième|third|troisième)|another|un\s+autre|une\s+autre)\s`;
/** "and must be completed by ...", "et devront être achevés d'ici ...": a second predicate in the passive, after its modal. */
const MODAL_PASSIVE = String.raw`(?:will|shall|must|devr(?:a|ont)|doi(?:t|vent))\s+(?:be|être)\s+\p{Ll}{3,}(?:ed|en|é|és|ée|ées|is|ise|ises|it|its|us|ue|ues)(?![\p{L}])`;

/**
 * A second subject in French with its future: "..., et des inspecteurs de l'APQA visiteront en novembre ...", "..., et la
 * Somalie ouvrira un consulat ...".
 */
const FR_SUBJECT_WITH_FUTURE = String.raw`(?:des|les|la|le|l['’]|un|une)\s*(?:[\p{L}'’-]+\s+){1,4}?\p{Ll}{3,}(?:eront|iront|dront|era|ira|dra)\s`;
/**
 * The verb opening a second predicate, and what it acts on: "will train 400 ...", "launch a ...", "de réduire les ..."; or
 * a second subject named with its future ("Canada will open ...", "the Governments will take ..."). A past in "-ed"
 * ("..., and described the memorandum as ...", "and welcomed the ...") tells what was done, no second pledge.
 */
const PREDICATE_AHEAD = String.raw`(?=(?:will\s+|shall\s+|de\s+|d['’])?(?!\p{Ll}{2,}[^e\s]ed\s)\p{Ll}{3,}\s+(?:a|an|the|its|their|\d+|un|une|le|la|les|des|l['’])|${SECOND_OF_THE_SAME}|${MODAL_PASSIVE}|(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:will|shall)\s+\p{Ll}{3,}\s|${FR_SUBJECT_WITH_FUTURE}|${GAPPED_SUBJECT})`;
/** A predicate joined by "and" after a first due date: "..., and will train 400 ...", "and launch a mentorship programme". */
const SECOND_PREDICATE = new RegExp(String.raw`,?\s+(?:and|et)\s+${PREDICATE_AHEAD}`, "u");
/** The same after the only due date, set off by a comma: "reopen the post before June, and cut the fees ...", ", et de réduire les frais". */
const SECOND_PREDICATE_AFTER_DUE = new RegExp(String.raw`,\s+(?:and|et)\s+${PREDICATE_AHEAD}`, "u");

/**
 * "open a Vancouver chapter by January 2031 and launch a mentorship programme ... by April 2031": a list item that joins
 * two predicates, each with a due date of its own, is two pledges, cut at the "and" between the dates.
 */
function splitAtSecondDue(kept: string, span: Span, dates: readonly DateHit[]): Span[] {
  const dues = dates.filter(
    (d) => d.start >= span.start && d.end <= span.end && d.precision !== undefined && lastDayOf(d.value) >= d.reference,
  );
  if (dues.length === 1) return splitAfterOnlyDue(kept, span, dues[0]!);
  if (dues.length !== 2 || isRunUntil(kept.slice(dues[0]!.end, dues[1]!.start))) return [span];
  const join = SECOND_PREDICATE.exec(kept.slice(dues[0]!.end, dues[1]!.start));
  if (!join) return [span];
  const cut = dues[0]!.end + join.index;
  return [
    { start: span.start, end: cut },
    { start: cut + joinOpening(join[0], kept.slice(cut, cut + 120)), end: span.end },
  ];
}

/**
 * "will open at the Museum on May 16, 2035, and run until January 2036", "ouvrira le 3 mai et restera ouverte jusqu'en
 * septembre", "will open in March and remain on view through June": the second predicate tells how long what the first
 * opens lasts, its end, and is no pledge of its own.
 */
const RUN_UNTIL =
  /^,?\s+(?:and|et)\s+(?:will\s+)?(?:run|remain|stay|last|restera|resteront|se\s+poursuivra|se\s+poursuivront)\s+(?:(?:open|on\s+view|ouverte?s?|à\s+l['’]affiche)\s+)?(?:until|till|through|jusqu['’](?:au|à|en))\s+$/iu;

/** Whether what stands between two due dates joins a run's end to its start (", and run until"). */
function isRunUntil(between: string): boolean {
  return RUN_UNTIL.test(between);
}

/**
 * Where the second pledge opens in its join: after the conjunction, or at it when the second clause leaves its verb out
 * (", and Bolivia the 96-kilometre section ...", ", et un second à Daejeon", which tell nothing without it).
 */
const GAPPED_AFTER_CONJUNCTION = new RegExp(String.raw`^,?\s+(?:and|et)\s+(?=${GAPPED_SUBJECT}|${SECOND_OF_THE_SAME})`, "u");

function joinOpening(join: string, ahead: string): number {
  const conjunction = /^,?\s*/u.exec(join)?.[0].length ?? 0;
  return GAPPED_AFTER_CONJUNCTION.test(ahead) ? conjunction : join.length;
}

/**
 * "de mettre en service, d'ici décembre, un deuxième bac ..., et de réduire les frais de traversée": a second predicate
 * joined after the only due date has none of its own, and is a pledge of its own with no due date.
 */
function splitAfterOnlyDue(kept: string, span: Span, due: DateHit): Span[] {
  const join = SECOND_PREDICATE_AFTER_DUE.exec(kept.slice(due.end, span.end));
  if (!join) return [span];
  const cut = due.end + join.index;
  return [
    { start: span.start, end: cut },
    { start: cut + joinOpening(join[0], kept.slice(cut, cut + 120)), end: span.end },
  ];
}

/** A line that is a date and at most a place: "Monday, April 23", "Lundi 24 septembre – Séoul", "Thursday, April 26 – Friday, April 27". */
const HEADING_REST = /^[ \t]*(?:[–—-][ \t]*[\p{Lu}][\p{L}'’ .-]{0,40})?[ \t]*$/u;

/**
 * The day heading a pledge stands under: the last line before it, within a few lines, that is only a date still ahead
 * (and a place), in a programme or an itinerary that dates its items by their headings.
 */
function dayHeadingBefore(kept: string, dates: readonly DateHit[], offset: number): DateHit | null {
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    if (d.end > offset) continue;
    if (offset - d.end > 400) return null;
    const lineStart = kept.lastIndexOf("\n", d.start - 1) + 1;
    const lineEnd = kept.indexOf("\n", d.end);
    if (lineEnd < 0 || lineEnd > offset || kept.slice(lineStart, d.start).trim() !== "") continue;
    if (!HEADING_REST.test(kept.slice(d.end, lineEnd))) continue;
    return d.value.slice(0, 10) > d.reference ? d : null;
  }
  return null;
}

/**
 * "for the meeting", "lors de cette visite": an event named just before, referred back to; so is the opening of what the pledge
 * before opens ("sera mis en service au cours du premier semestre 2030, et les deux administrations y appliqueront un contrôle
 * unique dès son ouverture", "from its opening").
 */
const REFERS_BACK = wordStart(
  /(?<![\p{L}])(?:(?:for|at|during|to)\s+(?:the|that|this)\s+(?:meeting|visit|summit|session|talks|forum)|lors\s+de\s+(?:cette|la)\s+(?:visite|réunion|rencontre|session|mission)|à\s+cette\s+occasion|(?:dès|à|lors\s+de)\s+(?:son|sa|leur)\s+(?:ouverture|mise\s+en\s+service|entrée\s+en\s+vigueur)|(?:from|upon|on)\s+(?:its|their)\s+(?:opening|launch|entry\s+into\s+force))(?![\p{L}])/iu,
);

/** A duty that recurs: "daily", "every week", "chaque mois", "quotidiennement". */
const RECURRING = wordStart(
  /(?<![\p{L}])(?:daily|weekly|monthly|every\s+(?:day|week|month)|chaque\s+(?:jour|semaine|mois)|quotidiennement|mensuellement)(?![\p{L}])/iu,
);
/** The words that announce a start right before its date: "from", "as of", "à partir du". */
const START_WORDS = /(?<![\p{L}])(?:from|as\s+of|starting|beginning|à\s+partir\s+du|à\s+compter\s+du|dès\s+le)\s+$/iu;

/**
 * "Joint teams will begin patrols from 1 May, and both coast guards will report to the centre daily": a recurring duty with
 * no date of its own, coordinated in the sentence of a pledge that announces a start, begins with that start.
 */
function recurringAfterStart(ctx: ExtractionContext, before: CommitmentSuggestion, s: Sentence, clause: string): boolean {
  if (before.start < s.start || !before.dueText || !RECURRING.test(clause)) return false;
  const at = ctx.kept.indexOf(before.dueText, before.start);
  return at >= 0 && at < before.end && START_WORDS.test(ctx.kept.slice(Math.max(0, at - 20), at));
}

/** How far back an accepted invitation's own words are looked for: the sentence or two before it. */
const INVITATION_REACH = 400;

/**
 * "President Han ... invited him to visit the Republic of Korea in 2031. The Prime Minister accepted the invitation.": an
 * invitation accepted with no date of its own is due when the invitation said, the last date still ahead after the word
 * "invited" ("invité", "invitation") just before the acceptance, in the sentence before or in its own ("invited President Kang
 * to pay a state visit to Canada next year, and President Kang accepted the invitation").
 */
function invitationDateBefore(kept: string, dates: readonly DateHit[], offset: number): DateHit | null {
  const from = Math.max(0, offset - INVITATION_REACH);
  const invitedAt = kept.slice(from, offset).search(/(?<![\p{L}])invit(?:ed|es?|ée?s?|ation)(?![\p{L}])/iu);
  if (invitedAt < 0) return null;
  const after = from + invitedAt;
  return (
    [...dates]
      .reverse()
      .find((d) => d.start >= after && d.end <= offset && d.precision !== undefined && lastDayOf(d.value) >= d.reference) ?? null
  );
}

/**
 * An invitation "at a mutually convenient time", "à une date à convenir": a courtesy that names no time. A date "qui sera
 * fixée par la voie diplomatique" is one the two sides undertake to set: its acceptance is a pledge with no due date.
 */
const CONVENIENT_TIME = wordStart(
  /(?<![\p{L}])(?:at\s+a\s+(?:mutually\s+)?convenient\s+(?:time|date)|at\s+a\s+time\s+convenient|à\s+une\s+date\s+(?:mutuellement\s+convenue|à\s+convenir|qui\s+reste\s+à\s+convenir))(?![\p{L}])/iu,
);

/** Whether the invitation told just before an acceptance is a courtesy with no time. */
function courtesyInvitationBefore(kept: string, offset: number): boolean {
  return CONVENIENT_TIME.test(kept.slice(Math.max(0, offset - INVITATION_REACH), offset));
}

/**
 * "before then", "by that date", "before that round", "beforehand", "ahead of the conference", "d'ici là", "avant cette
 * date": a due date named by reference.
 */
const DATE_BY_REFERENCE = wordStart(
  /(?<![\p{L}])(?:(?:before|by|until)\s+(?:then|(?:that|this|the\s+same)\s+(?:date|day|round|meeting|session|visit|summit|deadline))|beforehand|ahead\s+of\s+(?:the|that|this)\s+(?:conference|forum|meeting|session|summit|visit|round|festival)|d['’]ici\s+là|(?:avant|d['’]ici)\s+(?:cette|ce|la\s+même)\s+(?:date|jour|réunion|session|visite|rencontre|ronde|échéance))(?![\p{L}])/iu,
);

/**
 * "The rail service will start on 5 December; the other side will finance the station before that date": a pledge due
 * "before then" is due on the last date the text gave before those words, in its sentence or the one before, if it is
 * still ahead.
 */
function dateNamedBefore(kept: string, dates: readonly DateHit[], span: Span): DateHit | null {
  const m = DATE_BY_REFERENCE.exec(kept.slice(span.start, span.end));
  if (!m) return null;
  const at = span.start + m.index;
  const last = dates.filter((d) => d.end <= at && at - d.start < 400 && d.precision !== undefined).at(-1);
  return last && lastDayOf(last.value) >= last.reference ? last : null;
}

const FISCAL_YEAR_COVERED = wordStart(
  /(?<![\p{L}])(?:for|pour)\s+(?:the\s+|l['’])?(?:fiscal\s+year|financial\s+year|FY|exercice(?:\s+financier)?)\s+$/iu,
);

/**
 * "within six months of that audit", "au plus tard six mois après l'entrée en vigueur", "within 60 days of its response": a
 * term counted from an event the text dated before.
 */
const TERM_FROM = wordStart(
  /(?<![\p{L}])(?:within|no\s+later\s+than|au\s+plus\s+tard|dans\s+les)\s+(?<n>\d{1,3}|one|two|three|four|six|nine|twelve|un|deux|trois|quatre|six|neuf|douze)\s+(?<unit>days?|weeks?|months?|jours|semaines|mois)\s+(?:of|after|following|après|suivant)\s+(?:the\s+|that\s+|this\s+|its\s+|their\s+|l['’]|la\s+|le\s+|sa\s+|son\s+|leur\s+)?(?<event>[\p{L}-]+(?:\s+en\s+vigueur|\s+into\s+force)?)/iu,
);

/**
 * The due date of a term counted from an event: the event's date is the last date before the term whose sentence names the
 * event ("a joint audit ... in the first quarter of 2032", "entrera en vigueur le 1er avril 2033", "In its response of 2
 * June"), at its end, and the term is added in the event date's own precision.
 */
function termCountedFrom(ctx: ExtractionContext, span: Span): { value: string; text: string } | null {
  const { kept, dateHits, sentenceOf } = ctx;
  const m = TERM_FROM.exec(kept.slice(span.start, span.end));
  if (!m) return null;
  const at = span.start + m.index;
  const event = m.groups!.event!.toLowerCase();
  const stem = /(?:vigueur|force)$/u.test(event) ? /en\s+vigueur|into\s+force/iu : new RegExp(`(?<![\\p{L}])${event.slice(0, 5)}`, "iu");
  const n = count(m.groups!.n);
  if (!n) return null;
  const unit = m.groups!.unit!.toLowerCase();
  // The event named elsewhere than in the term itself, and a due date still ahead: an entry into force years back is another's.
  for (const d of dateHits.filter((h) => h.end <= at && at - h.start < 3000 && h.precision !== undefined).reverse()) {
    const own = sentenceOf(d.start);
    if (!own || !stem.test(kept.slice(own.start, own.end).replace(m[0], ""))) continue;
    const value = addTerm(d.value.includes("/") ? d.value.split("/")[1]! : d.value, n, unit);
    if (value && lastDayOf(value) >= d.reference) return { value, text: m[0] };
  }
  return null;
}

/** "will review rates ... after six months": a bare term in months, counted from the start the text announced. */
const MONTHS_AFTER = wordStart(
  /(?<![\p{L}])(?:after|après)\s+(?<n>\d{1,2}|one|two|three|four|six|nine|twelve|un|deux|trois|quatre|six|neuf|douze)\s+(?:months|mois)(?![\p{L}])(?!\s+(?:of|after|following|après|suivant|d[eu']))/iu,
);
/** "Starting 12:00 a.m. on July 1, 2032,", "Effective 1 May", "À compter du 1er juillet": a start announced before its date (a time
 * of day, "a.m.", may stand between). */
const START_BEFORE = wordStart(/(?<![\p{L}])(?:starting|beginning|effective|à\s+compter\s+du|dès\s+le)\s[^;,\n]{0,24}$/iu);

/**
 * The due month of a bare term ("after six months"): the first start the text announced still ahead ("Starting 12:00 a.m.
 * on July 1, 2032, customers will ..."), plus the term; a term with no day of its own is due in a month.
 */
function termAfterStart(ctx: ExtractionContext, span: Span): { value: string; text: string } | null {
  const { kept, dateHits } = ctx;
  const m = MONTHS_AFTER.exec(kept.slice(span.start, span.end));
  if (!m) return null;
  const start = dateHits.find(
    (d) =>
      d.end <= span.start &&
      d.precision === "day" &&
      d.value >= d.reference &&
      START_BEFORE.test(kept.slice(Math.max(0, d.start - 40), d.start)),
  );
  const n = count(m.groups!.n);
  const value = start && n ? addTerm(start.value.slice(0, 7), n, "months") : null;
  return value ? { value, text: m[0] } : null;
}

/** A date plus a term, in the date's own precision: "2032-03" and six months is "2032-09", "2031-06-02" and 60 days "2031-08-01". */
function addTerm(value: string, n: number, unit: string): string | null {
  const [y, mo, d] = value.split("-").map(Number) as [number, number?, number?];
  if (mo === undefined) return null;
  if (/^(?:months?|mois)$/u.test(unit)) {
    const shifted = shiftMonth(y, mo, n);
    const month = monthString(shifted.year, shifted.month);
    return d === undefined ? month : `${month}-${String(d).padStart(2, "0")}`;
  }
  if (d === undefined) return null;
  return addDays(value, /^(?:weeks?|semaines)$/u.test(unit) ? n * 7 : n);
}

/**
 * "No such meeting has been scheduled, and the agency will report ...", "Une telle rencontre n'est pas prévue ; nous vous
 * tiendrons informés", "Nothing is scheduled; I will share news if that changes": a sentence opening on what is not planned
 * pledges nothing, what follows only promises news of it.
 */
const NOTHING_PLANNED =
  /^\s*(?:(?:nothing|rien)\s+(?:is|has\s+been|n['’]est|n['’]a\s+été)\s+(?:yet\s+|encore\s+)?(?:scheduled|planned|prévu|programmé)|no\s+(?:such\s+)?(?:[\p{L}-]+\s+){1,2}(?:has|have|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:scheduled|planned|set|announced|foreseen)|(?:une|un|aucune?)\s+(?:telle?\s+)?(?:[\p{L}-]+\s+){1,2}n['’](?:est|a|ont|sont)\s+(?:pas|encore|toujours)(?:\s+(?:encore|été))*\s+(?:prévue?s?|programmée?s?|fixée?s?|annoncée?s?))(?![\p{L}])/iu;

interface ListLead {
  trigger: string;
  parties: string[];
  strong: boolean;
  /** What each item must open with to be a pledge, when the lead has no verb of its own. */
  itemVerb?: RegExp;
  /** Whether an item is a pledge only with a due date ahead (a statement's list of outcomes). */
  datedOnly?: boolean;
  /** The mark of the item the lead itself stands in, with its indent ("- " at the line's start), when it stands in one. */
  ownMark?: string;
}

/** A list item's mark with the indent before it on its line, or undefined for a sentence that opens on none. */
function itemMark(text: string, s: Sentence, mark: string | undefined): string | undefined {
  if (mark === undefined) return undefined;
  const indent = text.slice(text.lastIndexOf("\n", s.start - 1) + 1, s.start);
  return /^[ \t]*$/u.test(indent) ? `${indent}${mark}`.trimEnd() : undefined;
}

/**
 * "- The two sides agreed on the following measures: / 1) ... 2) ... / - Korea lost some 24,000 hectares ...", "* The
 * ministers agreed to: / o ... / * Separately, ...": an item with the very mark and indent of the item the lead stands in
 * is the lead's sibling, the next point of the outer list, and no object of its pledge.
 */
function isSiblingOfTheLead(text: string, s: Sentence, mark: string, lead: ListLead): boolean {
  return lead.ownMark !== undefined && itemMark(text, s, mark) === lead.ownMark;
}

/**
 * A lead announcing a statement's outcomes as a list: "The joint statement issued after the talks lists:", "Le communiqué
 * conjoint énumère :".
 */
const OUTCOMES_LEAD =
  /(?:statement|declaration|communiqu[ée]|déclaration)(?:\s+(?:commune|conjointe?))?[^.:;]{0,60}?\s(?:lists|sets\s+out|énumère)\s*:\s*$/iu;

/** A lead line with no verb: an opener, then the actors and a colon. */
const VERBLESS_LEAD = /^(?:[^,:]{0,80},\s+)?([^,:]{3,60}?)\s*:\s*$/u;
/** A list item opening on a future verb: "organiseront un premier forum", "will hold". */
const FUTURE_ITEM = /^\s*(?:will\s+\p{Ll}+|\p{Ll}{3,}(?:eront|iront|ront|ra))(?![\p{L}])/u;

/**
 * A lead line naming the instrument whose terms the list gives: "Under the Memorandum:", "Aux termes de l'accord :", "The
 * agreement provides for:", "Concrètement, l'arrangement prévoit :".
 */
const INSTRUMENT_LEAD = new RegExp(
  String.raw`^\s*(?:[^,:]{0,40},\s+)?(?:(?<under>under|aux\s+termes\s+d[eu]|en\s+vertu\s+d[eu]|au\s+titre\s+d[eu])\s+(?:the\s+|this\s+|its\s+|l['’]|la\s+|le\s+|cet(?:te)?\s+|ce\s+)?(?:new\s+|nouvel(?:le)?\s+|nouveau\s+)?(?:${INSTRUMENT_HEADS})|(?:the\s+|this\s+|l['’]|la\s+|le\s+|cet(?:te)?\s+|ce\s+)(?:new\s+|nouvel(?:le)?\s+|nouveau\s+)?(?:${INSTRUMENT_HEADS})\s+(?:provides\s+for|prévoit))\s*:\s*$`,
  "iu",
);

/**
 * A sentence opening on the instrument whose terms it tells: "Under the agreements, the border post will open in May, and
 * ...", "Aux termes des accords, le poste frontalier sera mis en service ...". In a text about the pair, the instruments are
 * the pair's and so are the steps the sentence goes on to tell, whatever its grammatical subjects name.
 */
const INSTRUMENT_TERMS_OPENING = new RegExp(
  String.raw`^\s*(?:under|aux\s+termes\s+d(?:u|es?)|en\s+vertu\s+d(?:u|es?))\s+(?:the\s+|these\s+|this\s+|its\s+|l['’]|la\s+|le\s+|ces\s+|cet(?:te)?\s+|ce\s+)?(?:new\s+|nouvel(?:le)?s?\s+|nouveaux?\s+)?(?:${INSTRUMENT_HEADS})s?,\s`,
  "iu",
);

/**
 * A heading announcing the pair's next steps as a list: "4. Next steps:", "Next steps (agreed at the Joint Commission)", and
 * a notice's own undertakings: "3. What we are committing to", "Nos engagements".
 */
const STEPS_LEAD =
  /^\s*(?:\d{1,2}[.)]\s+)?(?:next\s+steps|the\s+way\s+forward|follow-up|prochaines\s+étapes|suites\s+à\s+donner|what\s+we\s+(?:are|['’]re)\s+committing\s+to|what\s+we\s+will\s+do|our\s+commitments|nos\s+engagements)(?:\s*\([^()]{0,80}\))?\s*:?\s*$/iu;
/**
 * An item of an instrument's terms whose future is a step, not a state: "each district will host ...", not "researchers will
 * have access to ...".
 */
const STEP_IN_ITEM =
  /^\s*(?:[^.;:]{0,80}?\s)?(?:will\s+(?!(?:be|have|need|remain|help|allow|enable|benefit)(?![\p{L}]))\p{Ll}+|\p{Ll}{3,}(?:eront|iront|ront|ra))(?![\p{L}])/u;
/** An item whose own subject comes first: "SANIPES will submit ...", "un comité se réunira ...". */
const FUTURE_IN_ITEM = /^\s*(?:[^.;:]{0,80}?\s)?(?:will\s+\p{Ll}+|\p{Ll}{3,}(?:eront|iront|ront|ra))(?![\p{L}])/u;

/** A range of days is due on its first day (a visit "from November 23 to 25" is kept when it starts); a wider range by its end. */
function dueOfRange(value: string): string {
  if (!value.includes("/")) return value;
  const [first, last] = value.split("/") as [string, string];
  return first.length === 10 && last.length === 10 ? first : last;
}

/** "(a) Every claim filed before 30 April will ...": a date in a participle's condition on the item's subject, not its due. */
const CONDITION_BEFORE = wordStart(/(?<![\p{L}])\p{Ll}{3,}(?:ed|en)\s+(?:before|after|prior\s+to|until)\s+$/u);

/**
 * What may follow a pledge's verb in a lead that announces a list: "tasked their foreign ministers to:", "will also:",
 * "committed to the following:", "agreed on the following points:", "agreed to the following follow-up measures:".
 */
const LIST_LEAD_REST =
  /^(?:\s+[^.;:]{0,80}?\s(?:to|à|de))?(?:\s+(?:also|further|jointly|together|aussi|également|en\s+outre|(?:on\s+)?the\s+following(?:\s+[\p{Ll}-]+){0,2}|(?:ce\s+qui\s+suit|les\s+(?:points|mesures)\s+suivant(?:e|s|es)?)))?\s*:\s*$/u;

/**
 * A list item: a dash, a bullet or a number opening the line; a Korean ministry's release marks its items with a small
 * letter "o" under a square ("□ The two sides agreed to the following measures: / o The two ministries will ...").
 */
const LIST_ITEM = /^\s*(?:[-–—•*▪]|\(?\d{1,2}[.)]|\(?[a-h]\)|o(?=\s+\p{Lu}))\s+/u;

/**
 * The due date of a pledge: the first date after its verb that is not before the reference. A relative day that is
 * not after the reference ("..., the ministry said Thursday") dates the report, not the pledge.
 */
function dueOf(dates: readonly DateHit[], from: number): DateHit | null {
  return (
    dates
      .filter((d) => d.start >= from && d.precision !== undefined)
      .find(
        (d) => lastDayOf(d.value) >= d.reference && !(d.relative && d.precision === "day" && !d.value.includes("/") && datesTheReport(d)),
      ) ?? null
  );
}

/** "this Thursday", "ce jeudi", "cette semaine": a day named with a demonstrative, which looks at the day of writing or later. */
const THIS_DAY = /^(?:this|ce|cet|cette)\s/iu;

/**
 * Whether a relative day dates the report rather than a step: a day before the reference ("..., the ministry said
 * Monday"), or the reference itself unless named with a demonstrative ("se rendra ce jeudi à Siem Reap" is the step's day).
 */
function datesTheReport(d: DateHit): boolean {
  return d.value < d.reference || (d.value === d.reference && !THIS_DAY.test(d.text));
}

/**
 * "will send 30 artists for residencies in the spring and summer": a step over two months or seasons joined by "and" is
 * due at the later one's end, as a range wider than days is; over two days ("on Thursday and Friday") it is due on the
 * first, as a range of days is.
 */
function laterJoinedDate(text: string, dates: readonly DateHit[], due: DateHit): DateHit {
  if (due.value.length === 10) return due;
  const next = joinedDate(text, dates, due);
  return next && lastDayOf(next.value) > lastDayOf(due.value) ? next : due;
}

/** What may stand between an opening date and the clause's subject: its comma, after the place named with it ("in Toronto"). */
const OPENING_DATE_TO_SUBJECT = /^\s*(?:(?:in|at|à|au|en)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*)?,\s*$/u;

/**
 * "Le 15 mai, M. Nam rencontrera ...", "On 24 April, the agency will sign ...", "Tomorrow in Toronto, she will meet ...": a
 * date opening the clause, before its subject.
 */
function openingDue(dates: readonly DateHit[], text: string, clauseStart: number, subjectStart: number): DateHit | null {
  const first = dates.find((d) => d.start >= clauseStart && d.end <= subjectStart);
  if (!first || first.precision === undefined || lastDayOf(first.value) < first.reference) return null;
  return /^[\s,;–—•*-]*(?:(?:and|et)\s+)?(?:on|in|from|by|le|en|dès)?\s*$/iu.test(text.slice(clauseStart, first.start)) &&
    OPENING_DATE_TO_SUBJECT.test(text.slice(first.end, subjectStart))
    ? first
    : null;
}

/**
 * "They also reaffirmed their commitment to the General Security of Information Agreement",
 * "... reaffirmed their commitment to the FTA on its tenth anniversary last year": a renewed
 * commitment to a named agreement, or one dated well before publication, records history rather
 * than pledging anything new. "Reaffirmed their commitment to working together" still counts.
 */
function isRecordedCommitment(
  text: string,
  s: Sentence,
  at: number,
  trigger: string,
  dates: readonly DateHit[],
  published: string,
): boolean {
  if (!/commitment\s+to$|engagement\s+à$/iu.test(trigger)) return false;
  const object = text.slice(at + trigger.length, s.end);
  if (
    /^\s+(?:the|la|le|l['’])\s*(?:(?:[\p{Lu}][\p{L}-]*|of|on|for|and|de|du|des|sur)\s+){0,8}(?:Agreement|Partnership|Treaty|Accord|FTA|Plan|Arrangement|Accord|Partenariat|Traité|Entente)(?![\p{L}])/u.test(
      object,
    )
  )
    return true;
  if (/^\s+(?:the\s+)?[\p{Lu}]{3,}(?![\p{L}])/u.test(object)) return true;
  const monthBefore = new Date(Date.parse(`${published}T00:00:00Z`) - 31 * 86_400_000).toISOString().slice(0, 10);
  return dates.some((d) => d.start > at && lastDayOf(d.value) < monthBefore);
}

/** A subject made only of people and their titles: "Cho and Joly", "Minister Joly", "la ministre Joly". */
function isPeopleSubject(text: string, start: number, end: number, people: readonly Person[]): boolean {
  const inside = people.flatMap((p) => p.mentions).filter((m) => m.start >= start && m.end <= end);
  let rest = text.slice(start, end);
  for (const m of [...inside].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start - start) + " " + rest.slice(m.end - start);
  const words = rest.split(/[\s,&]+/).filter(Boolean);
  // "Kahlon will lead ...", "Hon. Ablakwa will travel ...": a person named earlier, by one part of the name.
  const nameParts = new Set(people.flatMap((p) => p.name.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w))));
  const byPart = words.some((w) => nameParts.has(w));
  if (inside.length === 0 && !byPart) return false;
  return words.every(
    (w) =>
      nameParts.has(w) ||
      /^(?:hon|mr|ms|mrs|dr|m|mme|h\.e)\.?$/i.test(w) ||
      /^(?:and|et|the|la|le|l['’]|his|her|their|sa|son|both|also|aussi)$/i.test(w) ||
      TITLE_WORDS.has(w.toLowerCase()) ||
      !!findCountryMentions(w)[0],
  );
}

/**
 * "Superintendent Lim told trustees that Suwon would welcome the first group": a town of the pair named alone as the subject
 * stands for its council or its board, a party to a twinning.
 */
/**
 * A trip's destination right after its future verb: "will travel to Mexico City", "will fly on to Nairobi", "se rendra la
 * semaine prochaine à Accra", "se rendront au Ghana"; a departure for it, "avant de quitter Djibouti demain pour Addis-Abeba".
 */
const TRIP_DESTINATION =
  /^(?:will|shall|would)\s+(?:then\s+|also\s+)?(?:travel|fly|head|go|proceed)\s+(?:on\s+)?to\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}'’-]+){0,3})|^se\s+rendr(?:a|ont|ait|aient)\s+(?:[^.;,]{0,40}?\s)?(?:à|au|aux|en)\s+(?<fr>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})|^(?:will|shall)\s+(?:then\s+|also\s+)?(?:attend|take\s+part\s+in|participate\s+in)\s+[^.;]{0,120}?\s(?:in|at)\s+(?<venue>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})|^(?:s['’])?envoler(?:a|ont)\s+(?:[^.;,]{0,40}?\s)?(?:pour|vers)\s+(?:l['’]|le\s+|la\s+|les\s+)?(?<flight>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})|^avant\s+de\s+(?:quitter|partir)\s+(?:[^.;,]{0,60}?\s)?pour\s+(?:l['’]|le\s+|la\s+|les\s+)?(?<leaving>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})/u;

/**
 * "Next week, I will travel to Mexico City for the North American Leaders' Summit", "Le ministre se rendra ensuite à
 * Accra", "will also attend the Ocean Forum in Lisbon", "will take part in the meeting of the Council of Foreign Ministers of
 * the Commonwealth of Independent States in Minsk" (a long body's name before the town), "s'envolera dimanche pour Boston": one side's trip to, or meeting
 * in, a town or a country of neither side is that side's own schedule, no pledge between the two.
 */
function tripOutsideThePair(clause: string, pair: readonly string[]): boolean {
  const g = TRIP_DESTINATION.exec(clause)?.groups;
  const place = g?.place ?? g?.fr ?? g?.leaving ?? g?.venue ?? g?.flight;
  return !!place && placeOutsideThePair(place, pair);
}

/** A trip's destination, then a clause of what the traveller will do there: "s'envolera dimanche pour Boston, où il ". */
const TRIP_BEFORE_WHERE =
  /(?:(?:will|shall)\s+(?:then\s+|also\s+)?(?:travel|fly|head|go|proceed)\s+(?:on\s+)?to|s['’]envoler(?:a|ont)\s+(?:[^.;,]{0,40}?\s)?(?:pour|vers)|se\s+rendr(?:a|ont)\s+(?:[^.;,]{0,40}?\s)?(?:à|au|aux|en))\s+(?:the\s+|l['’]|le\s+|la\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:où|where)\s+\p{L}+\s+$/u;

/**
 * "Le premier ministre s'envolera dimanche pour Boston, où il participera à la conférence ...": what one side will do at a
 * trip's destination outside the pair is that side's own schedule too.
 */
function doneOnATripOutsideThePair(head: string, pair: readonly string[]): boolean {
  const place = TRIP_BEFORE_WHERE.exec(head)?.groups?.place;
  return !!place && placeOutsideThePair(place, pair);
}

/** Whether a place named is a country, or a town, of neither side. */
function placeOutsideThePair(place: string, pair: readonly string[]): boolean {
  const countries = findCountryMentions(place).map((c) => c.code);
  if (countries.length > 0) return countries.every((c) => !pair.includes(c));
  const towns = citiesNamed(place);
  return towns.length > 0 && towns.every((t) => !pair.includes(t.code));
}

function isPairTown(subject: string, pair: readonly string[]): boolean {
  const towns = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(subject) ? citiesNamed(subject) : [];
  return towns.length > 0 && towns.every((t) => pair.includes(t.code));
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
