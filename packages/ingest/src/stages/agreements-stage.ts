/** Stage: agreements named in the text and what the pair did to them, dated by the action's own clause. */
import type { AgreementAction, AgreementSuggestion } from "@ties/domain";
import {
  type AgreementMention,
  actionFor,
  actionsFor,
  countriesInName,
  crossesClause,
  findAgreementMentions,
  headWordOf,
  INSTRUMENT_HEADS,
  matchAgreement,
} from "../agreements";
import { recordMilestones } from "../agreement-records";
import { opensChronologyLine } from "../date-expressions";
import { ADVISORY_FIELD } from "../events";
import { findCountryMentions } from "../country-mentions";
import { type ExtractionContext, round } from "../extraction-context";
import type { DateHit } from "../date-expressions";
import type { Sentence } from "../sentence-splitter";
import { datelineDate, earlierDate, joinedDate, liveEntryDay, nearest, paragraphDate, talksDay } from "./borrowed-dates";
import { wordStart } from "../word-start";
import { escapeRegExp } from "../text-span";

/** A verb acting on an agreement: its milestone and where it stands in the sentence. */
type Act = NonNullable<ReturnType<typeof actionFor>>;

/** A mention with the verb acting on it, its sentence's dates that may date a step, and the name and record it stands for. */
interface ActedMention {
  s: Sentence;
  a: AgreementMention;
  act: Act;
  allSentenceDates: readonly DateHit[];
  name: string;
  match: AgreementSuggestion["match"];
}

/** What reading one mention leaves for the mentions after it. */
interface MentionsRead {
  /** Agreements named so far by a name of their own, which a bare head word ("the MOU") may stand for. */
  namedSoFar: AgreementMention[];
  /** Actions dated from outside their own sentence (a headline's "sign" takes the day of writing). */
  borrowedDate: WeakSet<AgreementSuggestion>;
  /** Days that date a milestone of their own in their sentence; no other action borrows them. */
  milestoneDays: Set<number>;
  /** The day each action was last dated by, which "also signed" with no day of its own takes again. */
  lastDayOf: Map<AgreementAction, DateHit>;
}

export function findAgreementSuggestions(ctx: ExtractionContext): AgreementSuggestion[] {
  const { kept, known, lang } = ctx;
  const mentions = findAgreementMentions(kept, lang, known.agreements);
  const read: MentionsRead = { namedSoFar: [], borrowedDate: new WeakSet(), milestoneDays: new Set(), lastDayOf: new Map() };
  const agreements: AgreementSuggestion[] = [];
  for (const a of mentions) agreements.push(...mentionSteps(ctx, mentions, a, read));
  agreements.push(...negotiationsNamedBefore(ctx, mentions, agreements));
  // Bare negotiations are told of an agreement whose signing the text told, not of one only named by its date.
  agreements.push(...chronologySteps(ctx, mentions, agreements));
  agreements.push(...signedOnDateOfName(ctx, mentions, agreements));
  agreements.push(...chronologyLineSteps(ctx, mentions, agreements));
  agreements.push(...recordSuggestions(ctx));
  agreements.push(...textFixedAfterLaunch(ctx, agreements));
  const titled = titledInFull(mentions, agreements, read.borrowedDate);
  const described = describedInFullBefore(kept, mentions, titled, read.borrowedDate);
  return dedupeAgreements(bareMemorandaNamed(described, read.borrowedDate), read.borrowedDate);
}

/** "MOU", "the MoU", "This MoU": a memorandum told by its acronym alone. */
const BARE_MOU = /^(?:(?:the|this|that)\s+)?mou$/iu;
const MOU_NAMED = /^(?:memorandum of understanding|mou)\s+\S/iu;
/**
 * "KDCA and PHAC sign MOU on pandemic preparedness" as a title, then "signed a memorandum of understanding (MOU) on ...";
 * "Talks on the MoU began in Dhaka in January" after "a Memorandum of Understanding (MoU) on the recruitment of workers":
 * a memorandum told by its acronym alone is the one memorandum the text names in full, when it names a single one.
 */
function bareMemorandaNamed(items: AgreementSuggestion[], borrowedDate: WeakSet<AgreementSuggestion>): AgreementSuggestion[] {
  const full = new Set(items.filter((a) => MOU_NAMED.test(a.name) && !a.match).map((a) => a.name));
  if (full.size !== 1) return items;
  const name = [...full][0]!;
  return items.map((a) => {
    if (!BARE_MOU.test(a.name) || a.match) return a;
    const named = { ...a, name };
    if (borrowedDate.has(a)) borrowedDate.add(named);
    return named;
  });
}

/** A formal instrument's head word in a name (the heads `INSTRUMENT_HEADS` lists, and "MoU"). */
const INSTRUMENT_HEAD_IN_NAME = new RegExp(`(?<![\\p{L}])(${INSTRUMENT_HEADS}|mou)(?![\\p{L}])`, "iu");

/** The kind of instrument a name's head word makes it, one word for its English and French forms ("MoU" is a memorandum). */
function headKind(name: string): string | null {
  const head = INSTRUMENT_HEAD_IN_NAME.exec(name)?.[1]?.toLowerCase();
  if (!head) return null;
  if (/^(?:mou|m[ée]morandum)/u.test(head)) return "memorandum";
  if (/^protocole?(?![\p{L}])/u.test(head)) return "protocol";
  return head === "accord" ? "agreement" : head === "traité" ? "treaty" : head;
}

/** Words that tell no subject in a name: its head words, articles and joining words. */
const NO_SUBJECT_WORD =
  /^(?:memorandum|of|understanding|mou|agreement|accord|arrangement|treaty|convention|protocol|entente|on|the|and|for|in|a|an|sur|de|des|du|la|le|les|et|en|matière)$/iu;

/** The words of a name that tell its subject, in lower case: "a river navigation agreement" gives river, navigation. */
function subjectWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !NO_SUBJECT_WORD.test(w));
}

/**
 * "signed a river navigation agreement ... Under the Peru-Ecuador River Navigation and Pilotage Agreement, ...": an instrument
 * described in lower case is the one the text names by a title of the same kind holding all its subject's words, when a
 * single title does.
 */
function titledInFull(
  mentions: readonly AgreementMention[],
  items: AgreementSuggestion[],
  borrowedDate: WeakSet<AgreementSuggestion>,
): AgreementSuggestion[] {
  const titles = mentions.filter((m) => !m.generic && /^\p{Lu}/u.test(m.name) && headKind(m.name) !== null);
  if (titles.length === 0) return items;
  return items.map((a) => {
    if (!/^\p{Ll}/u.test(a.name) || a.match) return a;
    const kind = headKind(a.name);
    const words = subjectWords(a.name);
    if (!kind || words.length === 0) return a;
    const fits = new Set(
      titles
        .filter((t) => headKind(t.name) === kind && t.name.length > a.name.length)
        .filter((t) => {
          const own = new Set(subjectWords(t.name));
          return words.every((w) => own.has(w));
        })
        .map((t) => t.name),
    );
    if (fits.size !== 1) return a;
    const titled = { ...a, name: [...fits][0]! };
    if (borrowedDate.has(a)) borrowedDate.add(titled);
    return titled;
  });
}

/**
 * "signed a memorandum of understanding on green hydrogen ... The green hydrogen memorandum was signed by ...", "an agreement
 * on the protection of classified information ... when Canada first proposed an agreement on classified information": a
 * shorter lower-case name is the one described in full before it, of the same kind and holding all its subject's words, when
 * a single one is.
 */
function describedInFullBefore(
  kept: string,
  mentions: readonly AgreementMention[],
  items: AgreementSuggestion[],
  borrowedDate: WeakSet<AgreementSuggestion>,
): AgreementSuggestion[] {
  const described = mentions.filter((m) => !m.generic && /^\p{Ll}[^\n]*$/u.test(m.name) && headKind(m.name) !== null);
  return items.map((a) => {
    // "Il succède à l'accord-cadre signé en 2026": what the agreement succeeds is another one.
    if (!/^\p{Ll}/u.test(a.name) || a.match || succeededAt(kept, a.start)) return a;
    const kind = headKind(a.name);
    const words = subjectWords(a.name);
    if (!kind || words.length === 0) return a;
    const fits = new Set(
      described
        .filter((d) => d.end <= a.start && headKind(d.name) === kind && d.name.length > a.name.length)
        .filter((d) => {
          const own = new Set(subjectWords(d.name));
          return words.every((w) => own.has(w));
        })
        .map((d) => d.name),
    );
    if (fits.size !== 1) return a;
    const full = { ...a, name: [...fits][0]! };
    if (borrowedDate.has(a)) borrowedDate.add(full);
    return full;
  });
}

/**
 * "The Korean Armistice Agreement was signed on July 27, 1953", "the Panmunjom Armistice Agreement": an armistice named by its
 * war or its place was signed by the war's commands, not by the two states as a pair.
 */
const ARMISTICE_OF_A_WAR = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}Armistice(?:\s+Agreement)?$/u;

/** Whether an agreement mentioned in `s` is the pair's: no third country in its name or right before a generic one. */
function isPairs(ctx: ExtractionContext, a: AgreementMention, s: Sentence): boolean {
  const { pair, kept, sentenceOf, sentenceIsPair } = ctx;
  if (ARMISTICE_OF_A_WAR.test(a.name)) return false;
  const inName = countriesInName(a.name);
  if ([...inName].some((c) => !pair.includes(c))) return false;
  if ([...inName].some((c) => pair.includes(c))) return true;
  if (!sentenceIsPair(s)) return false;
  // "Japan and Canada signed an agreement on ... . Motegi and his Canadian counterpart signed the agreement in Tokyo": the
  // agreement a demonstrative or a pronoun stands for keeps the parties of the sentence that named it.
  const named = a.antecedentAt === undefined ? undefined : sentenceOf(a.antecedentAt);
  if (named && !sentenceIsPair(named)) return false;
  // A third country right before the mention ("co-operation with Russia under the ... agreement") makes it theirs.
  const near = findCountryMentions(kept, { start: Math.max(s.start, a.start - 70), end: a.start }).filter((c) => !pair.includes(c.code));
  return !(near.length > 0 && a.generic);
}

/** A generic mention or a bare head word ("the Agreement", "the MOU") stands for the last agreement named with that head. */
function resolvedName(kept: string, a: AgreementMention, read: MentionsRead): { name: string; acronym: string | null; bare: boolean } {
  const bareHead = /^(?:the\s+)?(?:Action Plan|Agreement|Partnership|Accord|Treaty|Compact|action plan|agreement|FTA|MOU)$/i.test(a.name);
  // "Il succède à l'accord-cadre signé en 2026", "which replaces the agreement of 2019": what an agreement succeeds is another one.
  const succeeded = succeededAt(kept, a.start);
  if (!(a.generic || bareHead) || succeeded) {
    const full = succeeded ? undefined : fullFrenchName(a.name, read.namedSoFar);
    if (full) return { name: full.name, acronym: full.acronym, bare: false };
    read.namedSoFar.push(a);
    return { name: a.name, acronym: a.acronym, bare: bareHead };
  }
  const head = a.name.toLowerCase().replace(/^the\s+/, "");
  // "Under the MOU": the last memorandum named by its subject.
  const isMou = (n: string) => /^(?:memorandum of understanding|mou)(?![\p{L}])/iu.test(n);
  const antecedent = [...read.namedSoFar].reverse().find(
    (n) =>
      n.name.toLowerCase().endsWith(head) ||
      // "l'accord-cadre sur l'hydrogène vert ... L'accord-cadre sera signé": a French name opens on its head.
      n.name.toLowerCase().startsWith(`${head} `) ||
      (head === "fta" && /free trade/i.test(n.name)) ||
      (isMou(head) && isMou(n.name) && n.name.length > head.length),
  );
  return antecedent
    ? { name: antecedent.name, acronym: antecedent.acronym, bare: bareHead }
    : { name: a.name, acronym: a.acronym, bare: bareHead };
}

/**
 * "un accord sur l'exemption de visas pour les titulaires de passeports diplomatiques", then "l'accord d'exemption de
 * visas"; "la convention sur la double imposition ...", then "la convention de double imposition": a French name's short
 * form, its subject after "de" in place of "sur", is the name given in full before.
 */
const FRENCH_SHORT_FORM =
  /^(?<head>accord|convention|entente|protocole|mémorandum)\s+(?:de\s+|d['’])(?<subject>\p{L}+(?:\s+\p{L}+){1,4})$/iu;
function fullFrenchName(name: string, named: readonly AgreementMention[]): AgreementMention | undefined {
  const short = FRENCH_SHORT_FORM.exec(name)?.groups;
  if (!short) return undefined;
  const subject = short.subject!.toLowerCase();
  const forms = ["l'", "l’", "la ", "le ", "les "].map((article) => `${short.head!.toLowerCase()} sur ${article}${subject}`);
  return [...named].reverse().find((n) => forms.some((f) => n.name.toLowerCase().startsWith(f)));
}

/** The verb acting on the mention: its own, or its list's head verb, unless another mention stands nearer that verb. */
function actingVerb(kept: string, mentions: readonly AgreementMention[], s: Sentence, a: AgreementMention): Act | null {
  const offsetInSentence = a.start - s.start;
  // "WHAT: Leaders' Summit and signing of the ... Agreement": a media advisory's programme line tells what is to come.
  const verb = onProgrammeLine(kept, a.start)
    ? null
    : (ownVerb(s.text, offsetInSentence, a.end - s.start) ?? listHeadVerb(kept, mentions, s, a));
  if (!verb) return null;
  // "The energy security partnership signed on October 21 is ... since the Comprehensive Strategic Partnership":
  // a verb attaches to the agreement nearest it, so another mention between them takes it, unless the two are
  // objects coordinated under the verb ("signed a roadmap for ... and a memorandum of understanding on ...").
  // Items of a list after the verb's colon are all its objects ("signed three agreements: A, B and C").
  const listed = verb.at < offsetInSentence && s.text.slice(verb.at, offsetInSentence).includes(":");
  if (listed) return verb;
  const nearer = mentions.some(
    (o) =>
      o !== a &&
      !coordinatedChain(kept, mentions, o, a) &&
      o.start >= s.start &&
      o.end <= s.end &&
      Math.abs(o.start - s.start - verb.at) < Math.abs(offsetInSentence - verb.at) &&
      (o.start - s.start - verb.at) * (offsetInSentence - verb.at) > 0,
  );
  return nearer ? null : verb;
}

/** The steps told of one mention: its verb's, dated by its own clause or an occasion before, and those coordinated with it. */
function mentionSteps(
  ctx: ExtractionContext,
  mentions: readonly AgreementMention[],
  a: AgreementMention,
  read: MentionsRead,
): AgreementSuggestion[] {
  const { kept, known, sentenceOf, sentences } = ctx;
  const own = sentenceOf(a.start);
  if (!own) return [];
  const s = withListLead(own, sentences, kept);
  if (!isPairs(ctx, a, s)) return [];
  const { name, acronym, bare } = resolvedName(kept, a, read);
  const act = actingVerb(kept, mentions, s, a);
  if ((a.generic || bare) && !act) return [];
  const allSentenceDates = ownSentenceDates(ctx, mentions, s, a, act);
  const { nearestDate, fallbackDate } = actionDate(ctx, s, a, act, allSentenceDates, read);
  const match = matchAgreement({ ...a, name, acronym }, known.agreements);
  const acted: ActedMention | null = act && { s, a, act, allSentenceDates, name, match };
  const steps = acted ? [...coordinatedSteps(ctx, mentions, acted), ...mainClauseSteps(ctx, mentions, acted)] : [];
  const suggestion: AgreementSuggestion = {
    start: a.start,
    end: a.end,
    text: kept.slice(a.start, a.end),
    confidence: round((a.generic ? 0.55 : 0.75) + (act ? 0.1 : 0) + (match ? 0.1 : 0)),
    rule: a.rule + (act ? "+action" : ""),
    name,
    action: act?.action ?? null,
    date: act ? ((nearestDate ?? fallbackDate)?.value ?? null) : null,
    match,
  };
  steps.push(suggestion);
  if (act && nearestDate && MILESTONE_OF_ITS_OWN.has(act.action)) read.milestoneDays.add(nearestDate.start);
  if (act && (nearestDate ?? fallbackDate)?.precision === "day") read.lastDayOf.set(act.action, (nearestDate ?? fallbackDate)!);
  // "approuvé par la commission permanente le 20 février, puis par l'assemblée départementale jeudi dernier": the same step
  // taken again by a second body, dated by the first date after it.
  const again = act && nearestDate ? takenAgain(kept, s, suggestion, nearestDate, allSentenceDates) : null;
  if (again) steps.push(again);
  // "wrapped up a visit on Friday with a signed letter of intent": a participle before the noun tells that it was signed,
  // not when; the clause's date is another verb's, and a sentence telling the signing itself dates it.
  if (act && (!nearestDate || SIGNED_BEFORE_NOUN.test(kept.slice(Math.max(0, a.start - 12), a.start)))) read.borrowedDate.add(suggestion);
  return steps;
}

/**
 * The dates in the mention's sentence that may date the step on it: not one inside a name, naming another agreement or an
 * event, in another clause's aside or relative clause, or bounding a period.
 */
function ownSentenceDates(
  ctx: ExtractionContext,
  mentions: readonly AgreementMention[],
  s: Sentence,
  a: AgreementMention,
  act: Act | null,
): DateHit[] {
  const { kept, datesIn } = ctx;
  const offsetInSentence = a.start - s.start;
  // A date in another coordinated clause ("... in 2022, and the two countries reaffirmed ... last year") dates that clause, not this action.
  // A done action ("signed", "adopted") is not dated by a day still to come ("... and agreed to meet in 2027").
  // A year inside the agreement's own name ("a protocol amending the 1975 agreement") dates that older agreement.
  // "... the progress made since their meeting in Gyeongju in October 2025, and announced the launch of ...": a date
  // bounding a period ("since ...") dates no action.
  return datesIn(s).filter(
    (d) =>
      (!act || d.value.split("/")[0]! <= d.reference) &&
      !(act?.action === "extended" && EXPIRY_BEFORE.test(kept.slice(Math.max(0, d.start - 40), d.start))) &&
      // "a Programme of Cooperation in Healthcare for 2030-2033", "un plan d'action pour la télémédecine 2030-2032": a span
      // of years running past the day of writing is a plan's period, and dates no action done.
      !(act && d.precision === "year" && d.value.includes("/") && d.value.split("/")[1]! > d.reference.slice(0, 4)) &&
      !(d.start >= a.start && d.end <= a.end) &&
      // "agreed to terminate the 2011 memorandum on forestry research": a year right before the head word names the agreement.
      // "signed three documents: ..., a ... and an amendment to their 2026 Framework Agreement": another agreement's year
      // names that one, and dates no item of the list.
      !mentions.some(
        (o) =>
          o.start >= s.start &&
          o.end <= s.end &&
          d.precision === "year" &&
          ((d.end <= o.start && /^\s+$/u.test(kept.slice(d.end, o.start))) ||
            (d.start >= o.start && d.end <= o.end) ||
            (o !== a && d.start >= o.end && /^\s+(?:of|de)\s+$/u.test(kept.slice(o.end, d.start)))),
      ) &&
      // "reviewed the Vuvale Partnership, signed in 2019, and elevated it to a Comprehensive Strategic Partnership": a date in
      // a participle set off by commas after another agreement dates that one's step only.
      !mentions.some(
        (o) =>
          o !== a &&
          o.end <= d.start &&
          o.start >= s.start &&
          ASIDE_AFTER_OTHER.test(kept.slice(o.end, d.start)) &&
          /^[^,;.]{0,30},/u.test(kept.slice(d.end, s.end)),
      ) &&
      !inRelativeClauseOfAnother(kept, mentions, s, a, d) &&
      // "signed a Memorandum of Understanding on ..., which replaces the letter of intent the two services signed in Incheon
      // in October 2028": a date in a relative clause after the name dates that clause, not the verb before the name.
      !(
        act &&
        act.at < offsetInSentence &&
        d.start >= a.end &&
        (RELATIVE_CLAUSE_AFTER.test(kept.slice(a.end, d.start)) || RELATIVE_CLAUSE_OF_ANOTHER.test(kept.slice(a.end, d.start)))
      ) &&
      // "the treaty entered into force, almost 16 years after it was signed in Vienna in August 2015": a date past a pronoun
      // that takes a milestone of its own dates that one; so does one past "l'Entente" or "the treaty" taking up the name
      // ("Nous y avions signé l'Entente ..., et ... : l'Entente est entrée en vigueur le 1er mai").
      !(
        act &&
        mentions.some(
          (o) =>
            (o.rule === "agreement.pronoun" || o.rule === "agreement.demonstrative") &&
            o.start > s.start + act.at &&
            o.end <= d.start &&
            o.start > a.end,
        )
      ) &&
      // "which replaces the 1966 agreement", "the 2024 memorandum": a year right before a bare head word names that
      // other agreement.
      !(d.precision === "year" && BARE_HEAD_AFTER.test(kept.slice(d.end, d.end + 16))) &&
      // "as a follow-up to the May 2023 Korea-Canada Summit": a date between "the" and an event's name names that event.
      !(
        /(?<![\p{L}])the\s+$/iu.test(kept.slice(Math.max(0, d.start - 5), d.start)) && NAMED_EVENT_AFTER.test(kept.slice(d.end, d.end + 80))
      ) &&
      // "The Working Holiday Agreement of 2014 was amended": a year after "of" right behind the name names it too.
      // "A Joint Action Plan for 2028-2030 was adopted": the years after "for" are the plan's period.
      !(d.precision === "year" && d.start >= a.end && /^\s+(?:of|de|for|pour(?:\s+la\s+période)?)\s+$/u.test(kept.slice(a.end, d.start))) &&
      // "concluded negotiations on a work and holiday arrangement first proposed by Argentina in 2023": a date after a
      // participle following the name dates what the participle says, not the verb before the name.
      !(act && toldAfterName(kept, a, act, s, d)) &&
      // "They signed a Joint Declaration ... and recalled that the FTA entered into force on 1 August 2020": a date in what
      // the sentence recalls after the action dates that, not the action.
      !(act && d.start > s.start + act.at && RECALLED_AFTER.test(kept.slice(s.start + act.at, d.start))) &&
      // "Les négociations de l'accord ..., lancées en 2012, ont été conclues à Genève le 24 juin 2027": a date inside a
      // participle set off by commas between the name and the verb dates the participle, not the verb.
      !(
        act &&
        act.at > d.end - s.start &&
        d.start >= a.end &&
        PARTICIPLE_ASIDE.test(kept.slice(a.end, d.start)) &&
        /^[^,;.]{0,20},/u.test(kept.slice(d.end, s.start + act.at))
      ) &&
      // "since the Free Trade Agreement entered into force on January 1, 2015": the agreement's own action inside the
      // "since" clause keeps its date, and so does one opened by an indefinite article ("collaborent depuis une première
      // lettre d'intention signée à Cannes en mai 2029", "have worked together since a memorandum signed in 2019").
      !(
        act &&
        SINCE_BOUND.test(kept.slice(s.start, d.start)) &&
        !/(?<![\p{L}])(?:since|depuis)\s+(?:the\s+|la\s+|le\s+|l['’]|une?\s+(?:premi(?:er|ère)\s+)?|an?\s+(?:first\s+)?)?$/iu.test(
          kept.slice(s.start, a.start),
        ) &&
        // "en vigueur depuis 2016", "in force since 2015": the year after "since" is the entry into force's own.
        !IN_FORCE_SINCE.test(kept.slice(s.start + act.at, d.start)) &&
        // "since their summit in Ottawa last June, at which they upgraded ...": the action told of the event just dated.
        !AT_WHICH.test(kept.slice(d.end, s.start + act.at))
      ),
  );
}

/** The step's date: the nearest in its own clause, else one borrowed from the talks, an earlier sentence or the dateline. */
function actionDate(
  ctx: ExtractionContext,
  s: Sentence,
  a: AgreementMention,
  act: Act | null,
  allSentenceDates: readonly DateHit[],
  read: MentionsRead,
): { nearestDate?: DateHit; fallbackDate?: DateHit } {
  const { kept, sentences, datelines, dateHits } = ctx;
  const predicateDates = act
    ? allSentenceDates.filter(
        (d) => !crossesPredicate(s.text, d.start - s.start, act.at) && !afterSecondPast(s.text, d.start - s.start, act),
      )
    : allSentenceDates;
  const clauseDates = act ? predicateDates.filter((d) => !crossesClause(s.text, d.start - s.start, act.at)) : allSentenceDates;
  const sentenceDates = clauseDates.length > 0 ? clauseDates : predicateDates;
  // "Mar 2 - The Panel takes note of the Joint Interpretation adopted by the Joint Committee ... on February 20": a participle
  // right after the name is dated by the first date after it, not by the line's day nearer the verb.
  const participleDate =
    act && act.at >= a.end - s.start && /^\s*$/u.test(s.text.slice(a.end - s.start, act.at))
      ? sentenceDates.find((d) => d.start >= s.start + act.at)
      : act && pronounClauseDate(s, a, act, sentenceDates);
  const nearestDate = closingDayHit(
    kept,
    act ? s.start + act.at : a.start,
    participleDate ?? (act ? afterObjectDate(kept, s, a, act, sentenceDates) : nearest(sentenceDates, a.start)),
    sentenceDates,
  );
  if (!act || nearestDate) return { nearestDate };
  const borrowable = read.milestoneDays.size > 0 ? dateHits.filter((d) => !read.milestoneDays.has(d.start)) : dateHits;
  const fallbackDate =
    openingDate(s, allSentenceDates, act) ??
    (act.action === "negotiations_launched" && ALSO_AGREED_BEFORE.test(s.text.slice(Math.max(0, act.at - 40), act.at))
      ? read.lastDayOf.get("signed")
      : undefined) ??
    talksDay(s, sentences, borrowable, datelines) ??
    closeOfSpanBefore(s, sentences, borrowable, act.at) ??
    earlierDate(s, sentences, borrowable, datelines, true, act.action === "signed") ??
    (ALSO_BEFORE.test(s.text.slice(Math.max(0, act.at - 24), act.at)) ? read.lastDayOf.get(act.action) : undefined) ??
    paragraphDate(s, sentences, borrowable, datelines, true) ??
    earlierDate(s, sentences, borrowable, datelines, false) ??
    liveEntryDay(s, sentences, ctx.opts.published) ??
    datelineDate(s, datelines, dateHits);
  return { fallbackDate };
}

/**
 * "agreed to launch negotiations on an agreement on ... and reviewed the agreement on air services, signed in 2030, which
 * entered into force on 1 January", "... et examiné la convention fiscale, qui est entrée en vigueur le 1er janvier": a date
 * in a relative clause on another agreement named after this one dates that one's step.
 */
const RELATIVE_CLAUSE_ON_IT = /^(?:,\s[^;.]*?)?,\s+(?:which|qui)\s[^;.]*$/u;
function inRelativeClauseOfAnother(
  kept: string,
  mentions: readonly AgreementMention[],
  s: Sentence,
  a: AgreementMention,
  d: DateHit,
): boolean {
  return mentions.some(
    (o) => o !== a && o.start >= a.end && o.end <= d.start && o.end <= s.end && RELATIVE_CLAUSE_ON_IT.test(kept.slice(o.end, d.start)),
  );
}

/**
 * "established diplomatic relations in 1963 and elevated their ties to a Comprehensive Strategic Partnership in 2022", "opened
 * an embassy in May and signed the Agreement on Air Services on 3 June": a date right after the verb's object dates the verb,
 * not a nearer one before the verb, which dates an earlier predicate.
 */
const DATE_LEAD_AFTER_OBJECT = /^\s+(?:in|on|en|le)\s+$/u;
function afterObjectDate(kept: string, s: Sentence, a: AgreementMention, act: Act, dates: readonly DateHit[]): DateHit | undefined {
  const near = nearest(dates, s.start + act.at);
  if (!near || near.start >= s.start + act.at || act.at > a.start - s.start) return near;
  const after = dates.find((d) => d.start >= a.end && DATE_LEAD_AFTER_OBJECT.test(kept.slice(a.end, d.start)));
  return after ?? near;
}

/**
 * "ont renouvelé le mémorandum ..., arrivé à échéance le 30 juin", "renewed the arrangement, which expired on June 30": the
 * day an instrument lapsed dates its expiry, not its renewal.
 */
const EXPIRY_BEFORE = wordStart(
  /(?<![\p{L}])(?:arrivée?s?\s+à\s+(?:échéance|expiration)|venue?s?\s+à\s+échéance|(?:qui\s+)?(?:a|avait)\s+expiré|qui\s+expirait|échue?s?|expired|had\s+expired|lapsed)\s+(?:le|on|en|in|au|at\s+the\s+end\s+of)?\s*$/iu,
);

/**
 * "On April 29, he and the Prime Minister held a summit, signed a memorandum and agreed to launch negotiations on ...", "Le
 * 12 mars, les deux ministres ont ... et convenu de ...": a day opening the sentence before its comma dates every predicate
 * of the sentence that no date of its own clause dates.
 */
const OPENING_DAY = /^(?:on|le|this|ce)\s+[^,]{3,30},\s/iu;
function openingDate(s: Sentence, dates: readonly DateHit[], act: Act): DateHit | undefined {
  const opening = OPENING_DAY.exec(s.text);
  if (!opening || act.at < opening[0].length) return undefined;
  return dates.find((d) => d.start - s.start < opening[0].length && d.precision === "day");
}

/**
 * "... entered into force on January 1, after it was ratified by the National Assembly in October", "..., since it was
 * signed in 2019": a pronoun opening a clause of its own is dated after its verb, not by the main clause's day before it.
 */
function pronounClauseDate(s: Sentence, a: AgreementMention, act: Act, dates: readonly DateHit[]): DateHit | undefined {
  if (a.rule !== "agreement.pronoun" || act.at < a.end - s.start) return undefined;
  return dates.find((d) => d.start >= s.start + act.at);
}

/**
 * Further steps on the same mention, coordinated after the first ("signed in 2014 and took effect on January 1, 2015"), each
 * dated by the first date after its own verb.
 */
function coordinatedSteps(ctx: ExtractionContext, mentions: readonly AgreementMention[], m: ActedMention): AgreementSuggestion[] {
  const { kept, datesIn } = ctx;
  const { s, a, act, allSentenceDates, name, match } = m;
  const offsetInSentence = a.start - s.start;
  const steps: AgreementSuggestion[] = [];
  for (const more of actionsFor(s.text, offsetInSentence)) {
    if (more.at <= act.at || more.action === act.action || more.at < offsetInSentence) continue;
    // A verb nearer another agreement named after it acts on that one, and so does a verb whose own object it is
    // ("signed a memorandum ... and concluded negotiations on a work and holiday arrangement"); one named past a semicolon
    // is another clause's ("un avenant ..., négocié ..., a été signé le 4 juillet ; la convention-cadre a été prorogée").
    if (
      mentions.some(
        (o) =>
          o !== a &&
          o.start > a.end &&
          o.end <= s.end &&
          !/;/u.test(kept.slice(s.start + more.at, o.start)) &&
          (o.start - s.start - more.at < more.at - (a.end - s.start) ||
            (o.start - s.start > more.at && /^[^,.;:]{0,60}$/u.test(s.text.slice(more.at, o.start - s.start)))),
      )
    )
      continue;
    // "signed on 22 September 2014 and in force since 1 January 2015": the day after "in force since" is that verb's own.
    // "signed the Agreement on ..., negotiated since 2030 and concluded in February": a date the main verb leaves to the
    // participle after the name dates that participle's own step.
    const own =
      datesIn(s).find(
        (d) =>
          d.start - s.start > more.at &&
          !crossesClause(s.text, d.start - s.start, more.at) &&
          EARLIER_STEP_AFTER_NAME.test(kept.slice(a.end, d.start)),
      ) ??
      allSentenceDates.find((d) => d.start - s.start > more.at && !crossesClause(s.text, d.start - s.start, more.at)) ??
      datesIn(s).find((d) => d.start - s.start > more.at && IN_FORCE_SINCE.test(kept.slice(s.start + more.at, d.start)));
    // "The sports cooperation arrangement signed in 2019 was extended for five years": the sentence's own passive verb
    // after a participle recalling the agreement acts on it, with no date of its own.
    const mainPassive =
      act.at >= a.end - s.start &&
      /^[\s,]*$/u.test(s.text.slice(a.end - s.start, act.at)) &&
      /(?<![\p{L}])(?:was|were|has\s+been|have\s+been|a\s+été|ont\s+été)\s+$/iu.test(s.text.slice(0, more.at));
    if (!own && !mainPassive) continue;
    steps.push({
      start: a.start,
      end: a.end,
      text: kept.slice(a.start, a.end),
      confidence: round((a.generic ? 0.5 : 0.7) + (match ? 0.1 : 0)),
      rule: `${a.rule}+action+coordinated`,
      name,
      action: more.action,
      date: own?.value ?? null,
      match,
    });
    const again = own ? takenAgain(kept, s, steps.at(-1)!, own, allSentenceDates) : null;
    if (again) steps.push(again);
  }
  return steps;
}

/**
 * The same step taken again by a second body, dated by the first date after it: "approuvé par la commission permanente le
 * 20 février, puis par l'assemblée départementale jeudi dernier", "ratified by the Congress in May 2033 and by the
 * Legislative Assembly last week".
 */
function takenAgain(
  kept: string,
  s: Sentence,
  step: AgreementSuggestion,
  date: DateHit,
  dates: readonly DateHit[],
): AgreementSuggestion | null {
  const again = BY_ANOTHER_THEN.exec(kept.slice(date.end, s.end));
  // "signed in Aktau in 2018, and by the Memorandum ...": after a bare "and", only a second assembly's ratification.
  if (again && /^,?\s+(?:and|et)\s/iu.test(again[0]) && step.action !== "ratified") return null;
  const againDate = again && dates.find((d) => d.start >= date.end + again[0].length);
  return againDate ? { ...step, rule: `${step.rule}+again`, date: againDate.value } : null;
}

/** The main clause's step on a mention whose own verb sits in a relative clause after it. */
function mainClauseSteps(ctx: ExtractionContext, mentions: readonly AgreementMention[], m: ActedMention): AgreementSuggestion[] {
  const { kept } = ctx;
  const { s, a, act, allSentenceDates, name, match } = m;
  const offsetInSentence = a.start - s.start;
  const steps: AgreementSuggestion[] = [];
  // "concluded on Tuesday the negotiations to modernise the ... Agreement, which entered into force on 3 September 2007":
  // the relative clause's verb describes the agreement, and the main clause's verb before the name acts on it too,
  // dated by a date between the two.
  if (act.at > offsetInSentence && RELATIVE_AFTER.test(s.text.slice(a.end - s.start, act.at + 20))) {
    const main = actionsFor(s.text, offsetInSentence)
      .filter((c) => c.at < offsetInSentence && c.action !== act.action)
      .at(-1);
    const between = (o: { start: number; end: number }) => o.start >= s.start + (main?.at ?? 0) && o.end <= a.start;
    const own = main ? allSentenceDates.filter((d) => between(d) && d.start - s.start > main.at) : [];
    if (main && own.length > 0 && !mentions.some((o) => o !== a && between(o)))
      steps.push({
        start: a.start,
        end: a.end,
        text: kept.slice(a.start, a.end),
        confidence: round((a.generic ? 0.5 : 0.7) + (match ? 0.1 : 0)),
        rule: `${a.rule}+action+main-clause`,
        name,
        action: main.action,
        date: own[0]!.value,
        match,
      });
  }
  return steps;
}

/**
 * "The two governments launched the negotiations in Tokyo in May 2025": negotiations named with the definite article and no
 * agreement in their sentence are the ones an earlier sentence of the pair named with their agreement.
 */
function negotiationsNamedBefore(
  ctx: ExtractionContext,
  mentions: readonly AgreementMention[],
  before: readonly AgreementSuggestion[],
): AgreementSuggestion[] {
  const { pair, known, kept, sentences, sentenceOf, sentenceIsPair, datesIn } = ctx;
  const steps: AgreementSuggestion[] = [];
  for (const s of sentences) {
    const verb = NEGOTIATIONS_BACK.exec(s.text);
    if (!verb || mentions.some((o) => o.start >= s.start && o.end <= s.end)) continue;
    const antecedent = mentions
      .filter((o) => o.end <= s.start && [...countriesInName(o.name)].every((c) => pair.includes(c)))
      .reverse()
      .find((o) => {
        const at = sentenceOf(o.start);
        return !!at && /negotiat|négociat/iu.test(at.text) && sentenceIsPair(at);
      });
    if (!antecedent) continue;
    const date = datesIn(s).find((d) => d.start - s.start > verb.index && d.value.split("/")[0]! <= d.reference);
    if (!date) continue;
    const named = before.find((g) => g.start === antecedent.start);
    steps.push({
      start: antecedent.start,
      end: antecedent.end,
      text: kept.slice(antecedent.start, antecedent.end),
      confidence: 0.6,
      rule: `${antecedent.rule}+negotiations-named-before`,
      name: named?.name ?? antecedent.name,
      action: /conclu|complet|finali/iu.test(verb[1]!) ? "concluded" : "negotiations_launched",
      date: date.value,
      match: named?.match ?? matchAgreement(antecedent, known.agreements),
    });
  }
  return steps;
}

/**
 * "replaces the tax information exchange agreement of 9 October 2029", "l'accord du 12 mars 1998": an agreement named by the
 * day it bears was signed that day, in a sentence of the pair, when no step of it is told there before a relative clause
 * ("The interim referral arrangement of March 2029, which was extended in December": signed that month). An organisation's convention
 * ("the ECOWAS Convention on Extradition of 6 August 1994") bears the day its members adopted it, not one the pair signed.
 */
function signedOnDateOfName(
  ctx: ExtractionContext,
  mentions: readonly AgreementMention[],
  found: readonly AgreementSuggestion[],
): AgreementSuggestion[] {
  const { kept, dateHits, sentenceOf, sentenceIsPair, pair, known } = ctx;
  const out: AgreementSuggestion[] = [];
  for (const a of mentions) {
    const of = OF_DATE.exec(kept.slice(a.end, a.end + 6));
    const named = of && dateHits.find((d) => d.start === a.end + of[0].length && d.value <= d.reference);
    const relative = !!named && RELATIVE_AFTER.test(kept.slice(named.end, named.end + 40));
    const day = named && (named.precision === "day" || (relative && named.precision === "month")) ? named : undefined;
    const own = sentenceOf(a.start);
    if (!day || !own || !sentenceIsPair(own) || ORGANISATION_NAMED.test(a.name)) continue;
    if ([...countriesInName(a.name)].some((c) => !pair.includes(c))) continue;
    if (found.some((g) => g.start === a.start && (g.action === "signed" || (g.action !== null && !relative)))) continue;
    out.push({
      start: a.start,
      end: day.end,
      text: kept.slice(a.start, day.end),
      confidence: 0.6,
      rule: `${a.rule}+date-of-name`,
      name: a.name,
      action: "signed",
      date: day.value,
      match: matchAgreement(a, known.agreements),
    });
  }
  return out;
}
const OF_DATE = /^\s+(?:of|du|de)\s+/u;
/** An article and "signed" right before an agreement's head: "a signed letter of intent". */
const SIGNED_BEFORE_NOUN = wordStart(/(?<![\p{L}])(?:an?|the)\s+signed\s+$/iu);

/**
 * A second body after a step's date: ", puis par", ", then by"; "and by", "et par": "ratified by the Congress in May 2033 and
 * by the Legislative Assembly last week", "ratifié par le Sénat en mars et par l'Assemblée nationale en juin".
 */
const BY_ANOTHER_THEN = /^,?\s+(?:puis|ensuite|then|and\s+then|and|et)\s+(?:par|by)\s/iu;

/** A media advisory's programme line (`ADVISORY_FIELD`). */
function onProgrammeLine(text: string, at: number): boolean {
  return ADVISORY_FIELD.test(text.slice(text.lastIndexOf("\n", at) + 1, at));
}
/** A name opening on an organisation's acronym: "ECOWAS Convention ...", "WTO Agreement ...". */
const ORGANISATION_NAMED = /^\p{Lu}{3,}\s/u;

/**
 * "The Canada–Korea Free Trade Agreement (CKFTA) was Canada's first ... . Negotiations were launched in July 2005 and, after
 * 14 rounds, concluded on 11 March 2014.": a chronology's sentence opening on bare negotiations tells the steps of the
 * agreement the sentence before opens on, each dated by the first date after its own verb.
 */
function chronologySteps(
  ctx: ExtractionContext,
  mentions: readonly AgreementMention[],
  found: readonly AgreementSuggestion[],
): AgreementSuggestion[] {
  const { sentences, kept, datesIn, known } = ctx;
  const out: AgreementSuggestion[] = [];
  for (const s of sentences) {
    const opening = NEGOTIATIONS_OPENING.exec(s.text);
    const before = sentences[s.index - 1];
    if (!opening || !before) continue;
    // "Negotiations on the agreement began in Rome in March 2031": the agreement the words stand for.
    const inSentence = mentions.filter((o) => o.start >= s.start && o.end <= s.end);
    const onIt = inSentence.length === 1 && inSentence[0]!.end - s.start <= opening[0].length ? inSentence[0] : undefined;
    if (inSentence.length > 0 && !onIt) continue;
    // "On 21 February, ... signed in Belmopan the Agreement on ... . The talks were launched in March last year": the
    // agreement opening the sentence before, else the one agreement it names by its name.
    const inBefore = mentions.filter((o) => o.start >= before.start && o.end <= before.end);
    // "Il remplace l'arrangement provisoire signé en 2029. Les négociations avaient été lancées ...": the text replaced is not
    // the one negotiated.
    const byName = inBefore.filter((o) => !o.generic && !succeededAt(kept, o.start));
    // "... signed an agreement for the avoidance of double taxation ... . Next steps / Negotiations opened in Vaduz in February
    // 2029": bare negotiations further on are those of the agreement whose signing the text last told.
    const lastSigned = [...found].reverse().find((g) => g.action === "signed" && g.end <= s.start && !succeededAt(kept, g.start));
    // "Negotiations on the Compact were launched ...": the head word names the last agreement the text named with it.
    const head = (opening.groups?.head ?? opening.groups?.frHead)?.toLowerCase().replace(/^mou$/u, "memorandum");
    const byHead = head ? mentionByHead(mentions, s.start, head, opening.groups?.kind) : undefined;
    const thing = opening.groups?.thing;
    const byThing = thing ? mentionForThing(mentions, s.start, thing) : undefined;
    if (thing && !byThing) continue;
    const subject =
      onIt ??
      byThing ??
      byHead ??
      inBefore.filter((o) => SUBJECT_LEAD.test(kept.slice(before.start, o.start))).sort((a, b) => b.end - b.start - (a.end - a.start))[0] ??
      (byName.length === 1 ? byName[0] : undefined) ??
      mentions.find((o) => o.start === lastSigned?.start);
    if (!subject || [...countriesInName(subject.name)].some((c) => !ctx.pair.includes(c))) continue;
    const named = found.find((g) => g.start === subject.start);
    const steps: Array<{ action: AgreementAction; at: number }> = [
      { action: "negotiations_launched", at: opening.index + opening[0].length },
    ];
    const close = NEGOTIATIONS_CLOSED.exec(s.text.slice(steps[0]!.at));
    if (close) steps.push({ action: "concluded", at: steps[0]!.at + close.index + close[0].length });
    steps.forEach((step, i) => {
      const next = steps[i + 1]?.at ?? s.text.length;
      const date = datesIn(s).find(
        (d) => d.start - s.start >= step.at && d.start - s.start < next && d.value.split("/")[0]! <= d.reference,
      );
      if (!date) return;
      out.push({
        start: subject.start,
        end: subject.end,
        text: kept.slice(subject.start, subject.end),
        confidence: 0.6,
        rule: `${subject.rule}+chronology`,
        name: named?.name ?? subject.name,
        action: step.action,
        date: date.value,
        match: named?.match ?? matchAgreement(subject, known.agreements),
      });
    });
  }
  return out;
}

/**
 * The last agreement before with the head word; "Les négociations sur l'accord aérien" takes the one whose name holds the
 * adjective's stem ("accord bilatéral sur les services aériens") over a nearer one of another kind.
 */
function mentionByHead(mentions: readonly AgreementMention[], before: number, head: string, kind?: string): AgreementMention | undefined {
  const withHead = [...mentions].reverse().filter((o) => o.end <= before && headWordOf(o.name) === head);
  const stem = kind?.replace(/(?:ne)?s?$/u, "");
  return (stem && withHead.find((o) => o.name.toLowerCase().includes(stem))) || withHead[0];
}

/** "Negotiations on the loan began": the last agreement before whose name holds the word ("the loan agreement"). */
function mentionForThing(mentions: readonly AgreementMention[], before: number, thing: string): AgreementMention | undefined {
  const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(thing)}(?![\\p{L}])`, "iu");
  return [...mentions].reverse().find((o) => o.end <= before && word.test(o.name));
}

/** Negotiations opened in a chronology's present: "the two ministers agree to open negotiations". */
const OPENS_NEGOTIATIONS = wordStart(
  /(?<![\p{L}])(?:open|launch|start|begin|ouvrir|lancer|engager)\s+(?:the\s+|les\s+|des\s+)?(?:negotiations|talks|négociations)(?![\p{L}])/iu,
);

const NAMED_OBJECT_AFTER = /^\s+(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}/u;
/** A parliament's consent in a chronology's present: "gives its consent to ratification". */
const CONSENTS_TO_RATIFICATION = wordStart(/(?<![\p{L}])(?:consent|assent)\s+to\s+(?:the\s+)?ratification(?![\p{L}])/iu);

/**
 * "- 30 June 2030 – Negotiators conclude the text in Ottawa.": a reference article's chronology tells the steps of the agreement
 * it is about without naming it on each line. A line that names no agreement and tells a milestone is a step of the first
 * agreement the text names by its name, dated by the first date after the verb, else by the line's own date. A notice's
 * numbered steps open on the milestone's noun instead of a date ("3. Signature à Séoul, le 19 octobre 2032, par ...",
 * "2. Negotiations concluded in Ottawa on ..."): such a line is dated by the first date after the milestone, or not at all.
 */
function chronologyLineSteps(
  ctx: ExtractionContext,
  mentions: readonly AgreementMention[],
  found: readonly AgreementSuggestion[],
): AgreementSuggestion[] {
  const { kept, dateHits, known, pair } = ctx;
  const subject = mentions.find((o) => !o.generic && [...countriesInName(o.name)].every((c) => pair.includes(c)));
  if (!subject) return [];
  const named = found.find((g) => g.start === subject.start);
  const out: AgreementSuggestion[] = [];
  for (const line of kept.matchAll(/[^\n]+/gu)) {
    const lineStart = line.index;
    const lineEnd = lineStart + line[0].length;
    // "- 30 June 2030 – Negotiators conclude ...": a bullet, the date the line opens on, a dash, then what happened.
    const opening = dateHits.find((d) => d.start >= lineStart && d.start < lineEnd && !d.relative && opensChronologyLine(kept, d));
    const stepMark = opening ? null : MILESTONE_STEP_LINE.exec(line[0]);
    if (!opening && !stepMark) continue;
    if (mentions.some((o) => o.start >= lineStart && o.end <= lineEnd)) continue;
    const bodyStart = opening ? opening.end : lineStart + stepMark![0].length;
    const body = kept.slice(bodyStart, lineEnd);
    const steps = actionsFor(body, 0).map((a) => ({ action: a.action, at: a.at }));
    if (steps.length === 0 && OPENS_NEGOTIATIONS.test(body)) steps.push({ action: "negotiations_launched", at: 0 });
    const consent = CONSENTS_TO_RATIFICATION.exec(body);
    if (consent && !steps.some((x) => x.action === "ratified")) steps.push({ action: "ratified", at: consent.index });
    for (const step of steps) {
      // "... held their first meeting and launched the Canada–Korea AI Talent Exchange": a verb whose object is named acts on that.
      if (NAMED_OBJECT_AFTER.test(body.slice(step.at).replace(/^\p{L}+/u, ""))) continue;
      const clauseEnd = body.indexOf(";", step.at);
      const until = clauseEnd < 0 ? lineEnd : bodyStart + clauseEnd;
      const after = dateHits.find((d) => d.start >= bodyStart + step.at && d.end <= until && d.value <= d.reference);
      const date = after ?? opening;
      if (!date) continue;
      out.push({
        start: subject.start,
        end: subject.end,
        text: kept.slice(subject.start, subject.end),
        confidence: 0.55,
        rule: `${subject.rule}+chronology-line`,
        name: named?.name ?? subject.name,
        action: step.action,
        date: step.action === "concluded" ? closingDay(date, kept.slice(bodyStart + step.at, date.start)) : date.value,
        match: named?.match ?? matchAgreement(subject, known.agreements),
      });
    }
  }
  return out;
}

/**
 * A numbered or bulleted line opening on a milestone's noun or on negotiations, with no verb before it: "1. Négociations
 * lancées à Séoul en mai 2031", "4. Adoption par le conseil d'administration le 8 décembre", "- Signature in Ottawa on ...".
 */
const MILESTONE_STEP_LINE =
  /^\s*(?:\d{1,2}[.)]|[-–—•*▪])\s+(?=(?:Négociations|Negotiations|Talks|Signature|Signing|Conclusion|Adoption|Approbation|Approval|Ratification|Entrée\s+en\s+vigueur|Entry\s+into\s+force|Prolongation|Renouvellement|Renewal|Extension)(?![\p{L}]))/u;

/** "conclues à l'issue de la troisième ronde, tenue du 28 au 30 juin": negotiations closed at the end of a span of days close on its last day. */
const AT_THE_CLOSE = wordStart(
  /(?<![\p{L}])(?:à\s+l['’]issue\s+d(?:es|[eu'’])|au\s+terme\s+d(?:es|[eu'’])|à\s+la\s+(?:clôture|fin)\s+d(?:es|[eu'’])|at\s+the\s+(?:end|close|conclusion)\s+of)(?![\p{L}])/iu,
);
/** "Au terme des travaux", "at the close of the session": the close of proceedings that may span days (not of an audience). */
const CLOSE_OF_PROCEEDINGS = wordStart(
  new RegExp(
    `${AT_THE_CLOSE.source}\\s*(?:(?:la|le|les|l['’]|the|its|their|this)\\s*)?(?:\\p{L}+\\s+)?(?:travaux|session|réunion|commission|proceedings|meeting|deliberations|délibérations)(?![\\p{L}])`,
    "iu",
  ),
);
/**
 * "La session s'est tenue les 15 et 16 juin 2035. Au terme des travaux, les deux ministres ont signé ...": an act told at the
 * close of the proceedings, with no day of its own, was done on the last day of the span of days told in the sentence before.
 */
function closeOfSpanBefore(s: Sentence, sentences: readonly Sentence[], hits: readonly DateHit[], verbAt: number): DateHit | undefined {
  if (!CLOSE_OF_PROCEEDINGS.test(s.text.slice(0, verbAt))) return undefined;
  const before = sentences[s.index - 1];
  if (!before || before.paragraph < s.paragraph - 1) return undefined;
  const span = hits.findLast((h) => h.start >= before.start && h.end <= before.end && h.precision === "day" && h.value.includes("/"));
  return span ? { ...span, value: span.value.split("/")[1]! } : undefined;
}

function closingDay(date: { value: string }, between: string): string {
  const [, end] = date.value.split("/");
  return end && AT_THE_CLOSE.test(between) ? end : date.value;
}

/**
 * Bare negotiations opening a sentence, launched in the passive: "Negotiations were launched", "Les négociations ont été
 * lancées"; who negotiated may stand between ("Negotiations between officials opened in February", "Les négociations entre
 * les deux administrations ont été lancées"). French talks are opened too ("Les discussions avaient été amorcées à Naju",
 * "Les pourparlers ont été entamés en mai"), and what they are on may be a head word ("Les négociations sur l'accord
 * avaient été lancées") or the thing the agreement is for ("Negotiations on the loan began", "Talks on the lease opened",
 * "Discussions on the corridor began"). A transcript's speaker may open the turn ("MATHIEU GAGNON : Les discussions avaient
 * été lancées en mars", "REPORTER: Negotiations were launched in May").
 */
const NEGOTIATIONS_OPENING =
  /^(?:\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,3} ?: +)?(?:(?:The\s+)?(?:[Nn]egotiations|[Tt]alks|[Dd]iscussions)(?:\s+on\s+the\s+(?:(?<head>agreement|treaty|memorandum|convention|protocol|arrangement|[Cc]ompact|MOU|MoU)|(?<thing>\p{Ll}{3,})))?|Les\s+(?:négociations|discussions|pourparlers)(?:\s+sur\s+(?:l['’]|le\s+|la\s+)(?<frHead>accord|entente|traité|mémorandum|protocole|convention|arrangement)(?:\s+(?<kind>\p{Ll}{4,}))?)?)(?:\s+(?:between|among|entre)(?:\s+(?:the|their|two|both|les|leurs|deux)){0,2}\s+\p{Ll}+)?\s+(?:(?:were|had\s+been|have\s+been|ont\s+été|avaient\s+été)\s+(?:(?:formally|officially|officiellement)\s+)?(?:launched|opened|started|lancée?s|ouverte?s|engagée?s|amorcée?s|entamée?s)|(?:formally\s+|officially\s+)?(?:opened|began|started))(?![\p{L}])/u;
/**
 * The same negotiations' end further on: "and, after 14 rounds, concluded", "et conclues", "and the text was initialled";
 * a text or its terms fixed close them too ("and the text was agreed at a meeting of experts on 18 September", "and its
 * conditions were finalized in Seoul on October 11", "et le texte a été finalisé par visioconférence le 2 mars", "et le
 * texte a été conclu à Séoul le 28 août", "et le texte a été arrêté le 23 janvier").
 */
const NEGOTIATIONS_CLOSED = wordStart(
  /(?<![\p{L}])(?:concluded|completed|conclue?s?|achevées|initiall?ed|paraphée?s?|finali[sz]ed|finalisée?s?|agreed(?<=text\s+(?:was|has\s+been|had\s+been)\sagreed)|arrêté(?<=texte\s+(?:a|avait)\s+été\s+arrêté))(?![\p{L}])/u,
);
/**
 * "The two sides launched talks on the MOU in June, ..., and senior officials finalized the text in a video conference on
 * Oct. 28", "Negotiations on the water management agreement were launched in Budapest on 20 February, and the text was
 * agreed by experts on 18 April", "..., et le texte a été arrêté par visioconférence le 23 janvier": a text fixed in the
 * clause after the launch, whoever fixed it, closes the same negotiations.
 */
const TEXT_FIXED_AFTER = wordStart(
  /,\s+(?:and|et)\s+(?:[^,.;:]{1,60}?\s)?(?:(?:finali[sz]ed|agreed|settled|concluded|initiall?ed)\s+(?:the|its)\s+text|(?:the|its)\s+text\s+(?:was|had\s+been)\s+(?:agreed|finali[sz]ed|settled|concluded|initiall?ed)|le\s+texte\s+(?:a|avait)\s+été\s+(?:arrêté|finalisé|conclu|paraphé))(?![\p{L}])/iu,
);
function textFixedAfterLaunch(ctx: ExtractionContext, found: readonly AgreementSuggestion[]): AgreementSuggestion[] {
  const { sentenceOf, datesIn } = ctx;
  const out: AgreementSuggestion[] = [];
  for (const g of found) {
    if (g.action !== "negotiations_launched") continue;
    const s = sentenceOf(g.start);
    if (!s || found.some((o) => o.name === g.name && o.action === "concluded")) continue;
    const fixed = TEXT_FIXED_AFTER.exec(s.text.slice(g.end - s.start));
    if (!fixed) continue;
    const at = g.end + fixed.index + fixed[0].length;
    const date = datesIn(s).find((d) => d.start >= at && d.value.split("/")[0]! <= d.reference);
    if (date) out.push({ ...g, confidence: 0.6, rule: `${g.rule}+text-fixed`, action: "concluded", date: date.value });
  }
  return out;
}

/** What may stand before a sentence's subject: nothing, or its article. */
const SUBJECT_LEAD = /^\s*(?:The|La|Le|Les|L['’])?\s*$/u;

/** Milestones a record's field lines give its title's agreement ("Signed: Ottawa, 10 January 1997"), when it is the pair's. */
function recordSuggestions(ctx: ExtractionContext): AgreementSuggestion[] {
  const { pair, kept, known, datesIn, aboutPair } = ctx;
  return recordMilestones(kept).flatMap(({ name, action, value }) => {
    const inName = [...countriesInName(name.text)];
    if (inName.some((c) => !pair.includes(c)) || (inName.length === 0 && !aboutPair)) return [];
    const mention = { ...name, name: name.text, acronym: null, generic: false, rule: "agreement.record" };
    return [
      {
        start: name.start,
        end: name.end,
        text: name.text,
        confidence: 0.8,
        rule: "agreement.record+field",
        name: name.text,
        action,
        date: datesIn(value)[0]?.value ?? null,
        match: matchAgreement(mention, known.agreements),
      },
    ];
  });
}

/**
 * "welcomed the entry into force of ... on 1 January 2027 and agreed to elevate ...": a second predicate of agreeing or
 * deciding, whose date is not the first one's ("met in Berlin on Tuesday and adopted an action plan" shares it).
 */
const PREDICATE_BREAK =
  /\s(?:and|et)\s+(?:(?:then|also|aussi)\s+)?(?:agreed|decided|resolved|ont\s+convenu|sont\s+convenus|ont\s+décidé)(?![\p{L}])/giu;

/**
 * "agreed to begin negotiations on an agreement on ..., and reviewed the agreement ..., ratified on 28 November", "ont
 * convenu d'ouvrir des négociations sur ..., et ont examiné ...": a decision to open talks is not dated by a second past
 * predicate after ", and"; that one tells another step.
 */
const SECOND_PAST_AFTER_COMMA = /,\s+(?:and|et)\s+(?:also\s+|ont\s+)?\p{Ll}+(?:ed|é)(?![\p{L}])/gu;
function afterSecondPast(sentence: string, at: number, act: Act): boolean {
  if (act.action !== "negotiations_launched" || at < act.at) return false;
  return [...sentence.matchAll(SECOND_PAST_AFTER_COMMA)].some((m) => m.index > act.at && m.index < at);
}

/** Whether a second predicate of the same subject begins between two offsets of a sentence. */
function crossesPredicate(sentence: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return [...sentence.matchAll(PREDICATE_BREAK)].some((m) => m.index > from && m.index < to);
}

/** A past verb on negotiations named by the definite article alone, the agreement they are about left to an earlier sentence. */
const NEGOTIATIONS_BACK = wordStart(
  /(?<![\p{L}])(?:had\s+|avaient\s+|ont\s+|avait\s+|a\s+)?(launched|opened|started|began|concluded|completed|finali[sz]ed|lancé|ouvert|conclu|achevé)\s+(?:the|les)\s+(?:formal\s+)?(?:negotiations|négociations)(?!\s+(?:on|sur|for|toward|towards|to|en vue|pour|d['’]un|of))(?![\p{L}])/iu,
);

/**
 * A relative or participle clause right after a name: ", which entered into force ...", ", qui est entré en vigueur ...", ",
 * signée en 1989"; negotiations told since a time need no comma ("une convention-cadre ... négociée depuis l'été 2029").
 */
const RELATIVE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:,\s+(?:which|qui|(?:(?:first|originally|initially)\s+)?(?:signed|adopted|concluded|ratified|sign[ée]e?s?|adopt[ée]e?s?|conclue?s?|ratifi[ée]e?s?)(?![\p{L}]))|,?\s+(?:negotiated|négociée?s?)\s+(?:since|depuis)(?![\p{L}]))/iu;

/**
 * A relative clause whose subject is the name, in the active, opening right after it, up to a date: ", which replaces the letter
 * ... signed in", ", qui remplace ...". (", which was signed in March 2026" and ", which the two ministers signed in March"
 * tell the agreement's own step, and keep their date.)
 */
const RELATIVE_CLAUSE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?,\s+(?:which|that|qui)\s+(?!(?:was|were|has|have|had|is|are|will|a|ont|est|sont|avait|sera|entered|took|came|went|the|an?|its|their|our|both|we|they|les?|la|l['’]|leurs?|nous|ils|elles)(?![\p{L}]))\p{Ll}+[^;]*$/iu;

/**
 * A relative clause on another noun further on, up to a date: "signed the Agreement ... after three days of talks, which
 * started on Saturday", "... à l'issue des travaux, qui avaient commencé lundi": the date is the talks', not the signing's.
 */
const RELATIVE_CLAUSE_OF_ANOTHER = /^\s(?:[^,;.()]*\s)?\p{Ll}{3,},\s+(?:which|qui)\s[^,;.]*$/u;

/** A participle set off by a comma right after an agreement's name, up to a date: ", signed in ", ", signée le ". */
const ASIDE_AFTER_OTHER = /^\s*,\s*(?:(?:first|originally|initially)\s+)?\p{Ll}+(?:ed|ée?s?|é)\s+[^,;.]{0,40}$/u;
const IN_FORCE_SINCE = /^(?:in force since|en vigueur depuis)\s+$/iu;
const NAMED_EVENT_AFTER =
  /^\s+(?:[\p{Lu}][\p{L}'’–-]*\s+){0,5}(?:Summit|Meeting|Dialogue|Conference|Forum|Visit|Session|Talks|Commission|Consultations)(?![\p{L}])/u;
const BARE_HEAD_AFTER = /^\s+(?:agreement|memorandum|treaty|accord|arrangement|protocol|convention|MOU|MoU|entente|traité)(?![\p{L}])/u;

const SINCE_BOUND = wordStart(/(?<![\p{L}])(?:since|depuis)\s[^,;]{0,60}$/iu);

/** ", lancées en", ", first signed in": an aside opening on a participle, up to a date. */
const PARTICIPLE_ASIDE = /,\s*(?:(?:first|originally|initially)\s+)?\p{L}+(?:ée?s?|és|ed)\s+(?:\p{L}+\s+){0,3}$/u;

/** ", at which they", ", où ils ont": a relative clause right after a dated event, telling what was done there. */
const AT_WHICH =
  /^\s*,?\s*(?:at|during|in\s+the\s+course\s+of)\s+which\s+(?:[\p{L}'’-]+\s+){0,10}[\p{L}'’-]*$|^\s*,?\s*(?:where|où|lors\s+d(?:uquel|e\s+laquelle)|au\s+cours\s+d(?:uquel|e\s+laquelle))\s+(?:[\p{L}'’-]+\s+){0,10}[\p{L}'’-]*$/iu;

/** " first proposed by Argentina in", ", originally signed in": an earlier step told by a participle after an agreement's name, up to a date. */
const PARTICIPLE_AFTER_NAME =
  /^,?\s+(?:first|originally|initially|previously|already)\s+(?:proposed|signed|adopted|launched|concluded|ratified|negotiated|agreed|initialled|proposé|signé|adopté|lancé|conclu|ratifié)e?s?(?![\p{L}])[^,.;:]{0,40}$/iu;
/**
 * ", proposed by Korea at the dialogue in", ", negotiated by the two ministries since": a step that led up to the text, told by
 * a participle set off by a comma after its name, up to a date (not the negotiations' own "launched" after "negotiations on").
 */
const EARLIER_STEP_AFTER_NAME =
  /^(?:,\s+|,?\s+(?:first|originally|initially)\s+)(?:proposed|launched|concluded|negotiated|initialled|drafted|finali[sz]ed|proposée?s?|lancée?s?|conclue?s?|négociée?s?|paraphée?s?)(?![\p{L}])[^,.;:()]{0,100}$/iu;

/** The date is told by a participle after the name, not by the verb before it: "signed the MOU on ..., negotiated since February". */
function toldAfterName(kept: string, a: AgreementMention, act: Act, s: Sentence, d: DateHit): boolean {
  if (act.at >= a.start - s.start || d.start < a.end) return false;
  const between = kept.slice(a.end, d.start);
  if (PARTICIPLE_AFTER_NAME.test(between)) return true;
  // "Les négociations sur un accord ..., lancées en décembre": the participle agrees with the negotiations, the verb's own.
  return EARLIER_STEP_AFTER_NAME.test(between) && !/^(?:negotiations|négociations)/iu.test(s.text.slice(act.at));
}

/**
 * "The two sides also agreed to begin negotiations on ...", "Les deux parties ont également convenu d'ouvrir des
 * négociations sur ...": a decision told after the signings, with no day of its own, was taken at the signing's meeting.
 */
const ALSO_AGREED_BEFORE = wordStart(
  /(?<![\p{L}])(?:also|likewise|également|aussi)\s+(?:agreed|decided|convenu|décidé)\s+(?:to|de|d['’])\s*$/iu,
);

/** "The two ministers also signed ...", "ont également signé": the same step again, on the occasion of the one before. */
const ALSO_BEFORE = wordStart(/(?<![\p{L}])(?:also|likewise|également|aussi)\s+$/iu);

/**
 * "signed the memorandum at the close of the 12th session ..., held on Friday and Saturday", "à la clôture de la session,
 * tenue les 14 et 15 octobre": an act done at the close of a span of days was done on its last day (`AT_THE_CLOSE`).
 */
function closingDayHit(kept: string, verbAt: number, date: DateHit | undefined, dates: readonly DateHit[]): DateHit | undefined {
  if (!date || date.start < verbAt || !AT_THE_CLOSE.test(kept.slice(verbAt, date.start))) return date;
  if (date.value.includes("/")) return { ...date, value: date.value.split("/")[1]! };
  return joinedDate(kept, dates, date) ?? date;
}

/**
 * "The leaders welcomed the entry into force on May 1 of the Protocol ... In the leaders' presence, the ministers signed a
 * Memorandum ...": a milestone reached apart from any meeting (an entry into force, the start or end of negotiations, a
 * termination) is no occasion, so its day dates no later action told without one.
 */
const MILESTONE_OF_ITS_OWN: ReadonlySet<AgreementAction> = new Set([
  "proposed",
  "negotiations_launched",
  "concluded",
  "entered_into_force",
  "terminated",
]);

/** What lies between two objects of one verb: "and a", ", et un", "as well as the", "worth 100 million euros and a". */
const COORDINATION =
  /^\s*(?:(?:worth|valued at|d['’]une valeur de|d['’]un montant de)\s+[^,;.]{1,40}?\s*)?(?:(?:,\s*)?(?:(?:and|et|as well as|ainsi que|,)\s+|ainsi qu['’])|;\s*(?:(?:and|et)\s+)?)(?:\([a-z0-9]{1,3}\)\s+)?(?:an?|the|its|their|un|une|le|la|les|l['’]|des|leur|leurs)?\s*$/iu;
const coordinated = (between: string) => COORDINATION.test(between);

/**
 * Whether two mentions are objects of one verb through a list: each mention between them is coordinated with the next
 * ("signed an accord on A, an accord on B, a memorandum on C and an accord on D": A and D are).
 */
function coordinatedChain(kept: string, mentions: readonly AgreementMention[], x: AgreementMention, y: AgreementMention): boolean {
  const [first, last] = x.start <= y.start ? [x, y] : [y, x];
  let at = first;
  for (const m of mentions) {
    if (m.start < at.end || m.start > last.start) continue;
    if (!coordinated(kept.slice(at.end, m.start))) return false;
    at = m;
    if (m === last) return true;
  }
  return at === last;
}

/**
 * The verb an item of a list takes when it is too far from the verb to reach it: the verb acting on the list's first item
 * ("ont signé un accord sur A, un accord sur B, un mémorandum sur C, ainsi qu'un accord D": D takes "ont signé").
 */
function listHeadVerb(kept: string, mentions: readonly AgreementMention[], s: Sentence, m: AgreementMention): ReturnType<typeof ownVerb> {
  const head = mentions.find((o) => o.start >= s.start && o.end <= m.start && coordinatedChain(kept, mentions, o, m));
  if (!head) return null;
  const verb = ownVerb(s.text, head.start - s.start, head.end - s.start);
  return verb && verb.at < head.start - s.start ? verb : null;
}

/**
 * One suggestion per agreement and action; a mention with no action is dropped when the agreement has one with an action.
 * Of two, the one dated by its own sentence wins over one whose date was borrowed ("Nepal and Korea sign Memorandum of
 * Understanding on ..." as a headline, then "... signed a Memorandum of Understanding on ... on Wednesday").
 */
function dedupeAgreements(items: AgreementSuggestion[], borrowedDate: WeakSet<AgreementSuggestion>): AgreementSuggestion[] {
  const key = (a: AgreementSuggestion) => a.match?.id ?? a.name.toLowerCase();
  const out: AgreementSuggestion[] = [];
  for (const a of items) {
    // The same action in another year is another event ("renewed ... today", "last renewed in 2017"), and so is one taken
    // again by a second body ("..., puis par l'assemblée départementale jeudi dernier").
    const year = (x: AgreementSuggestion) => x.date?.slice(0, 4) ?? null;
    const at = a.rule.endsWith("+again")
      ? -1
      : out.findIndex((o) => key(o) === key(a) && o.action === a.action && (!o.date || !a.date || year(o) === year(a)));
    if (at < 0) out.push(a);
    else if (a.date && borrowedDate.has(out[at]!) && !borrowedDate.has(a)) out[at] = a;
  }
  // "Agreement on Readmission of Persons Residing" read in a sentence, and its whole title from a register's line: the longer.
  const shorterOfAnother = (a: AgreementSuggestion) =>
    out.some((o) => o !== a && o.start === a.start && o.end > a.end && o.action === a.action && o.name.startsWith(a.name));
  // "signed an agreement to underwrite the air link ... The Inter-Island Air Services Agreement was signed yesterday": an
  // instrument named by its purpose is the one named by its title when both take the same step in the same month (a lead
  // undated or dated by the day of writing, the body by the day before).
  const month = (x: AgreementSuggestion) => x.date?.slice(0, 7);
  const titledElsewhere = (a: AgreementSuggestion) =>
    a.rule.startsWith("agreement.purpose") &&
    out.some((o) => o !== a && !o.rule.startsWith("agreement.purpose") && o.action === a.action && (!a.date || month(o) === month(a)));
  return out.filter(
    (a) =>
      (a.action !== null || !out.some((o) => o !== a && key(o) === key(a) && o.action !== null)) &&
      !shorterOfAnother(a) &&
      !titledElsewhere(a),
  );
}

const SUCCEEDS_BEFORE = wordStart(
  /(?<![\p{L}])(?:succède\s+à|succèdent\s+à|remplace|remplacent|prend\s+le\s+relais\s+d[e'’]|replaces?|succeeds?|supersedes?)\s+(?:the\s+|la\s+|le\s+|l['’]|un\s+|une\s+|an?\s+)?$/iu,
);
/** Whether the instrument named at `at` is the one another succeeds or replaces ("remplace l'arrangement ...", "replaces the"). */
function succeededAt(kept: string, at: number): boolean {
  return SUCCEEDS_BEFORE.test(kept.slice(Math.max(0, at - 30), at));
}

/** A list item: a dash, a bullet or a letter opening the line. */
const LIST_ITEM = /^\s*(?:[-–—•*▪]|\(?[a-h]\))\s+/u;

/**
 * "les accords suivants ont été signés :" followed by "- un accord-cadre ... ;" lines: an item of a list is read with the
 * lead sentence whose colon announces it, so that the lead's verb and date act on it.
 */
function withListLead(s: Sentence, sentences: readonly Sentence[], kept: string): Sentence {
  if (ANAPHORIC_LIST_LEAD.test(s.text)) return withSentenceBefore(s, sentences, kept);
  if (!LIST_ITEM.test(s.text)) return s;
  let i = sentences.indexOf(s) - 1;
  while (i >= 0 && LIST_ITEM.test(sentences[i]!.text)) i--;
  const lead = sentences[i];
  if (!lead || !/:\s*$/u.test(lead.text) || s.start - lead.end > 2000) return s;
  return { ...lead, end: s.end, text: kept.slice(lead.start, s.end) };
}

/**
 * "... after which, seven agreements were signed. These agreements include: A; B.": a list that names the agreements the
 * sentence before reported is read with that sentence, whose verb and date act on each item.
 */
const ANAPHORIC_LIST_LEAD =
  /^\s*(?:(?:These|Those|The)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:agreements|instruments|documents|memoranda|MoUs|MOUs|texts)|They|Ces\s+(?:accords|instruments|documents|textes)|Il\s+s['’]agit)\s+(?:include[sd]?|are|were|comprise[sd]?|cover(?:ed)?|incluent|comprennent|sont|de)\s*:/u;
function withSentenceBefore(s: Sentence, sentences: readonly Sentence[], kept: string): Sentence {
  const before = sentences[sentences.indexOf(s) - 1];
  if (!before || s.start - before.end > 400) return s;
  return { ...before, end: s.end, text: kept.slice(before.start, s.end) };
}

/**
 * The verb acting on the mention: the nearest, unless it sits in a relative clause about another agreement ("a Social
 * Security Agreement that replaces the one in force since 1999"), when the verb before the mention acts on it.
 */
function ownVerb(sentence: string, offset: number, end: number): ReturnType<typeof actionFor> {
  const verb = actionFor(sentence, offset);
  if (
    verb &&
    verb.at >= end &&
    /^\s*(?:\([^)]*\)\s*)?$/u.test(sentence.slice(end, verb.at)) &&
    DESCRIBES_BEFORE_FUTURE.test(sentence.slice(verb.at))
  )
    return null;
  // "the first comprehensive tax treaty either country has concluded": a clause whose subject is any of the parties
  // describes a kind of agreement, and tells no step of this one.
  if (verb && verb.at >= end && KIND_CLAUSE.test(sentence.slice(end, verb.at))) return null;
  if (!verb || verb.at < end || !OTHER_ONE.test(sentence.slice(end, verb.at))) return verb;
  return (
    actionsFor(sentence, offset)
      .filter((c) => c.at < offset)
      .sort((x, y) => x.distance - y.distance)[0] ?? null
  );
}
/**
 * "l'Arrangement ... (ARM) conclu avec la KPEA entrera en vigueur le 1er avril", "the arrangement signed with X will take
 * effect ...": a participle right after the name, before its clause's future verb, describes the agreement; the clause
 * tells what is ahead, not that step.
 */
const DESCRIBES_BEFORE_FUTURE =
  /^\p{L}+(?:ed|é|ée|és|ées|u|ue|us|ues)\s[^,;.]{0,80}?\s(?:will|shall|entrera|entreront|sera|seront)(?![\p{L}])/u;
const KIND_CLAUSE =
  /^\s+(?:that\s+)?(?:either|any|each|neither)\s+(?:country|side|party|nation|state|government)\s+(?:has|have|had)\s+(?:ever\s+)?$/iu;
const OTHER_ONE = /^\s*,?\s*(?:that|which|qui|que)\s[^.;]*?(?:the\s+one|the\s+previous\s+one|celui|celle)(?![\p{L}])/iu;

/** A verb of recalling opening a reported clause: "and recalled that", "a rappelé que". */
const RECALLED_AFTER = wordStart(/(?<![\p{L}])(?:recalled|recalling|noted|noting|(?:a|ont)\s+rappelé|rappelant)\s+(?:that|que|qu['’])/iu);
