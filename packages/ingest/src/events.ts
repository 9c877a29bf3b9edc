/**
 * Event candidates: meetings, visits, summits, calls, signings, statements, exercises and
 * commemorations the text reports as done, with a date, a type and its PLOVER code, a location
 * and participants; and the known event each one may be (same date within its precision,
 * overlapping participants), offered as a merge.
 */
import { EN_MONTH_RE, EN_WEEKDAY_RE, FR_MONTH_RE, FR_WEEKDAY_RE } from "./calendar-words";
import { findCountryMentions } from "./country-mentions";
import { dateBounds, type EventType, type KnownEvent, type RecordMatch } from "@ties/domain";
import { wordStart } from "./word-start";

const TRIGGERS: Array<{ type: EventType; re: RegExp }> = [
  // "s'étaient par ailleurs entretenus au téléphone": a short adverb may stand between the French verb's parts; "se sont
  // aussi parlé au téléphone" and the present of a chronology ("s'entretiennent au téléphone") are calls too.
  {
    type: "phone_call",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:phone (?:call|conversation|talks)|(?:spoke|speaks|talked) (?:with|to) (?!(?:the )?(?:reporters|journalists|media|press|students|audience|crowd|business|participants|delegates)(?![\p{L}]))(?=(?:the |his |her )?\p{Lu})|(?:tele)?phone (?:call|conversation|talks?)|(?<!-)(?:called(?! (?:on|upon|for|at)\s)(?! (?:(?:the|it|this|that|a|an|them) )?(?:[\p{L}-]+ ){0,3}["“«])|phoned|rang(?= (?:his|her|their|the)\s)) (?=(?:the |his |her |their )?(?:\p{Lu}|counterpart|homologue))|a téléphoné à|a appelé (?=\p{Lu}|son homologue|sa homologue)|(?:(?:s['’](?:est|était)|se sont|s['’]étaient)(?:\s+(?:déjà|aussi|également|ensuite|longuement|par ailleurs|notamment))? (?:entretenue?s?|parlé)|s['’]entretiennent|se parlent)(?:\s+[\p{L}-]+){0,2}\s+(?:par|au) (?:téléphone|visioconférence|vidéoconférence)|s['’]est entretenue? avec(?<!(?:reçue?s?|accueillie?s?|en marge d)[^;]{0,200})(?<!(?<![\p{L}])(?:à|au|en)\s+\p{Lu}[^.;]{0,80})(?![^.]{0,160}(?<![\p{L}])(?:à|au|en|lors)\s+(?:la |le |l['’])?\p{Lu})|(?:spoke|spoken|talked) (?:by|on the|over|via) (?:phone|telephone|video call|video link)|held an? (?:video |phone |telephone )?call|video call|appel vidéo|entretien téléphonique|appel téléphonique|s['’]est entretenue? au téléphone)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  // "the text was concluded by video conference on 2 June", "le texte a été conclu par visioconférence le 14 décembre",
  // "the parties concluded the text by video conference", "held a video conference in July", "avaient tenu une
  // visioconférence le 9 septembre": a text settled or a conference held over a video link is a call between the sides
  // ("held a videoconference with the Ambassador" is a meeting with a guest, read below). "finalized the text in a video
  // meeting on July 9", "the text was agreed by experts in a videoconference on 18 April", "le texte a été finalisé lors
  // d'une visioconférence": a text settled in a conference over a video link, whoever settled it.
  {
    type: "phone_call",
    re: wordStart(
      /(?<![\p{L}])(?:(?:by|via|over|par)\s(?<=(?<![\p{L}])(?:text|texte)\s(?:[\p{L}'’]+\s){0,3}(?:by|via|over|par)\s)(?:a\s)?(?:video\s?conference|videoconference|visioconférence|vidéoconférence)|(?:in|during|at|lors\sd['’]une|en)\s(?<=(?<![\p{L}])(?:finali[sz]ed|agreed|settled|concluded|arrêté|finalisé|conclu)(?:\s[^.;,]{1,70}?)?\s(?:in|during|at|lors\sd['’]une|en)\s)(?:an?\s)?(?:video\s?conference|videoconference|video\smeeting|visioconférence|vidéoconférence)|(?:held|holds)\s(?:a|their|its)\s(?:video\s?conference|videoconference)|(?:tenu|tient|tiennent)\s(?:une|leur)\s(?:visioconférence|vidéoconférence))(?![\p{L}])(?!\s(?:with|avec)\s)/iu,
    ),
  },
  // "the two leaders watched their ministers sign a memorandum": a signing witnessed, told by the bare verb after "watched".
  {
    type: "signing",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:signed|signing ceremony|(?:welcomed|witnessed|attended|celebrated) the signing|(?:watched|witnessed|looked on as)\s+(?:[\p{L}'’-]+\s+){1,4}?sign(?=\s+(?:a|an|the|two|three|four|several|\d+)\s)|ont signé|a signé|(?:avons|avions|avez|aviez)(?<![«“"]\s*\p{L}+\s+\p{L}+)\s+(?:(?:y|ensemble)\s+)?signé|(?:a|ont|avait|avaient)\s+(?:ensuite|également|aussi|déjà|alors|enfin|officiellement|conjointement)\s+signé|(?:a|ont|avait|avaient)\s+(?:(?:alors|également|aussi|déjà|ensuite|enfin|officiellement)\s+)?été\s+signée?s?|signature|exchanged (?:diplomatic )?(?:notes|letters)|(?:par|by)(?<=(?:ont|a|have|has)\s+(?:modifié|amendé|prolongé|amended|extended|renewed)\s+(?:par|by))\s+(?:an?\s+|un\s+)?(?:échange|exchange)\s+(?:de|of)\s+(?:lettres|notes|letters)|procédé à (?:un|l['’])\s*échange de (?:notes|lettres)|(?:witnessed|attended) the exchange of(?:\s+[\p{L}\d-]+){0,3}\s+(?:documents|instruments|agreements|memoranda)(?!\s+of\s+ratification))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  // "The Leaders issued the following statement": the two sides issuing a statement together (one premier's "issued the
  // following statement" is a statement of their own, not a joint one).
  // "In a joint communiqué issued at the end of the visit", "Un communiqué conjoint a été rendu public jeudi": a communiqué
  // told as issued ("According to the joint communiqué" only cites it); "Selon le communiqué conjoint publié lundi soir",
  // "le communiqué commun diffusé à l'issue des entretiens": its participle with its day or its occasion.
  {
    type: "joint_statement",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:issued a joint statement|(?:issued|released|adopted)(?<=(?:leaders|ministers|presidents|prime ministers|governments|sides|parties|delegations)\s+(?:issued|released|adopted)) the following statement|joint statement|joint declaration|joint communiqu[ée](?=\s+(?:was\s+|were\s+)?(?:issued|released|adopted|published)(?![\p{L}]))|(?:issued|released|adopted|published)\s+(?:a|the|their)\s+joint communiqu[ée]|déclaration commune|(?:un|le) communiqué (?:conjoint|commun) (?:a|avait) été (?:rendu public|publié|adopté|diffusé)|(?:a|ont) (?:adopté|publié|rendu public|diffusé) un communiqué (?:conjoint|commun)|(?:adopté|publié) une déclaration conjointe|communiqué(?<=(?:le|un|du)\s+communiqué) (?:conjoint|commun) (?:publié|rendu public|diffusé|adopté)(?=\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le\s+\d|hier|à\s+l['’]issue)(?![\p{L}]))|(?:adopté|publié|rendu public) le communiqué (?:conjoint|commun) suivant)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  // French "un sommet depuis 2015" is a record high, not a summit: a "sommet" followed by "depuis", "historique" or "record" is a peak.
  {
    type: "summit",
    re: wordStart(/(?<![\p{L}\p{N}])(?:summit|sommet(?!\s+(?:depuis|historique|inégalé|record)))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu),
  },
  {
    type: "dialogue_round",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:held (?:the|their|its) [\p{L}\p{N}\s+'’–-]{0,80}(?:dialogue|joint committee|consultations?)|held (?:its|their) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|thirty|forty|fifty)(?:-\p{L}+)?(?:th)?|\d{1,2}(?:st|nd|rd|th)) (?:session|meeting|round|plenary)|(?:a|ont) tenu (?:sa|leur) (?:première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|\d{1,2}e|\d{1,2}ème) (?:session|réunion)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|previous|\d{1,2}(?:st|nd|rd|th)) (?:meeting|session|round) of the [\p{L}\s'’–-]{0,60}(?:dialogue|committee|commission|council|consultations?|talks)|(?:première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernière|précédente|\d{1,2}e|\d{1,2}ème) (?:réunion|session|ronde) d(?:u|e la|e l['’]|es) [\p{L}\s-]{0,60}?(?:dialogue|comité|commission|conseil|consultations?)|round of (?:(?:those|these) )?(?:talks|negotiations|the dialogue)|at (?:its|their|a) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))(?: and (?:final|last))? (?:session|round|plenary)|held\s+(?:[\p{L}-]+\s+){0,2}consultations|(?:a|ont)\s+tenu\s+des\s+consultations|(?:strategic|policy|security) dialogue (?:was )?held|dialogue a eu lieu|ont tenu le [\p{L}\s+-]{0,40}dialogue|(?:co-?chaired|chaired|ont (?:co)?présidé|a (?:co)?présidé|ont tenu)\s+(?:[^.;]{0,50}?\s)?(?:the|their|its|les|la|le|leur|un|une)\s+(?:[\p{L}-]+\s+){0,3}(?:dialogue|consultations|joint commission|joint committee|commission mixte|comité mixte|grande commission)|(?:co-?chaired|ont coprésidé|a coprésidé)\s+(?:[^.;]{0,50}?\s)?(?:the|their|its|les|la|le|leur|un|une)\s+(?:[\p{L}-]+\s+){0,2}(?:session|sessions|travaux|meeting|réunion|round))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  // "co-chaired ... the second Canada-Korea Foreign and Defence Ministers' (2+2) Meeting", "hosted the third Norway-Singapore
  // Green Shipping Dialogue", "the third U.S.-Latvia Strategic Dialogue" (a name's initials keep their points), "held the
  // 7th Korea-Canada Industrial Cooperation Committee" (held right before its numbered name), "under the co-chairmanship
  // of ...": a named body's session, its name capitalised (so case-sensitive).
  {
    type: "dialogue_round",
    re: wordStart(
      /(?<![\p{L}])(?:(?:[Cc]o-?chaired|[Cc]haired|[Hh]osted|[Cc]onvened|ont coprésidé|a coprésidé|ont présidé|a présidé),?\s+(?:[^.;]{0,60}?\s)?(?:the|their|its|la|le|les|l['’])\s*(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|e|ème))\s+)?(?:[\p{Lu}\p{N}(][\p{L}\p{N}.'’+()-]*\s+(?:(?:and|et|de|du|des|on|of|for|sur)\s+)?){1,8}(?:Meeting|Committee|Commission|Council|Dialogue|Consultations|Forum|Comité|Conseil|Réunion)(?![\p{L}])|[Hh]eld\s+(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:[\p{Lu}\p{N}(][\p{L}\p{N}.'’+()-]*\s+(?:(?:and|on|of|for)\s+)?){1,8}(?:Committee|Commission|Council|Dialogue|Consultations)(?![\p{L}])|under\s+the\s+co-?chair(?:manship|ing)\s+of|sous\s+la\s+coprésidence\s+d)/u,
    ),
  },
  // "Le quatrième cycle s'est terminé jeudi dernier, à Québec", "The third round was held in Kigali", "Le précédent cycle de
  // discussions, en novembre 2032 à Téhéran, s'était achevé", "The first round of political consultations between the two
  // ministries took place in Muscat": a numbered or previous round of talks told with its own past verb.
  {
    type: "dialogue_round",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:le|la|the)\s+(?:premier|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|\d{1,2}e|\d{1,2}ème|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|previous|précédent|last|dernier)\s+(?:cycle|round|ronde)(?:\s+(?:de|of)\s+(?:[\p{L}-]+\s+)?(?:négociations|negotiations|talks|pourparlers|discussions|consultations))?(?:\s+(?:between|entre)\s+[^,.;]{1,60}?|,[^,.;]{1,60},)?\s+(?:s['’](?:est|était)\s+(?:terminée?|tenue?|déroulée?|achevée?)|(?:a|avait)\s+eu\s+lieu|(?:was|were)\s+held|took\s+place|ended|concluded)(?![\p{L}])/iu,
    ),
  },
  // "the IX Binational Meeting of Ministers", "la XIIe Commission mixte": a body's session numbered in Roman numerals.
  {
    type: "dialogue_round",
    re: wordStart(
      /(?<![\p{L}])(?:the|its|their|la|le|sa|leur)\s+[IVXL]{1,6}(?:e|ème|th)?\s+(?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|on|for|and|de|du|des|et)\s+)?){0,5}(?:Meeting|Session|Committee|Commission|Council|Dialogue|Consultations|Forum|Réunion|Comité|Conseil)(?![\p{L}])/u,
    ),
  },
  // "conducted exercise MAPLE DRAGON", "Exercise EAGLE SHIELD-2027, conducted by ...": an exercise named in capitals.
  {
    type: "exercise",
    re: wordStart(
      /(?<![\p{L}])(?:[Ee]xercise|[Ee]xercice)\s+(?=\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}|\s*-?\s*\d{4}|\s*,|\s+(?:was|were|a|ont|conducted|in)\s))/u,
    ),
  },
  {
    type: "exercise",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:(?:joint|combined|bilateral|trilateral) (?:military |naval |maritime |air |amphibious )?(?:exercises?|drills?)|exercice (?:conjoint|militaire))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  {
    type: "commemoration",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:paid tribute|commemorat\w+|wreath|ceremony marking|a rendu hommage|commémor\w+)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  // "welcomed the Minister to Ottawa": a guest welcomed to a place, named with a capital (case-sensitive, so that "welcomed
  // the letter but called on Ottawa to press ..." is no visit).
  {
    type: "visit",
    re: wordStart(
      /(?<![\p{L}\p{N}])[Ww]elcomed (?!the (?:signing|agreement|adoption|launch|decision|progress|outcome|results?|efforts?|steps?)(?![\p{L}]))[^,.;]{1,60}? to (?=\p{Lu})/u,
    ),
  },
  // "La dernière mission ministérielle du Québec en Corée, à Séoul, remonte à octobre 2031", "La précédente visite d'un
  // président coréen à Ottawa remontait à 2019": the last visit to a town named, dated by what it goes back to.
  {
    type: "visit",
    re: wordStart(
      /(?<![\p{L}])(?:dernière|précédente)\s+(?:(?:mission|visite|tournée)(?:\s+(?:ministérielle|officielle|commerciale|d['’]État))?)(?=[^.;]{0,80}?(?<![\p{L}])à\s+\p{Lu}[^.;]{0,40}?\s(?:remonte|remontait)\s+à\s)/iu,
    ),
  },
  // "j'ai eu le plaisir d'accueillir à Sherbrooke une délégation ...", "had the honour of welcoming ...": the guests' visit.
  {
    type: "visit",
    re: wordStart(
      /(?<![\p{L}])(?:eu|had)\s+(?:le\s+plaisir|l['’]honneur|the\s+(?:pleasure|honou?r))\s+(?:d['’]|de\s+|of\s+)(?:accueillir|recevoir|welcoming|hosting|receiving)(?![\p{L}])/iu,
    ),
  },
  {
    type: "visit",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:visit(?:ed)?|travell?ed to|trip to|official visit|state visit|visite|(?:a|ont|avait|avaient) visité|(?:a|ont|avait|avaient) séjourné (?=à|en|au|aux)|s['’](?:est|était) rendue? (?:à|en|au)|(?:se sont|s['’]étaient) rendus (?:à|en|au))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  // "hosted Sweden's Minister ...", "received Mexico's President ...", "a reçu mercredi à Hanoï le ministre ...": the host's
  // verb, its guest a name, an office or a delegation led by one (case-sensitive, so that "received a letter" stays no meeting).
  {
    type: "meeting",
    re: wordStart(
      new RegExp(
        String.raw`(?<![\p{L}])(?:(?:hosted|received)(?=\s(?:(?:on\s)?(?:${EN_WEEKDAY_RE}|today|yesterday)\s|in audience,?\s)?(?:\p{Lu}\p{Ll}|(?:his|her|their|the|visiting)\s(?:[\p{L}'’-]+\s){0,2}(?:[Cc]ounterpart|[Mm]inister|[Pp]resident|[Pp]rime|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ss]ecretary)|(?:a|an|the)\s(?:[\p{L}-]+\s){0,2}delegation\s(?:[^.;]{0,80}\s)?(?:led|headed)\sby\s|the\s(?:visiting\s)?\p{Lu}\p{Ll}+\sdelegation(?![\p{L}])))|(?:(?:a|avait)\s(?:\p{Ll}+ment\s)?été reçue?|(?:est|sont)\s(?:\p{Ll}+ment\s)?reçue?s?|(?:ont|avaient)\s(?:\p{Ll}+ment\s)?été reçus|(?:had been|was|were) received|(?:had been|was|were) hosted)(?=\s(?:[\p{Ll}-]+\s){0,3}(?:(?:à|in)\s\p{Lu}[\p{L}-]+\s|(?:au|aux|à\s+la|à|at\s+the)\s(?:[\p{L}'’-]+\s){1,5})?(?:par|by)\s)|(?:a|ont) reçu en audience|received in audience|(?:a reçu|ont reçu|a accueilli|ont accueilli)(?=\s(?:[\p{Ll}-]+\s){0,3}(?:à\s\p{Lu}[\p{L}-]+\s)?(?:\p{Lu}\p{Ll}|(?:le|la|les|son|sa|ses)\s(?:[\p{L}'’-]+\s){0,2}(?:homologue|ministre|président|premier|première|chancel|roi|reine))))`,
        "u",
      ),
    ),
  },
  // "ont eu mercredi à Lomé des entretiens en tête-à-tête": French talks told with "avoir".
  {
    type: "meeting",
    re: wordStart(
      /(?<![\p{L}\p{N}])(?:met(?!\s+(?:fin|en|à|au|aux|le|la|les|un|une|des|sur|l['’]|d['’])(?![\p{L}]))|meeting|(?:paid|pays|paying) (?:a )?courtesy call|called on(?!\s+[^,.;]{1,40}?\s+to\s+\p{Ll})|held (?:(?:official|formal|bilateral|extensive|in-depth|wide-ranging)\s)?talks|talks (?:were held|took place)|(?:des|les) entretiens (?:ont eu lieu|se sont tenus)|(?:a|ont|avait|avaient) eu (?:[^.;«»"]{0,40}? )?(?:des|de longs|d['’]importants) entretiens|talks with|bilateral talks|entretiens bilatéraux|consultations|working (?:lunch|dinner|breakfast)|over (?:a )?(?:working )?(?:breakfast|lunch|dinner)|video ?call|videoconference|visioconférence|(?:a|ont) rendu une visite de courtoisie|déjeuner de travail|a rencontré|ont rencontré|avait rencontré|ai rencontré|avons rencontré|me suis entretenue?|nous sommes entretenus|(?:se sont|s['’]étaient) rencontrés|a reçu|a accueilli|rencontre|s['’](?:est|était) entretenue?|se sont entretenus|s['’]étaient entretenus)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
    ),
  },
  // "nous étions réunis à Halifax": gathered, a meeting (the speaker's own, in a speech).
  {
    type: "meeting",
    re: wordStart(/(?<![\p{L}])(?:nous|vous)\s+(?:étions|sommes|étiez|êtes)\s+réuni(?:e)?s(?![\p{L}])/iu),
  },
  // "une réunion", "Réunion de travail": a meeting; "le Conseil régional de La Réunion", "à la Réunion": the island
  // (case-sensitive for that).
  {
    type: "meeting",
    re: wordStart(/(?<![\p{L}\p{N}])(?:réunion|(?<!(?:[Ll]a|[Dd]e|[Àà])\s)Réunion(?!-))(?![\p{L}\p{N}])/u),
  },
];

export interface EventTrigger {
  type: EventType;
  at: number;
  text: string;
  /** Found only as the dated setting of another statement: the date must sit right after it. */
  setting?: boolean;
  /** "The consultation was first held ...": names a round the text has already reported. */
  backReference?: boolean;
  /** Named with its own past verb or as the start of a period ("since Harper's visit in March 2014"): done, whatever the sentence pledges. */
  past?: boolean;
  /** A visit still running, told beside the event the sentence reports: kept only over the days its sentence gives. */
  underWay?: boolean;
  /** An arrival: a visit's first day, dated in its own clause. */
  arrival?: boolean;
  /** A second meeting coordinated after the first ("met X in Seoul on Tuesday, and with Y the next day"): placed after it. */
  coordinated?: boolean;
  /** The first of two verbs of one subject ("last met in May and spoke by telephone on 3 June"): dated before the second. */
  endsAt?: number;
  /** A round told by a step of negotiations with its town and month ("les négociations avaient été lancées à Vaduz en mai"). */
  negotiationStep?: boolean;
  /** A meeting told as what the sentence's signing followed ("signed ... on Friday, after the two leaders met"): its day is the signing's. */
  followedBySigning?: boolean;
}

/** A media advisory's programme field: "WHAT: ...", "Quoi : ...", "Event: ...". */
export const ADVISORY_FIELD = /^\s*(?:WHAT|What|QUOI|Quoi|EVENT|Event|ÉVÉNEMENT|Événement)\s*:/u;

/**
 * Every event a sentence reports: usually one, but "he met ... in Seoul, and the two signed a
 * memorandum" reports the meeting and the signing both.
 */
export function eventTriggers(sentenceText: string, sentenceStart: number): EventTrigger[] {
  // A question asks; it reports nothing ("(b) what agreements were signed?").
  if (/\?\s*$/.test(sentenceText)) return [];
  // "WHAT: 3rd Leadership Summit and signing of the Compact", "Quoi : ...": a media advisory's field names what it announces.
  if (ADVISORY_FIELD.test(sentenceText)) return [];
  // "15 h 00 Signature d'accords, Hôtel de Bourgogne": a programme's item, a clock time and a noun, schedules; it reports nothing.
  const found = PROGRAMME_ITEM.test(sentenceText)
    ? mainTriggers(sentenceText, sentenceStart).filter((t) => !NOUN_FORM.test(t.text))
    : withNegotiationRounds(
        sentenceText,
        sentenceStart,
        coordinatedTriggers(sentenceText, sentenceStart, mainTriggers(sentenceText, sentenceStart)),
      );
  roundsOfOfficials(sentenceText, sentenceStart, found);
  // "We met with ... in Seoul on Tuesday, and with Mayor Kim of Ulsan the next day": a second meeting, coordinated by "and with".
  const met = found.length === 1 && found[0]!.type === "meeting" ? found[0]! : undefined;
  const second = met ? SECOND_MEETING.exec(sentenceText.slice(met.at - sentenceStart + met.text.length)) : null;
  if (met && second)
    found.push({ type: "meeting", at: met.at + met.text.length + second.index + second[0].length, text: "", coordinated: true });
  // "s'était entretenu au téléphone avec Mme Laroche le 14 janv., puis avait rencontré le premier ministre ... dimanche": a
  // meeting told after a call in a clause of its own is an event of its own, dated and placed there.
  const call = found.length === 1 && found[0]!.type === "phone_call" ? found[0]! : undefined;
  const then = call ? THEN_MET.exec(sentenceText.slice(call.at - sentenceStart + call.text.length)) : null;
  const thenVerb = then?.groups?.verb ?? then?.groups?.reflexive;
  if (call && then && thenVerb)
    found.push({
      type: "meeting",
      at: call.at + call.text.length + then.index + then[0].length - thenVerb.length,
      text: thenVerb,
      coordinated: true,
    });
  // "Signed during the official visit ..., after a meeting of the two ministers on 5 November", "La signature a suivi, le
  // même jour, une rencontre entre M. Lee et la ministre": a meeting told as what another event followed is one of its own.
  const preceding = found.some((t) => t.type !== "meeting") ? MEETING_BEFORE_IT.exec(sentenceText) : null;
  // "... signed on Tuesday, ... told reporters after talks in Ruse with ...": with no day of its own, the talks take the sentence's.
  const ownDay = preceding ? DATE_WORD.test(sentenceText.slice(preceding.index)) : false;
  if (preceding) found.push({ type: "meeting", at: sentenceStart + preceding.index, text: preceding[0], coordinated: ownDay });
  // "signed in Macao on Friday ..., after the two Chief Executives met at the Government Headquarters": the meeting the
  // signing followed, told with its own verb, is one of its own, that day and there.
  const metBefore = !preceding && found.some((t) => t.type === "signing") ? MET_BEFORE_IT.exec(sentenceText) : null;
  if (metBefore) found.push({ type: "meeting", at: sentenceStart + metBefore.index, text: metBefore[0], followedBySigning: true });
  // "a reçu mardi ... le ministre ..., qui effectue depuis dimanche une visite de travail au Canada": a visit under way,
  // told in an apposition beside the event the sentence reports, is an event of its own.
  const underWay =
    (VISIT_UNDER_WAY_WORD.test(sentenceText) ? VISIT_UNDER_WAY.exec(sentenceText) : null) ??
    MISSION_OVER_DAYS.exec(sentenceText) ??
    VISITING_OVER_DAYS.exec(sentenceText) ??
    MISSION_OF_A_SIDE.exec(sentenceText);
  // "From February 14 to 17, I led a delegation ... to Seoul": a mission led there, over the days the sentence gives, alone too.
  if (underWay && !found.some((t) => t.type === "visit"))
    return [...found, { type: "visit", at: sentenceStart + underWay.index, text: underWay[0], underWay: true }];
  // "Mr Pradhan, who arrived in Dublin on Sunday, met ...", "est arrivé dimanche à Montpellier": an arrival is the first
  // day of a visit, whatever else the sentence reports; its day is the visit's, not the other event's.
  const arrival = arrivalClause(sentenceText);
  if (!arrival) return found;
  const visit = found.find((t) => t.type === "visit");
  // "was in the Republic of Korea from June 29 to July 2, 2027; she also travelled to Daegu on July 1": the stay told first is the visit.
  if (visit && visit.at < sentenceStart + arrival.start) return found;
  return [
    ...found.filter((t) => t !== visit),
    { type: "visit" as const, at: sentenceStart + arrival.start, text: arrival.text, arrival: true },
  ].sort((a, b) => a.at - b.at);
}

/**
 * "Their experts met for a third time in Busan in October", "the negotiators met for the second time in Geneva", "les experts se
 * sont réunis pour la troisième fois à Dakar": officials' meeting counted in its series is a round of it.
 */
const OFFICIALS_MET_AGAIN = wordStart(
  /(?<![\p{L}])(?:experts|negotiators|officials|delegations|négociateurs|fonctionnaires|délégations)\s+(?:(?:have|had|ont|avaient)\s+)?(?:met|se\s+sont\s+réunis|s['’]étaient\s+réunis)\s+(?:for\s+(?:a|the)|pour\s+la)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|e|ème)|deuxième|troisième|quatrième|cinquième|sixième)\s+(?:time|fois)(?![\p{L}])/iu,
);

/** Turns the meetings of officials counted in their series into rounds, in place. */
function roundsOfOfficials(sentenceText: string, sentenceStart: number, found: EventTrigger[]): void {
  const m = OFFICIALS_MET_AGAIN.exec(sentenceText);
  if (!m) return;
  const i = found.findIndex((t) => t.type === "meeting" && t.at >= sentenceStart + m.index && t.at < sentenceStart + m.index + m[0].length);
  if (i >= 0) found[i] = { ...found[i]!, type: "dialogue_round" };
}

/**
 * "after a meeting of the two ministers", "following bilateral talks between ...", "after talks in Ruse with ...", "a suivi
 * ... une rencontre entre", "ont signé lundi ... au terme d'entretiens entre le ministre ... et ...": a meeting another
 * event followed.
 */
const MEETING_BEFORE_IT = wordStart(
  /(?<![\p{L}])(?:(?:after|following)\s+(?:(?:a|an|the|their)\s+)?(?:bilateral\s+)?(?:meeting|talks)\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]*\s+)?(?:of|between|with)\s|(?:a|ont)\s+suivi,?\s+(?:[^.;]{0,30}?,\s+)?une\s+(?:rencontre|réunion)\s+(?:bilatérale\s+)?(?:entre|avec)\s|(?:au\s+terme|à\s+l['’]issue)\s+d['’](?:entretiens|une\s+rencontre)\s+(?:bilatéra(?:ux|le)\s+)?(?:entre|avec)\s)/iu,
);

/** "after the two leaders met", "following both ministers' ... held talks": a meeting told with its verb after a signing. */
const MET_BEFORE_IT = wordStart(
  /(?<![\p{L}])(?:after|following)\s+(?:the\s+two|both)\s+(?:[\p{L}-]+\s+){1,3}(?:met|held\s+talks)(?![\p{L}])/iu,
);

/** A line opening on a clock time ("15 h 00", "09:30", "2:30 p.m.") and a capitalised word: a programme's item. */
const PROGRAMME_ITEM = /^\s*\d{1,2}\s*(?:h|:)\s*\d{2}(?:\s*[ap]\.?m\.?)?\s+\p{Lu}/iu;

/**
 * ", puis avait rencontré ...", ", and then met ...": a meeting in a clause of its own after another event; in French the
 * reflexive's auxiliary may be said once for both verbs: "s'étaient entretenus par téléphone le 14 janvier, puis rencontrés
 * en février à Addis-Abeba", "se sont parlé au téléphone en mai et se sont rencontrés à Genève en juin".
 */
const THEN_MET =
  /(?:,\s+(?:(?:and\s+)?then|puis|et\s+ensuite)\s+(?:(?:he|she|they|il|elle|ils)\s+)?(?<verb>met|held talks|(?:a|avait|ont|avaient)\s+rencontré)|,?\s+(?:puis|et)\s+(?:(?:se\s+sont|s['’]étaient)\s+)?(?<reflexive>rencontré(?:e|s|es)))(?![\p{L}])/u;

/** ", and with Mayor Kim Doo-hwan ...", ", puis avec le maire ...": a second party met, in a clause of its own. */
const SECOND_MEETING = /,\s+(?:and|et|then|puis)\s+(?:then\s+|later\s+|ensuite\s+)?(?:with|avec)\s+(?=\p{Lu}|the\s|le\s|la\s)/u;

/**
 * "arrived in Dublin on Sunday", "est arrivé dimanche à Montpellier", "..., arrivée dimanche à Saguenay, ...", "était de
 * passage à Québec lundi et mardi", "was in Korea from ...".
 */
const ARRIVAL = wordStart(
  /(?<![\p{L}])(?:(?:arrived\s+(?:in|at)|arrives\s+(?:in|at)|(?:est|sont|était|étaient)\s+arrivée?s?|(?:(?<=,\s)arrivée?s?|(?:^|(?<=[–—]\s))Arrivée?s?)(?=\s)|(?:est|était|sont|étaient)\s+de\s+passage\s+(?:à|au|en))(?![\p{L}])|(?:was|were|is|are)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3}\s+(?=from\s))/u,
);

/** The arrival clause of a sentence: from the verb to the clause's end, where the arrival's own day is written. */
export function arrivalClause(sentenceText: string): { start: number; end: number; text: string } | null {
  const m = ARRIVAL.exec(sentenceText);
  if (!m) return null;
  // "arrived in X on Sunday for a five-day visit" and "arrived ... on Monday at the head of a mission that wraps up on Friday" keep their
  // clause whole; a comma or "and" before another verb closes it.
  const rest = sentenceText.slice(m.index + m[0].length);
  // ", Canada, on Sunday" and ", le 4 mars" carry on; ", where ...", ", le chef de la diplomatie ..." and "and met ..." close it.
  const stop = /,\s+(?!\d|\p{Lu}|(?:on|in|at|the)\s|le\s+(?:\d|1er))|;|\s(?:and|et|but|mais)\s/u.exec(rest);
  const end = m.index + m[0].length + (stop ? stop.index : rest.length);
  return { start: m.index, end, text: m[0] };
}

/**
 * A visit still running, told beside another event: "en visite de travail au Sénégal", "on the second day of a three-day state
 * visit", "signed ... during a visit to Korea by Kenya's Cabinet Secretary ..., from 1 to 5 June", "during Director General
 * Seo's visit to Canada from October 12 to 16", "en marge de la mission de la ministre en Corée (du 12 au 15 nov.)"; a
 * mission as the setting of a meeting: "first met ... in Seoul last November, during a trade mission of 40 Ontario
 * companies", "s'étaient rencontrés à Séoul en octobre 2033, lors de la mission de M. Bédard en Corée"; a mission led over
 * days written before it: "a conduit du 14 au 19 novembre une mission commerciale ... à Séoul et à Busan".
 */
export const VISIT_UNDER_WAY = wordStart(
  /(?<![\p{L}])(?:during\s+(?:an?|the|his|her|their)\s+(?:(?:trade|business|economic|ministerial|official)\s+)?mission\s+(?:of|by)\s+(?=\d|\p{Lu}|the\s)|lors\s+d(?:e\s+la|['’]une)\s+(?:(?:mission|tournée)\s+(?:commerciale|économique|ministérielle|officielle)|mission)\s+d(?:e|u|['’])\s*(?=\p{Lu}|M\.|Mme|la\s|l['’])|during\s+(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}-]*['’]s|his|her|their)\s+(?:first\s+)?(?:(?:official|state|working)\s+)?visit\s+to\s|en\s+marge\s+de\s+la\s+(?:mission|visite)\s+d[eu]\s+[^,.;()]{1,60}?\s+(?:en|au|à|aux)\s+\p{Lu}|during\s+an?\s+(?:(?:official|state|working)\s+)?visit\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+by\s|during\s+the\s+(?:first\s+)?(?:official|state|working)\s+visit\s+of\s+[^,.;]{1,100}?\s+to\s+(?=(?:the\s+)?\p{Lu})|venue?s?\s+(?:à|au|en)\s+\p{Lu}[^,;]{0,60}?\s+à\s+la\s+tête\s+d['’]une\s+(?:[\p{L}-]+\s+)?(?:mission|délégation)|en\s+(?:visite|mission)(?:\s+(?:officielle|de\s+travail|d['’][ÉE]tat))?\s+(?:au|en|à|aux)\s|qui\s+effectue\s+(?:depuis\s+\p{L}+\s+)?une\s+(?:visite|mission)|(?:is|are)\s+on\s+an?\s+(?:[\p{L}-]+\s+){0,2}visit|(?<![\p{L}])(?:led|leads|heads|(?:is|are|was|were)\s+(?:leading|heading))\s+(?:a|an|the|our|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:delegation|mission)(?:\s+of\s+[^.;]{1,80}?)?\s+to(?=\s+(?:the\s+)?\p{Lu})|mission\s+(?:that\s+|which\s+)?(?:I|we|he|she|they)\s+led\s+to|(?:delegation|mission|visit)\s+to\s+(?:the\s+)?\p{Lu}[^.;]{0,60}?,?\s+(?:that|which)\s+(?:(?:I|we|he|she|they)\s+led|runs|ran|took\s+place|takes\s+place)(?![\p{L}])|(?:(?:a|ai|avons|ont)\s+(?:dirigé|conduit|mené)|dirigent|dirige|conduisent|mènent|mène)\s+(?:du\s+(?:1er|\d{1,2})\s+au\s+(?:1er|\d{1,2})\s+\p{L}+(?:\s+\d{4})?\s+)?(?:une|la|notre|sa|leur)\s+(?:[\p{L}-]+\s+){0,3}?(?:délégation|mission)|(?:mission|délégation)\s+(?:qu['’](?:il|elle|ils|elles)|que\s+(?:j['’]|nous\s|vous\s|\p{Lu}[\p{L}.-]*\s+){1,3})\s*(?:a|avait|ont|avaient|ai|avons)\s+(?:dirigée|conduite|menée)|(?:mission|délégation|visite)\s+[^;]{0,140}?\s(?:s['’](?:est|était)\s+déroulée|a\s+eu\s+lieu|avait\s+eu\s+lieu)(?=\s+(?:du|le|en|à)\s)|on\s+the\s+(?:first|second|third|fourth|fifth|last|final)\s+day\s+of\s+(?:an?|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}visit|(?:delegation|délégation|mission)(?:\s+[^.;]{1,60}?)?\s+(?:is|are|was|were|est|sont|était|étaient)\s+(?:in|en|au|aux|à)\s+(?:the\s+|la\s+|le\s+|l['’])?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?\s+(?=(?:from|du)\s+(?:\d|\p{L}+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))|(?:state|official|working)\s+visit\s+to\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+\((?=[\p{L}.]+\s+\d|\d))/iu,
);
/**
 * A word each of `VISIT_UNDER_WAY`'s readings holds: a sentence without one is not searched (its alternatives open with
 * "during", "en", "is", "led" and others, tried at nearly every word).
 */
export const VISIT_UNDER_WAY_WORD = /visit|mission|d[ée]l[ée]gation|tourn[ée]e/iu;

/**
 * "concluded a five-day trade mission to the Republic of Korea ... from May 16 to 20", "Sa mission, qui se déroule du 27
 * février au 4 mars, l'a menée à Séoul, à Suwon et à Pohang": a mission or a visit told as begun, under way or ended, with
 * the range of its days in the same clause, is a visit over those days (its towns, when several, are its stops).
 */
const MISSION_OVER_DAYS = wordStart(
  /(?<![\p{L}])(?:(?:concluded|concludes|wrapped\s+up|wraps\s+up|began|begins|started|starts|a\s+conclu|conclut|a\s+terminé|termine|a\s+entamé|entame|a\s+commencé|commence)\s+(?:a|an|the|his|her|their|its|une|la|sa|son|leur)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:mission|visit|trip|visite|tournée)|(?:mission|visit|trip|visite|tournée|séjour),\s+(?:qui\s+se\s+(?:déroule|déroulait|tient|tenait)|which\s+(?:runs|ran|began|begins)))(?![\p{L}])(?=[^.;]{0,140}?(?<![\p{L}])(?:from\s+(?:\p{Lu}\p{L}+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+\p{Lu}\p{L}+)?\s+(?:to|until|through)\s|du\s+(?:1er|\d{1,2})(?:\s+\p{L}+)?\s+au\s+(?:1er|\d)))/iu,
);

/**
 * "s'étaient rencontrés à Séoul en mai, lors d'une mission commerciale québécoise en Corée", "first met in Seoul during a
 * Canadian trade mission to Korea": a side's mission, named by its adjective, as the setting of a meeting.
 */
const MISSION_OF_A_SIDE = wordStart(
  /(?<![\p{L}])(?:lors\s+d['’]une\s+mission\s+(?:commerciale|économique)\s+\p{Ll}+\s+(?:en|au|aux)\s+(?=\p{Lu})|during\s+an?\s+\p{Lu}\p{Ll}+\s+(?:trade|business|economic)\s+mission\s+to\s+(?=\p{Lu}))/u,
);

/**
 * "..., who was visiting Korea from November 2 to 5, ...", "who is visiting Canada from 12 to 16 May": a visitor's stay in
 * a country told beside the event reported, over the days written right after it.
 */
const VISITING_OVER_DAYS = wordStart(
  /(?<![\p{L}])(?:was|were|is|are)\s+visiting\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}(?=\s+from\s+(?:\d|\p{Lu}))/u,
);

/**
 * ", and the committee ...", ", et les deux ministres ...", "; the two ...", " and the two leaders ...": a second main clause,
 * with a subject of its own (the two sides named as one need no comma before them); ", and senior officials finalized
 * ...", ", and working-level officials ...", ", et des experts ...": officials with no article are a subject too.
 */
const NEXT_MAIN_CLAUSE =
  /(?:(?:,\s+(?:and|et)|;)\s+(?=(?:the|les|la|le|l['’]|its|their|leur|leurs)\s*\p{L}|(?:des\s+)?(?:[\p{Ll}-]+\s+)?(?:officials|experts|negotiators|fonctionnaires|négociateurs)\s)|\s+(?:and|et)\s+(?=(?:the\s+two|both|les\s+deux)\s+\p{L}+\s+\p{Ll}))/u;

/**
 * "La 2e réunion du comité ... s'est tenue à Tallinn ..., et les deux ministres s'étaient entretenus par téléphone le 20
 * janv.": two main clauses joined, each with its own subject and verb, report an event each; the sentence read whole keeps
 * only one of them.
 */
function coordinatedTriggers(sentenceText: string, sentenceStart: number, found: EventTrigger[]): EventTrigger[] {
  if (found.length !== 1) return found;
  const joint = NEXT_MAIN_CLAUSE.exec(sentenceText);
  if (!joint) return coordinatedVerbs(sentenceText, sentenceStart, found);
  const restAt = joint.index + joint[0].length;
  const first = mainTriggers(sentenceText.slice(0, joint.index), sentenceStart);
  if (first.length !== 1) return found;
  const second = mainTriggers(sentenceText.slice(restAt), sentenceStart + restAt);
  // "..., and the two sides reviewed preparations for the visit": a noun in the second clause is its object, not its verb.
  // "first met in Singapore last October, and spoke by video call on July 8 ...; their teams ...": the first clause alone
  // may still tell two verbs of one subject.
  if (second.length !== 1 || NOUN_FORM.test(second[0]!.text))
    return coordinatedVerbs(sentenceText.slice(0, joint.index), sentenceStart, found);
  if (first[0]!.type === second[0]!.type && !eachClauseDated(sentenceText, joint.index, restAt)) return found;
  // "visited Palikir in November last year and the two leaders spoke by video call on June 30": each clause dates its own.
  return [{ ...first[0]!, endsAt: sentenceStart + joint.index }, second[0]!];
}

/**
 * "The President received the minister on Monday afternoon, and the trade minister met the delegation on Tuesday": two
 * clauses of one kind of event are two events only when each tells its own day.
 */
function eachClauseDated(sentenceText: string, jointAt: number, restAt: number): boolean {
  return DATE_WORD.test(sentenceText.slice(0, jointAt)) && DATE_WORD.test(sentenceText.slice(restAt));
}

/** "and", "et", "and also", "et ensuite": the joint between two verbs of one subject. */
const SHARED_SUBJECT_JOINT = /,?\s+(?:and|et)\s+(?:(?:also|then|later|aussi|ensuite|puis)\s+)?/gu;

/** A day, a month, a weekday or a year written in a part of a sentence: "on 3 June", "in May", "mardi", "en 2031". */
const DATE_WORD = wordStart(
  new RegExp(String.raw`(?<![\p{L}])(?:${EN_MONTH_RE}|${FR_MONTH_RE}|${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE}|\d{1,4})(?![\p{L}])`, "u"),
);

/**
 * "The two ministers last met in Lisbon in May and spoke by telephone on 3 June": two verbs of one subject, each with its
 * own day, report an event each; the second verb opens its part of the sentence (no noun is read as one).
 */
function coordinatedVerbs(sentenceText: string, sentenceStart: number, found: EventTrigger[]): EventTrigger[] {
  for (const joint of sentenceText.matchAll(SHARED_SUBJECT_JOINT)) {
    const restAt = joint.index + joint[0].length;
    const second = mainTriggers(sentenceText.slice(restAt), sentenceStart + restAt);
    if (second.length !== 1 || second[0]!.at !== sentenceStart + restAt || NOUN_FORM.test(second[0]!.text)) continue;
    // "visited Seoul in April and met Cho for talks": a verb with no day of its own tells part of the first event.
    if (!DATE_WORD.test(sentenceText.slice(restAt)) || !DATE_WORD.test(sentenceText.slice(0, joint.index))) continue;
    const first = mainTriggers(sentenceText.slice(0, joint.index), sentenceStart);
    if (first.length === 1 && first[0]!.type !== second[0]!.type)
      return [
        { ...first[0]!, endsAt: sentenceStart + restAt },
        { ...second[0]!, coordinated: true },
      ];
  }
  return found;
}

/**
 * "Au cours de sa visite en Colombie, du 29 mars au 3 avril, ...", "During her visit to Kenya, from 3 to 6 May, ...", "lors
 * d'une mission du ministère à Séoul du 18 au 22 nov. 2030, au cours de laquelle ...": a visit or a mission named as a
 * setting with its own days.
 */
const DATED_VISIT_SETTING = wordStart(
  /(?<![\p{L}])(?:(?:during|au\s+cours\s+de|lors\s+de|pendant)\s+(?:his|her|their|sa|son|leur)\s+(?:(?:official|state|working)\s+)?(?:visit|visite)(?:\s+(?:officielle|d['’]État|de\s+travail))?\s+(?:to|en|au|aux|à)\s+[^,.;]{2,40},\s+|(?:during|lors\s+d['’]une?|pendant\s+une?)\s+(?:an?\s+)?(?:(?:official|trade|officielle|commerciale)\s+)?(?:mission|visit|visite)\s+(?:[^,.;]{0,60}?\s)?(?:to|à|au|en)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,?\s+)(?=(?:from|du)\s+\d)/iu,
);

/**
 * A visit named as a signing's setting after it, with its own days: ", during his state visit of 31 July to 3 August",
 * ", during a visit by Somalia's Minister of Agriculture, ..., from 8 to 10 March".
 */
const VISIT_SETTING_AFTER = wordStart(
  /(?<=,\s*)(?:during|lors\s+de|au\s+cours\s+de)\s+(?:his|her|their|sa|son|leur|an?|une)\s+(?:(?:official|state|working)\s+)?(?:visit|visite)(?:\s+(?:officielle|d['’]État|de\s+travail))?(?:\s+(?:by|de)\s+(?:[^.;]|(?<=\s(?:Dr|Mr|Mrs|Ms|M|Mme|Hon|Prof))\.){2,120}?,?)?\s+(?=(?:of|from|du)\s+\d)/iu,
);

/**
 * ", as their foreign ministers met in Seoul for the third round of their strategic dialogue", "when the two delegations met
 * in Accra for the fifth session of the Joint Commission", "alors que les deux ministres étaient réunis à Lomé pour la 7e
 * session": the numbered round a signing was told within, by its own verb of meeting, is an event of its own.
 */
const ROUND_AROUND_A_SIGNING = wordStart(
  /(?<![\p{L}])(?:as|when|while|alors\s+que|lorsque)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:met|gathered|(?:étaient|sont)\s+réunie?s)\s+(?:in|à)\s+\p{Lu}[\p{L}-]*\s+(?:for|pour)\s+(?:the|their|its|la|le|leur|sa)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|e|ème))\s+(?:session|round|ronde|meeting|réunion)(?![\p{L}])/iu,
);

function roundAroundASigning(sentenceText: string, sentenceStart: number, signing: EventTrigger): EventTrigger | null {
  const m = ROUND_AROUND_A_SIGNING.exec(sentenceText.slice(signing.at - sentenceStart));
  return m ? { type: "dialogue_round", at: signing.at + m.index, text: m[0] } : null;
}

/**
 * A visit named as the setting of the reported day, by that day's place in it: ", on the first day of Prime Minister
 * Osei's two-day official visit", "on the second day of her state visit", "au deuxième jour de sa visite officielle".
 */
const DAY_OF_A_VISIT = wordStart(
  /(?<![\p{L}])(?:on|during)\s+the\s+(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+day\s+of\s+(?:[^,.;]{0,60}?\s)?(?:(?:two|three|four|five|six|seven|[2-9])-day\s+)?(?:(?:official|state|working)\s+)?(?<visit>visit)(?![\p{L}])|(?<![\p{L}])(?:au|lors\s+du)\s+(?:premier|deuxième|second|troisième|dernier)\s+jour\s+de\s+(?:sa|la|leur)\s+(?<visitFr>visite)(?![\p{L}])/iu,
);

function mainTriggers(sentenceText: string, sentenceStart: number): EventTrigger[] {
  const main = eventTrigger(sentenceText, sentenceStart);
  // The visit named as the setting of what the sentence reports, with its own days, is an event of its own.
  const visitSetting = main && main.type !== "visit" ? DATED_VISIT_SETTING.exec(sentenceText.slice(0, main.at - sentenceStart)) : null;
  if (visitSetting) return [{ type: "visit", at: sentenceStart + visitSetting.index, text: visitSetting[0], underWay: true }, main!];
  // "signed in Nukuʻalofa on 2 August by ..., during his state visit of 31 July to 3 August": a visit with its own days told
  // after a signing, as its setting, is an event of its own.
  const visitAfter = main?.type === "signing" ? VISIT_SETTING_AFTER.exec(sentenceText.slice(main.at - sentenceStart)) : null;
  if (visitAfter) return [main!, { type: "visit", at: main!.at + visitAfter.index, text: visitAfter[0], underWay: true }];
  const roundAround = main?.type === "signing" ? roundAroundASigning(sentenceText, sentenceStart, main) : null;
  if (roundAround) return [main!, roundAround];
  // "held talks in Kingstown this morning, on the first day of Prime Minister Joseph's two-day official visit": the visit
  // the reported day belongs to is an event of its own.
  const dayOfVisit = main && main.type !== "visit" ? DAY_OF_A_VISIT.exec(sentenceText.slice(main.at - sentenceStart)) : null;
  if (dayOfVisit) {
    const word = dayOfVisit.groups!.visit ?? dayOfVisit.groups!.visitFr!;
    return [main!, { type: "visit", at: main!.at + dayOfVisit.index + dayOfVisit[0].length - word.length, text: word, underWay: true }];
  }
  if (main?.type === "dialogue_round") return [...metBeforeRound(sentenceText, sentenceStart, main), main];
  // "s'est entretenu ... avec le maire de Laval, ..., qui s'était rendu à Séoul en mars dernier": a visit told of the
  // person met, in a relative clause of its own, is an earlier event beside the one reported.
  const visitedBefore = main && main.type !== "visit" ? RELATIVE_VISIT.exec(sentenceText.slice(main.at - sentenceStart)) : null;
  if (visitedBefore)
    return [
      main!,
      {
        type: "visit",
        at: main!.at + visitedBefore.index + visitedBefore[0].length - visitedBefore.groups!.verb!.length,
        text: visitedBefore.groups!.verb!,
        past: true,
      },
    ];
  // "paid an official visit to Kazakhstan from 3 to 5 June 2030 and met President ... in Astana on 4 June": the visit
  // before the meeting is an event of its own, over its own days.
  const paidVisit = main?.type === "meeting" ? PAID_VISIT.exec(sentenceText.slice(0, main.at - sentenceStart)) : null;
  if (paidVisit) return [{ type: "visit", at: sentenceStart + paidVisit.index, text: paidVisit[0] }, main!];
  if (main?.type === "visit") {
    const where = MET_WHERE.exec(sentenceText.slice(main.at - sentenceStart));
    if (where)
      return [
        main,
        { type: "meeting", at: main.at + where.index + where[0].length - where.groups!.verb!.length, text: where.groups!.verb! },
      ];
  }
  // "when the two presidents held a summit and adopted a joint statement": the talks held before the statement are an event too.
  const heldBefore = main?.type === "joint_statement" ? HELD_THEN_ISSUED.exec(sentenceText.slice(0, main.at - sentenceStart)) : null;
  if (heldBefore)
    return [
      {
        type: /summit|sommet/iu.test(heldBefore.groups!.kind!) ? "summit" : "meeting",
        at: sentenceStart + heldBefore.index,
        text: heldBefore[0],
      },
      main!,
    ];
  if (main?.type !== "signing") return main ? [main] : [];
  const before = sentenceText.slice(0, main.at - sentenceStart);
  // "ont signé mardi un accord ..., lors d'une rencontre à Séoul entre ...", "signed ... during a meeting in Cairo": a
  // meeting named with the indefinite article as the signing's setting is a new event of its own, held with it.
  const setting = SIGNING_SETTING.exec(sentenceText.slice(main.at - sentenceStart));
  if (setting)
    return [
      main,
      { type: "meeting", at: main.at + setting.index + setting[0].length - setting.groups!.kind!.length, text: setting.groups!.kind! },
    ];
  // "signed ... in Daejeon, during the fourth meeting of the Canada–Korea Working Group": a numbered session of a body as
  // the signing's setting is a round held with it.
  const session = SIGNING_SESSION.exec(sentenceText.slice(main.at - sentenceStart));
  if (session)
    return [
      main,
      {
        type: "dialogue_round",
        at: main.at + session.index + session[0].length - session.groups!.kind!.length,
        text: session.groups!.kind!,
      },
    ];
  // "... met in Ottawa, and the two signed ...", "... visited New Delhi in December 2023, when the two countries signed ...",
  // "a été reçue jeudi à Séoul par ..., avec qui elle a signé ...", "ont coprésidé ... la RHN, à l'issue de laquelle ... ont été signés".
  // "At the 6th meeting of the Peru–Thailand Joint Commission, held in Lima on 12 and 13 February, the two governments
  // signed ...": a numbered session set off by its participle of holding before the signing is a round held with it.
  const sessionBefore = PARTICIPLE_ROUND.exec(before);
  if (sessionBefore) return [{ type: "dialogue_round", at: sentenceStart + sessionBefore.index, text: sessionBefore[0] }, main];
  if (!SIGNING_JOINED.test(before)) return [main];
  const met =
    /(?<![\p{L}])(?:(?<meet>met|held talks|held a (?:bilateral )?meeting|a rencontré|ont rencontré|se sont entretenus|s['’](?:est|était) entretenue?)|(?<visit>visited|travell?ed to|a effectué une visite|s['’]est rendue? (?:à|en|au)))(?![\p{L}])/iu.exec(
      before,
    );
  if (met) return [{ type: met.groups?.visit ? "visit" : "meeting", at: sentenceStart + met.index, text: met[0] }, main];
  const earlier = currentTrigger(before, sentenceStart);
  return earlier && earlier.type !== "signing" && !earlier.setting ? [earlier, main] : [main];
}

/** "a follow-up of the ", "following up on their ", "le suivi des ", "les suites données aux ": what is followed up comes next. */
const FOLLOWED_UP = wordStart(
  /(?<![\p{L}])(?:follow-?ups?\s+(?:of|to|on)|following\s+up\s+on|suivi|suites?(?:\s+données?)?)\s+(?:the\s+|their\s+|its\s+|des\s+|aux\s+|de\s+leurs\s+)$/iu,
);
/** A trigger word opening sessions in the plural: "summit meetings", "talks", "réunions au sommet". */
const PLURAL_SESSIONS =
  /^(?:[\p{L}-]+\s+)?(?:meetings|summits|talks|sessions|visits|consultations|réunions|sommets|entretiens|visites)(?![\p{L}])/iu;
/** "held a summit and adopted a ", "ont tenu un sommet et adopté une ": talks held, then the statement they issued. */
const HELD_THEN_ISSUED = wordStart(
  /(?<![\p{L}])(?:held|(?:ont|a)\s+tenu)\s+(?:a|an|their|the|un|une|leur)\s+(?:bilateral\s+|bilatérale?\s+)?(?<kind>summit|meeting|talks|sommet|réunion|entretien)(?:\s+[^,.;]{1,40}?)?\s+(?:and|et)\s+(?:(?:also|then|ont|a)\s+)?(?:adopted|issued|released|adopté|publié)\s+(?:a|an|the|their|une|la|leur)\s+$/iu,
);

/** "visited Winnipeg on May 20, where he met ...", "s'est rendu à Lyon le 7 mars, où il a rencontré ...": talks at the visit's stop. */
const MET_WHERE =
  /^[^;]{0,120}?,\s+(?:where|où)\s+(?:[^,.;]{0,40}?\s)?(?<verb>met|held talks|a rencontré|ont rencontré|s['’]est entretenue?|se sont entretenus)(?![\p{L}])/iu;

/** A past visit in a relative clause after the person it tells of: ", qui s'était rendu à Séoul", ", who had visited Seoul". */
const RELATIVE_VISIT =
  /^[^;]{0,200}?,\s+(?:qui|who)\s+(?<verb>s['’](?:était|est)\s+rendue?\s+(?:à|en|au)|avait\s+visité|had\s+(?:visited|travell?ed\s+to)|visited|travell?ed\s+to)(?=\s+\p{Lu})/iu;

/** A host's welcome to a town, for the round named after it. */
const WELCOMED_FOR = wordStart(/(?<![\p{L}])welcomed\s+[^.;]{1,120}?\s+to\s+(?=\p{Lu})(?=[^.;]{0,60}?\sfor\s+(?:the|a|its|their)\s)/u);

/**
 * "il s'est entretenu le 4 avril avec le vice-premier ministre ... et a coprésidé ... la 6e session de la Commission", "met
 * ... and co-chaired the Committee", "held talks ... and the two ministers co-chaired the 8th session": talks held beside the
 * round, in a clause of their own before it, are a meeting too.
 */
function metBeforeRound(sentenceText: string, sentenceStart: number, round: EventTrigger): EventTrigger[] {
  const before = sentenceText.slice(0, round.at - sentenceStart);
  // "welcomed the Republic of Korea's Minister ... to Ottawa on July 7 for the second ... Meeting": the guest's visit.
  const welcomed = WELCOMED_FOR.exec(before);
  if (welcomed) return [{ type: "visit", at: sentenceStart + welcomed.index, text: welcomed[0] }];
  const met = /(?<![\p{L}])(?:met|held talks|s['’](?:est|était) entretenue?|se sont entretenus|a rencontré|ont rencontré)(?![\p{L}])/u.exec(
    before,
  );
  if (!met) return [];
  const chaired =
    /\s(?:and|et)\s+(?:(?:the|les)\s+(?:two|deux)\s+\p{L}+\s+|(?:they|ils|elles)\s+)?(?:(?:also|then|aussi)\s+)?(?:(?:a|ont)\s+)?(?:co-?chaired|chaired|coprésidé|présidé|held|tenu)(?![\p{L}])/u;
  const upToRound = sentenceText.slice(met.index, round.at - sentenceStart + round.text.length);
  return chaired.test(upToRound) ? [{ type: "meeting", at: sentenceStart + met.index, text: met[0] }] : [];
}

/** A meeting named as a signing's setting with the indefinite article, after the signing. */
const SIGNING_SETTING = wordStart(
  /(?<![\p{L}])(?:during|at|in the course of|lors d['’]une|au cours d['’]une|à l['’]occasion d['’]une)\s+(?:an?\s+)?(?:(?:bilateral|working|official|bilatérale|de travail|officielle)\s+)?(?<kind>meeting|rencontre|réunion|talks|entretien)(?![\p{L}])/iu,
);

/** A numbered session of a body named as a signing's setting, after the signing. */
const SIGNING_SESSION = wordStart(
  /(?<![\p{L}])(?:during|at|after|following|at\s+the\s+end\s+of|lors\s+de|au\s+cours\s+de|à\s+l['’]occasion\s+de|à\s+l['’]issue\s+(?:des\s+travaux\s+)?de|à\s+la\s+suite\s+de)\s+(?:the|la|sa|leur)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|première|deuxième|troisième|quatrième|cinquième|sixième|\d{1,2}e|\d{1,2}ème)\s+(?<kind>meeting|session|round|réunion|ronde)\s+(?:of|du|de\s+la|de\s+l['’]|des)\s/iu,
);

/** What joins a meeting to a signing it led to, right before the signing's clause. */
const SIGNING_JOINED =
  /(?:\s;\s+(?:[^;,]{0,80}\s)?$|\s(?:and|et)\s+(?:(?:also|then|aussi)\s+)?$|,?\s+(?:puis|then|ensuite)\s+$|,\s*(?:and|et|when|where|during which|at which|after which|où|lorsque|quand)\s+[^,]{0,40}|,\s*(?:with whom|avec qui|à l['’]issue d(?:e laquelle|uquel)|au cours de laquelle|lors de laquelle)\s+[^,]{0,60})$/iu;

/** Cheap test first: most sentences name no event at all. */
const ANY_TRIGGER =
  /met|meet|welcomed|host|commission|receiv|reçu|accueilli|visit|summit|sommet|call|phone|spoke|speaks|talked|travel|committee|session|t[ée]l[ée]ph|sign|statement|communiqu|d[ée]claration|dialogue|round|cycle|ronde|exercise|drill|exercice|tribute|commemor|comm[ée]mor|hommage|wreath|ceremony|talks|consult|rencontr|entret(?:en|ien)|r[ée]uni|trip|visite|video|visio|lunch|dinner|breakfast|déjeuner|audience|tenue|RHN|rendue?s? (?:à|en|au)|séjourn|led|dirigé|conduit|mené|remont/i;

const FRENCH_SIGNED_PARTICIPLE = wordStart(/(?<![\p{L}])signée?s?(?![\p{L}])/gu);
/** The signatories after a participle's town and day: " by the Prime Minister", " par la ministre". */
const SIGNATORIES_AFTER = /^,?\s+(?:by|par)\s/iu;
/** What a relative clause opens on: the signatories stand before its verb ("that the two ministers signed in ..."). */
const RELATIVE_OPENING = wordStart(/(?<![\p{L}])(?:that|which|qu['’]|que)\s+[^.;]{2,200}$/iu);

/**
 * A signing told with its town and a day of this year, and with who signed: in a relative clause ("that the two ministers
 * signed in Managua on March 18") or after the day ("signé à Bissau samedi 28 août par la ministre").
 */
function signingToldWithTownAndDay(body: string, at: number, length: number): boolean {
  const townAndDay = TOWN_AND_DAY_AFTER.exec(body.slice(at + length, at + length + 80));
  if (!townAndDay) return false;
  const after = body.slice(at + length + townAndDay[0].length, at + length + townAndDay[0].length + 8);
  return SIGNATORIES_AFTER.test(after) || RELATIVE_OPENING.test(body.slice(Math.max(0, at - 200), at));
}

/**
 * True when the signing word at `at` in `body` does not report a signing: the sentence hopes for
 * one or recalls the agreement signed. A signing told with its town and a day of this year ("signé
 * à Bissau samedi 28 août par la ministre ...", "that the two ministers signed in Managua on March
 * 18") is reported, however the sentence recalls the agreement.
 */
function signingNotReported(body: string, at: number, text: string): boolean {
  const before = (n: number) => body.slice(Math.max(0, at - n), at);
  // "hoped the protocol could be signed by June": a signing under a modal is a hope or a plan, not one done.
  if (/(?<![\p{L}])(?:could|would|will|should|may|might|must|to)\s+be\s+$/iu.test(before(20))) return true;
  if (signingToldWithTownAndDay(body, at, text.length)) return false;
  return (
    // "the free trade agreement signed in 2014": a participle describing an agreement recalls it. "L'accord a été signé
    // jeudi": a verb with its auxiliary is the clause's own, not a participle describing the agreement.
    (!/^(?:a|ont|avait|avaient)\s/iu.test(text) && AGREEMENT_NOUN_BEFORE.test(before(40))) ||
    // "the agreement on the avoidance of double taxation signed in Jakarta in 2024": the same, after the agreement's subject.
    (/^signed$/iu.test(text) && AGREEMENT_SUBJECT_BEFORE.test(before(90))) ||
    // "the agreement, which the two foreign ministers signed in March", "the memorandum that the two countries signed in
    // 2016": a relative clause recalls the agreement.
    /(?<![\p{L}])(?<!(?:with|avec|recalled|said|noted|announced|stated|added|confirmed|recalls|says|notes|rappelé|indiqué|annoncé|précisé)\s)(?:which|that|qui|que|qu['’])\s+(?:[\p{L}'’-]+\s+){0,5}$/iu.test(
      body
        .slice(0, at)
        .split(/[.;]|,\s+(?:and|et|but|mais)\s/)
        .at(-1)!,
    ) ||
    // "Mexico and Spain signed a declaration establishing ...": a participle set off by a comma before its complement
    // (", signed in Seoul in 2025") recalls. A verb with a direct object after the comma is the clause's own verb ("...,
    // and Korea's Minister ..., Kim Jung-kwan, signed a memorandum").
    (/^signed$/iu.test(text) && /,\s*$/u.test(before(3)) && !DIRECT_OBJECT.test(body.slice(at + text.length).split(/[,;.]/u)[0]!))
  );
}

/**
 * A town and a day written without its year right after a signing's verb: " in Managua on March 18", " à Bissau samedi 28
 * août". A day with its year ("signed in Seoul on 7 December 2010") recalls an agreement's history.
 */
const TOWN_AND_DAY_AFTER = new RegExp(
  `^\\s+(?:in|at|à)\\s+\\p{Lu}[\\p{L}'’-]*(?:[\\s-]\\p{Lu}[\\p{L}'’-]*){0,2},?\\s+(?:on\\s+|le\\s+)?(?:(?:${EN_WEEKDAY_RE}|${FR_WEEKDAY_RE}),?\\s+)?(?:\\d{1,2}(?:er)?\\s+(?:${EN_MONTH_RE}|${FR_MONTH_RE})|${EN_MONTH_RE}\\s+\\d{1,2})(?![\\p{L}\\p{N}])(?!,?\\s+(?:19|20)\\d{2})`,
  "iu",
);

/**
 * A direct object in the words after a verb, up to the clause's end: an article or a number that no preposition
 * governs ("signed a memorandum", "signed in Oslo on Wednesday a joint declaration"; not "signed in the presence of", nor a
 * year, "signed in Port Moresby on 23 August 2030 during ...").
 */
const DIRECT_OBJECT =
  /(?:^|\s)(?<!(?:in|on|at|by|of|for|with|during|under|to|from|before|after|since|into)\s)(?:a|an|the|two|three|four|five|several|\d{1,3})\s/iu;

/** The event a sentence reports as having happened, if any. Future plans are commitments instead. */
export function eventTrigger(sentenceText: string, sentenceStart: number): EventTrigger | null {
  if (!ANY_TRIGGER.test(sentenceText)) return null;
  const found = currentTrigger(sentenceText, sentenceStart);
  if (!looksAhead(sentenceText)) return found;
  const past = pastEvent(sentenceText, sentenceStart);
  if (past) return past;
  // The tense is the verb's, in its own clause and what leads to it: "signed ... on Tuesday, which will enter into
  // force next year" and "signed ... and agreed to open talks early next year" report a signing all the same. A noun
  // ("hope that the visit ... would serve") has no tense of its own: the sentence's verbs give it.
  const at = found ? found.at - sentenceStart : -1;
  const noun =
    found !== null &&
    NOUN_FORM.test(found.text) &&
    /(?<![\p{L}])(?:(?:the|a|an|this|that|his|her|their|its|la|le|une|un|sa|son|leur|cette|ce)\s+|l['’]\s*)(?:[\p{L}-]+\s+){0,2}$/iu.test(
      sentenceText.slice(Math.max(0, at - 30), at),
    );
  if (found && !found.setting && !noun && !looksAhead(sentenceText.slice(0, clauseEnd(sentenceText, at + found.text.length)))) return found;
  return null;
}

/** "to ", "à ", "to make a ", "to pay an official ", "d'effectuer une ": an infinitive, or the object of one, right before an event's words. */
const INFINITIVE_BEFORE = wordStart(
  /(?<![\p{L}])(?:(?:to|à|de)\s+(?:(?:make|pay|undertake|effectuer|faire|rendre)\s+(?:a|an|une|un)\s+(?:[\p{L}-]+\s+){0,2})?|d['’](?:effectuer|faire|rendre)\s+(?:une|un)\s+(?:[\p{L}-]+\s+){0,2})$/iu,
);

/** "round of Fiji-PNG officials' ", "cycle de ": the words before talks named as one round of a series. */
const ROUND_OF_BEFORE = wordStart(/(?<![\p{L}])(?:round|cycle)\s+(?:of|de|d['’])\s*(?:[^\s.;,]+\s+){0,4}$/iu);

/** An event named with its own past verb or participle in a sentence that otherwise looks ahead. */
function pastEvent(sentenceText: string, sentenceStart: number): EventTrigger | null {
  {
    // "... since Justin Trudeau visited Seoul in November 2014", "their summit held in June": a past verb or
    // participle on the event itself reports it, whatever the rest of the sentence looks ahead to.
    const past = PAST_EVENT.exec(sentenceText);
    if (!past) return sinceEvent(sentenceText, sentenceStart);
    if (REQUESTED.test(sentenceText.slice(Math.max(0, past.index - 60), past.index))) return null;
    const kind = (past.groups!.kind ?? past.groups!.kind2!).toLowerCase();
    const leaders = /leaders['’]?|dirigeants|chefs d['’]état/iu.test(
      sentenceText.slice(Math.max(0, past.index - 25), past.index + kind.length),
    );
    // "La 12ème RHN s'était tenue à Rabat": a numbered session of a named mechanism is a round.
    // "The last round of Fiji-PNG officials' talks was held ...": talks named as a round of a series are a round.
    const round =
      /session|haut niveau|^RHN$/i.test(kind) ||
      /\d+\s*(?:e|ème|th|st|nd|rd)\s+$/iu.test(sentenceText.slice(0, past.index)) ||
      ROUND_OF_BEFORE.test(sentenceText.slice(Math.max(0, past.index - 60), past.index));
    const type: EventType = round
      ? "dialogue_round"
      : /summit|sommet/.test(kind) || leaders
        ? "summit"
        : /visit/.test(kind)
          ? "visit"
          : /call/.test(kind)
            ? "phone_call"
            : "meeting";
    return { type, at: sentenceStart + past.index, text: past[0], past: true };
  }
}

/**
 * "the first by a Canadian leader since Stephen Harper's visit in March 2014", "the progress made since their meeting in
 * Gyeongju in October 2025": an event named as the start of a period, dated on the spot, happened.
 */
function sinceEvent(sentenceText: string, sentenceStart: number): EventTrigger | null {
  const since = SINCE_EVENT.exec(sentenceText);
  if (!since) return null;
  const end = since.index + since[0].length;
  // "since their summit in Ottawa in June 2027" or "... last June": a past date of its own, with its year or counted back.
  if (!/\d{4}|(?<![\p{L}])(?:last|dernier|dernière)(?![\p{L}])/iu.test(sentenceText.slice(end, end + 60).split(/[;,](?!\s*\d)/)[0]!))
    return null;
  const kind = since.groups!.kind!.toLowerCase();
  const leaders = /(?<![\p{L}])(?:leaders|dirigeants|chefs d['’]État)(?![\p{L}])/iu.test(sentenceText.slice(0, since.index));
  const type: EventType = /summit|sommet/.test(kind)
    ? "summit"
    : /visit/.test(kind)
      ? "visit"
      : /call|appel|entretien/.test(kind)
        ? "phone_call"
        : leaders
          ? "summit"
          : "meeting";
  return { type, at: sentenceStart + since.index + since[0].lastIndexOf(since.groups!.kind!), text: since.groups!.kind!, past: true };
}

/**
 * A French future in the third person plural, read by its ending ("tiendront", "organiseront", "accueilleront",
 * "signeront"): what two sides will do is a plan. "front" and "affront" end alike and are nouns.
 */
const FRENCH_FUTURE_PLURAL = wordStart(/(?<![\p{L}])(?!(?:af)?front(?![\p{L}]))\p{Ll}{2,}(?:e|i|d|u)ront(?![\p{L}])/u);

/** French future and obligation ("doit se rendre à Séoul le 3 février", "se rendra"), an opinion's advice or a hedge ("aurait intérêt à"). */
function looksAhead(text: string): boolean {
  return (
    FUTURE_WORDS.test(text) ||
    /(?<![\p{L}])(?:doit|doivent|devra|devront|se rendra|se rendront|sera|seront|prévue?s?)(?![\p{L}])/iu.test(text) ||
    FRENCH_FUTURE_PLURAL.test(text) ||
    /(?<![\p{L}])(?:aurait|auraient|pourrait|pourraient|devrait|devraient|faudrait|prochaine?s?)(?![\p{L}])/iu.test(text)
  );
}

/** Where the clause holding an offset ends: a semicolon, a comma, or "and"/"et" before a lower-case word (a second verb). */
export function clauseEnd(text: string, from: number): number {
  const m = /[;,]|\s(?:and|et|but|mais|while|tandis)\s(?=\p{Ll})/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** The events a sentence may name as its setting, and the gatherings at whose margins it may be reported. */
const SETTING_WORDS = "meeting|talks|visit|call|dialogue|summit|rencontre|réunion|visite|entretien|sommet";
const GATHERING_WORDS = "summit|sommet|meeting|réunion|conference|conférence";
/** "during the meeting", "à l'issue de la rencontre": an event already reported, named as a setting. */
const SETTING_NAMED = wordStart(
  new RegExp(
    `(?<![\\p{L}])(?:^\\s*|during|at|after|following|on the occasion of|ahead of|before|since|à l['’]issue de|lors de|pendant|au cours de|depuis)\\s*(?:the|this|that|their|la|cette|ce|leur|l['’])\\s*(?:[\\p{L}-]+\\s+){0,2}(?:${SETTING_WORDS})(?![\\p{L}])`,
    "giu",
  ),
);
/** "on the sidelines of the G7 summit", "en marge du sommet": a gathering named as the setting. */
const GATHERING_MARGINS = new RegExp(
  `(?:on the (?:sidelines|margins|fringes) of|en marge d[eu]s?|lors d[eu]s?)\\s+(?:the\\s+|la\\s+|l['’])?[^,.;]{0,60}?(?:${GATHERING_WORDS})`,
  "giu",
);
/** Whether a sentence holds one of the words at all: the masks' searches cost, and most sentences hold none. */
const HOLDS_SETTING = new RegExp(SETTING_WORDS, "iu");
const HOLDS_GATHERING = new RegExp(GATHERING_WORDS, "iu");

/** "at the eighth meeting", "lors de la 6e réunion", "lors de la dernière session": a session named by its place in a series. */
const SESSION_IN_SERIES = wordStart(
  /(?<![\p{L}])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|previous|\d{1,2}(?:st|nd|rd|th)|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernière|précédente|\d{1,2}e|\d{1,2}ème)\s+(?:meeting|session|réunion)$/iu,
);
/** " of the Intergovernmental Commission", " du comité mixte", " de la commission mixte": the body a session is of. */
const OF_A_BODY =
  /^\s+(?:of\s+the|du|de\s+la|de\s+l['’]|des)\s+[^,.;]{0,60}?(?<![\p{L}])(?:commission|committee|comité|council|conseil)(?![\p{L}])/iu;

/**
 * "launched at the eighth meeting of the Intergovernmental Commission in Osh", "lors de la 6e réunion du comité mixte, à
 * Ottawa": a session of a joint body named by its place in the series, told as where something was done ("at", "lors
 * de"), is a round of its own, not the setting of one already reported ("held talks during the second meeting of the
 * Council" keeps the talks as the event).
 */
function numberedSessionOfABody(sentenceText: string, at: number, setting: string): boolean {
  return (
    /^(?:at|lors)\s/iu.test(setting) &&
    SESSION_IN_SERIES.test(setting) &&
    OF_A_BODY.test(sentenceText.slice(at + setting.length)) &&
    datedInItsConjunct(sentenceText, at)
  );
}

/** ", ", " and ", " et ": where a conjunct of the sentence begins or ends. */
const CONJUNCT_JOINT = /,\s|;|\s(?:and|et)\s/gu;
/** "jusqu'en 2035", "until 2035": the end of a term, which dates no session. */
const TERM_END = /(?<![\p{L}])(?:jusqu['’](?:en|au|à)|until|through)\s+(?:\p{L}+\s+)?\d{4}/giu;

/**
 * "renouvelé en juin 2031 lors de la 6e réunion du comité mixte", "at the eighth meeting of the Commission in Osh in
 * November 2029 and concluded ...": a day, month or year in the session's own conjunct dates it; "signée à Séoul le 18 mars
 * 2030 et prolongée jusqu'en 2035 lors de la 3e réunion" leaves it undated.
 */
function datedInItsConjunct(sentenceText: string, at: number): boolean {
  let start = 0;
  for (const j of sentenceText.slice(0, at).matchAll(CONJUNCT_JOINT)) start = j.index + j[0].length;
  const rest = sentenceText.slice(at);
  const next = /;|\s(?:and|et)\s/u.exec(rest);
  const conjunct = sentenceText.slice(start, at + (next ? next.index : rest.length)).replace(TERM_END, " ");
  return DATE_WORD.test(conjunct);
}

/** The event the sentence reports, read as if it looked back: the main clause's trigger, or a setting dated on the spot. */
function currentTrigger(sentenceText: string, sentenceStart: number): EventTrigger | null {
  const body = reportedClauses(sentenceText);
  const specific = specificReport(sentenceText, body, sentenceStart);
  if (specific) return specific;
  const found = triggerInBody(body, sentenceStart);
  if (found && !GENERIC_TYPES.has(found.type)) return found;
  let generic = found;
  // "fait suite à la première réunion du groupe de travail ..., tenue à Naju les 4 et 5 nov.": a numbered session held, named
  // where no other event is reported or as the meeting found, is a round.
  const participle = !generic || generic.type === "meeting" ? PARTICIPLE_ROUND.exec(sentenceText) : null;
  if (
    participle &&
    (!generic || (generic.at >= sentenceStart + participle.index && generic.at < sentenceStart + participle.index + participle[0].length))
  )
    return { type: "dialogue_round", at: sentenceStart + participle.index, text: participle[0] };
  // "the two leaders spoke on the sidelines of the G20 summit": a conversation at a gathering is a meeting.
  if (!generic) {
    const sidelines = SIDELINES_TALK.exec(sentenceText);
    if (sidelines && !REQUESTED.test(sentenceText.slice(Math.max(0, sidelines.index - 60), sidelines.index)))
      generic = { type: "meeting", at: sentenceStart + sidelines.index, text: sidelines[0] };
  }
  if (generic) {
    for (const r of RETYPINGS)
      if (r.from.includes(generic.type) && r.applies(sentenceText, generic.at - sentenceStart, generic))
        generic = { ...generic, type: r.to };
    return generic;
  }
  return unverbedReport(sentenceText, sentenceStart);
}

/**
 * The sentence with what names a setting or a time masked: "on the sidelines of the G7 summit" names the setting, not the
 * event, so the meeting is looked for past it; "During the meeting, ...", "à l'issue de la rencontre": the event already
 * reported, named as a setting. Each mask runs only on a sentence holding one of its words: most sentences hold none, and
 * the search costs.
 */
function reportedClauses(sentenceText: string): string {
  let unmasked = sentenceText;
  // "The visit of President Prabowo to Qatar, from 18 to 20 January, is ...": an event opening the sentence with its actor
  // and its own days is reported there, not named as the setting of one reported before.
  if (HOLDS_SETTING.test(unmasked))
    unmasked = unmasked.replace(SETTING_NAMED, (m, at: number) =>
      (at === 0 && NOMINAL_EVENT_DATED.test(sentenceText.slice(m.length))) || numberedSessionOfABody(sentenceText, at, m)
        ? m
        : " ".repeat(m.length),
    );
  // "held talks with ... before the signing ceremony": a signing named as the time of another event is not the event reported.
  if (/signing/iu.test(unmasked))
    unmasked = unmasked.replace(
      /(?<![\p{L}])(?:before|after|ahead of|following|avant|après)\s+(?:the|la|le|l['’])\s*signing(?:\s+ceremony)?(?![\p{L}])/giu,
      (m) => " ".repeat(m.length),
    );
  return HOLDS_GATHERING.test(unmasked)
    ? unmasked.replace(GATHERING_MARGINS, (m, at: number) => (numberedSessionOfABody(sentenceText, at, m) ? m : " ".repeat(m.length)))
    : unmasked;
}

/** A round told in the passive or over a video link, or a French signing told with its town and day: these win over any verb. */
function specificReport(sentenceText: string, body: string, sentenceStart: number): EventTrigger | null {
  // "The consultation was first held in Ottawa in 2023": a round reported in the passive, its name as the subject.
  const passive = PASSIVE_ROUND.exec(sentenceText);
  if (passive)
    return {
      type: "dialogue_round",
      at: sentenceStart + passive.index,
      text: passive[0],
      // "the Dialogue held in Seoul in November last year": a round told with its own participle is dated right after it.
      past: true,
      backReference: /^\s*(?:the|la|le|l['’])\s*$/iu.test(sentenceText.slice(0, passive.index)),
    };
  // "Les négociations ... conclues le 28 juillet par visioconférence": a round of negotiations held over a video link.
  const byLink = ROUND_BY_LINK.exec(body);
  if (byLink?.groups)
    return {
      type: "dialogue_round",
      at: sentenceStart + byLink.index + byLink[0].length - byLink.groups.verb!.length,
      text: byLink.groups.verb!,
      past: true,
    };
  // "l'accord ..., signé à Bissau samedi 28 août par la ministre": a French participle with its town, day and signatories
  // reports the signing.
  for (const m of body.matchAll(FRENCH_SIGNED_PARTICIPLE))
    if (signingToldWithTownAndDay(body, m.index, m[0].length)) return { type: "signing", at: sentenceStart + m.index, text: m[0] };
  return null;
}

/**
 * The trigger the sentence's clauses report: the first specific kind (a call, a signing, a dialogue round) in the order of
 * `TRIGGERS`, wherever it is, or else among the generic ones (summit, visit, meeting) the first in the sentence, the main
 * clause: "held talks ..., in the first visit to Seoul by ..." is a meeting.
 */
function triggerInBody(body: string, sentenceStart: number): EventTrigger | null {
  let generic: EventTrigger | null = null;
  let genericNoun = false;
  for (const t of TRIGGERS) {
    const m = t.re.exec(body);
    if (!m || isNotReported(body, m, t.type)) continue;
    const hit = { type: t.type, at: sentenceStart + m.index, text: m[0] };
    if (!GENERIC_TYPES.has(t.type)) return hit;
    // "had prepared the visit when they met in New York": a noun after an article is the object of another verb; a verb
    // of meeting or visiting wins over it wherever it stands.
    const noun =
      NOUN_FORM.test(m[0]) &&
      /(?<![\p{L}])(?:the|a|an|this|that|his|her|their|its|la|le|une|un|sa|son|leur|cette|ce)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
        body.slice(Math.max(0, m.index - 30), m.index),
      );
    if (!generic || (noun === genericNoun ? hit.at < generic.at : genericNoun)) {
      generic = hit;
      genericNoun = noun;
    }
  }
  return generic;
}

/** A trigger the words before it make a plan, a request, a preparation or a topic, not an event reported. */
function isNotReported(body: string, m: RegExpExecArray, type: EventType): boolean {
  const before = body.slice(Math.max(0, m.index - 40), m.index);
  // "invited the Prime Minister to visit Korea", "invitation ... to make a state visit to Singapore", "invité à effectuer une
  // visite officielle": an infinitive, or a visit or call an infinitive makes, is a plan, not a report.
  if (INFINITIVE_BEFORE.test(before)) return true;
  // "Farmers have demanded a meeting with the chancellor": the clause's verb is a request, and the meeting its object, not an event.
  if (REQUESTED.test(body.slice(Math.max(0, m.index - 60), m.index))) return true;
  if (type === "signing" && signingNotReported(body, m.index, m[0])) return true;
  // "to discuss preparations for the 10th meeting of the Joint Committee", "reviewed the preparations for the summit": a
  // session or a summit being prepared is not the one held.
  if (
    (type === "dialogue_round" || type === "summit") &&
    /(?<![\p{L}])(?:preparations?\s+for|to\s+prepare(?:\s+for)?|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$/iu.test(before)
  )
    return true;
  // "including a follow-up of the summit meetings", "le suivi des réunions au sommet": sessions followed up, in the
  // plural, are held before and named as a topic, not one held now.
  return FOLLOWED_UP.test(before) && PLURAL_SESSIONS.test(body.slice(m.index, m.index + 40));
}

/**
 * What the rest of the sentence makes of a generic event found (`at` its offset in the sentence), in order, each reading
 * the type the ones before it gave: a purpose, a body or a numbered session naming a round or a summit.
 */
const RETYPINGS: ReadonlyArray<{
  from: readonly EventType[];
  to: EventType;
  applies: (sentenceText: string, at: number, generic: EventTrigger) => boolean;
}> = [
  // "hosted ... for the third UK-Nigeria Strategic Partnership Dialogue": the purpose names a round.
  {
    from: ["meeting", "visit"],
    to: "dialogue_round",
    applies: (sentenceText, at) =>
      /(?<![\p{L}])(?:for|pour)\s+(?:the|a|their|its|la|le|une?)\s+(?:[\p{L}+-]+\s+){0,6}(?:dialogue|consultations|joint commission|joint committee|commission mixte)(?![\p{L}])/iu.test(
        sentenceText.slice(at),
      ),
  },
  // "nous étions réunis à Halifax pour la 8e session", "met in Kigali for the fourth round": a numbered session or round
  // as the purpose is a round.
  {
    from: ["meeting"],
    to: "dialogue_round",
    applies: (sentenceText, at) =>
      /^[^.;]{0,80}?(?<![\p{L}])(?:for|pour|at|à)\s+(?:the|la|le|sa|leur|their|its)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|e|ème))\s+(?:session|round|ronde|cycle)(?![\p{L}])/iu.test(
        sentenceText.slice(at),
      ),
  },
  // "met in Ottawa on Wednesday for the second Canada-Korea 2+2 Meeting": an ordinal session of a body named in capitals is a round.
  {
    from: ["meeting", "visit"],
    to: "dialogue_round",
    applies: (sentenceText, at, generic) =>
      /(?<![\p{L}])(?:for|pour)\s+(?:the|la|le)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|e|ème))\s+(?:[\p{Lu}\d][\p{L}\d+()'’–-]*\s+(?:(?:and|on|of|et|de|du|des)\s+)?){1,8}(?:Meeting|Dialogue|Committee|Commission|Consultations|Réunion|Comité)(?![\p{L}])/u.test(
        // "welcomed ... to Ottawa for the second ... Meeting": the body's name may be the trigger itself.
        sentenceText.slice(Math.max(0, at - 120), at + generic.text.length + 200),
      ),
  },
  // "The Committee last met in Vancouver on October 4, 2027", "La commission mixte s'est réunie ...": a body's meeting is a round.
  // A body that met someone ("the committee met Korea's First Vice Minister") held a meeting, not a session.
  {
    from: ["meeting"],
    to: "dialogue_round",
    applies: (sentenceText, at, generic) =>
      BODY_SUBJECT.test(sentenceText.slice(0, at)) &&
      /^\s*(?:[.,;]|(?:in|on|at|for|again|last|this|en|à|le)(?![\p{L}])|(?:the\s+)?(?:following|next|same)\s+day|yesterday|today|hier)/iu.test(
        sentenceText.slice(at + generic.text.length),
      ),
  },
  // "adopted at the first 2+2 Foreign and Defence Ministerial Meeting, held in Ottawa": a numbered session of a body named in
  // capitals, the trigger the head of its name, is a round.
  {
    from: ["meeting"],
    to: "dialogue_round",
    applies: (sentenceText, at, generic) =>
      /^Meeting$/u.test(generic.text) && NUMBERED_NAME_BEFORE.test(sentenceText.slice(Math.max(0, at - 120), at)),
  },
  // "at the second joint committee meeting in Ottawa": a meeting of a joint body is a round.
  {
    from: ["meeting"],
    to: "dialogue_round",
    applies: (sentenceText, at, generic) => /^meeting$/iu.test(generic.text) && JOINT_BODY_MEETING.test(sentenceText.slice(0, at)),
  },
  // "launched negotiations ... at a meeting of port and canal officials in Tegucigalpa", "concluded ... at a technical
  // meeting in Georgetown", "finalisé lors d'une réunion technique à Dakar": a step of negotiations taken at a technical
  // meeting or one of officials is a round.
  {
    from: ["meeting"],
    to: "dialogue_round",
    applies: (sentenceText, at, generic) => officialsMeetingOfAStep(sentenceText, at, generic.text),
  },
  // "Une réunion des experts des deux pays, tenue lundi et mardi à Cotonou", "a meeting of the two institutes' experts in
  // Swakopmund": a meeting of the sides' experts is a round, whatever step it took.
  {
    from: ["meeting"],
    to: "dialogue_round",
    applies: (sentenceText, at, generic) =>
      /^(?:meeting|réunion|rencontre)$/iu.test(generic.text) &&
      OF_EXPERTS_AFTER.test(sentenceText.slice(at + generic.text.length, at + generic.text.length + 80)),
  },
  // "visited Ottawa for a summit with ...", "met in Kyoto for the 16th India-Japan Annual Summit": the purpose names the kind of event.
  {
    from: ["visit", "meeting"],
    to: "summit",
    applies: (sentenceText, at) =>
      /(?<![\p{L}])(?<!prepare\s|preparations\s|preparing\s|préparer\s)(?:for|pour)\s+(?:a|the|un|le)\s+(?:[\p{L}\d-]+\s+){0,4}(?:summit|sommet)(?![\p{L}])/iu.test(
        sentenceText.slice(at),
      ),
  },
];

/** "of the two institutes' experts", "des experts des deux pays", "d'experts": the sides' experts. */
const OF_EXPERTS_AFTER = /^\s+(?:of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?experts|(?:des|d['’]|de)\s*experts)(?![\p{L}])/iu;

/**
 * A step of negotiations: "launched at a meeting of senior officials", "finalised ...", "lancées lors d'une réunion
 * technique"; talks first put forward there too: "first proposed the staff talks at a meeting of the two navies' planners",
 * "avait proposé ces discussions lors d'une réunion d'experts".
 */
const STEP_OF_TALKS = wordStart(
  /(?<![\p{L}])(?:launched|opened|began|concluded|finali[sz]ed|proposed|lancée?s?|ouvertes?|conclue?s?|finalisée?s?|proposée?s?)(?![\p{L}])/iu,
);
const TECHNICAL_BEFORE = wordStart(/(?<![\p{L}])(?:technical|expert-level|working-level)\s+$/iu);
const OF_OFFICIALS_AFTER =
  /^\s*(?:technique(?![\p{L}])|of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:officials|experts|negotiators|planners|officers)(?![\p{L}]))/iu;

/**
 * "preceded by a meeting of senior officials in Thimphu, which finalised the text", "une réunion technique, qui a conclu
 * le texte": the step told after the meeting, in a clause of its own on it.
 */
const STEP_TOLD_AFTER = wordStart(
  /(?<![\p{L}])(?:which|that|qui)\s+(?:had\s+|avait\s+|a\s+)?(?:launched|opened|concluded|finali[sz]ed|lancé|ouvert|conclu|finalisé)(?![\p{L}])/iu,
);

/** A meeting of officials or experts ("a meeting of ... officials", "a technical meeting") at which the sentence's step of negotiations is taken. */
function officialsMeetingOfAStep(sentenceText: string, at: number, trigger: string): boolean {
  if (!/^(?:meeting|réunion)$/iu.test(trigger)) return false;
  const after = sentenceText.slice(at + trigger.length, at + trigger.length + 160);
  if (!STEP_OF_TALKS.test(sentenceText.slice(0, at)) && !STEP_TOLD_AFTER.test(after)) return false;
  return (
    TECHNICAL_BEFORE.test(sentenceText.slice(Math.max(0, at - 30), at)) ||
    OF_OFFICIALS_AFTER.test(sentenceText.slice(at + trigger.length, at + trigger.length + 80))
  );
}

/** An event a sentence with no verb of meeting reports: a joint body that met, a gathering with its own participle, a setting dated on the spot. */
function unverbedReport(sentenceText: string, sentenceStart: number): EventTrigger | null {
  // "La commission mixte sénégalo-portugaise s'était réunie pour sa dernière session à Lisbonne": a joint body that met is a round.
  const reunited = BODY_REUNITED.exec(sentenceText);
  if (reunited && BODY_SUBJECT.test(sentenceText.slice(0, reunited.index)))
    return { type: "dialogue_round", at: sentenceStart + reunited.index, text: reunited[0] };
  // "La 12ème RHN s'était tenue à Rabat en février 2023": a gathering named by its own past participle.
  const held = pastEvent(sentenceText, sentenceStart) ?? sinceEvent(sentenceText, sentenceStart);
  if (held) return held;
  // "Il a été reconduit lors de la 8e réunion de la Commission mixte ..., tenue à Ouanaminthe ... les 17 et 18 sept. 2030": a
  // numbered session as the setting of an agreement's step, with its own "held" clause, is a round of its own.
  const session = SIGNING_SESSION.exec(sentenceText);
  if (session && HELD_AFTER_SESSION.test(sentenceText.slice(session.index + session[0].length)))
    return {
      type: "dialogue_round",
      at: sentenceStart + session.index + session[0].length - session.groups!.kind!.length,
      text: session.groups!.kind!,
      setting: true,
    };
  // "... pris lors de la visite du premier ministre à Séoul, le 3 février": a setting dated on the spot is an event of its own.
  const setting = DATED_SETTING.exec(sentenceText);
  // Dated on the spot: a day or a year written just before the setting or in the words after it, or a month right before
  // it ("lancées à Montréal en juin, lors de la visite du président de la KOTRA", "launched in Lima in May, during the visit").
  if (
    setting &&
    (/\d/.test(sentenceText.slice(Math.max(0, setting.index - 40), setting.index + setting[0].length + 100)) ||
      MONTH_BEFORE_SETTING.test(sentenceText.slice(Math.max(0, setting.index - 24), setting.index)))
  )
    return {
      type: settingType(setting[1]!),
      at: sentenceStart + setting.index,
      text: setting[0],
      setting: true,
    };
  return null;
}

/** The kind of event a setting's word names: "summit", "call", "talks"; a visit otherwise. */
function settingType(word: string): EventType {
  if (/summit|sommet/iu.test(word)) return "summit";
  if (/call|téléphon/iu.test(word)) return "phone_call";
  return /talks|entretiens/iu.test(word) ? "meeting" : "visit";
}

/**
 * After an event noun opening a sentence: its actor ("of"/"by"/"du") and a range of days of its own soon after, or a verb
 * placing it back in time ("La dernière rencontre ... remontait à octobre 2029", "The last such meeting dates back to 2019").
 */
const NOMINAL_EVENT_DATED =
  /^\s+(?:(?:of|by|du|de\s+la|de|d['’])\s+[^.;]{0,80}?(?<![\p{L}])(?:from|du|between|entre)\s+\d|[^.;]{0,80}?(?<![\p{L}])(?:remont(?:e|ait)\s+(?:à|au)|dat(?:e|ait)\s+d[eu']|dat(?:es|ed)\s+back\s+to)\s)/iu;
const FUTURE_WORDS =
  /\b(?:will|plan(?:s|ned)? to|to be held|scheduled|upcoming|next (?:year|month|week)|expected to|would|aura lieu|se tiendra|prévoient|to (?:visit|hold|host|meet|sign|travel|attend|launch))\b/i;
/**
 * A verb of asking whose object is the event: "demanded a meeting", "called for talks", "a réclamé une rencontre"; or
 * whose clause is it: "demanded that the minister meet", "a réclamé hier que la ministre rencontre".
 */
const REQUESTED = wordStart(
  /(?<![\p{L}])(?:(?:demand|request|insist|urg|réclam|exig|souhait)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:that|que)\s+(?:[\p{L}'’-]+\s+){1,4}$|(?:demand(?:s|ed|ing)?|request(?:s|ed|ing)?|call(?:s|ed|ing)? for|ask(?:s|ed|ing)? for|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|want(?:s|ed)?|pressed for|press(?:es|ed|ing)?\s+\p{Lu}[\p{L}-]*\s+for|réclam\p{L}*|demand\p{L}*|sollicit\p{L}*|propos\p{L}*)\s+(?:depuis\s+longtemps\s+|de\s+(?:leur|son|sa|notre)\s+côté\s+|(?:long|again|repeatedly|formally|publicly|also)\s+)?(?:(?:a|an|the|urgent|new|further|un|une|des|la|le|l['’])\s+){0,2}(?:[\p{L}-]+\s+)?$)/iu,
);
/** An event named with its own past verb or participle: "visited Seoul in", "met in Ottawa", "summit held in June", "le sommet tenu en novembre". */
const PAST_EVENT = wordStart(
  /(?<![\p{L}])(?:(?<kind>[Ss]ummit|[Mm]eeting|talks|sommet|réunion|rencontre|consultations|[Rr]éunion de [Hh]aut [Nn]iveau|RHN|session)\s+(?:was\s+|were\s+|that\s+was\s+|s['’](?:est|était)\s+|se\s+sont\s+|s['’]étaient\s+)?(?:held|tenue?s?)\s+(?:in|on|at|en|le|à|au)(?![\p{L}])|(?<![\p{L}-])(?:(?<kind2>visited|met|called)\s+(?:\p{Lu}|in\s+(?:person\s+)?(?:in\s+)?\p{Lu})))/u,
);

const SINCE_EVENT = wordStart(
  /(?<![\p{L}])(?:since|depuis)\s+(?:(?:their|his|her|the|leur|sa|son|la|le)\s+|(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s\s+)(?:(?:last|first|previous|dernière|dernier|première|premier)\s+)?(?<kind>visit|meeting|summit|talks|call|visite|rencontre|réunion|sommet|entretien)(?=\s+(?:in|to|at|on|à|en|au|le)\s)/u,
);
const SIDELINES_TALK = wordStart(
  /(?<![\p{L}])(?:spoke|talked|conferred|met|se sont (?:entretenus|parlé))(?=\s+(?:briefly\s+)?(?:on the (?:sidelines|margins|fringes) of|en marge d))/iu,
);
/**
 * "The consultation was first held ...", "The first session of the Sri Lanka–Czech Joint Commission for Economic Cooperation
 * was held in Colombo": a round reported in the passive, its name (or its numbered session's) as the subject. Also
 * consultations "held in" a place and the French reflexive ("Les consultations politiques ... se sont tenues ... à Prague").
 */
const PASSIVE_ROUND = wordStart(
  /(?<![\p{L}])(?:(?:(?:consultations?|dialogue|joint committee|commission)|(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|previous|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:session|meeting|round)\s+of\s+(?:the\s+)?[^.;,]{3,90}?))\s+(?:(?:was|were)\s+(?:first\s+|last\s+)?held|took\s+place)|(?:consultations|dialogue|joint commission|joint committee)\s+held(?=\s+(?:in|at|on)\s)|(?:consultations|(?:réunion|session)\s+d(?:u|e\s+la|e\s+l['’]|es))\s+(?:[^.;,]{0,90}?\s)?(?:s['’](?:est|était)|se\s+sont|s['’]étaient)\s+tenue?s?)(?![\p{L}])/iu,
);
/**
 * "Negotiations ... were launched at a meeting of officials in Honolulu in March and concluded in Washington in July", "Les
 * négociations avaient été lancées à San Salvador en février", "opened talks ... at a meeting in Seoul last October": a
 * step of negotiations told with its town and its month is a round held there (a step taken at a summit, a visit or a
 * forum's margins is that gathering's, and not read here). The month may follow its day ("the text was agreed at a
 * meeting of the two institutes' experts in Swakopmund on 18 September", "finalisé lors d'une rencontre de fonctionnaires
 * à Fredericton le 24 juillet").
 */
const STEP_VERB = String.raw`(?:launched|began|started|opened|concluded|finali[sz]ed|initial(?:l)?ed|lancée?s?|ouverte?s?|conclue?s?|achevée?s?|finalisée?s?|paraphée?s?)`;
const NEGOTIATION_STEP_IN_TOWN = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])(?:${STEP_VERB}|agreed(?<=(?:text|texte)\s+(?:was|had\s+been|has\s+been)\s+agreed))\s+(?:(?:(?!(?:and|et)\s)[^.;,\s]+\s+){0,14}?)(?:in|à)\s+(?!${EN_MONTH_RE}(?![\p{L}]))\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2},?\s+(?:in\s+|en\s+|last\s+|on\s+(?:\d{1,2}\s+)?|le\s+\d{1,2}(?:er)?\s+)?(?:${EN_MONTH_RE}|${FR_MONTH_RE})(?![\p{L}])`,
    "gu",
  ),
);
/**
 * A step told with its day before its town: "le texte a été paraphé le 28 avril à Ottawa par des hauts fonctionnaires", "the
 * text was initialled on 4 May in Geneva by the two negotiators", "finalized on March 3 in Lima".
 */
const NEGOTIATION_STEP_DAY_FIRST = wordStart(
  new RegExp(
    String.raw`(?<![\p{L}])${STEP_VERB}\s+(?:le\s+\d{1,2}(?:er)?\s+(?:${FR_MONTH_RE})|on\s+(?:(?:${EN_MONTH_RE})\s+\d{1,2}|\d{1,2}\s+(?:${EN_MONTH_RE})))\s+(?:in|à)\s+\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2}`,
    "gu",
  ),
);
/**
 * Negotiations named before the step's verb: "Negotiations on the Agreement were", "Les négociations de l'entente avaient
 * été"; or the text they settle: "The text was concluded in Seoul on August 30 by the two provinces' energy officials",
 * "Le texte de l'accord avait été finalisé à Pretoria en décembre par les hauts-commissaires".
 */
const NEGOTIATIONS_BEFORE = /(?<![\p{L}])(?:negotiations?|négociations?|pourparlers|negotiators|talks|text|texte)(?![\p{L}])/iu;
/**
 * A gathering that is no round: a summit, a visit, a mission, a forum, a conference or its margins, a meeting told by its
 * verb ("when they met"), or one of leaders or ministers ("at a meeting of the two energy ministers in Tete").
 */
const NOT_A_ROUND =
  /(?<![\p{L}])(?:summit|sommet|visit|visite|mission|margins?|marge|forum|assembly|conference|conférence|when|lorsque|quand|met|ministers?|ministres?|presidents?|présidents?|leaders|premiers?)(?![\p{L}])/iu;
/**
 * A step's setting among officials: "at a meeting of ... officials", "at the annual high-level consultation", "lors de la
 * deuxième réunion de la commission", "lors d'une troisième ronde", "lors d'une rencontre de fonctionnaires", "at the
 * Korea-Canada health policy dialogue", "lors du dialogue stratégique", a numbered round by its acronym ("during the second FOC",
 * "at the third JCM"); or the
 * officials who took it: "by the two provinces' energy officials", "par les hauts-commissaires des deux pays", "by the two
 * museums' registrars".
 */
const AMONG_OFFICIALS =
  /(?<![\p{L}])(?:meeting|consultations?|session|round|ronde|séance|réunion|rencontre|commission|dialogue|committee|comité|officials|negotiators|registrars|fonctionnaires|négociateurs|hauts-commissaires|high commissioners)(?![\p{L}])/iu;
const NUMBERED_ACRONYM = /(?<![\p{L}])(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+\p{Lu}{2,6}(?![\p{L}])/u;

/**
 * "their research teams finalized the text in Seoul in August", "les experts ont finalisé le texte à Dakar en mai": the
 * step's takers, teams or experts of the two sides, named right before its verb.
 */
const TEAMS_BEFORE = wordStart(
  /(?<![\p{L}])(?:teams|experts|negotiators|officials|équipes|négociateurs|fonctionnaires)\s+(?:(?:had|have|avaient|ont|avait|a)\s+)?$/iu,
);
const amongOfficials = (told: string) => AMONG_OFFICIALS.test(told) || NUMBERED_ACRONYM.test(told);
const takenByTeams = (sentenceText: string, at: number) => TEAMS_BEFORE.test(sentenceText.slice(Math.max(0, at - 40), at));

/**
 * The rounds a sentence tells by its negotiations' steps with a town and a month, each dated and placed by its own
 * clause: "launched ... in Honolulu in March and concluded in Washington in July" are two rounds.
 */
function negotiationRounds(sentenceText: string): Array<{ at: number; end: number }> {
  if (!NEGOTIATIONS_BEFORE.test(sentenceText)) return [];
  const rounds: Array<{ at: number; end: number }> = [];
  const steps = [...sentenceText.matchAll(NEGOTIATION_STEP_IN_TOWN), ...sentenceText.matchAll(NEGOTIATION_STEP_DAY_FIRST)];
  for (const m of steps.sort((a, b) => a.index - b.index)) {
    const told = sentenceText.slice(Math.max(0, m.index - 160), m.index + m[0].length);
    const after = sentenceText.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!NEGOTIATIONS_BEFORE.test(told) || NOT_A_ROUND.test(m[0])) continue;
    // "ouvertes à Riyad en mars, lors de la visite de la ministre": the step's setting is a visit.
    if (NOT_A_ROUND.test(after.slice(0, 40))) continue;
    // "whose negotiations were launched in Bogota in October 2024": a step with no setting among officials tells no round,
    // unless it follows one that had ("... in Honolulu in March and concluded in Washington in July").
    // The setting is the step's own, before any clause joined after it (", and the first round took place ...").
    if (rounds.length === 0 && !amongOfficials(m[0] + after.split(/,?\s+(?:and|et)\s/u)[0]) && !takenByTeams(sentenceText, m.index))
      continue;
    rounds.push({ at: m.index, end: m.index + m[0].length });
  }
  return rounds;
}

/**
 * The sentence's triggers with its negotiation rounds: a meeting or a round named inside a step's words ("at a meeting in
 * Seoul") or right after them (", lors de la deuxième réunion de la commission") is that round.
 */
function withNegotiationRounds(sentenceText: string, sentenceStart: number, found: EventTrigger[]): EventTrigger[] {
  const rounds = negotiationRounds(sentenceText);
  if (rounds.length === 0) return found;
  const within = (t: EventTrigger) =>
    (t.type === "meeting" || t.type === "dialogue_round") &&
    rounds.some((r) => t.at - sentenceStart >= r.at && t.at - sentenceStart < r.end + 80);
  const added = rounds.map(
    (r, i): EventTrigger => ({
      type: "dialogue_round",
      at: sentenceStart + r.at,
      text: sentenceText.slice(r.at, r.end),
      past: true,
      coordinated: true,
      negotiationStep: true,
      ...(rounds[i + 1] ? { endsAt: sentenceStart + rounds[i + 1]!.at } : {}),
    }),
  );
  return [...found.filter((t) => !within(t)), ...added].sort((a, b) => a.at - b.at);
}

/** Negotiations "concluded by videoconference", "tenues par visioconférence": a round held over a video link, its verb last. */
const ROUND_BY_LINK = wordStart(
  /(?<![\p{L}])(?:negotiations|talks|négociations|pourparlers)(?![\p{L}])[^.;]{0,160}?(?<![\p{L}])(?<!(?:text|texte)\s(?:was|has been|a été)\s)(?<verb>concluded|held|conducted|conclu(?:e|es|s)?|tenue?s?|menée?s?)(?!\s(?:the|le)\stexte?(?![\p{L}]))(?=[^.;]{0,40}?(?<![\p{L}])(?:by|via|over|par)\s+(?:video(?:conference|\s+link)?|visioconférence|vidéoconférence)(?![\p{L}]))/iu,
);
/**
 * "at the 7th Korea-Canada Consular Consultation, held in Ottawa on ...", "la première réunion du groupe de travail ..., tenue à
 * Naju les ...": a numbered session set off by a comma and its participle of holding, a round whatever verb governs it.
 */
const PARTICIPLE_ROUND = wordStart(
  /(?<![\p{L}])(?:the|la|le|l['’])\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th|e|ème)|premi[eè]re?|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)\s+(?:[^.;,]{0,80}?\s)?(?:session|meeting|round|consultations?|réunion|ronde|dialogue)(?:\s[^.;,]{0,80}?)?,\s+(?:held|tenue?s?)(?=\s+(?:in|at|on|à|au|en|le|les)\s)/iu,
);
const AGREEMENT_SUBJECT_BEFORE = wordStart(
  /(?<![\p{L}])(?:agreement|arrangement|treaty|memorandum|convention|protocol)\s+(?:on|of|for|between|concerning|regarding)\s+[^,.;]{1,70}\s(?<!(?<![\p{L}])(?:was|were|been|be|and|has|have|had|then|also|jointly|formally|officially)\s)$/iu,
);
const AGREEMENT_NOUN_BEFORE = wordStart(/(?<![\p{L}])(?:agreement|accord|arrangement|treaty|memorandum|MOU|deal|pact|FTA)\s*,?\s*$/iu);
/** "paid an official visit to", "made a state visit to", "a effectué une visite officielle en": a visit with its own verb. */
const PAID_VISIT = wordStart(
  /(?<![\p{L}])(?:(?:paid|made|undertook)\s+an?\s+(?:(?:official|state|working)\s+)?visit\s+to|(?:a|ont)\s+effectué\s+une\s+visite(?:\s+(?:officielle|d['’]État|de\s+travail))?\s+(?:à|en|au|aux))\s/iu,
);
/** The "held" clause after a session's body: "..., held in Ottawa on", "..., tenue à Séoul les". */
const HELD_AFTER_SESSION = /^[^.;]{0,120}?,\s+(?:held|tenue?)\s+(?:in|at|à|au|en)\s/iu;
/**
 * "during the visit of the Prime Minister to Seoul, on February 3", "lors de la visite du premier ministre à Séoul, le 3
 * février", "discussed ... during their talks following an official welcome ceremony in Hanoi on May 23".
 */
const DATED_SETTING = wordStart(
  /(?<![\p{L}])(?:during|lors d[eu]|lors d['’]une?|pendant|on the occasion of)\s+(?:the|la|le|les|l['’]|his|her|their|son|sa|ses|leurs?)?\s*(?:(?:official|state|officielle|d['’]État)\s+)?(visit|visite|summit|sommet|phone call|call|entretien téléphonique|appel téléphonique|talks|entretiens)(?![\p{L}])/iu,
);

/** "en juin, ", "in May, ", "last October, ": a month told right before a setting. */
const MONTH_BEFORE_SETTING = new RegExp(String.raw`(?<![\p{L}])(?:${EN_MONTH_RE}|${FR_MONTH_RE})(?:\s+(?:dernier|last))?,\s*$`, "iu");

/** Triggers that are nouns ("the visit"), whose tense is the sentence's verbs', not their own. */
const NOUN_FORM =
  /^(?:visit|visite|meeting|summit|sommet|talks|rencontre|réunion|call|appel|entretien|signature|signing|statement|déclaration|consultations|official visit|state visit)$/iu;

const GENERIC_TYPES = new Set<EventType>(["summit", "visit", "meeting"]);

const OF_THE_STATE = /\s(?:of|de|du)\s(?:the\s|la\s|l['’])?(?:Kingdom|Republic|State|Royaume|République|État)\s[^,;]*$/u;

/**
 * Titles of heads of state or government: a meeting between two of them is a summit. A headline's plural ("Prime Ministers
 * Petrov and Hoxha in Ohrid") gives each of the two the title.
 */
export function isLeaderTitle(title: string | null): boolean {
  return (
    !!title &&
    // "Crown Prince and Prime Minister of the Kingdom of Saudi Arabia": the office is measured without its state's name.
    title.replace(OF_THE_STATE, "").length <= 60 &&
    /(?<![\p{L}])(?:presidents?|présidente?s?|prime ministers?|premiers? ministres?|premières? ministres?|heads? of government|cheffe? du gouvernement|chancellors?|chancelière?|king|queen|roi|reine|emir|émir|amir|sultan)(?![\p{L}])/iu.test(
      title,
    ) &&
    !/vice|deputy|adjoint|assistant|executive|chief|bank|university|institute|association|company|corporation|council|committee/i.test(
      title,
    ) &&
    // "President of the National Assembly", "présidente du Sénat": a chamber's president is its Speaker, no head of state.
    !/(?<![\p{L}])(?:assembly|parliament|senate|congress|chamber|assemblée|parlement|sénat|congrès|chambre)(?![\p{L}])/iu.test(title) &&
    // "premier ministre du Québec", "Premier of Alberta": a province's or state's head of government holds no summit.
    !findCountryMentions(title).some((m) => m.subdivision) &&
    // "NSERC President", "NRF President": the head of a body named by its acronym, unless the acronym is a country's ("ROK").
    !(title.match(/(?<![\p{L}])[\p{Lu}]{2,8}(?![\p{L}])/gu) ?? []).some((a) => findCountryMentions(a).length === 0)
  );
}

/** "The two ministers agreed ...", "Les deux dirigeants ont convenu ...", "They also agreed ...": the pair, when the last sentence naming two sides named the pair's. */
export const PAIR_SUBJECT =
  /^(?:[^,]{0,40},\s*)?(?:they|ils|elles|(?:the|les)\s+(?:leaders|ministers|navies|dirigeants|ministres))(?![\p{L}])/iu;

/**
 * "On 7 August the mission met the Kano State Commissioner ...", "In Aqaba, on 11 April, the delegation met ...": a mission or a
 * delegation told of before, as the subject, stands for its side beside the one it meets.
 */
export const VISITING_SUBJECT =
  /^(?:[^,]{0,40},\s*){0,2}(?:(?:on|in|le|à)\s+[^,]{1,30}?\s+)?(?:the|this|la|cette)\s+(?:[\p{L}-]+\s+)?(?:mission|delegation|délégation)(?![\p{L}])/iu;

/**
 * "the two leaders", "both sides", "les deux ministres", "les vice-ministres ... des deux pays", "the two foreign ministers",
 * "the two Prime Ministers", "les deux chefs de gouvernement": the parties already named stand behind the sentence.
 * "The two admirals last met in Honolulu", "the two commissioners", "les deux organismes", "les deux forces": the heads
 * or bodies of the two sides named before stand for them too.
 */
export const PAIR_ANAPHORA = wordStart(
  /(?<![\p{L}])(?:the two|both|(?:les|des|aux) deux)\s+(?:(?:foreign|trade|energy|finance|defen[cs]e|transport|economy|health|prime)\s+)?(?:heads\s+of\s+(?:state|government)|chefs\s+d['’]état|chefs\s+de\s+gouvernement|leaders|sides|ministers|ministries|countries|governments|delegations|presidents|cities|municipalities|universities|institutions|navies|admirals|generals|commanders|commissioners|forces|mayors|premiers|governors|administrations|agencies|central\s+banks|banks|islands|territories|jurisdictions|executives|councils|dirigeants|parties|pays|ministres|ministères|gouvernements|délégations|villes|universités|établissements|maires|gouverneurs|administrations|agences|banques(?:\s+centrales)?|îles|territoires|collectivités|exécutifs|conseils|organismes|amiraux|généraux|commissaires)(?![\p{L}])/iu,
);

export function isMultilateralSetting(sentenceText: string): boolean {
  return /\b(?:on the (?:sidelines|margins) of|on the fringes of|en marge d[eu]|at the (?:G7|G20|NATO|APEC|ASEAN|UN)|lors du sommet d[eu] (?:G7|G20|l['’]OTAN))\b/i.test(
    sentenceText,
  );
}

export function matchKnownEvent(
  date: string,
  participantIds: readonly string[],
  type: EventType,
  city: string | null,
  known: readonly KnownEvent[],
): RecordMatch | null {
  const mine = dateBounds(date);
  let best: RecordMatch | null = null;
  for (const k of known) {
    const theirs = dateBounds(k.date);
    if (mine.last < theirs.first || theirs.last < mine.first) continue;
    const shared = participantIds.filter((p) => k.participantIds.includes(p)).length;
    let score = 0;
    let reason = "";
    if (shared > 0) {
      score = 0.6 + 0.35 * (shared / Math.max(1, Math.min(participantIds.length, k.participantIds.length)));
      reason = `same date (within its precision) and ${shared} shared participant(s)`;
    } else if ((k.type === type || !k.type) && k.city && city && k.city.toLowerCase() === city.toLowerCase()) {
      score = 0.55;
      reason = "same date, type and city";
    }
    if (score > 0 && (!best || score > best.score)) best = { id: k.id, score: Math.min(0.95, score), reason };
  }
  return best;
}

/** "the first 2+2 Foreign and Defence Ministerial ", "the twentieth Joint Economic ": an ordinal and a capitalised name, up to its head. */
const NUMBERED_NAME_BEFORE = wordStart(
  /(?<![\p{L}])(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:[\p{Lu}\d][\p{L}\d+()'’–-]*\s+(?:(?:and|on|of)\s+)?){1,8}$/u,
);
/** What stands right before "meeting" in "the second joint committee meeting", "a Joint Commission meeting": a joint body's name. */
/** "joint committee", "Intergovernmental Commission", "commission mixte", "comité intergouvernemental": a joint body by its kind. */
export const JOINT_BODY_KIND = String.raw`(?:(?:joint|binational|intergovernmental|mixed)\s+(?:committee|commission)|(?:commission|comité)\s+(?:mixte|intergouvernementale?|binationale?))`;
const JOINT_BODY_MEETING = wordStart(new RegExp(String.raw`(?<![\p{L}])${JOINT_BODY_KIND}\s+$`, "iu"));
/** A French reflexive of meeting, "s'est réunie", "se sont réunis", "s'était réunie": its subject decides whether it is a round. */
const BODY_REUNITED = wordStart(/(?<![\p{L}])(?:s['’](?:est|était)|se\s+sont|s['’]étaient)\s+réuni(?:e|s|es)?(?![\p{L}])/u);
/** A joint body opening the sentence (after a list or answer mark, "A.", "3.") as the subject of a verb of meeting: "The Committee last", "La commission mixte". */
const BODY_SUBJECT =
  /^(?:[^,]{0,40},\s*|(?:\p{Lu}|\d{1,2})\.\s+|[^;]{0,200}?(?<![\p{L}])(?:que|qu['’]|that)\s+)?(?:the|its|their|la|le|l['’])\s*(?:[\p{L}'’–-]+\s+){0,8}?(?:committee|commission|council|working\s+group|dialogue|comité|conseil|groupe\s+de\s+travail)(?:\s+(?:mixte|conjoint|joint|bilatéral))?(?:\s+\p{Ll}+(?:-\p{Ll}+)+|\s+(?:on|for|of)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+)?){1,5}?\p{Lu}[\p{L}'’-]*|\s+(?:culturelle|économique|commerciale|permanente|intergouvernementale)|\s+\p{Lu}[\p{L}'’]*(?:[-–]\p{Lu}[\p{L}'’]*)+|\s+(?:sur|pour)\s+(?:les|la|le|l['’])\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+){0,3}\s+(?:(?:last|first|then|had|has|also|again|s['’]|se|s['’]était|s['’]est)\s*)*$/iu;
