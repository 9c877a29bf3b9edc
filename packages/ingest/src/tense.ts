/** Whether a sentence speaks of the future, which decides how a bare weekday or month is placed. */
import { joinedParts } from "./text-span";
import { FR_WEEKDAY_RE } from "./calendar-words";
import { wordStart } from "./word-start";

const FUTURE_EN =
  /\b(?:will|shall|['’]ll|to be held|is to be|are to be|is to|are to|plans? to|planned|scheduled|upcoming|set to|expected to|intends? to|aims? to|due to|by the end of|within the|next|coming|later this|pledged to|vowed to|agreed to|decided to|committed to)\b/i;
const FUTURE_FR = wordStart(
  /(?<![\p{L}\p{N}])(?:sera|seront|aura|auront|va|vont|prévoi\p{L}*|prochaine?s?|d['’]ici|à venir|tiendra|tiendront|\p{L}{3,}eront|\p{L}{3,}iront|devrai\p{L}*|devra|devront|doit|doivent|prévue?s?|(?<=(?:est|sont)\s)attendue?s?|se\s+rendra|s['’]engage\p{L}*|s['’]engagent|ont convenu|conviennent|ont décidé)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
);

export function isFutureSentence(sentence: string, lang: "en" | "fr"): boolean {
  return lang === "fr" ? FUTURE_FR.test(sentence) : FUTURE_EN.test(sentence);
}

/**
 * A plan told in the passive ("a second round is planned in Ottawa in April"), the preparations for a meeting ("on the
 * preparations for the summit in November", "a meeting ahead of Remembrance Day", "les préparatifs du sommet de
 * novembre") and a term's end ("arrive à échéance
 * le 30 juin", as "expires" in English): what they name is still ahead.
 */
const PLANNED_EN = String.raw`(?:is|are)\s+(?:now\s+|also\s+)?planned`;
const PREPARATIONS_EN = String.raw`(?:(?:preparations?|run-up)\s+(?:for|to)|ahead\s+of)`;
/**
 * The tense of the clause a date sits in, read from the verb nearest before the date: "will review the plan adopted
 * at their summit held in June" is past for June (the participle governs it), "agreed to meet in October" is future.
 * Null when the clause has no tense cue, so the caller can fall back on the sentence.
 */
/* The English cues of the future, one constant per kind, joined in this order (the first that matches at a place wins). */
/** "will", "shall", "'ll", "would". */
const AUXILIARIES_EN = String.raw`will|shall|['’]ll|would`;
/**
 * "to be held", "is to", "plans to", "scheduled", "upcoming", "set to", "expected to", "is expected back", "are likely"; a
 * ship's or a delegation's arrival told with "due", "where it is due on October 11", "the minister is due back in Ottawa".
 */
const SCHEDULES_EN = String.raw`to be held|is to|are to|plans? to|planned to|scheduled|upcoming|set to|expected to|(?<=(?:is|are)\s)(?:expected|due)(?=\s+(?:on|in|at|back)\s)|(?:is|are)\s+likely`;
/** "intends to", "aims to", "due to". */
const INTENTIONS_EN = String.raw`intends? to|aims? to|due to`;
/** "next", "coming", "later this". */
const AHEAD_EN = String.raw`next|coming|later this`;
/** "pledged to", "vowed to", "agreed to", "decided to", "committed to", "promised to". */
const PLEDGES_EN = String.raw`pledged to|vowed to|agreed to|decided to|committed to|promised to`;
/** A call, a request or an invitation and what it asks for: "calls for", "requested a", "urged ... to hold", "invited ... to". */
const REQUESTS_EN = String.raw`calls?\s+for|calling\s+for|(?:asked|asks|asking)\s+for|(?:requested|requests|requesting)(?=\s+an?\s)|to(?<=(?:urged|urges|urging|called\s+(?:on|upon)|calls?\s+(?:on|upon)|calling\s+(?:on|upon)|asked|asks|invited|invites|requested|requests|encouraged|encourages|recommended|recommends)\s[^.;:\n]{0,60}?to)\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|date)(?![\p{L}]))\p{Ll}{2,}|(?:invited|invites)\s[^.;:\n]{0,60}?\s(?:to|for)(?=\s)`;
/**
 * "takes effect", "enters into force", "expires"; a provision's present that runs from a start, "its quota rises to 900 places
 * from March 1", "the protocol allows trucks to unload ... from May 1", "the new fees apply from July 1", "the memorandum
 * provides for a weekly flight from March": the start is ahead; so is the start of a step agreed
 * in an infinitive, "had agreed last week to share a contract with a hospital from January 1".
 */
const TERMS_EN = String.raw`takes? effect|comes? into force|enters? into force|expires?|(?:rises|increases|falls|drops|allows|permits|lets|enables|appl(?:y|ies)|provides\s+for|to(?<=(?:agreed|decided|undertook|promised|pledged)\s(?:[\p{L}-]+\s){0,3}to)\s+\p{Ll}{3,})(?=(?:\s[^.;:\n]{0,120}?)?\s(?:from|as\s+of|starting)\s)`;
/**
 * The present tense of a visit's end and of the next leg of a trip: "ends", "wraps up", "leaves", "travels on to", "returns
 * home"; in the plural too, "the delegation ... toured the plant yesterday and return to Seoul on Friday", "The Heads of
 * Government conclude their Meeting on Wednesday" (not the noun, "their return to Seoul").
 */
const TRIP_UNDER_WAY_EN = String.raw`ends|wraps\s+up|leaves|departs|travels\s+(?:on\s+)?to|heads\s+(?:on\s+)?to|flies\s+(?:on\s+)?to|continues\s+(?:on\s+)?to|returns\s+(?:home|to)|(?<=(?:and|then)\s)return\s+(?:home|to)|conclude\s+(?:their|the)\s+(?:\p{L}+\s+)?(?:visit|meeting|talks|summit|session|tour|mission|stay)`;
/**
 * The present tense of a body's next item of business: "the Committee begins its study of trade ... on September 21", "the
 * Senate resumes its debate on the bill on March 3", "the forum opens its doors on June 2": a calendar of what is ahead.
 */
const BUSINESS_AHEAD_EN = String.raw`(?:begins|starts|resumes|opens)(?=\s+(?:its|their)\s)`;
/** "by the end", "before the end", "within the end". */
const BY_THE_END_EN = String.raw`(?:by|before|until|within)\s+the\s+end`;
/** An infinitive of a meeting's or a visit's verb: "to visit", "to hold", "to sign", "to pay a state visit". */
const TO_ACT_EN = String.raw`to\s+(?:visit|hold|host|meet|sign|launch|travel|attend|open|convene|complete|deliver|pay\s+(?:an?\s+)?(?:\p{L}+\s+)?visit|make\s+(?:an?\s+)?(?:\p{L}+\s+)?visit)`;
const FUTURE_CUE_EN = joinedParts(
  [
    AUXILIARIES_EN,
    SCHEDULES_EN,
    INTENTIONS_EN,
    AHEAD_EN,
    PLEDGES_EN,
    REQUESTS_EN,
    TERMS_EN,
    TRIP_UNDER_WAY_EN,
    BUSINESS_AHEAD_EN,
    BY_THE_END_EN,
    TO_ACT_EN,
    PLANNED_EN,
    PREPARATIONS_EN,
  ],
  "giu",
);
/**
 * A past form that is also the present's, told as a past by its subject and its object: "the Central Bank cut its policy
 * rate on Thursday", "the ministry set the quota on Monday", "the minister put the question to her counterpart on Friday".
 */
const IRREGULAR_PAST_WITH_OBJECT_EN = String.raw`(?<!(?:a|the|rate|tax|tariff|price|budget|job|its|their)\s)(?:cut|set|put)(?=\s+(?:its|their|his|her|the)\s)`;
const PAST_CUE_EN = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?:was|were|had|did|ago|last|since|previous|preceding|(?<!(?:be|been|being|to|will|would|shall)\s+)(?:held|met|took place|came|began|went|sent|made|spoke|[\p{L}]{3,}ed|${IRREGULAR_PAST_WITH_OBJECT_EN})(?!\s+to(?![\p{L}])))(?![\p{L}])`,
    "giu",
  ),
);
const NOT_PAST_ED =
  /^(?:expected|scheduled|planned|pledged|vowed|agreed|decided|committed|promised|intended|aimed|need|indeed|proceed|exceed|succeed)$/i;
/* The French cues of the future, one constant per kind, joined in this order (the first that matches at a place wins). */
/** "sera", "aura", "va", "vont". */
const AUXILIARIES_FR = String.raw`sera|seront|aura|auront|va|vont`;
/** "prévoit", "prochaine", "d'ici", "à venir". */
const PLANNED_FR = String.raw`prévoi\p{L}*|prochaine?s?|d['’]ici|à venir`;
/** The future tense's third persons: "tiendra", "organiseront", "ira", "devra", "permettra", "apparaîtra". */
const FUTURE_ENDINGS_FR = String.raw`tiendra|tiendront|\p{L}{3,}eront|\p{L}{3,}iront|\p{L}{3,}era|\p{Ll}{2,}(?:vra|vront|dra|dront|ira|iront)|\p{Ll}{2,}(?:rra|rront|ttra|ttront|îtra|îtront)`;
/** The present tense of a trip and of a visit's end: "s'envole", "se rend à", "se rend aujourd'hui à Montréal ... avant de regagner Séoul mercredi", "se rend jeudi", "poursuit sa visite", "prend fin", "s'achève", "se termine lundi", "rentre", "repart", "regagne". */
const TRIP_UNDER_WAY_FR = String.raw`s['’]envole(?:nt)?|se\s+rend(?:ent)?\s+(?:demain|aujourd['’]hui|à|au|aux|en)|se\s+rend(?:ent)?(?=\s+(?:(?:par\s+ailleurs|aussi|également|ensuite)\s+)?${FR_WEEKDAY_RE}(?![\p{L}]))|poursui(?:t|vent)\s+(?:sa|son|ses|leur|leurs)\s+(?:visite|voyage|tournée|séjour|mission)|prend(?:nent)?\s+fin|s['’]achève(?:nt)?|se\s+termine(?:nt)?(?=\s+(?:${FR_WEEKDAY_RE}|demain|le|en|à))|rentre(?:nt)?(?=\s+(?!dans))|repart(?:ent)?|regagne(?:nt)?`;
/** A request, unless it is the noun ("la demande"): "demande", "réclament", "exige", "recommande". */
const REQUESTS_FR = String.raw`(?<!(?:la|une|sa|leur|cette|de|des|les|ses|leurs|en|aux?)\s)(?:demande(?:nt)?|réclame(?:nt)?|exige(?:nt)?|recommande(?:nt)?)(?=\s)`;
/** The conditional and the future's first and second persons: "signerait", "tiendrons", "organiserai", "serez", "ferons". */
const CONDITIONALS_AND_PERSONS_FR = String.raw`\p{Ll}{3,}(?:rait|raient)|\p{Ll}{3,}(?:erons|irons|drons|vrons)|\p{Ll}{3,}(?:erai|irai|drai|vrai|erez|irez)|serai|aurai|ferai|irai|serez|serons|aurez|aurons|ferez|ferons|\p{Ll}{3,}(?:erez|irez|drez|vrez)`;
/** "appelle à", "appellent au", "appelons aux". */
const CALLS_ON_FR = String.raw`appel(?:le|lent|ons)\s+(?:à|au|aux)`;
/** "engagée à", "a été invité à", "invitent ... pour". */
const INVITED_OR_ENGAGED_FR = String.raw`engagée?s?\s+à|(?:invitée?s?(?<=(?:a|ont|avait|avaient|été)\s+(?:[\p{L}-]+\s+){0,2}invitée?s?)|invite|invitent)\s[^.;:\n]{0,60}?\s(?:à|pour)(?=\s)`;
/** "devra", "devront", "doit", "doivent". */
const OBLIGATIONS_FR = String.raw`devra|devront|doit|doivent`;
/** "prévue", "est attendu", "se rendra". */
const SCHEDULED_FR = String.raw`prévue?s?|(?<=(?:est|sont)\s)attendue?s?|se\s+rendra`;
/**
 * "s'engage", "convenu de", "décidé de", "promis de"; not what was agreed on ("ont convenu de cette visite lors de leur
 * entretien", a noun after "de", is past).
 */
const PLEDGES_FR = String.raw`s['’]engage\p{L}*|convenu\p{L}* de(?!\s+(?:ce|cet|cette|ces|la|le|les|leur|leurs|son|sa|ses|un|une)\s)|décidé de|promis(?=\s+d(?:e\s|['’]))`;
/**
 * A term's end, as "expires" in English: "arrive à échéance", "expire"; "qui arrivait à échéance en juin", "qui devait expirer
 * en juin", "qui devaient prendre fin en mars", a term told in the past that runs out ahead.
 */
const TERM_ENDS_FR = String.raw`arriv(?:e|ent|ait|aient)\s+à\s+(?:échéance|expiration|(?:son\s+|leur\s+)?terme)|expire(?:nt)?|devai(?:t|ent)\s+(?:expirer|prendre\s+fin)`;
/** "les préparatifs du sommet", "en préparation de". */
const PREPARATIONS_FR = String.raw`préparatifs|en\s+préparation\s+d`;
const FUTURE_CUE_FR = joinedParts(
  [
    AUXILIARIES_FR,
    PLANNED_FR,
    FUTURE_ENDINGS_FR,
    TRIP_UNDER_WAY_FR,
    REQUESTS_FR,
    CONDITIONALS_AND_PERSONS_FR,
    CALLS_ON_FR,
    INVITED_OR_ENGAGED_FR,
    OBLIGATIONS_FR,
    SCHEDULED_FR,
    PLEDGES_FR,
    TERM_ENDS_FR,
    PREPARATIONS_FR,
  ],
  "giu",
);
// Auxiliaries in either case, so that a sentence opening on "Ont" or "A" reads as past ("s'est réuni" too); a participle starts in lower case,
// so that a capitalised name in -ée ("en Corée") is none (the `i` flag would let \p{Ll} match capitals too).
const PAST_CUE_FR = wordStart(
  /(?<![\p{L}])(?:[Ss]['’](?:est|étaient|était)|[Ss]e\s+sont|[Aa]|[Oo]nt|[Aa]vait|[Aa]vaient|[ÉéEe]tait|[ÉéEe]taient|[Ff]ut|[Dd]ernière?s?|[Pp]récédente?s?|[Dd]epuis|[Tt]enue?s?|(?:\p{Ll}[\p{L}]{1,}(?:é|ée|és|ées)))(?![\p{L}])/gu,
);

/** Adjectives that place what they qualify before now. */
const PAST_ORDER = /^(?:previous|preceding|last|dernière?s?|précédente?s?)$/iu;

/** A list item's mark and the lower-case verb it opens on: "a) conduct ", "- hold ". */
const ITEM_VERB_BEFORE = /(?:^|\n)\s*(?:[-–—•*▪]|\d{1,2}[.)]|[a-h]\))\s+\p{Ll}+\s+$/u;

const FINAL_OF_SERIES_BEFORE =
  /(?:\d{1,2}(?:e|ème|th|st|nd|rd)|(?:second|third|fourth|fifth|sixth|deuxième|troisième|quatrième|cinquième|sixième))\s+(?:et|and)\s+$/iu;
const QUANTIFIED_NOUN_BEFORE = wordStart(/(?<![\p{L}])(?:[Ee]very|[Ee]ach|[Aa]ny|[Aa]ll)\s+\p{Ll}+\s+$/u);
/** A plural noun opening a line or an item, a participle and a deadline: "Passport applications submitted before ". */
const CONDITION_AFTER_OPENING_NOUN =
  /(?:^|\n)[ \t]*(?:[-–•*][ \t]+)?(?:\p{Lu}\p{Ll}+[ \t]+)?\p{Ll}{3,}s[ \t]+\p{Ll}{3,}ed[ \t]+(?:before|after|by|until)[ \t]/u;
/**
 * "its annual report on organized crime on March 31", "talks on combined exercises in May", "a fund for qualified
 * applicants": a word in "-ed" right after a preposition is an adjective of the noun after it, no verb.
 */
const ATTRIBUTIVE_BEFORE = wordStart(
  /(?<![\p{L}])(?:the|a|an|its|their|his|her|our|this|these|newly|on|of|for|against|about|into)\s+(?:(?:first|second|third|fourth|fifth|newly|jointly|recently|fully)\s+)?$/iu,
);

const FUTURE_AUXILIARY_FR = wordStart(/(?<![\p{L}])(?:sera|seront|serait|seraient|être)\s+(?:\p{L}+\s+){0,2}$/u);

/** A word of tense in a sentence: where it stands and which way it points. */
export interface TenseCue {
  at: number;
  end: number;
  tense: "future" | "past";
  /** A participle opening a phrase set off by a comma (", focused on energy services,"), which governs only its own words. */
  aside?: boolean;
}

/** A past participle, English or French, as it opens a phrase set off by commas. */
const ASIDE_PARTICIPLE = /^(?:\p{Ll}{3,}ed|\p{Ll}{2,}(?:é|ée|és|ées))$/u;

/**
 * "will lead a second trade mission to Guyana, focused on energy services, in November", "L'accord, signé en 2030, arrive à
 * échéance le 30 juin": a participle right after a comma opens an aside; once the aside's closing comma has been passed,
 * the clause's verb before it tells the tense of what follows.
 */
function isAsideParticiple(sentence: string, m: RegExpExecArray): boolean {
  return ASIDE_PARTICIPLE.test(m[0]) && sentence.slice(Math.max(0, m.index - 2), m.index) === ", ";
}

/** Every tense cue of a sentence, read once, so that each date in it asks `tenseBefore` instead of reading its head again. */
export function tenseCues(sentence: string, lang: "en" | "fr"): TenseCue[] {
  const out: TenseCue[] = [];
  const [futureRe, pastRe] = lang === "fr" ? [FUTURE_CUE_FR, PAST_CUE_FR] : [FUTURE_CUE_EN, PAST_CUE_EN];
  futureRe.lastIndex = 0;
  for (let m = futureRe.exec(sentence); m; m = futureRe.exec(sentence))
    out.push({ at: m.index, end: m.index + m[0].length, tense: "future" });
  pastRe.lastIndex = 0;
  for (let m = pastRe.exec(sentence); m; m = pastRe.exec(sentence))
    if (!isFalsePast(sentence, m, lang))
      out.push({ at: m.index, end: m.index + m[0].length, tense: "past", aside: isAsideParticiple(sentence, m) });
  return out;
}

/** The tense of the clause ending at `head`'s end (the same reading as `clauseTense(head)`), from the sentence's cues. */
export function tenseBefore(cues: readonly TenseCue[], head: string): "future" | "past" | null {
  const cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf(":"), head.lastIndexOf(" — "), head.lastIndexOf("\n"));
  let best: TenseCue | null = null;
  for (const c of cues) {
    if (c.aside && head.indexOf(",", c.end) >= 0) continue;
    if (c.at > cut && c.end <= head.length && (!best || c.at > best.at || (c.at === best.at && c.tense === "future"))) best = c;
  }
  return best?.tense ?? null;
}

/** A past cue that tells no tense: a participle after a future auxiliary, a noun or an adjective after a determiner. */
function isFalsePast(clause: string, m: RegExpExecArray, lang: "en" | "fr"): boolean {
  // "la 5e et dernière étape", "the third and last round": the last of a numbered series is its final one, not a past one.
  if (PAST_ORDER.test(m[0])) return FINAL_OF_SERIES_BEFORE.test(clause.slice(Math.max(0, m.index - 20), m.index));
  // "their previous summit", "leur précédent sommet", "la dernière réunion": otherwise an adjective of order in time is past
  // after any determiner.
  if (lang === "en" && NOT_PAST_ED.test(m[0])) return true;
  // "the Hon Alfred Cannell", "Mr. Ahmed Saleh", "the Revised Protocol": a capitalised word in "-ed" inside a sentence is a
  // name or a title's word, no verb.
  if (lang === "en" && /^\p{Lu}\p{Ll}+ed$/u.test(m[0]) && /\p{L}[^.!?\n]*$/u.test(clause.slice(0, m.index))) return true;
  // "a) conduct coordinated patrols ...": in a list item opening on a bare verb, the word after it is an adjective.
  if (lang === "en" && ITEM_VERB_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) return true;
  // "sera par ailleurs examiné", "seront signés": a participle after a future auxiliary is the future's.
  if (lang === "fr" && FUTURE_AUXILIARY_FR.test(clause.slice(Math.max(0, m.index - 40), m.index))) return true;
  // "un comité mixte", "la sécurité": a noun in -é after a determiner is no participle.
  if (
    lang === "fr" &&
    /(?<![\p{L}])(?:un|une|le|la|les|l['’]|du|des|au|aux|son|sa|ses|leur|leurs|ce|cette|notre)\s*$/iu.test(
      clause.slice(Math.max(0, m.index - 8), m.index),
    )
  )
    return true;
  // "Every claim reported before 31 October will ...", "any goods shipped after 1 July": a participle after a quantified noun
  // sets a condition; the clause's verb tells its tense.
  if (lang === "en" && QUANTIFIED_NOUN_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) return true;
  // "- Passport applications submitted before April 28 will be ready ...": so does a participle after the plural noun that
  // opens a notice's item, when a deadline follows it.
  if (lang === "en" && CONDITION_AFTER_OPENING_NOUN.test(clause.slice(Math.max(0, m.index - 40), m.index + m[0].length + 8))) return true;
  // "the rehabilitated harbour", "the first merged acoustic index": a participle used as an adjective after a determiner (and
  // an ordinal or an adverb) tells no tense.
  return lang === "en" && ATTRIBUTIVE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index));
}

export function clauseTense(before: string, lang: "en" | "fr"): "future" | "past" | null {
  // The clause: back to the last semicolon, colon, dash or bullet; a comma-joined clause keeps the tense it follows.
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf(" — "), before.lastIndexOf("\n"));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  return tenseBefore(tenseCues(clause, lang), clause);
}

/**
 * The tense of the verb that follows a date opening its sentence ("Le 15 mai, M. Nam rencontrera ...", "On 24 April, the
 * agency will sign ..."): the first cue after the date, since nothing before it tells the tense.
 */
export function openingDateTense(after: string, lang: "en" | "fr"): "future" | "past" | null {
  const [futureRe, pastRe] = lang === "fr" ? [FUTURE_CUE_FR, PAST_CUE_FR] : [FUTURE_CUE_EN, PAST_CUE_EN];
  const clause = after.split(/[;:\n]/u, 1)[0] ?? "";
  futureRe.lastIndex = 0;
  const future = futureRe.exec(clause);
  pastRe.lastIndex = 0;
  let past = pastRe.exec(clause);
  while (past && lang === "en" && NOT_PAST_ED.test(past[0])) past = pastRe.exec(clause);
  if (!future && !past) return null;
  if (!past) return "future";
  if (!future) return "past";
  return future.index < past.index ? "future" : "past";
}

/**
 * "Every claim reported before 31 October will have ...", "La 5e et dernière étape, lundi, se terminera ...": a date in the
 * subject of a clause (or set off in it by commas) whose verb, right after it, is a future.
 */
const FUTURE_VERB_AFTER = {
  en: /^(?:[^,;:.\n]{0,12}?\s|,\s+)(?:will|shall)\s/u,
  fr: /^(?:[^,;:.\n]{0,12}?\s|,\s+)(?:(?:se|s['’])\s*)?(?:sera|seront|aura|auront|\p{Ll}{3,}(?:era|eront|ira|iront|dra|dront|vra|vront))(?![\p{L}])/u,
};

/** Whether the words right after a date open on its clause's future verb (see `FUTURE_VERB_AFTER`). */
export function futureVerbRightAfter(after: string, lang: "en" | "fr"): boolean {
  return FUTURE_VERB_AFTER[lang].test(after);
}
