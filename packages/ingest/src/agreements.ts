/**
 * Agreements and what was done to them. Named agreements ("General Security of Information
 * Agreement", "Canada-Korea Free Trade Agreement (CKFTA)", "Accord de libre-échange"), described
 * ones ("an agreement on the protection of military and defence information") and generic heads
 * taken up by an action verb ("formally adopted an action plan") are found, given the action
 * the sentence reports, and matched to known agreements by name, acronym or subject.
 */
import { bracketedAcronyms, longFormSpelling } from "./acronyms";
import type { AgreementAction, KnownAgreement, RecordMatch } from "@ties/domain";
import { EN_MONTH_FULL_RE, EN_WEEKDAY_RE, FR_MONTH_RE } from "./calendar-words";
import { citiesNamed } from "./city-gazetteer";
import { findCountryMentions } from "./country-mentions";
import { normalizeName } from "./normalize-name";
import { EN_ONE_TO_TEN } from "./number-words";
import { escapeRegExp, keepLongest, type Span } from "./text-span";
import { wordStart } from "./word-start";

export interface AgreementMention extends Span {
  text: string;
  name: string;
  acronym: string | null;
  generic: boolean;
  rule: string;
  /** Where the agreement a demonstrative or a pronoun stands for was named. */
  antecedentAt?: number;
}

/**
 * The head words of an English name. A trade agreement's joint committee adopts a "Joint Interpretation of Article 8.5", an
 * instrument of its own, whose object may be an article by its number.
 */
const HEAD_EN =
  "(?:(?:Executive|Cooperation|Co-operation|Exchange) Programme|Joint Interpretation|Agreement|Partnership|Action Plan|Plan of Action|Treaty|Accord|Arrangement|Memorandum of Understanding|MOU|MoU|Framework|Roadmap|Road Map|Convention|Protocol|Joint Declaration|Joint Statement|Charter|Compact|FTA|CEPA|EPA|PTA)";
const CAPW = "(?:[\\p{Lu}][\\p{L}'’]*(?:[-–][\\p{Lu}][\\p{L}]*)*|\\d\\+\\d|of|on|for|the|and|between)";
const NAMED_EN = wordStart(
  new RegExp(
    `(?<![\\p{L}])(?:${CAPW}\\s){1,9}${HEAD_EN}(?![\\p{L}]|\\s[\\p{Lu}][\\p{Ll}])(?:\\s(?:on|for|of|between)\\s(?:the\\s)?(?:Articles?\\s\\d+(?:\\.\\d+)*|[\\p{Lu}][\\p{L}'’-]*)(?:\\s(?:and\\s)?[\\p{Lu}][\\p{L}'’-]*){0,5}(?:\\s(?:in|of)\\s(?:the\\s)?[\\p{Lu}][\\p{L}'’-]*(?:\\s(?:and\\s|of\\s)?[\\p{Lu}][\\p{L}'’-]*){1,5})?){0,2}(?:\\s\\((?<acr>[\\p{Lu}][\\p{Lu}a-z-]{1,9})\\))?`,
    "gu",
  ),
);
const HEAD_EN_RE = new RegExp(HEAD_EN, "u");
/** Words before a name that are the clause's: small words and a clause's opener, then a capitalised place before "the". */
const LEADS = [
  // "Based on the Action Plan, ...", "Pursuant to the Agreement ...", "In line with the Roadmap ...": a clause's opener.
  /^(?:(?:Based|Building|Drawing)\s(?:up)?on|(?:According|Pursuant|Further|Thanks|Prior|Owing|Due|Subject)\sto|Following|Regarding|Concerning|Through|Within|Beyond|Despite|Per|Via|As\spart\sof|In\s(?:line|accordance|keeping)\swith|(?:With)?in\sthe\sframework\sof)\s/u,
  // "Negotiations on the Compact were launched ...": the talks are the clause's subject, the agreement their object.
  /^(?:(?:the|of|on|for|and|between|The|In|On|At|A|An|Under|During|With|Both|Minister|Ministers|Negotiations|Talks)\s)+/u,
  /^(?:[\p{Lu}][\p{L}'’-]*\s){1,2}the\s(?=[\p{Lu}])/u,
];
/**
 * A formal title that opens with its head word, as lists and registers give them: "Agreement on Cooperation in Trade",
 * "Memorandum of Understanding on Political and Diplomatic Consultations", "MoU on Bilateral Cooperation in the
 * Agriculture sector", with the capitalised words right before the head ("Canada–Korea Agreement on ..."). The subject
 * runs over capitalised words and the small words between them (`titleSubject` then cuts what follows the title).
 */
const TITLE_WORD = "[\\p{Lu}][\\p{L}'’]*(?:[-–][\\p{L}]+)*";
/** A word of a title's subject: a capitalised word, or years before one ("for the 2024-25 Mutual Cultural Exchange Year"). */
const SUBJECT_WORD = `(?:${TITLE_WORD}|(?:19|20)\\d{2}(?:[-–]\\d{2,4})?(?=\\s[\\p{Lu}]))`;
/**
 * "Agreement on Science, Technology and Innovation Cooperation": a comma inside a title's subject when a series of
 * capitalised words after it closes on "and" or "et" and one more capitalised word.
 */
const SERIES_COMMA = `,\\s(?=(?:${TITLE_WORD},\\s){0,3}${TITLE_WORD}\\s(?:and|et)\\s[\\p{Lu}])`;
const HEAD_FIRST_EN = wordStart(
  new RegExp(
    `(?<![\\p{L}])(?:${TITLE_WORD}\\s){0,4}(?:Memorand(?:um|a) of Understanding|MoU|MOU|Agreement|Protocol|Treaty|Convention|Arrangement|Accord|Undertaking|Exchange of (?:Notes|Letters)|Letter of Intent|Declaration|Programme|Program|Plan of Action)\\s(?:on|between|concerning|regarding|relating to|in the Field of|in the Area of|for(?!\\sa\\s|\\san\\s))\\s(?:the\\s|a\\s|an\\s)?${SUBJECT_WORD}(?:(?:\\s(?:(?:of(?:\\sa|\\san)?|on|for|the|and|in|at|between|de|et)\\s)*|${SERIES_COMMA})${SUBJECT_WORD})*`,
    "gu",
  ),
);
const TITLE_LEAD = /^(?:(?:The|A|An|Under|In|On|At|During|With|Both|This|That|These|Its|Their|New|Signed|Sign)\s)+/u;
const CALENDAR_WORD = new RegExp(String.raw`^(?:${EN_WEEKDAY_RE}|${EN_MONTH_FULL_RE})$`, "u");
/**
 * A title without what follows it in the sentence: "on September 22" or "in July" date the clause, "in Kathmandu"
 * places it, "and a Letter of Intent on ..." is another title.
 */
function titleSubject(title: string): string {
  const words = [...title.matchAll(/\S+/gu)];
  const cut = (n: number) => {
    while (n > 1 && /^(?:of|on|for|the|and|in|at|between|a|an|de|et)$/.test(words[n - 1]![0])) n--;
    return title.slice(0, words[n - 1]!.index + words[n - 1]![0].length);
  };
  const word = (i: number) => words[i]?.[0];
  const relationAt = words.findIndex((w, i) => i > 0 && /^(?:on|between|concerning|regarding|relating|in|for)$/.test(w[0]));
  if (relationAt < 0) return title;
  for (let i = relationAt; i < words.length; i++) {
    const w = word(i)!;
    const next = word(i + 1) === "the" ? word(i + 2) : word(i + 1);
    if (!next) continue;
    const rest = title.slice(words[i + 1]!.index);
    // "... Fisheries and a Letter of Intent on ...", "... and the Agreement on ...": a second title coordinated after the first.
    const another = w === "and" && HEAD_EN_RE.test(rest.replace(/^(?:the|an?)\s/, "").split(" on ")[0]!);
    const afterSubject = i >= relationAt + 2 && /^(?:in|at)$/.test(w) && (isPlaceName(rest) || VENUE.test(rest));
    if (another || afterSubject || (/^(?:on|in)$/.test(w) && CALENDAR_WORD.test(next))) return cut(i);
  }
  return cut(words.length);
}
/**
 * "at Bingu International Convention Centre", "in the Peace Palace": a building named after a title is where it was done
 * (an instrument's own subject may end on a place, "Incidents at Sea", but not on a building).
 */
const VENUE =
  /^(?:the\s)?(?:\p{Lu}[\p{L}'’-]*\s){0,5}(?:Centre|Center|Hall|House|Palace|Hotel|Building|Complex|Museum|Stadium|Castle|Headquarters)(?![\p{L}])/u;
const isPlaceName = (phrase: string) => {
  const first = phrase
    .replace(/^the\s/, "")
    .split(" ")
    .slice(0, 2)
    .join(" ");
  return [first, first.split(" ")[0]!].some((p) => findCountryMentions(p).some((c) => c.start === 0) || citiesNamed(p).length > 0);
};
/**
 * A French instrument named by its capitalised head ("l'Accord-cadre de coopération", "la Convention de sécurité sociale");
 * a year between "de" and the subject belongs to the name ("l'Accord de 2030 sur le transport routier"), and so does the
 * field after "dans le domaine de" ("l'Accord de coopération dans le domaine de la pêche").
 */
const NAMED_FR = wordStart(
  /(?<![\p{L}])(?:Accord-cadre|Accord|Arrangement|Partenariat|Plan d['’]action|Traité|Protocole d['’]entente|Protocole|Entente|Convention|Déclaration commune|Feuille de route)(?:\s(?:d['’]|l['’]|(?:sur|relatif\s+à|relative\s+à|en\s+matière\s+de|dans\s+le\s+domaine\s+d(?:e|u|es))\s+(?:la\s+|le\s+|les\s+|l['’])?)?(?:[\p{L}-]+(?:–[\p{L}-]+)?|(?<=\sde\s)(?:19|20)\d\d(?=\s(?:sur|relatif|relative|en\s+matière)\s))){0,9}?(?=[,.;()]|\s\(|\s(?:a|ont|est|sont|qui|que|sera|seront|lors|avec|dans(?!\sle\sdomaine\sd)|et\sune?\s|pour|afin|visant|signé|conclu|lancé|adopté|prolongé|le|la|les|entre|en\s\d|\d(?<!\sde\s\d)|\d(?!\d{3}\s(?:sur|relatif|relative|en\s+matière)\s)))(?:\s\((?<acr>[\p{Lu}][\p{Lu}a-z-]{1,9})\))?/gu,
);
/**
 * The head words of a formal instrument, English and French: what a described agreement ("an agreement on ...") and a
 * register's title line ("Title: Agreement between ...") are named by. A development agency's project is set out in a
 * "Record of Discussions" signed with the partner government.
 */
export const INSTRUMENT_HEADS =
  "agreement|accord|arrangement|treaty|traité|entente|convention|protocole(?: additionnel)?|protocol|mémorandum(?: d['’]entente)?|memorandum|exchange of (?:notes|letters)|échange de (?:notes|lettres)|record of discussions?|procès-verbal des discussions";
/**
 * "an arrangement to share wildland firefighters and aircraft", "an agreement to build a bridge": an instrument named by
 * what it is for, an infinitive after "to" (not "to be signed", "to that effect", "to which ..."). "signed terms of reference
 * for annual staff talks", "adopted terms of reference for the joint committee": terms of reference, a plural told with no
 * article, are named right after the verb acting on them. "extended their memorandum on logistics support", "the two
 * countries' agreement on the recognition of qualifications": the pair's own instrument, told by a possessive.
 */
const INSTRUMENT_HEAD_RE = new RegExp(`^(?:${INSTRUMENT_HEADS})$`, "iu");
const PURPOSE_TO = "to(?=\\s+(?!(?:be|the|that|this|these|those|its|their|an?|which|whom|date|all|both|each)\\s)[a-z]+\\s+[a-z])";
const DESCRIBED = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?:an?|the|un|une|le|la|l['’]|their(?=\s+(?:${INSTRUMENT_HEADS})\s)|(?<=(?:signed|adopted|approved|agreed|finali[sz]ed)\s)(?=terms\s+of\s+reference\s)|(?<=(?:countries|sides|governments|ministries|agencies)['’]\s))\s*(?:(?<year>(?:19|20)\d\d)\s+|(?:existing|current|earlier|previous|bilateral|separate|signed)\s+)?(?<head>(?!memorandum of understanding)(?:${INSTRUMENT_HEADS})|partnership|action plan|(?:executive|cooperation|co-operation|exchange) programme|programme exécutif|road ?map|framework|joint declaration|declaration|charter|terms of reference|letter of intent|lettre d['’]intention)\s+(?<rel>on|for|concerning|regarding|amending|of|establishing|${PURPOSE_TO}|sur|relatif à|relative à|concernant|en matière de|portant sur|modifiant|tendant à|visant à|dans le domaine d(?:e|es|u)|à)\s+(?<subject>(?:the\s|la\s|les\s|l['’])?[\p{L}\p{N}-]+(?:\s(?:and|of|the|on|for|et|de|des|du|la|le|l['’])?\s?[\p{L}\p{N}-]+(?:['’][\p{L}-]+)?){0,7})`,
    "giu",
  ),
);
const GENERIC = wordStart(
  /(?<![\p{L}])(?:an?|the|its|their|a new|un|une|le|la|l['’]|(?<=(?:rang|niveau)\s)de|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2}|deux|trois|quatre|cinq|sept|huit|neuf|dix|plusieurs)(?:\s+|(?<=['’]))(?:[\p{L}]+-year\s+)?(?<head>action plan|plan of action|records? of discussions?|letters? of intent|lettres? d['’]intention|memoranda of understanding|MOUs|MoUs|exchange of (?:notes|letters)|joint declaration|mémorandums? d['’]entente|protocoles? d['’]entente|déclarations? d['’]intention|échange de (?:notes|lettres)|free trade agreement|FTA|strategic partnership|comprehensive strategic partnership|memorandum of understanding|MOU|(?:(?:defen[cs]e|security|trade|investment|cooperation|co-operation|information|exchange|mobility|nuclear|energy|fisheries|customs|tax)(?:\s+and)?\s+){1,4}(?:agreement|arrangement)|plan d['’]action|accord-cadre|entente-cadre|convention-cadre|accord de libre-échange|partenariat stratégique(?:\s+(?:global|intégral|renforcé))?)(?![\p{L}])/giu,
);

/**
 * A demonstrative and an agreement's head word: "That agreement", "cet accord", "such a memorandum", and "The arrangement" or
 * "L'accord" opening a sentence in the passive ("The arrangement was amended ...", "L'accord avait été paraphé ..."); a text
 * that capitalises the head of the name it stands for writes "The Treaty", and "The first Undertaking" for its earlier text.
 * "signed the letter" takes up a letter of intent named before, and "Le texte avait été approuvé ..." the last agreement named.
 */
const DEMONSTRATIVE = wordStart(
  /(?<![\p{L}])(?:(?:[Tt]hat|[Tt]his|[Cc]et|[Cc]ette|[Ll]edit|[Ll]adite|[Ss]uch\s+an?|The(?:\s+(?:first|original|initial))?|the|Le(?=\s+texte))\s+|[Ll]['’])(?<head>[Aa]greement|[Aa]ccord|[Aa]rrangement|[Tt]reaty|[Mm]emorandum|[Ee]ntente|[Pp]artnership|[Tt]raité|[Pp]rotocol|[Cc]onvention|Compact|Undertaking|renewal|letter|texte)(?![\p{L}])/gu,
);
/**
 * "ratified the treaty", "the treaty entered into force": "the" and a bare head word stand for the agreement named before
 * with that head when a milestone's verb takes it as its object or follows it as its subject; so does "an amendment to the
 * treaty", "an amendment that makes the arrangement permanent", the amendment's object.
 */
const MILESTONE_BEFORE = wordStart(
  /(?<![\p{L}])(?:ratified|signed|amended|extended|renewed|terminated|concluded|approved|proposed|an?\s+amendment\s+(?:to|that\s+\p{Ll}+s)|(?:negotiations|talks|négociations)\s+(?:on|for|over|sur|de))\s+$/u,
);
/** The same in French, after "l'" and a head word mid-sentence: "l'Entente est entrée en vigueur le 1er mai". */
const FR_MILESTONE_AFTER =
  /^\s+(?:est\s+entrée?\s+en\s+vigueur|(?:a|avait)\s+été\s+(?:\p{Ll}+\s+)?(?:ratifiée?|modifiée?|prolongée?|renouvelée?|signée?|dénoncée?))(?![\p{L}])/u;
const MILESTONE_AFTER =
  /^\s+(?:entered\s+into\s+(?:full\s+)?force|took\s+effect|came\s+into\s+force|expired|(?:was|were|has\s+been|had\s+been)\s+(?:\p{Ll}+\s+)?(?:ratified|signed|amended|extended|renewed|terminated|concluded|approved))(?![\p{L}])/u;

/**
 * A pronoun opening a clause before an agreement's milestone: "; it entered into force", "Il a été ratifié", "Elle est entrée en
 * vigueur", "... et qu'elle a été modifiée par un avenant", "Its text was agreed at ...", "..., and its text was finalized at
 * a working-level meeting". The pronoun and its milestone come first and what opens the clause is looked behind (`open`):
 * opening with its alternatives, the pattern was tried at every character of the text.
 */
const PRONOUN_MILESTONE =
  /(?<pro>[Ii]ts(?=\s+text\s)|[Ii]t|[Ii]l|[Ee]lle)(?=\s+(?:text\s+(?:was|has\s+been|had\s+been)\s+(?:agreed|finali[sz]ed)|(?:was|had\s+been)\s+first\s+discussed|entered\s+into\s+force|took\s+effect|(?:was|has\s+been|had\s+been)\s+(?:\p{Ll}+\s+)?(?:ratified|amended|extended|renewed|signed)|(?:est|était)\s+entrée?\s+en\s+vigueur|(?:a|avait)\s+été\s+(?:\p{Ll}+\s+)?(?:ratifiée?|amendée?|modifiée?|prolongée?|renouvelée?|signée?))(?![\p{L}]))(?<=(?<open>^|[.;!?]\s+|\n|(?<![\p{L}])qu['’]|(?<![\p{L}])(?:after|since|before|when|once|until)\s+|,\s+and\s+(?=its\s+text\s))\k<pro>)/gu;

const HEAD_WORD = wordStart(
  /(?<![\p{L}])(agreement|accord|arrangement|treaty|memorandum|entente|partnership|traité|protocol|convention|compact|undertaking)(?![\p{L}])/iu,
);
/** The first instrument word of a name, its head: "protocol" in "Protocol amending the Agreement". */
export function headWordOf(name: string): string | undefined {
  return HEAD_WORD.exec(name)?.[1]?.toLowerCase();
}

/**
 * "Recommendation 1: That the Government of Canada conclude the ... arrangement", "That Global Affairs Canada sign ...": a
 * committee's recommendation asks for the step in the subjunctive; it is not taken.
 */
const RECOMMENDATION_BEFORE = /(?<![\p{L}])That\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+|of\s+(?:the\s+)?){1,6}$/u;
/** A step's verb in its bare form, as a recommendation's subjunctive gives it ("conclude", "sign"). */
const BARE_STEP_VERB = /^(?:sign|conclude|ratify|launch|extend|renew|terminate|adopt|amend|approve|begin|open|start)$/u;
/** Whether the step `verb` is asked for by a recommendation in the words `before` it. */
function isRecommendedStep(verb: string, before: string): boolean {
  return BARE_STEP_VERB.test(verb.split(/\s/u)[0]!) && RECOMMENDATION_BEFORE.test(before);
}

/** A modal of obligation and "be" right before a milestone's participle: "doit par ailleurs être", "must still be". */
const OWED_BEFORE = wordStart(
  /(?<![\p{L}])(?:doit|doivent|devra|devront|must|has\s+to|have\s+to)\s+(?:(?:par\s+ailleurs|aussi|également|encore|still|also|yet)\s+)?(?:être|be)\s+$/iu,
);
/**
 * "debate the agreement before it is ratified", "once they are signed", "avant qu'il ne soit ratifié": a step in a clause of
 * time or condition in the present is still to come.
 */
const PENDING_BEFORE = wordStart(
  /(?<![\p{L}])(?:before|until|once|when|if|unless|avant\s+qu['’](?:il|elle|ils|elles)\s+(?:ne\s+)?soi(?:t|ent)|dès\s+qu['’](?:il|elle)\s+sera)\s+(?:(?:it|they|the\s+\p{Ll}+)\s+(?:is|are)\s+)?$/iu,
);
/**
 * The heads that any instrument may be called by: "the arrangement" for a memorandum named before, "The renewal was signed
 * in Majuro on ..." for the renewed text of the agreement named before.
 */
const ANY_INSTRUMENT = /^(?:agreement|arrangement|renewal|texte)$/u;

/**
 * "The arrangement" stands for an agreement named before only opening a sentence, in the passive ("The arrangement was amended");
 * a background list's bullet opens one too ("- The memorandum was extended ...").
 */
const SENTENCE_OPENING = /(?:^|\n|[.!?]\s)\s*(?:[-–—•*▪]\s+)?$/u;
/**
 * "The Agreement was ratified ...", "The Agreement, signed in Ottawa on 3 May 2031, was ratified ...": a passive after the
 * head, past a participle set off by commas that tells an earlier step.
 */
const PASSIVE_AFTER =
  /^(?:,\s+(?:signed|concluded|initialled|adopted|approved|négocié|signée?|conclue?)\s(?:[^,.;]|,\s(?=\d))+,)?\s+(?:was|were|has been|had been|a été|avait été)\s/u;

/**
 * A head word after its subject, no capitals needed: "an energy security partnership", "a critical minerals supply chain
 * agreement", "a status of visiting forces agreement", "the education memorandum", and with the year that tells which
 * text it is, "their 2029 fisheries surveillance arrangement", "their 2030 memorandum on agricultural research"; the pair's
 * names joined by a hyphen or a dash stand among its words ("the Korea-Canada youth mobility arrangement", "the UK–Nepal
 * development partnership arrangement").
 */
const MODIFIED_HEAD = wordStart(
  /(?<![\p{L}])(?:an?|the|their|its|An?|The|Their|Its)\s+(?<name>(?:(?:19|20)\d\d\s+(?=\p{Ll})(?:(?:[\p{Ll}-]{3,}|[\p{Lu}][\p{L}]+[-–][\p{Lu}][\p{Ll}]+)\s+(?:of\s+)?){0,5}|(?:(?:[\p{Ll}-]{3,}|[\p{Lu}][\p{L}]+[-–][\p{Lu}][\p{Ll}]+)\s+(?:of\s+)?){1,5})(?:agreement|partnership|arrangement|treaty|action plan|road ?map|pact|protocol|memorandum))(?![\p{L}])(?<about>\s+(?:on|for|concerning|regarding)\s+(?:the\s)?[\p{L}\p{N}-]+(?:\s(?:and|of|the|on|for)?\s?[\p{L}\p{N}-]+){0,6})?/gu,
);
const YEAR_AND_RELATIONSHIP = /^(?:19|20)\d\d\s+(?:partnership|action plan|road ?map)$/u;
/**
 * A French adjective after its noun ("entraide judiciaire", "coopération bilatérale", "sécurité énergétique", "marchandises
 * maliennes", "enseignement supérieur", "accord général", "accord bilatéral", "arrangement provisoire", "régime
 * transitoire"); "relatif au" opens the name's complement, no adjective.
 */
const FR_ADJECTIVE =
  "(?:\\s+(?!relati(?:f|ve)s?\\s+(?:à|aux?)\\s)[\\p{Ll}]+(?:aire|oire|ale|al|aux|elle|el|ique|ière|ier|ive|if|ine|ienne|éenne|aise|eure?|mixte|conjointe?)s?(?![\\p{L}]))?";
/** "en matière forestière": a field named by an adjective, as "en matière de" names it by a noun. */
const FR_MATTER_OF_KIND = "en matière(?=\\s+\\p{Ll}+(?:ière|aire|ale|elle|ique|ive|ine)s?(?![\\p{L}]))";
/**
 * French heads with their subject: "l'accord de partenariat France-Nigeria sur la formation professionnelle", "une feuille
 * de route pour la coopération"; a pilot programme or a cultural exchange programme set up by a text of its own ("le
 * programme pilote de codéveloppement", "un programme d'échanges culturels"), though not one for a span of years ("un
 * programme d'échanges culturels pour 2032-2034"), a period of work.
 */
const FR_DESCRIBED = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?<!(?:dans|sous|hors)\s)(?:l['’]|une?\s+|la\s+|le\s+|leurs?\s+|son\s+|sa\s+|(?<=^|\n|[.!?»]\s|\d{4}\s[–—]\s)(?:L['’]|La\s+|Le\s+|Une?\s+))(?:(?:nouvel(?:le)?|nouveau|premi(?:er|ère)|deuxième)\s+)?(?<name>(?:accord-cadre|accord|entente-cadre|entente|arrangement|convention-cadre|avenant(?=\s+(?:sur|relatif|relative|portant|concernant)\s)|charte|traité|feuille de route|programme(?=\s+(?:indicatif\s+)?de\s+coopération)|programme d['’]action|programme pilote|programme d['’]échanges culturels(?!\s+pour\s+(?:19|20)\d\d)|plan d['’]action|protocole d['’]entente|lettre d['’]intention|protocole(?: additionnel)?|mémorandum d['’]entente|convention|échange de (?:notes|lettres)|cadre(?=\s+(?:de coopération|de partenariat|stratégique|pour|sur))|déclaration (?:conjointe|commune|d['’]intention)|mandat(?=\s+d['’](?:un|une)?\s*(?:comité|groupe|commission|mécanisme)))${FR_ADJECTIVE}(?:\s+(?:de|d['’]|du|des|sur|pour|en matière de|relati(?:f|ve)s?\s+(?:à|aux?)|(?:annexe|additionnel) à|portant sur|dans le domaine d(?:e|u|es)|modifiant)(?:\s+|(?<=['’]))(?:la\s+|le\s+|les\s+|l['’]|une?\s+)?(?:\d{1,2}(?:er)?\s+${FR_MONTH_RE}\s+\d{4}|(?:non\s+double\s+)?[\p{L}\p{N}'’-]+)(?:\s+[\p{Lu}][\p{L}-]+)?${FR_ADJECTIVE}(?:\s+(?:de|d['’]|du|des|sur|pour|en matière de|${FR_MATTER_OF_KIND}|relati(?:f|ve)s?\s+(?:à|aux?)|par(?=\s+(?:le|la|l['’])\s*\p{Lu})|au(?=\s+développement(?![\p{L}]))|et(?!\s+une?\s)|contre)(?:\s+|(?<=['’]))(?:la\s+|le\s+|les\s+|l['’]|(?<=et\s+)(?:de\s+la\s+|de\s+l['’]|(?:des|du|de)\s+))?[\p{L}'’-]+${FR_ADJECTIVE})*)*)`,
    "gu",
  ),
);
/**
 * A French formal title between two governments or states, capitalised or not: "l'Accord entre le Gouvernement du Canada
 * et le Gouvernement de la République de Corée sur la sécurité sociale", "la convention entre la France et la Turquie
 * relative à ...". The parties and the subject up to the clause's next verb, comma or date are the name.
 */
const FR_BETWEEN_PARTIES = wordStart(
  /(?<![\p{L}])(?:[Aa]ccord(?:-cadre)?|[Cc]onvention|[Pp]rotocole(?:\s+d['’]entente|\s+additionnel|\s+annexe)?|[Tt]raité|[Ee]ntente|[Mm]émorandum\s+d['’]entente)\s+entre\s+(?:le|la|les|l['’])\s*[^,.;:\n]{3,120}?\s+et\s+(?:le|la|les|l['’])\s*[^,.;:\n]{3,120}?\s+(?:sur|relatif\s+à|relative\s+à|concernant|en\s+matière\s+d[e'’]|portant\s+sur|tendant\s+à|visant\s+à|en\s+vue\s+d['’](?:éviter|établir))\s*(?:la\s+|le\s+|les\s+|l['’]|une?\s+)?[\p{L}'’-]+(?:\s+(?:(?:de|du|des|et|en|à|au|aux|la|le|les)\s+|[dl]['’]\s*)*[\p{L}'’-]+){0,8}?(?=\s*(?:[,.;:()\n]|$)|\s+(?:signée?s?|a\s+été|ont\s+été|est|sont|entre|qui|que|conclue?s?|le\s+\d|du\s+\d|en\s+\d|à\s+\p{Lu}))/gu,
);
const NOT_A_SUBJECT_WORD =
  /^(?:new|first|second|same|previous|existing|proposed|long-delayed|bilateral|historic|landmark|such|other|this|that|any|each|joint|expanded|extended|comprehensive|broader|deeper|enhanced|closer|stronger|upgraded|modernised|modernized|revised|amended|full|formal|final|strategic|special|global|wider|renewed|ambitious|important|key|major|similar|comparable|identical|equivalent|parallel)$/;

const MOU_DESCRIBED = wordStart(
  /(?<![\p{L}])(?:(?:an?|the|un|le)|(?:our|their|its|this|that|notre|leur|ce)(?:\s+(?:bilateral|bilatéral|existing|current|revised|new|nouveau))?)\s+(?<head>memorandum of understanding|MOU|MoU|protocole d['’]entente)(?:\s\((?:MOU|MoU|PE)\))?\s+(?:on|for|concerning|regarding|sur|relatif à|concernant|en matière de)\s+(?<subject>(?:the\s|la\s|les\s|l['’])?[\p{L}-]+(?:\s(?:and|of|the|on|for|et|de|des|du|la|le|l['’])?\s?[\p{L}-]+){0,7})/giu,
);

/** "for another three years", "for a further five years", "for three more years": an extension's term. */
const EXTENSION_TERM = new RegExp(
  String.raw`for\s+(?:another|a\s+further|an\s+(?:additional|extra)|(?:${EN_ONE_TO_TEN}|\d{1,2})\s+(?:more\s+|further\s+|additional\s+)?(?:years?|months?)(?![\p{L}]))`,
  "u",
);
/**
 * Trailing words that end a described subject ("... information, which will ...", "... on port cooperation signed by ...",
 * "l'accord sur le transit avaient été lancées ...": a French auxiliary opens the clause's verb; "... on police cooperation
 * for another three years", "... for a further five years": the term of an extension). "on cooperation in the field of
 * water management", "on cooperation in the sphere of culture": "in the field of" names the subject's field, and does
 * not end it.
 * "signed terms of reference for staff talks aboard the frigate": "aboard" opens the place of signing.
 */
const SUBJECT_STOP = new RegExp(
  String.raw`\s(?:${EXTENSION_TERM.source}|which|that|to|will|would|is|are|was|were|provides|establishes|allows|enables|prévoit|établit|permet|with|in(?!\s+the\s+(?:field|area|sphere)s?\s+of\s)|at|aboard|by|during|when|after|before|since|until|through|following|signed|concluded|ratified|renewed|initialled|ceased|expired|and\s(?:the|to|will|an?|\p{L}+ed(?![\p{L}])|(?:held|met|made|took|gave|began|sent|led|paid|won|saw|struck|set\s+up)(?![\p{L}]))|(?<!(?:entre|between)\s+(?:l['’]|le\s+|la\s+|les\s+)?\p{Lu}[\p{L}'’-]*\s)et\s(?:une?|la|le|les|l['’]|a|ont|se|s['’]|sont)|qui|que|afin|pour|lors|dans(?!\sle\sdomaine\sd)|ont|est|avaient|avait|étaient|était|sont|seront|sera)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}])).*$`,
  "iu",
);
/**
 * "un accord sur la sécurité de l'information et de collaborer ...", "leur accord de libre-échange et que ...": a second
 * clause coordinated after the name is not the name's.
 */
const FR_COORDINATED_TAIL = /\s+et(?:\s+(?:de|d['’]|à)(?:\s*\p{Ll}+(?:er|ir|re))?)?$/u;
/** "une entente de collaboration scientifique de cinq ans": the agreement's term after its subject is not its name. */
const FR_DURATION_TAIL = /\s+(?:de|d['’])\s*(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})$/u;
/** French "a" is the clause's verb ("... a été signé"); in English it is an article inside the subject ("on establishing a mechanism"). */
const FR_HAS_STOP = /\sa(?![\p{L}\p{N}]).*$/iu;

/** What the extractor needs of a known agreement to spot it under another name. */
export interface KnownAgreementNames {
  name: string;
  shortName?: string;
  variants: readonly string[];
}

/** A day, a month or a period counted from the day of writing after a name: it dates the clause ("... cooperation last year"). */
const CALENDAR_TAIL = new RegExp(
  String.raw`\s(?:(?:on|of|for|in|here|there)\s(?:the\s)?(?:\d{1,2}\s)?(?:${EN_WEEKDAY_RE}|${EN_MONTH_FULL_RE})|(?:on\s+\p{Ll}+\s+)?(?:yesterday|today|tomorrow|hier|aujourd['’]hui|demain)|(?:last|this|next)\s(?:year|month|week|spring|summer|autumn|fall|winter|${EN_WEEKDAY_RE}|${EN_MONTH_FULL_RE})|l['’]an(?:née)?\s(?:dernière?|prochaine?))(?![\p{L}]).*$`,
  "u",
);
/** The trims that end a described subject, in order, each for one language or both. */
const SUBJECT_TRIMS: ReadonlyArray<{ re: RegExp; lang?: "en" | "fr" }> = [
  { re: SUBJECT_STOP },
  { re: FR_HAS_STOP, lang: "fr" },
  { re: FR_COORDINATED_TAIL, lang: "fr" },
  // "... on establishing a joint commission on 3 June": a small word left before a number is the clause's.
  { re: /(?:\s(?:on|of|for|in|at|the|and|de|du|des|le|la|et))+$/u },
  { re: /[,.;]+$/u },
  { re: CALENDAR_TAIL },
];
/** A described subject up to the words that end it, without a trailing day or month ("a task force on Tuesday"). */
const subjectOf = (raw: string, lang: "en" | "fr") =>
  SUBJECT_TRIMS.reduce((subject, trim) => (!trim.lang || trim.lang === lang ? subject.replace(trim.re, "") : subject), raw);

/** What the readings of agreement mentions share: the text, its language, the known agreements and the mentions so far. */
interface MentionScan {
  readonly text: string;
  readonly lang: "en" | "fr";
  readonly known: readonly KnownAgreementNames[];
  readonly out: AgreementMention[];
  push(start: number, raw: string, name: string, acronym: string | null, generic: boolean, rule: string): void;
  /** A mention standing for one named before: its name, and where that one was named. */
  pushFor(start: number, raw: string, antecedent: AgreementMention, rule: string): void;
}

/** The readings of agreement mentions, in order: names first, then what stands for a name read before. */
const MENTION_READINGS: readonly ((scan: MentionScan) => void)[] = [
  namedEn,
  headFirstEn,
  namedFr,
  described,
  mouDescribed,
  modifiedHead,
  frBetweenParties,
  frDescribed,
  generic,
  acronymHeads,
  demonstratives,
  pronounMilestones,
  pronounObjects,
  acronymRepeats,
  knownForms,
];

export function findAgreementMentions(text: string, lang: "en" | "fr", known: readonly KnownAgreementNames[] = []): AgreementMention[] {
  const out: AgreementMention[] = [];
  const scan: MentionScan = {
    text,
    lang,
    known,
    out,
    push: (start, raw, name, acronym, generic, rule) =>
      out.push({ start, end: start + raw.length, text: raw, name: name.trim(), acronym, generic, rule }),
    pushFor: (start, raw, antecedent, rule) =>
      out.push({
        ...antecedent,
        start,
        end: start + raw.length,
        text: raw,
        rule,
        antecedentAt: antecedent.antecedentAt ?? antecedent.start,
      }),
  };
  for (const read of MENTION_READINGS) read(scan);
  // "The Working Holiday Agreement": after an article a word in -ing is a noun of the name, not a headline's verb.
  const afterArticle = (o: AgreementMention) => /(?<![\p{L}])(?:the|a|an)\s+$/iu.test(text.slice(Math.max(0, o.start - 4), o.start));
  // "amended by an exchange of letters": the exchange is the amendment's form, not an agreement of its own.
  const formOfAnother = (o: AgreementMention) =>
    /^(?:exchange of (?:notes|letters)|échange de (?:notes|lettres))/iu.test(o.name) &&
    /(?<![\p{L}])(?:by|through|via|par|au moyen d['’])\s+(?:(?:an?|un|une)\s+)?$/iu.test(text.slice(Math.max(0, o.start - 20), o.start));
  return keepLongest(out.filter((o) => (isAgreementName(o) || afterArticle(o)) && !formOfAnother(o)).map((o) => withPeriod(text, o)));
}

/**
 * "l'accord-cadre de coopération au développement 2033-2037", "succède à l'accord-cadre 2028-2032", "the Joint Action Plan
 * 2030-2034": the span of years right after an instrument's name is part of it, and tells it from the one before.
 */
const PERIOD_AFTER = /^\s(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d(?![\p{L}\p{N}])/u;
function withPeriod(text: string, o: AgreementMention): AgreementMention {
  const period = PERIOD_AFTER.exec(text.slice(o.end, o.end + 12));
  if (!period || o.name.endsWith(period[0].trim())) return o;
  const end = o.end + period[0].length;
  return { ...o, end, text: text.slice(o.start, end), name: `${o.name}${period[0]}` };
}

/** A capitalised name ending on an instrument's head word ("the Canada–Korea Free Trade Agreement"), or its acronym. */
function namedEn(scan: MentionScan): void {
  const { text, push } = scan;
  NAMED_EN.lastIndex = 0;
  for (let m = NAMED_EN.exec(text); m; m = NAMED_EN.exec(text)) {
    let raw = m[0];
    let start = m.index;
    // "Background\nThe Canada–Korea Free Trade Agreement": a heading's words on the line above are not the name's.
    const lineBreak = raw.lastIndexOf("\n", raw.search(HEAD_EN_RE));
    if (lineBreak >= 0) {
      start += lineBreak + 1;
      raw = raw.slice(lineBreak + 1);
    }
    // "signed on 18 April in Lima the Protocol on ...": a capitalised word before "the" is the clause's, not the name's.
    // "tabled in the House of Commons the Protocol Amending ...": the place's words go first, then the clause's object starts.
    for (const leadRe of LEADS) {
      const lead = leadRe.exec(raw);
      if (lead) {
        start += lead[0].length;
        raw = raw.slice(lead[0].length);
      }
    }
    // "a Comprehensive Strategic Partnership on Tuesday": a day or month after the name dates the clause, not the name.
    raw = raw.replace(CALENDAR_TAIL, "");
    // What follows the title in the sentence (a place, a day, a second title) is not the title's.
    if (!m.groups?.acr) raw = titleSubject(raw);
    const words = raw.replace(/\s\([^)]*\)$/, "").split(/\s+/);
    if (words.length < 2 && !m.groups?.acr) continue;
    push(start, raw, raw.replace(/\s\([^)]*\)$/, ""), m.groups?.acr ?? null, false, "agreement.named");
  }
}

/** A name opening on its head word ("Agreement on Social Security between ..."). */
function headFirstEn(scan: MentionScan): void {
  const { text, push } = scan;
  for (const m of text.matchAll(HEAD_FIRST_EN)) {
    const lead = TITLE_LEAD.exec(m[0])?.[0].length ?? 0;
    const raw = titleSubject(m[0].slice(lead));
    push(m.index + lead, raw, raw, null, false, "agreement.head-first");
  }
}

/** A French instrument named by its capitalised head ("l'Accord-cadre de coopération", "la Convention de sécurité sociale"). */
function namedFr(scan: MentionScan): void {
  const { text, lang, push } = scan;
  if (lang !== "fr") return;
  NAMED_FR.lastIndex = 0;
  for (let m = NAMED_FR.exec(text); m; m = NAMED_FR.exec(text)) {
    const raw = m[0];
    if (raw.split(/\s+/).length < 2) continue;
    push(m.index, raw, raw.replace(/\s\([^)]*\)$/, ""), m.groups?.acr ?? null, false, "agreement.named-fr");
  }
}

/** A head word and what the instrument is on or for ("an agreement on cooperation in health"). */
function described(scan: MentionScan): void {
  const { text, lang, push } = scan;
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(text); m; m = DESCRIBED.exec(text)) {
    // "extended the agreement to Korea": a name after "to" is where the agreement reaches, not what it is for; and only a
    // formal instrument is named by its purpose ("an action plan to deepen ..." stays the action plan).
    if (m.groups!.rel!.toLowerCase() === "to" && (!/^\p{Ll}/u.test(m.groups!.subject!) || !INSTRUMENT_HEAD_RE.test(m.groups!.head!)))
      continue;
    // "signed their Treaty of Peace, Friendship and Boundaries": a capitalised title after "their" is read as a title.
    if (/^their\s/iu.test(m[0]) && !/^\p{Ll}/u.test(m.groups!.head!)) continue;
    const subject = subjectOf(m.groups!.subject!, lang);
    // "the 2030 agreement on cooperation in health": the year that tells which text it is belongs to the name.
    const headAt = m.groups!.year ? m[0].indexOf(m.groups!.year) : m[0].toLowerCase().indexOf(m.groups!.head!.toLowerCase());
    const start = m.index + headAt;
    const raw = titleSubject(text.slice(start, m.index + m[0].indexOf(m.groups!.subject!) + subject.length));
    push(start, raw, raw, null, false, m.groups!.rel!.toLowerCase() === "to" ? "agreement.purpose" : "agreement.described");
    // A second object coordinated after the subject ("... on water security and a protocol on ...") is read on its own.
    DESCRIBED.lastIndex = start + raw.length;
  }
}

/**
 * "a memorandum of understanding (MOU) on critical minerals supply chain cooperation": an MOU is named by its subject.
 */
function mouDescribed(scan: MentionScan): void {
  const { text, lang, push } = scan;
  MOU_DESCRIBED.lastIndex = 0;
  for (let m = MOU_DESCRIBED.exec(text); m; m = MOU_DESCRIBED.exec(text)) {
    const subject = subjectOf(m.groups!.subject!, lang);
    const start = m.index + m[0].indexOf(m.groups!.head!);
    const raw = text.slice(start, m.index + m[0].lastIndexOf(m.groups!.subject!) + subject.length);
    push(start, raw, withoutBracketedAcronym(raw), null, false, "agreement.mou-subject");
    MOU_DESCRIBED.lastIndex = start + raw.length;
  }
}

/**
 * "a memorandum of understanding (MOU) on a green shipping corridor", "un protocole d'entente (PE) sur l'aluminium vert":
 * the acronym in brackets is how the text will call it next ("the MOU"), not a word of its name.
 */
const withoutBracketedAcronym = (raw: string) => raw.replace(/\s\((?:MOU|MoU|PE)\)(?=\s)/u, "");

/**
 * Words before a head that say what it is about ("a critical minerals partnership", "the currency swap arrangement").
 */
function modifiedHead(scan: MentionScan): void {
  const { text, lang, push } = scan;
  MODIFIED_HEAD.lastIndex = 0;
  for (let m = MODIFIED_HEAD.exec(text); m; m = MODIFIED_HEAD.exec(text)) {
    const words = m.groups!.name!.split(/\s+/);
    // The subject must say what the agreement is about: "the new agreement" names nothing.
    while (words.length > 1 && NOT_A_SUBJECT_WORD.test(words[0]!)) words.shift();
    if (words.length < 2 || words.slice(0, -1).every((w) => NOT_A_SUBJECT_WORD.test(w))) continue;
    // "the 2021 partnership", "the 2030 action plan": a year alone before a relationship's head names no text.
    if (YEAR_AND_RELATIONSHIP.test(m.groups!.name!)) continue;
    // "an amendment that makes the arrangement", "review of the amended arrangement": an article or a relative pronoun
    // inside the words before the head opens another phrase; they are no subject of it. "The letter of intent that preceded
    // the agreement": the instrument before the relative pronoun is the subject.
    const clauseAt = words.findIndex((w) => CLAUSE_WORD.test(w));
    if (clauseAt >= 0) {
      const before = words.slice(0, clauseAt).join(" ");
      if (INSTRUMENT_BEFORE_CLAUSE.test(before))
        push(m.index + m[0].indexOf(before), before, before, null, false, "agreement.modified-head");
      continue;
    }
    const head = words.join(" ");
    const start = m.index + m[0].lastIndexOf(head, m[0].length - (m.groups!.about?.length ?? 0));
    // "a framework agreement on critical minerals cooperation": the subject after the head belongs to the name.
    const about = m.groups!.about ? subjectOf(m.groups!.about, lang) : "";
    const name = head + about;
    // "renewed their currency swap arrangement for a further three years": a term alone after the head names it still.
    const termOnly = m.groups!.about !== undefined && EXTENSION_TERM.exec(m.groups!.about.trim())?.index === 0;
    push(start, name, name, null, about.length === 0 && !termOnly, "agreement.modified-head");
  }
}

/** A French title between the parties ("la Convention entre le Canada et ..."). */
function frBetweenParties(scan: MentionScan): void {
  const { text, lang, push } = scan;
  if (lang !== "fr") return;
  for (const m of text.matchAll(FR_BETWEEN_PARTIES)) {
    // "le Protocole modifiant la Convention entre ...": the title is the object inside the amending instrument's name.
    if (/(?:modifiant|amendant|annexe\s+à|additionnel\s+à)\s+(?:la|le|l['’])\s*$/iu.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    push(m.index, m[0], m[0], null, false, "agreement.between-parties-fr");
  }
}

/** A French head word and its subject ("la convention d'extradition", "l'accord culturel"). */
function frDescribed(scan: MentionScan): void {
  const { text, lang, push } = scan;
  if (lang !== "fr") return;
  FR_DESCRIBED.lastIndex = 0;
  for (let m = FR_DESCRIBED.exec(text); m; m = FR_DESCRIBED.exec(text)) {
    const name = m
      .groups!.name!.replace(SUBJECT_STOP, "")
      .replace(/[,.;]+$/, "")
      .replace(FR_COORDINATED_TAIL, "")
      .replace(FR_DURATION_TAIL, "");
    // "l'accord de Paris" names too little; an instrument noun with its subject does ("la convention d'extradition").
    const instrument = /^(?:convention|protocole|mémorandum|échange|déclaration|mandat|lettre)/.test(name);
    // "l'entente d'échange": an elided article counts as the word it stands for.
    const words = name.split(/\s+|(?<=\s[dl]['’])/u);
    // "l'accord culturel", "un accord commercial": a head and its adjective name the agreement.
    const withAdjective = words.length === 2 && new RegExp(`^${FR_ADJECTIVE}$`, "u").test(` ${words[1]}`);
    if (words.length < (instrument || withAdjective ? 2 : 3)) continue;
    const start = m.index + m[0].indexOf(name);
    push(start, name, name, null, false, "agreement.described-fr");
  }
}

/** A head word alone ("the agreement"), kept as a generic mention. */
function generic(scan: MentionScan): void {
  const { text, push } = scan;
  GENERIC.lastIndex = 0;
  for (let m = GENERIC.exec(text); m; m = GENERIC.exec(text)) {
    const head = m.groups!.head!;
    const start = m.index + m[0].lastIndexOf(head);
    push(start, head, head, null, true, "agreement.generic");
  }
}

/**
 * "the Patent Prosecution Highway (PPH) ... the bilateral PPH arrangement": an acronym defined once by its long form, then
 * written before an instrument's head word, names that instrument by the long form.
 * The bracketed acronym is found first and its long form read back from it: a scan for the long form at every capital
 * would cost the whole text's worth of backtracking.
 */
function acronymHeads(scan: MentionScan): void {
  const { text, push } = scan;
  for (const d of bracketedAcronyms(text)) {
    const long = longFormSpelling(d.long, d.acronym);
    if (!long || HEAD_EN_RE.test(long)) continue;
    const re = new RegExp(`(?<![\\p{L}])${d.acronym}\\s+(?<head>${ACRONYM_HEADS})(?![\\p{L}])`, "gu");
    for (const m of text.slice(d.end).matchAll(re))
      push(d.end + m.index, m[0], `${long} ${m.groups!.head}`, null, false, "agreement.acronym-head");
  }
}

/**
 * "That agreement took effect in April 2016", "Cet accord ...": a demonstrative stands for the last agreement named with that head.
 */
function demonstratives(scan: MentionScan): void {
  const { text, out, pushFor } = scan;
  for (const m of text.matchAll(DEMONSTRATIVE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (
      (m[0].startsWith("The") || /^(?:L['’]|Le\s)/u.test(m[0])) &&
      !(SENTENCE_OPENING.test(text.slice(Math.max(0, m.index - 5), m.index)) && (PASSIVE_AFTER.test(after) || MILESTONE_AFTER.test(after)))
    )
      continue;
    if (m[0].startsWith("the ") && !MILESTONE_AFTER.test(after) && !MILESTONE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    if (/^l['’]/u.test(m[0]) && !FR_MILESTONE_AFTER.test(after)) continue;
    const head = m.groups!.head!.toLowerCase();
    // "Council approved the renewal by Resolution ...": a renewal stands for the agreement only as the subject opening a
    // sentence in the passive ("The renewal was signed in Majuro on ...").
    if (head === "renewal" && !m[0].startsWith("The")) continue;
    // "The Treaty", "the Agreement": a head written with its capital stands for a name headed by that word, not for a
    // described one nor for a name that only ends on it ("Protocol amending the Agreement").
    const named = /^\p{Lu}/u.test(m.groups!.head!);
    const fits = (o: AgreementMention) =>
      !DEMONSTRATIVE_ONLY.test(o.name) && (named ? !o.generic && headWordOf(o.name) === head : o.name.toLowerCase().includes(head));
    // "The Memorandum ... . The Maldives first proposed the arrangement in November 2029": "the arrangement" and "the
    // agreement" name no kind of instrument, and stand for the last one named by its name when none has that head.
    // The nearest one before in the text, whichever reading found it first.
    const before = out.filter((o) => o.end <= m.index);
    // "The memorandum was signed ... the most practical memorandum ... talks on the memorandum": one named by its name first.
    const last =
      nearestBefore(before.filter((o) => fits(o) && !o.generic)) ??
      nearestBefore(before.filter(fits)) ??
      (ANY_INSTRUMENT.test(m.groups!.head!) ? nearestBefore(before.filter((o) => !o.generic)) : undefined);
    // "the Protocol Amending the Canada–Korea Free Trade Agreement" is read whole and in part: the whole name is meant.
    const antecedent =
      last &&
      out
        .filter((o) => o.start < last.end && last.start < o.end && o.end <= m.index && (!named || fits(o)))
        .sort((a, b) => b.text.length - a.text.length)[0];
    // "by an amending protocol signed at Ottawa ...; the protocol entered into force": "the" and a head word stand only for an
    // agreement named by its name, not for one described by its kind (whose step the text tells as the amended one's).
    // "... voted to approve a sister-district agreement with ... . The Chair signed the agreement the following morning": a kind
    // named by its subject words in a sentence before, with no agreement named since, is the one "the agreement" takes up.
    const kindNamedBefore =
      antecedent?.rule === "agreement.modified-head" &&
      /[.!?]\s+\p{Lu}/u.test(text.slice(antecedent.end, m.index)) &&
      !out.some((o) => o.start >= antecedent.end && o.end <= m.index);
    if (antecedent && m[0].startsWith("the ") && antecedent.generic && !kindNamedBefore) continue;
    if (antecedent) pushFor(m.index, m[0], antecedent, "agreement.demonstrative");
  }
}

/**
 * "...; it entered into force on January 1, 2015", "Il a été ratifié ...": a pronoun opening a clause, before a milestone of
 * its own, stands for the agreement named just before.
 * "Le nouveau traité ... remplace le traité de 1960, ... Il a été signé le 15 oct.": a pronoun opening a sentence stands for
 * the subject opening the sentence before, rather than for the last agreement that sentence names.
 */
function pronounMilestones(scan: MentionScan): void {
  const { text, out, pushFor } = scan;
  for (const m of text.matchAll(PRONOUN_MILESTONE)) {
    const at = m.index;
    // The subject opening the sentence before is sought over a long sentence ("The Memorandum was signed in Malé on ... by
    // the Minister ..., and ... during ... . Its text was agreed ...").
    const near = out.filter((o) => o.end <= at && at - o.end < 600).sort((a, b) => b.end - a.end);
    const subject = /^[.!?\n]/u.test(m.groups!.open!) ? near.find((o) => opensSentenceBefore(text, o, at)) : undefined;
    const antecedent = subject ?? near.find((o) => at - o.end < 300);
    if (antecedent) pushFor(at, m.groups!.pro!, antecedent, "agreement.pronoun");
  }
}

/**
 * "The protocol was signed in Seoul ... Korea's National Assembly ratified it on 24 April 2031": "it" as a milestone's object
 * stands for the subject opening the sentence before, else for the agreement named last.
 */
function pronounObjects(scan: MentionScan): void {
  const { text, out, pushFor } = scan;
  for (const m of text.matchAll(PRONOUN_OBJECT)) {
    const at = m.index + m[0].length - m.groups!.pro!.length;
    const near = out.filter((o) => o.end <= at && at - o.end < 300).sort((a, b) => b.end - a.end);
    const opened = sentenceStart(text, m.index);
    const antecedent = near.find((o) => o.end <= opened && opensSentenceBefore(text, o, opened)) ?? near[0];
    if (antecedent) pushFor(at, m.groups!.pro!, antecedent, "agreement.pronoun-object");
  }
}

/** Acronyms defined once ("(CKFTA)") stand for the agreement later in the text. */
function acronymRepeats(scan: MentionScan): void {
  const { text, out, push } = scan;
  for (const a of out.filter((o) => o.acronym)) {
    const re = new RegExp(`(?<![\\p{L}(])${a.acronym}(?![\\p{L})])`, "gu");
    for (let m = re.exec(text); m; m = re.exec(text))
      if (m.index > a.end) push(m.index, m[0], a.name, a.acronym, false, "agreement.acronym");
  }
}

/**
 * A known agreement's short name ("CKFTA") or recorded wording stands for it even when the text never spells it out.
 */
function knownForms(scan: MentionScan): void {
  const { text, known, out, push } = scan;
  for (const k of known) {
    const forms = [
      ...(k.shortName ? [{ form: k.shortName, flags: "gu" }] : []),
      ...k.variants.filter((v) => v.length >= 8).map((v) => ({ form: v, flags: "giu" })),
    ];
    for (const { form, flags } of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, flags);
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (out.some((o) => o.start <= m!.index && m!.index < o.end)) continue;
        push(m.index, m[0], k.name, k.shortName ?? null, false, "agreement.known-form");
      }
    }
  }
}

const CLAUSE_WORD = /^(?:the|an?|that|which|who|whose)$/;
const INSTRUMENT_BEFORE_CLAUSE = wordStart(new RegExp(`(?<![\\p{L}])(?:${INSTRUMENT_HEADS}|letter of intent)$`, "iu"));

/** The head words an acronym can stand before: "the PPH arrangement", "a new EPA agreement". */
const ACRONYM_HEADS = "agreement|arrangement|accord|entente|memorandum of understanding|protocol|treaty|convention";

/** "ratified it", "signed it": a milestone's verb with "it" for its object. */
const PRONOUN_OBJECT = wordStart(
  /(?<![\p{L}])(?:ratified|signed|approved|amended|extended|renewed|terminated)\s+(?<pro>it)(?![\p{L}'’])/gu,
);

/** Where the sentence holding `at` opens: after the last stop and space, or the last line break, before it. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 400), at);
  let open = 0;
  for (const m of before.matchAll(/[.!?]\s+|\n/gu)) open = m.index + m[0].length;
  return Math.max(0, at - 400) + open;
}

/** A mention opening the sentence that ends right before `at` (after an article and an adjective at most). */
function opensSentenceBefore(text: string, o: AgreementMention, at: number): boolean {
  if (!/(?:^|[.!?]\s+|\n)(?:(?:Le|La|Les|L['’]|The)\s*(?:\p{Ll}+\s+)?)?$/u.test(text.slice(Math.max(0, o.start - 30), o.start)))
    return false;
  // "... and Dr. Mohamed Zahir Hassan ...": a title's abbreviation ends no sentence.
  return !/(?<!(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Mme|M|St|No|Hon|Prof))[.!?]\s+\p{Lu}/u.test(text.slice(o.end, at).replace(/[.!?]\s*$/u, ""));
}

/** "This Agreement", "That Treaty", "Cette Entente": a demonstrative and a head word, capitalised, point back; no name. */
const DEMONSTRATIVE_ONLY = /^(?:This|That|These|Those|Cet|Cette|Ces)\s+\p{Lu}\p{Ll}+$/u;

/**
 * "Bank of Korea and Bank of Canada Amend Bilateral Currency Swap Arrangement", "United States and Palau Sign Agreement on
 * ...": a headline in title case, its verb of a milestone capitalised among the name's words.
 */
const HEADLINE_VERB = /(?<=\s)(?:Sign|Signs|Amend|Amends|Extend|Extends|Renew|Renews|Ratify|Ratifies|Conclude|Concludes)\s(?=\p{Lu})/u;

function isAgreementName(o: AgreementMention): boolean {
  if (HEADLINE_VERB.test(o.name)) return false;
  if (o.rule !== "agreement.named") return true;
  if (DEMONSTRATIVE_ONLY.test(o.name)) return false;
  // Named phrases must not be organisations, events or headlines ("Strengthening ... Partnership between ...").
  if (/\b(?:Organization|Organisation|Institute|Ministry|Summit)\b/.test(o.name)) return false;
  return !/^[\p{Lu}][\p{Ll}]+ing(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u.test(o.name);
}

const ACTIONS: Array<{ action: AgreementAction; re: RegExp }> = [
  // "Today, the Agreement ... enters into force": the present tells the day's entry into force; "... once it enters into
  // force", "when the treaty enters into force" is a condition, no milestone.
  {
    action: "entered_into_force",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:entered into (?:full )?force|entry into (?:full )?force|came into (?:full )?force|comes into (?:full )?force|(?=enters\s)(?<!(?:once|when|whenever|until|after|before|if|unless|as\s+soon\s+as)\s+(?:it|they|(?:the|this|that)\s+\p{L}+)\s+)enters into (?:full )?force|took effect|went into effect|in force since|en vigueur depuis|entrée en vigueur|entré(?:e|s)? en vigueur|est entrée? en vigueur)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "ratified",
    // "approved by the Cabinet of Barbados", "approuvé par l'Assemblée nationale", "Approbation par le gouvernement du Québec": a
    // party's own approval is its ratification.
    // "Our Cabinet approved the agreement", "Lesotho's Cabinet approved it", "Korea's National Assembly consented to the
    // Agreement": a cabinet's or a parliament's approval, told with the body as the subject, is the party's ratification too.
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:ratified|ratification|ratifi\p{L}*|(?=approved|approuv|consented)(?<=(?:Cabinet|Parliament|Assembly|Senate|Congress|Legislature|Diet|Conseil\s+des\s+ministres|Parlement|Assemblée\s+nationale|Sénat)\s+(?:(?:has|have|had|a|ont|\p{Ll}+ly)\s+)?)(?:approved|approuvée?s?|consented\s+to)|(?:approved|approuvée?s?|approbation|approval)(?=\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[\p{Lu}][\p{L}-]+\s+){0,3}(?:Cabinet|Parliament|Assembly|Senate|Congress|Legislature|Diet|Government|Parlement|Assemblée|Sénat|Conseil\s+des\s+ministres|Council\s+of\s+Ministers|gouvernement)(?![\p{L}])))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "negotiations_launched",
    // "the conclusion, in Seoul on May 20, of negotiations on ...": negotiations concluded, with an aside between, were not
    // launched then.
    // "negotiations on an Agreement on ..., launched in February 2030, were concluded in July": the aside after the
    // negotiations' object dates their launch, whatever ended them since.
    // "It was first discussed at the regulators' meeting in May 2030", "un avenant négocié à partir de sa troisième session": a
    // text first discussed, or negotiated from a session on, had its negotiations opened then.
    // "The talks on the tourism agreement were launched in Budva in March 2032", "talks on the treaty had been launched in
    // 2029": talks on an instrument, launched, are its negotiations, and so are negotiations launched when the text's end is
    // told after ("Negotiations on the MOU were launched in March, and the text was concluded in July").
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:launch(?:ed)?\s+(?:toward|towards|of)?\s*negotiations|(?:start|begin|began|launch|open)(?:ed|ing)?\s+(?:formal\s+)?(?:negotiations|talks)|(?:start|launch|opening|beginning)\s+of\s+(?:formal\s+)?negotiations|(?=negotiations\s|négociations\s)(?<!(?:conclu\p{L}*|finali[sz]\p{L}*|complet\p{L}*)(?:,\s[^,;.]{1,60},)?\s+(?:of\s+|des\s+)?(?:the\s+|(?:its|their|the)\s+substantive\s+|substantive\s+)?)(?:negotiations\s+(?:on|toward|towards|for)|négociations (?:sur|en vue))(?![^.;]{0,120}?\s(?:were|was|have\s+been|had\s+been|ont\s+été|avaient\s+été)\s+(?:successfully\s+|formally\s+)?(?:concluded|completed|finali[sz]ed|conclues|achevées|finalisées)(?![\p{L}]))|lancement des négociations|(?:first\s+discussed|(?:negotiated|négociée?s?)\s+(?:(?:from|since|starting\s+(?:at|with))|à\s+partir\s+d[eu']|depuis|dès))|(?:lanc|engag|entam|ouvr)\p{L}* (?:des|les) négociations(?![^.;]{0,120}?\s(?:avant|d['’]ici)\s)|negotiations\s+(?:were|was|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?launched|(?:talks|negotiations)(?=\s+on\s[^.;]{1,80}?\s(?:were|was|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?launched(?![\p{L}]))|launched(?<=negotiations\s+(?:on|for|toward|towards)\s[^.;]{1,120}?,\s+launched)|négociations[^.;]{0,60}?lancées)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "signed",
    // A narrative's French imperfect and simple past sign too: "signaient une entente de coopération", "signèrent le traité".
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:signed|signing|sign|signé(?:e|s)?|signature|ont signé|signai(?:en)?t|signa|signèrent|exchanged (?:diplomatic )?(?:notes|letters)|procédé à (?:un|l['’])\s*échange de (?:notes|lettres)|(?:witnessed|attended) the exchange of(?:\s+[\p{L}\d-]+){0,3}\s+(?:documents|instruments|agreements|memoranda)(?!\s+of\s+ratification))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "concluded",
    // An initialled text is concluded: its negotiators have fixed it ("initialled", "paraphé"), and so is a text agreed ("Its
    // text was agreed at the 2nd Meeting ..."). "at the conclusion of the seventh session", "at the conclusion of his visit":
    // a meeting's close, not a text's. "conclu pour une durée de trois ans", "concluded for a period of five years": a term,
    // not a step.
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:concluded(?!\s+for\s+(?:an?\s+(?:initial\s+)?(?:period|term)\s+of\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s)|conclusion(?:,\s[^,;.]{1,60},)?\sof(?!\s(?:the\s|their\s|its\s|his\s|her\s)?(?:[\p{L}\d-]+\s){0,3}(?:session|meeting|visit|summit|conference|forum|round)s?(?![\p{L}]))|conclude|conclu(?:e|s|es)?(?!\s+pour\s+(?:une\s+(?:durée|période)\s+(?:initiale\s+)?d['’e]\s*)?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt)\s)|conclusion des|finali[sz]ed(?<=(?:was|were|been|text\s+of\s+[^.;]{0,120})\s+finali[sz]ed)|agreed(?<=text\s+(?:was|were|has\s+been|had\s+been)\s+agreed)|(?:finali[sz]ed|completed)(?=\s+(?:the\s+|their\s+)?(?:substantive\s+)?negotiations\s)|finalisée?s?|initiall?ed|initiall?ing(?:\s+\p{L}+)?\s+of|paraph[ée](?:e|s)?|paraphe)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "adopted",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:adopted|adopt|approve|adoption of|adopté(?:e|s)?|adoption|endorsed|approved|approuvé(?:e|s)?|entériné(?:e|s)?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "extended",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:extended|extension|extend|extending|renewed|renewal(?:\s+of)?|renew|renouvel(?:ée?s?|lement|er|ant)|prolongé(?:e)?|prolongeant|prolongation|prolonger|prorogé(?:e|s)?|prorogation|proroger|reconduit)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "terminated",
    // "agreed to terminate the 2011 memorandum", "sont convenus de mettre fin à ...": ending an agreement by mutual consent is
    // done by agreeing to it, unlike a plan to sign. "arrivé à échéance le 31 mars": an expiry ends it too, and so does an end
    // told in the present of the day ("qui prend fin aujourd'hui", "qui prennent fin ce lundi", "which ends today", "which
    // expires this Friday"), or with the signing the text tells ("qui prend fin avec cette signature", "which ends with this
    // signing").
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:terminated|termination|withdr[ae]w from|scrapped|ended|expired|lapsed|ceased\s+to\s+(?:have\s+effect|be\s+in\s+force|apply)|(?:a|ont|avait|avaient)\s+(?:pris\s+fin|expiré)|(?:prend|prennent)\s+fin(?=\s+(?:aujourd['’]hui|ce\s+\p{Ll}+di(?![\p{L}])|avec\s+(?:cette|la|sa)\s+signature))|(?:ends|expires)(?=\s+(?:today|this\s+\p{Ll}+day|(?:with|upon)\s+(?:this|its|the)\s+signing)(?![\p{L}]))|(?:arrivée?s?|venue?s?)\s+à\s+(?:son\s+|leur\s+)?(?:échéance|expiration|terme)|échue?s?|résilié|dénoncé|abrogé(?:e|s)?|abrogated|repealed|retir\w+ de|(?:agreed|decided) to (?:terminate|end|abrogate|discontinue)|(?:convenu|décidé)s? de (?:résilier|dénoncer|mettre fin à|mettre un terme à|abroger))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "amended",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:(?<!(?<![\p{L}])as\s)amended|amendment|avenant\s+(?:à\s+la|à\s+l['’]|au|à)|addendum\s+to|(?<!(?:[Pp]rotocol|[Aa]greement|[Aa]rrangement|[Aa]ccord|[Tt]reaty)\s)amending|expanded|upgrade[ds]?(?<!(?:to|into)\s+which\s+(?:[\p{L}-]+\s+){1,5}upgrade[ds]?)(?!\s+(?:[\p{L}-]+\s+){0,3}to\s+(?:an?|the)\s)|revis(?:e|ed|ion)(?!\s+(?:Treaty|Agreement|Accord|Convention|Protocol|Charter)(?![\p{L}]))|révisée?s?|amendée?s?|par\s+(?:un|des|deux)\s+avenants?|modifié|modernis\w+)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "launched",
    // "made their relationship a Comprehensive Strategic Partnership", "ont fait de leur relation un partenariat stratégique":
    // a relationship made into a partnership launches it, like an elevation. "established diplomatic relations in 1963 and
    // elevated their ties to ...", "established relations in 1992": the relations are what was established, not a partnership.
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:launched(?<!negotiations\s+(?:were|was|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?launched)(?<!negotiations\s+(?:on|for|toward|towards)\s[^.;]{1,120}?,\s+launched)|launch|established(?!\s+(?:under|by|pursuant|in\s+accordance|(?:full\s+)?diplomatic\s+relations|relations))|upgrade[ds]?\s+(?:[\p{L}-]+\s+){0,5}to\s+(?:an?|the)|(?:elevat|rais|lift)(?:e|ed|es|ing)\s+(?:[\p{L}-]+\s+){0,5}to\s+the\s+level\s+of\s+(?:an?|the)|elevat(?:e|ed|es|ing)\s+(?:[\p{L}-]+\s+){0,5}to\s+(?:an?|the)|élev(?:er|é\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,7}au rang d[eu']|(?:upgraded|elevated|raised)(?<=(?:to|into)\s+which\s+(?:[\p{L}-]+\s+){1,5}(?:upgraded|elevated|raised))|porter\s+(?:[\p{L}'’-]+\s+){0,3}au rang d[eu']|(?:made|make|makes|making|turned|turn)\s+(?:their|our|the)\s+relationship\s+(?:into\s+)?an?|(?:fai(?:t|re|saient)|font)\s+de\s+(?:leur|notre|la)\s+relation\s+une?|lancé(?:e)?|lancement|établi)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "reaffirmed",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:reaffirmed|reaffirm|reiterated|renewed (?:their|its) commitment|réaffirmé|réitéré|réaffirment)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
    ),
  },
  {
    action: "proposed",
    re: wordStart(/(?<![\p{L}\p{N}])(?:proposed|propos(?:e|al)|proposé)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu),
  },
];

/**
 * The action on an agreement reported by its sentence, the verb nearest the mention winning.
 * "upgraded their relationship to a Comprehensive Strategic Partnership" launches the partnership;
 * "the Joint Committee established under the FTA" establishes the committee, not the agreement.
 */
export function actionFor(sentence: string, mentionOffsetInSentence: number): { action: AgreementAction; at: number } | null {
  const all = actionsFor(sentence, mentionOffsetInSentence);
  let best: (typeof all)[number] | null = null;
  for (const c of all)
    if (!best || c.distance < best.distance || (c.distance === best.distance && c.action === "negotiations_launched")) best = c;
  return best ? { action: best.action, at: best.at } : null;
}

/** "agreed to", "decided today to", "sont convenus de", "ont décidé d'": a decision its parties take on the spot. */
const AGREED_TO = wordStart(
  /(?<![\p{L}])(?:agreed|decided|resolved|convenu|convenus|décidé|décidés)\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day|aujourd['’]hui|hier)\s+)?(?:to|de|d['’])\s*$/iu,
);
/** "in 2031", "en 2031", "next year", "by June": a time after the verb puts the step agreed on later. */
const LATER_TIME = /^\s+(?:in|en|by|d['’]ici|next|l['’]an\s+prochain)(?![\p{L}])/iu;
/**
 * A step its parties decide on and take by deciding, told with "agreed to": "We agreed (today) to elevate our relations to a
 * Comprehensive Strategic Partnership" makes the partnership and "agreed to extend the Agreement on ..." extends it, both
 * then (unlike "agreed to sign", or "convenu de renouveler en 2031", plans).
 */
function isAgreedStep(action: AgreementAction, verb: string, before: string, after: string): boolean {
  const step =
    (action === "launched" && /^(?:elevat|upgrad|rais|lift|élev|porter)/iu.test(verb)) ||
    (action === "extended" && /^(?:extend|renew|prolonger|proroger|renouveler)$/iu.test(verb) && !LATER_TIME.test(after));
  return step && (AGREED_TO.test(before.slice(-36)) || AGREED_TO_AND.test(before));
}

/** "agreed to hold a meeting of ministers next year and to", "sont convenus de ... et de": a second step of the same decision. */
const AGREED_TO_AND = wordStart(
  /(?<![\p{L}])(?:agreed|decided|resolved|convenu|convenus|décidé|décidés)\s+(?:to|de|d['’])\s[^.;:]{1,140}\s(?:and|et)\s+(?:to|de|d['’])\s*$/iu,
);

/**
 * Every action the mention's own clause reports on it, in text order: "was signed in September 2014 and took effect on
 * January 1, 2015" signs and brings into force one agreement; one action per verb, the verb's place kept.
 */
export function actionsFor(
  sentence: string,
  mentionOffsetInSentence: number,
): Array<{ action: AgreementAction; at: number; distance: number }> {
  const out: Array<{ action: AgreementAction; at: number; distance: number }> = [];
  for (const a of ACTIONS) {
    for (const m of actionVerbsIn(sentence, a.re)) {
      const agreedStep =
        isAgreedStep(
          a.action,
          m[0],
          sentence.slice(Math.max(0, m.index - 180), m.index),
          sentence.slice(m.index + m[0].length, m.index + m[0].length + 24),
        ) ||
        (a.action === "negotiations_launched" && isLaunchAgreedThen(sentence, m.index));
      // "the Board voted 6–1 to approve a sister-district agreement", "Council voted unanimously to ratify ...": a body's vote
      // to approve is its approval, done then.
      const votedTo = VOTED_TO.test(sentence.slice(Math.max(0, m.index - 40), m.index));
      // "plan to sign", "will conclude", "s'engagent à signer", "sera signé", "will be signed": not done yet; nor is a step the
      // text allows ("may be extended by mutual agreement", "peut être prolongé d'un commun accord").
      if (
        !agreedStep &&
        !votedTo &&
        /(?<![\p{L}\p{N}])(?:to|will|would|shall|de|à|d['’]ici|sera|seront|(?:will|would|shall|may|can|could|might)\s+be|(?:peut|peuvent|pourra|pourront)\s+être)\s+$/iu.test(
          sentence.slice(Math.max(0, m.index - 14), m.index),
        )
      )
        continue;
      // "doit par ailleurs être signé avec l'ARS d'ici fin juin", "must still be ratified": a step owed is not done yet.
      if (OWED_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (isRecommendedStep(m[0], sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
      if (PENDING_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "holding that the Treaty had never entered into force", "has not yet been ratified", "n'a jamais été ratifié": a negated
      // milestone did not happen.
      if (NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "agreed to conclude negotiations on ...", "agreed to fast-track negotiations on ...": the noun sits in an infinitive
      // clause, a plan. "l'Arboretum national de Corée ont signé", "un protocole d'échange de semences signé": after French
      // "de" or "à" only an infinitive opens such a clause.
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      const infinitive = /(?<![\p{L}])(?<to>to|will|would|de|à)\s+(?<verb>[\p{L}]+(?:-[\p{L}]+)?)\s+(?:the\s+|les\s+)?$/iu.exec(before);
      if (
        !agreedStep &&
        infinitive &&
        !(/^(?:de|à)$/iu.test(infinitive.groups!.to!) && !FR_INFINITIVE.test(infinitive.groups!.verb!)) &&
        !/(?<![\p{L}])(?:de|à)\s+(?:la|le|les|leur|leurs|une?|cette|ce)\s+$/iu.test(before)
      )
        continue;
      // "sont convenus de lancer, avant la fin juin, des négociations sur ...": negotiations an infinitive opens are a plan; so
      // are those a French future opens ("ouvriront le mois prochain des négociations sur ...", "lancera en mai les négociations").
      if (
        a.action === "negotiations_launched" &&
        /(?<![\p{L}])(?:(?:to|de|d['’]|will|would)\s*(?:launch|start|begin|open|lancer|ouvrir|entamer|engager)|(?:lancer|ouvrir|entamer|engager|commencer)(?:a|ont))(?![\p{L}])[^.;:]{0,40}$/iu.test(
          sentence.slice(Math.max(0, m.index - 60), m.index),
        ) &&
        !isLaunchAgreedThen(sentence, m.index)
      )
        continue;
      // "... will hold a summit on March 10 and sign an agreement": a bare verb coordinated under "will" or "to" is a plan too.
      if (
        /^(?:sign|conclude|adopt|launch|ratify|extend|renew|upgrade|amend|terminate)$/i.test(m[0]) &&
        /(?<![\p{L}])(?:will|would|shall|to)\s[^.;]{1,160}\s(?:and|or)\s+$/iu.test(sentence.slice(0, m.index))
      )
        continue;
      // "signed a revised Memorandum of Understanding on ...": a participle between an article and the name describes it, and
      // the clause's own verb acts on it.
      if (
        m.index + m[0].length <= mentionOffsetInSentence &&
        /^\s+$/u.test(sentence.slice(m.index + m[0].length, mentionOffsetInSentence)) &&
        /(?<![\p{L}])(?:an?|the|its|their|this|un|une|le|la|l['’])\s+$/iu.test(sentence.slice(Math.max(0, m.index - 8), m.index)) &&
        /(?:ed|ée?s?|é)$/u.test(m[0]) &&
        actionVerbsBefore(sentence, m.index)
      )
        continue;
      // "was amended by a protocol on services": the instrument after "amended by" is the amendment's form; the amendment
      // is the subject's.
      if (
        a.action === "amended" &&
        m.index < mentionOffsetInSentence &&
        /^[\p{L}]+\s+(?:by|par)\s+(?:(?:an?|un|une|the|le|la|l['’])\s*)?$/iu.test(sentence.slice(m.index, mentionOffsetInSentence))
      )
        continue;
      // "a Joint Development Agreement and an amendment to their Framework Agreement", "un avenant à la convention fiscale":
      // the amendment named as a noun acts on what follows "to", never on a name before it.
      if (a.action === "amended" && /^(?:amendment|avenant|addendum)/iu.test(m[0]) && m.index > mentionOffsetInSentence) continue;
      // "un avenant à la convention de jumelage portuaire et un mémorandum sur ...": and only on the name right after it.
      if (
        a.action === "amended" &&
        /^(?:amendment|avenant|addendum)/iu.test(m[0]) &&
        !/^\s*(?:(?:to|of|à|au|that\s+\p{Ll}+s)(?![\p{L}])\s*)?(?:(?:the|their|its|la|le|les)(?![\p{L}])\s*|l['’])?(?:(?:19|20)\d\d\s*)?$/iu.test(
          sentence.slice(m.index + m[0].length, mentionOffsetInSentence),
        )
      )
        continue;
      // "a joint declaration extending the climate and forest partnership": a present participle after a noun acts on the
      // object that follows it, not on the noun it describes.
      if (/^(?:extending|prolongeant)$/iu.test(m[0]) && m.index > mentionOffsetInSentence) continue;
      // "signed three agreements: a memorandum ..., a data-sharing protocol and a Letter of Intent ...", "witnessed the signing
      // of: (a) ...; (b) ...; and (c) ...": every item of a list after the verb's colon is its object.
      const listed = m.index < mentionOffsetInSentence && sentence.slice(m.index, mentionOffsetInSentence).includes(":");
      // "..., and on February 3 the two leaders signed an MOU": a verb in another coordinated clause acts on that clause's object.
      // "... was signed in Busan on September 22, 2014, and entered into force on January 1, 2015": a verb right after ", and"
      // shares the subject before it.
      const sharedSubject =
        m.index > mentionOffsetInSentence &&
        /,\s+(?:and|et)\s+(?:(?:then|also|later|ensuite|puis)\s+)?$/iu.test(sentence.slice(0, m.index));
      // "le protocole ... , signé à Papeete le 26 février par A et B, est entré en vigueur hier": past an aside opening on a
      // participle, however long its signatories' titles run (and the "et" joining them), the verb closing it is the name's own.
      const afterAside = () =>
        m.index > mentionOffsetInSentence &&
        !LONG_NAME_BREAK.test(sentence.slice(mentionOffsetInSentence, m.index)) &&
        ASIDE_BEFORE_VERB.test(sentence.slice(mentionOffsetInSentence, m.index));
      if (!listed && !sharedSubject && crossesClause(sentence, m.index, mentionOffsetInSentence) && !afterAside()) continue;
      // "elevate the skills partnership to a Strategic Partnership on ...": an elevation makes the partnership after "to", and
      // it stands right before that name; the one it raises is left as it was.
      const elevation =
        /\s(?:to\s+(?:an?|the)|level\s+of\s+(?:an?|the)|au\s+rang\s+d[eu']|relation(?:s|ship)?\s+(?:into\s+)?(?:an?|une?))$/iu.test(m[0]);
      if (elevation && mentionOffsetInSentence < m.index + m[0].length - 8) continue;
      const at = elevation ? m.index + m[0].length : m.index;
      const distance = Math.abs(at - mentionOffsetInSentence);
      // "le Protocole modifiant la Convention entre le gouvernement du Canada et ... sur le revenu, signé à Séoul le ...": a
      // formal title runs long, and the verb after it, with no other verb between, still acts on it.
      const afterLongName = at > mentionOffsetInSentence && !LONG_NAME_BREAK.test(sentence.slice(mentionOffsetInSentence, at));
      const reach = listed ? 400 : afterLongName ? (distance >= 320 && afterAside() ? 640 : 320) : 160;
      if (distance < reach) out.push({ action: a.action, at, distance });
    }
  }
  // "Negotiations on a Digital Economy Partnership Agreement were launched in May 2028", "Negotiations on a new Double
  // Taxation Agreement, launched in 2027, ...": with the negotiations as the subject, the launch after the name is theirs.
  const negotiationsSubject = out.some(
    (c) =>
      c.action === "negotiations_launched" &&
      c.at < mentionOffsetInSentence &&
      /^(?:negotiations|talks|négociations)\s+(?:on|for|toward|towards|sur|en\s+vue\s+d['’]un)\s/iu.test(sentence.slice(c.at)),
  );
  if (negotiationsSubject)
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.action === "launched" && out[i]!.at > mentionOffsetInSentence) out.splice(i, 1);
  // One reading per place: negotiations launched outranks a bare "launch" there.
  const byPlace = new Map<number, (typeof out)[number]>();
  for (const c of out) {
    const same = byPlace.get(c.at);
    if (!same) byPlace.set(c.at, c);
    else if (c.action === "negotiations_launched") byPlace.set(same.at, { ...c, at: same.at });
  }
  return [...byPlace.values()].sort((x, y) => x.at - y.at);
}

/**
 * A decision to launch negotiations taken then (not one reported as taken before, "had agreed"), before the verb or the
 * negotiations: "agreed to (launch)", "agreed on Monday at Torre Ejecutiva to launch", "sont convenus de (lancer)"; and
 * "agreed Thursday to begin", "ont convenu d'ouvrir", "agreed to start": a verb of opening other than "launch" opens them
 * the same.
 */
const AGREED_TO_LAUNCH_BEFORE = wordStart(
  /(?<![\p{L}])(?<!had\s)(?<!avaient\s)(?:agreed|decided|convenu|convenus|décidé|décidés)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:\s+at\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})?\s+(?:to|de|d['’])\s*(?:(?:launch|begin|start|open|lancer|ouvrir|entamer|engager)\s+(?:formal\s+|des\s+|les\s+)?)?$/iu,
);
/**
 * The negotiations themselves, right at the verb: "launch negotiations", "lancer des négociations", "begin negotiations",
 * "ouvrir des négociations" (not "open talks").
 */
const LAUNCH_OF_NEGOTIATIONS =
  /^(?:(?:launch|begin|start|open|lancer|ouvrir|entamer|engager)\s+(?:formal\s+|des\s+|les\s+)?)?(?:negotiations|négociations)\s/iu;
/** A time ahead or a first round still to come after the launch: "before the end of the year", "with a first round to be held". */
const TIME_AHEAD_AFTER = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:\d{4}|${EN_MONTH_FULL_RE}|${FR_MONTH_RE}|spring|summer|autumn|fall|winter|quarter|half|year|month|week|before|by|later|next|soon|within|when|will|would|first\s+round|printemps|été|automne|hiver|trimestre|semestre|année|mois|semaine|avant|d['’]ici|prochaine?)(?![\p{L}\p{N}])`,
    "iu",
  ),
);

/**
 * "The two leaders also agreed to launch negotiations on an Air Services Agreement between Belize and Suriname.", "...
 * signed a memorandum and agreed to launch negotiations on a Digital Economy Partnership Agreement.": a decision to launch
 * talks, told with no time ahead, launches them that day; "agreed to launch negotiations on ... before the end of the year"
 * or "..., with a first round to be held in Seoul in the fall" is a plan.
 */
function isLaunchAgreedThen(sentence: string, verbAt: number): boolean {
  if (!LAUNCH_OF_NEGOTIATIONS.test(sentence.slice(verbAt))) return false;
  if (!AGREED_TO_LAUNCH_BEFORE.test(sentence.slice(Math.max(0, verbAt - 80), verbAt))) return false;
  return !TIME_AHEAD_AFTER.test(ownPredicate(sentence.slice(verbAt)));
}

/**
 * "agreed to launch negotiations on ... and reviewed the agreement ..., signed in October 2030": a second predicate in the
 * past, "and" and its verb, tells another step; its times are not the decision's.
 */
const SECOND_PAST_PREDICATE = /\s(?:and|et)\s+(?:also\s+)?\p{Ll}+(?:ed|é)(?![\p{L}])/u;
function ownPredicate(rest: string): string {
  const cut = rest.search(SECOND_PAST_PREDICATE);
  return cut > 0 ? rest.slice(0, cut) : rest;
}

/** Of mentions before a place, the one ending nearest it (the last pushed on a tie). */
function nearestBefore(mentions: readonly AgreementMention[]): AgreementMention | undefined {
  let best: AgreementMention | undefined;
  for (const o of mentions) if (!best || o.end >= best.end) best = o;
  return best;
}

/** "voted 6–1 to", "voted unanimously to", "a voté pour": a vote, with its count, right before the verb it carries. */
const VOTED_TO = wordStart(
  /(?<![\p{L}])(?:voted|a\s+voté|ont\s+voté)\s+(?:\d{1,3}\s*[–-]\s*\d{1,3}\s+|unanimously\s+|à\s+l['’]unanimité\s+)?(?:to|pour)\s+$/iu,
);

/** A French infinitive: "lancer", "conclure", "ouvrir", "prévoir"; a noun or a name after "de" is none ("de semences", "de Corée"). */
const FR_INFINITIVE = /^\p{Ll}[\p{L}-]*(?:er|ir|re|oir)$/u;

/** "has not yet been ratified", "n'a jamais été", and "avant toute ratification", "before any ratification": not done. */
const NEGATED_BEFORE = wordStart(
  /(?<![\p{L}])(?:never|not|jamais|pas|(?:avant|before)\s+(?:toute?|any))\s+(?:(?:yet|been|encore|été)\s+)*$/iu,
);

/** Whether another action's verb stands before `at` in the sentence. */
function actionVerbsBefore(sentence: string, at: number): boolean {
  return ACTIONS.some((a) => actionVerbsIn(sentence, a.re).some((m) => m.index + m[0].length < at));
}

/** A name, then an aside set off by commas that opens on a participle (", signé à Papeete ... ,"), up to the next verb. */
const ASIDE_BEFORE_VERB = /^[^,]*,\s*\p{Ll}+(?:é|ée|és|ées|ed)\s[^;:()]*,\s*$/u;

/** What ends a formal title before a verb: a clause's stop or a finite verb of its own. */
const LONG_NAME_BREAK = /[;:()]|(?<![\p{L}])(?:a|ont|est|sont|has|have|had|was|were|is|are|will|sera|seront)(?![\p{L}])/iu;

/**
 * The matches of one action's verbs in a sentence. Every mention of the sentence asks for the same ones, so the last
 * sentence's are kept rather than searched for again.
 */
const verbCache = { sentence: "", byRe: new Map<RegExp, RegExpExecArray[]>() };
function actionVerbsIn(sentence: string, re: RegExp): RegExpExecArray[] {
  if (verbCache.sentence !== sentence) {
    verbCache.sentence = sentence;
    verbCache.byRe.clear();
  }
  let found = verbCache.byRe.get(re);
  if (!found) {
    found = [];
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) found.push(m);
    verbCache.byRe.set(re, found);
  }
  return found;
}

/** Coordinated clauses: ", and", ", while", ", but", ";", ", et", ", mais" followed by a new clause. */
const CLAUSE_BREAK = /(?:,\s+(?:and|while|but|whereas|et|mais|tandis que)|;)\s/giu;

/** Whether a clause break lies between two offsets of a sentence. */
export function crossesClause(sentence: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) if (m.index > from && m.index < to) return true;
  return false;
}

/** Subjects that several names can share ("security of information" ~ "protection of military information"). */
const CONCEPTS: Array<{ key: string; re: RegExp }> = [
  {
    key: "infosec",
    re: /security of (?:military |classified )?information|protection of (?:military and defen[cs]e |military |classified |defen[cs]e )?information|information security|gsomia|gsoia|sécurité (?:générale )?de l['’]information|protection des (?:informations|renseignements)/i,
  },
  { key: "fta", re: /free trade|\bfta\b|libre-échange|libre échange/i },
  { key: "csp", re: /comprehensive strategic partnership|partenariat stratégique global|partenariat stratégique intégral/i },
  { key: "action-plan", re: /action plan|plan of action|plan d['’]action/i },
  { key: "youth-mobility", re: /youth mobility|working holiday|mobilité des jeunes/i },
  { key: "social-security", re: /social security|sécurité sociale/i },
  { key: "double-taxation", re: /double taxation|double imposition/i },
];

function conceptsOf(s: string): Set<string> {
  return new Set(CONCEPTS.filter((c) => c.re.test(s)).map((c) => c.key));
}

const STOP = new Set([
  "the",
  "of",
  "on",
  "for",
  "and",
  "a",
  "an",
  "agreement",
  "between",
  "la",
  "le",
  "de",
  "des",
  "du",
  "l",
  "sur",
  "et",
  "accord",
]);
function tokens(s: string): Set<string> {
  return new Set(
    normalizeName(s)
      .split(/[^a-z0-9+]+/)
      .filter((t) => t && !STOP.has(t)),
  );
}

export function matchAgreement(m: AgreementMention, known: readonly KnownAgreement[]): RecordMatch | null {
  const name = normalizeName(m.name);
  let best: RecordMatch | null = null;
  const mc = conceptsOf(m.name);
  const mt = tokens(m.name);
  for (const k of known) {
    const names = [k.name, ...(k.shortName ? [k.shortName] : []), ...k.variants];
    if (names.some((n) => normalizeName(n) === name) || (m.acronym && names.some((n) => n === m.acronym)))
      return { id: k.id, score: 0.95, reason: "same name or acronym" };
    for (const n of names) {
      const kc = conceptsOf(n);
      const kt = tokens(n);
      const conceptScore = mc.size && kc.size ? [...mc].filter((c) => kc.has(c)).length / new Set([...mc, ...kc]).size : 0;
      const tokenScore = mt.size && kt.size ? [...mt].filter((t) => kt.has(t)).length / new Set([...mt, ...kt]).size : 0;
      const score = Math.min(0.9, 0.65 * conceptScore + 0.45 * tokenScore);
      if (score >= 0.45 && (!best || score > best.score))
        best = { id: k.id, score, reason: conceptScore > 0 ? "same subject" : "similar name" };
    }
  }
  return best;
}

/** Third countries named in an agreement's own name ("Korea-UK FTA") mean it is not the pair's. */
export function countriesInName(name: string): Set<string> {
  return new Set(findCountryMentions(name.replace(/[-–]/g, " ")).map((c) => c.code));
}
