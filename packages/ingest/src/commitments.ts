/**
 * Commitments: pledges by the parties ("will hold", "agreed to", "decided to", "pledged", "promised a new post",
 * "vowed", "plan to", "instructed their ministers to", "s'engagent à", "s'est par ailleurs engagé à",
 * "ont convenu de"), with the due date the sentence gives
 * and the parties. "Will" only counts when an actor is its subject: "the two countries will
 * hold" is a pledge, "this cooperation will help" is a forecast.
 */
import { joinedParts, WORD_BOUNDS } from "./text-span";
import { INSTRUMENT_HEADS } from "./agreements";
import { EN_WEEKDAY_RE, FR_MONTH_RE, FR_WEEKDAY_RE } from "./calendar-words";
import { findCountryMentions } from "./country-mentions";
import { TITLE_WORDS } from "./name-vocabulary";
import { count } from "./number-words";
import type { Sentence } from "./sentence-splitter";
import { wordStart } from "./word-start";

export interface CommitmentTrigger {
  trigger: string;
  /** Offset of the trigger in the text. */
  at: number;
  /** Text from the clause start to the trigger: who commits. */
  subject: string;
  subjectStart: number;
  strong: boolean;
}

/* The English triggers of a pledge, one constant per kind, joined in this order (the first that matches at a place wins). */
/**
 * A sum after a verb and the day it is given from or by: "will contribute R150 million to a skills programme from January
 * 2036", "will contribute US$2 million by the end of 2031": money given from a date is a pledge, where "will contribute to
 * peace" only forecasts and "under which each side will contribute 5 billion won a year" is a term of the instrument.
 */
const SUM_AFTER = String.raw`\s+(?:about\s+|some\s+|up\s+to\s+|an\s+additional\s+)?(?:\p{Lu}{0,3}[$€£¥₩]|R(?=\d)|(?:USD|EUR|GBP|CAD|KRW)\s?)?\d(?=[^.;]{0,120}?\s(?:from|by|as\s+of|starting\s+in)\s+(?:the\s+end\s+of\s+)?(?:\p{Lu}|\d))`;

/**
 * "will", "shall", "would" with the verbs they pledge, and a bare "to" coordinated after "and"; "will not", "will never
 * forget" pledge nothing, nor does a speaker's "I would add", "would say", "would note", nor a forecast of what others
 * "will find".
 */
const FUTURE_AUXILIARIES_EN = String.raw`(?<will>(?:will|shall)(?!\s+(?:be(?!gin(?!\s+(?:with|by)(?![\p{L}])))|have|need|not|never|also\s+be|likely|probably|find|help|benefit|serve|enable|contribute(?!${SUM_AFTER})|facilitate|bolster|allow|lead\s+to|pave|require|depend|remain|continue\s+to\s+be|work\s+with))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}])))|(?<also>to)(?<=\s(?:and|as well as)\s(?:\p{Lu}[\p{L}-]*\s(?=to\s+\p{Ll}{3,}ing\s))?to)(?=\s+(?!(?:the|a|an|its|their|this|that|these|those)\s)\p{Ll}{3,}\s)|(?<would>would(?!\s+(?:be(?!gin(?!\s+(?:with|by)(?![\p{L}])))|have|need|not|never|also\s+be|likely|probably|study|consider|help|benefit|serve|enable|contribute|facilitate|bolster|allow|lead|let|pave|require|depend|remain|expose|hurt|harm|cost|mean|make\s+it|like|rather|prefer|add|say|note|argue|suggest|point\s+out))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}])))`;
/** "will be held", "is to be signed", "will be in Seoul", a reported "would be signed". */
const PASSIVE_FUTURES_EN = String.raw`(?<passiveWill>(?:will|(?:is|are)\s+to)\s+be\s+(?:held|signed|convened|hosted|launched|reviewed|opened|established|completed|concluded|organi[sz]ed|announced|published|delivered|disbursed|submitted|released|awarded|inaugurated|finali[sz]ed|updated|revised|renewed|extended|expanded|amended|set\s+up|created|deployed|unveiled|presented|tabled|registered|posted|shown|exhibited|refunded|reimbursed|issued|required(?!\s+to(?![\p{L}]))))|(?<presence>will\s+be\s+(?:in|on|at)(?=\s+(?:the\s+)?\p{Lu}))|(?<passive>would\s+be\s+(?:held|signed|convened|hosted|launched|opened|tabled|submitted|presented|reviewed|completed|concluded|finali[sz]ed|established|announced|published|awarded)(?<=(?:said|says|announced|confirmed|added|replied|conveyed|noted|stated|agreed|told)\s(?:that\s)?[^.;]{0,160}would\s+be\s+\p{L}+)|(?<=,\s)to\s+be\s+(?:signed|held|concluded|launched|completed|finali[sz]ed))`;
/**
 * "invited ... to visit ..., and he accepted", "I conveyed the Prime Minister's invitation to the President to make a state
 * visit, and he has accepted", "invited President Dolo to pay a state visit next year, and President Dolo accepted", "...,
 * and she kindly accepted": the guest who accepts is named by a pronoun, by "the" and an office, or by a title and a name.
 * "..., and Prime Minister Carney accepted the invitation" is read by the acceptance itself.
 */
const INVITATION_CONVEYED_EN = String.raw`(?:extended|conveyed|delivered|relayed|passed\s+on)\s+(?:an|the|(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}-]+['’]s)\s+invitation\s+to`;
const GUEST_WHO_ACCEPTS_EN = String.raw`(?:the\s+[\p{L} ]{1,30}|he|she|they|(?:President|Prime\s+Minister|Minister|Premier|Chancellor|King|Queen|Governor|Secretary|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)`;
const INVITED_AND_ACCEPTED_EN = String.raw`(?:invited|${INVITATION_CONVEYED_EN})\s+[^.;]{1,80}?\s+to(?=\s+\p{Ll}[^.;]*,?\s+(?:and|which|an\s+invitation)\s+${GUEST_WHO_ACCEPTS_EN}\s+(?:has\s+|had\s+)?(?:kindly\s+|gladly\s+|graciously\s+|warmly\s+|readily\s+)?accepted(?![\p{L}])(?!\s+(?:the|this|that|their|his|her)\s+invitation))`;
/**
 * "provides for": what an instrument provides for; what it sets in the present with a date of its own ("The protocol raises
 * the fees from 2031", "sets 30 June 2032 as the deadline"), which binds the pair only when an instrument is the subject.
 */
const PROVIDES_FOR_EN = String.raw`(?<provides>provides\s+for|(?<provisionNow>raises|increases|lowers|reduces|doubles|sets|fixes)(?=\s))`;
/** "accepted the invitation with pleasure", "The invitation was accepted.": an accepted invitation, as such. */
const INVITATION_ACCEPTED_EN = String.raw`(?<acceptedInvitation>accepted\s+(?:the|this|that|their|his|her)\s+invitation(?=(?:\s+(?:with\s+(?:pleasure|gratitude|thanks)|gladly|warmly))?\s*[.;,])|(?:the|this|that)\s+invitation\s+(?:was|has\s+been)\s+(?:gladly\s+|warmly\s+)?accepted(?=\s*[.;,]))`;
/** "will allow ... from": a grant that starts on a day. */
const GRANT_EN = String.raw`(?<grant>(?:will|would)\s+allow)(?=\s[^.;]{0,100}?\s(?:from|as\s+of|starting)\s)`;
/** "leave for", "depart for". */
const DEPARTURE_EN = String.raw`(?<travel>(?<!(?:will|would|shall|to|can|may|must|could|should|might|not)\s)(?:leave|depart))(?=\s+for\s)`;
/** "agreed to", "decided to", "pledged", "vowed to", "promised to", "undertook to", "commits ... to". */
const PLEDGE_VERBS_EN = String.raw`(?:agreeing|committing|pledging)\s+to|commits?\s+(?:the\s+two\s+\p{L}+|both\s+\p{L}+|them|the\s+(?:province|state|territory|island|city|government|ministry|department|country))\s+to|commits\s+to|agreed(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]+)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:last|this)\s+(?:week|month)|\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?\s+to|agreed\s+on(?![\s.]*$)|decided\s+to|pledged(?:\s+to)?|vowed\s+to|promised\s+to|promised(?=\s+(?:an?|the|new|\d+)\s)|undert(?:ook|akes?)\s+to|(?:has|have)\s+undertaken\s+to|agreed(?=\s*:\s*$)`;
/** "shall be established": a text's operative passive. */
const SHALL_BE_EN = String.raw`(?<shallBe>shall\s+be\s+\p{Ll}{3,}(?:ed|en|t)(?![\p{L}]))`;
/** "committed to", "are committed to". */
const COMMITTED_EN = String.raw`committed\s+to|commit\s+to|(?:are|is)\s+committed\s+to`;
/** "plans to", "intends to", "announced plans to", "aim to sign". */
const PLANS_EN = String.raw`(?<!(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:action|an?|the|this|that)\s)(?:plan|plans|planned|intend|intends)\s+to|announced\s+plans\s+to|(?:hope|aim|expect)\s+to(?=\s+(?:conclude|sign|complete|finali[sz]e|launch|hold|open|start|begin|adopt|ratify|hold)(?![\p{L}]))`;
/** "instructed their ministers to". */
const INSTRUCTIONS_EN = String.raw`(?:instructed|directed|tasked|mandated)(?=\s+(?:their|the|relevant|respective|senior|officials|ministers|ministries)[^.;]{0,70}?\s(?:to|with)(?:\s|:))`;
/** "is set to", "are due to". */
const SET_OR_DUE_EN = String.raw`(?:are|is)\s+(?:set|due)\s+to`;
/** "offered to host". */
const OFFERED_EN = String.raw`offered\s+to(?=\s+(?:host|hold|organi[sz]e|provide|send|train|fund|finance)(?![\p{L}]))`;
/** "is scheduled to", "is scheduled for", "is to open", "is expected to be signed". */
const SCHEDULED_EN = String.raw`(?:is|are)\s+scheduled\s+to|(?<scheduledFor>(?:is|are)\s+(?:scheduled|expected|planned)(?=\s+(?:for|before|by|in|on)\s))|(?:is|are)\s+to(?=\s+(?:complete|finish|deliver|sign|open|launch|begin|start|hold|host|submit|conclude|disburse|establish|meet|debate|visit|travel|take\s+place)\s)|(?<expected>(?:is|are)\s+expected\s+to)(?=\s+(?:be\s+(?:signed|held|completed|concluded|launched|opened|finali[sz]ed|adopted|ratified)|take\s+place|open|begin|start|pay|visit|travel|meet|attend|lead|host|hold)(?![\p{L}]))`;
/** "agreed that ... will". */
const AGREED_THAT_EN = String.raw`agreed\s+that(?=[^.;]{0,160}?\s(?:will|would|shall|should)\s)`;
/** "accepted an invitation to visit", "accepted Governor Kim's invitation to lead". */
const INVITATION_TO_EN = String.raw`accepted\s+(?:an?|the|their|his|her|(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s)\s+invitation\s+(?:[^.;]{0,60}?\s)?to(?=\s+\p{Ll})`;
/** "confirmed its intention to", "announced their plan to". */
const STATED_INTENTION_EN = String.raw`(?:confirmed|announced)\s+(?:[\p{Lu}][\p{L}-]*['’]s|its|their|his|her)\s+(?:intention|plan|decision)\s+to`;
/** "will take place". */
const TAKES_PLACE_EN = String.raw`will\s+take\s+place`;
/** "reaffirmed their commitment to". */
const REAFFIRMED_COMMITMENT_EN = String.raw`(?:reaffirmed|reiterated|underlined|expressed|renewed|affirmed)\s+(?:their|her|his|its)\s+(?:\w+\s+)?commitment\s+to`;
const TRIGGERS_EN = joinedParts(
  [
    FUTURE_AUXILIARIES_EN,
    PASSIVE_FUTURES_EN,
    INVITED_AND_ACCEPTED_EN,
    PROVIDES_FOR_EN,
    INVITATION_ACCEPTED_EN,
    GRANT_EN,
    DEPARTURE_EN,
    PLEDGE_VERBS_EN,
    SHALL_BE_EN,
    COMMITTED_EN,
    PLANS_EN,
    INSTRUCTIONS_EN,
    SET_OR_DUE_EN,
    OFFERED_EN,
    SCHEDULED_EN,
    AGREED_THAT_EN,
    INVITATION_TO_EN,
    STATED_INTENTION_EN,
    TAKES_PLACE_EN,
    REAFFIRMED_COMMITMENT_EN,
  ],
  "giu",
  WORD_BOUNDS,
);
/* The French triggers of a pledge, one constant per kind, joined in this order (the first that matches at a place wins). */
/** "et de", "et à", "et d'" before an infinitive: a second pledge coordinated after the first ("convenu de ... et de tenir"). */
const INFINITIVE_AFTER_AND_FR = String.raw`(?:de(?=\s+\p{Ll}{3,}(?:er|ir|re)(?![\p{L}]))|à(?=\s+\p{Ll}{3,}(?:er|ir|re)(?![\p{L}]))|d(?=['’]\p{Ll}{3,}(?:er|ir|re)(?![\p{L}])))(?<=\set\s(?:(?:la|le|les)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s(?=à\s))?(?:de|à|d))`;
/** "s'engagent à", "se sont engagés à", "s'est par ailleurs engagée à", "ont promis de". */
const ENGAGED_FR = String.raw`s['’]engagent\s+à|se\s+sont\s+engagés?\s+à|s['’]est\s+(?:pour\s+(?:sa|leur)\s+part\s+|(?:\p{L}+\s+){0,2})engagée?\s+à|se\s+sont\s+(?:\p{L}+\s+){0,2}engagé(?:e|s|es)?\s+à|(?:a|ont)\s+(?:pour\s+(?:sa|leur)\s+part\s+|aussi\s+|également\s+|\p{Ll}+ment\s+)?promis(?=\s+d(?:e\s|['’]\p{L}))|s['’]engagen?t?\s+(?:\p{L}+\s+){1,2}à|s['’]engage\s+à`;
/** "aura lieu", "auront lieu". */
const TAKES_PLACE_FR = String.raw`aura\s+lieu|auront\s+lieu`;
/** "a accepté l'invitation ... à visiter", and an accepted invitation as such ("ont accepté cette invitation."). */
const INVITATION_FR = String.raw`(?:a|ont)\s+(?:\p{L}+\s+){0,2}accepté\s+l['’]invitation\s+(?:[^.;]{0,60}?\s)?à(?=\s+\p{Ll})|(?<acceptedInvitation>(?:a|ont)\s+accepté\s+(?:l['’]|cette\s+)invitation(?=(?:\s+avec\s+(?:plaisir|gratitude|reconnaissance))?\s*[.;,])|(?:l['’]|cette\s+)invitation\s+a\s+été\s+acceptée(?=\s*[.;,]))`;
/** "l'engagement du Canada à". */
const COMMITMENT_OF_FR = String.raw`l['’]engagement\s+d[eu]\s+(?:la\s+|le\s+|l['’])?\p{Lu}[\p{L}-]+\s+à`;
/** "ont convenu de", "avons aussi convenu que", "étaient convenus :" before a list. */
const AGREED_FR = String.raw`(?:ont|avons)\s+(?:\p{L}+ment\s+|en\s+outre\s+|par\s+ailleurs\s+|aussi\s+|également\s+)?convenu(?:,\s[^,;.]{3,120},)?\s+(?:de|d(?=['’])|que|qu['’])|(?:ont|sont|avaient|étaient)\s+(?:\p{L}+\s+){0,2}?convenu(?:e|s|es)?(?=\s*:)`;
/** "a accepté de" and an infinitive, unless it only studies or considers ("accepté d'étudier"). */
const ACCEPTED_TO_FR = String.raw`(?:a|ont|avait|avaient)\s+(?:\p{L}+ment\s+|aussi\s+|également\s+)?accepté\s+d(?:e(?=\s+\p{Ll})|(?=['’]\p{Ll}))(?!(?:e\s+|['’]|e\s+l['’]|['’]en\s+|['’]y\s+)?(?:en\s+)?(?:étudier|examiner|considérer|réfléchir|envisager))`;
/** "conviennent de", "ont décidé de", "ont résolu de", "prévoient de". */
const DECIDED_FR = String.raw`conviennent\s+de|ont\s+(?:\p{L}+ment\s+)?décidé\s+de|ont\s+résolu\s+de|prévoient\s+de`;
/** "prévoit la ...", "prévoient également des ...": what an instrument provides for. */
const PROVIDES_FR = String.raw`(?<providesFr>prévoi(?:t|ent)(?=\s+(?:(?:également|aussi|en\s+outre|notamment)\s+)?(?:l['’]|la\s|le\s|les\s|un\s|une\s|des\s)))`;
/** "visent à conclure", "visons la signature". */
const AIMS_FR = String.raw`vis(?:ent|ons)\s+(?:à\s+(?:les\s+|la\s+|le\s+|l['’])?(?:conclure|signer|achever|finaliser|lancer|tenir|ouvrir)|la\s+signature|la\s+conclusion)`;
/** "entendent", "comptent", "vont", "va". */
const INTENDS_FR = String.raw`entendent|comptent|vont|va`;
/** "devrait débuter", "devraient entrer en service": a start that is expected. */
const EXPECTED_START_FR = String.raw`(?<expected>devrai(?:t|ent))(?=\s+(?:débuter|commencer|ouvrir|entrer\s+en\s+(?:production|service|activité|exploitation)|démarrer|reprendre|arriver|partir)(?![\p{L}]))`;
/** "sont convenus de", "sont convenues que". */
const AGREED_PASSIVE_FR = String.raw`sont\s+convenu(?:e|s|es)?\s+(?:de|d['’]|que|qu['’])`;
/** "doit", "devront" with a verb and a deadline: "doit se tenir avant lundi", "devront achever ... d'ici 2030". */
const DUE_FR = String.raw`(?:doit|doivent|devra|devront)(?=\s+(?:se\s+)?(?!être(?![\p{L}]))\p{Ll}{3,}(?:er|ir|re)\s+(?:d['’]ici|avant|dès|demain|${FR_WEEKDAY_RE})(?![\p{L}])|\s+(?:aussi\s+|également\s+|encore\s+)?(?:se\s+)?(?!être(?![\p{L}]))\p{Ll}{3,}(?:er|ir|re)(?![\p{L}])[^.;]{0,120}?(?<![\p{L}])(?:en|d['’]ici|avant|dès|au\s+plus\s+tard)\s+(?:(?:le|la|fin|début|mi|du|de|mois|d['’])[\s-]*)*(?:\d{1,2}(?:er)?\s+)?(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)?\d{4}(?![\p{N}]))`;
/** "est prévue à", "sont attendus en", "est programmée lors de". */
const SCHEDULED_FR = String.raw`(?<scheduledFr>(?:est|sont)\s+(?:prévue?s?|attendue?s?|programmée?s?)(?=\s+(?:à|au|aux|en|pour|d['’]ici|le|dès|avant|lors\s+d[eu])\s))`;
/** ", avant de se rendre": a step after a comma, before the next. */
const BEFORE_FR = String.raw`(?<before>(?<=,\s)avant\s+de)(?=\s+(?:se\s+)?\p{Ll}{3,}(?:er|ir|re)(?![\p{L}]))`;
/**
 * "sera signé", "devraient être mis en place", "doit être ratifié", "seront reçues à partir du 1er juin" (received from a
 * start); "sera en ligne" right after its auxiliary ("doivent être pris en ligne" is an instruction to take something online,
 * no step).
 */
const PASSIVE_FUTURES_FR = String.raw`(?<passiveFr>(?:sera|seront|devrait\s+être|devraient\s+être|doit\s+être|doivent\s+être)\s+(?:\p{L}+\s+){0,2}?(?:examiné|formé|signé|lancé|tenu|organisé|inauguré|ouvert|créé|présenté|déposé|conclu|ratifié|renouvelé|prolongé|révisé|adopté|publié|annoncé|mis\s+en\s+place|mis\s+en\s+ligne|mis\s+en\s+service|en(?<=(?:sera|seront|être)\s+(?:\p{Ll}+ment\s+|aussi\s+|également\s+|bientôt\s+)?en)\s+(?:ligne|service)|reçu(?=(?:e|s|es)?\s+(?:à\s+partir|à\s+compter|dès)(?![\p{L}]))|élargi|étendu|versé|accordé|délivré|achevé|finalisé|déployé|construit|livré|diffusé|distribué|transmis|partagé|installé|remis|nommé|désigné|offert|exposé)(?:e|s|es)?)`;
/** Future and conditional verbs: "se rendra", "organisera", "tiendront", "élargirait". */
const FUTURE_TENSES_FR = String.raw`(?<fut>se\s+rendr(?:a|ont|ait|aient)|(?!(?:sera|seront|serait|seraient|aura|auront|aurait|auraient|pourrait|pourraient|devrait|devraient|faudrait)(?![\p{L}]))\p{L}{3,}(?:erait|eraient|irait|iraient|drait|draient)|(?!(?:sera|seront|aura|auront|pourra|pourront|devra|devront|faudra|opéra|caméra|extra|ultra)(?![\p{L}]))\p{Ll}{3,}(?:era|eront|ira|iront|dra|dront|vra|vront|îtra|îtront)|\p{Ll}{3,}(?:erons|irons|drons|vrons)|\p{Ll}{1,}ttr(?:a|ont|ons)|(?:f|enverr|verr)(?:era|eront|a|ont)(?<=(?:fera|feront|enverra|enverront|verra|verront))|continuera|continueront|tiendra|tiendront|renforcera|renforceront|organisera|organiseront|lancera|lanceront|signera|signeront|établira|établiront|travaillera|travailleront|poursuivra|poursuivront|accueillera|accueilleront|collaborera|collaboreront|coopérera|coopéreront|élargira|élargiront|approfondira|approfondiront)`;
/**
 * A council's resolution: "QUE la Ville accueille une délégation ... à l'automne 2031 et envoie ... au printemps 2032".
 * Each verb of a "QUE" clause opening its line, and each verb joined to it by "et", is the body's undertaking when the
 * clause names a time ahead (a year, a month or "prochain"); "QUE le conseil approuve l'entente" names none.
 */
const RESOLVED_FR = String.raw`(?<resolved>(?<=(?:^|\n)QUE\s+(?:la|le|les)\s+(?:\p{Lu}[\p{L}-]*(?:\s+de\s+\p{Lu}[\p{L}-]*)?|conseil|municipalité)\s|(?:^|\n)QUE\s[^\n.;]{0,200}\set\s)\p{Ll}{3,}e(?=,?\s+(?:une?|des|la|le|les|l['’]|d['’]ici|en\s+retour)\s?)(?=[^\n;]{0,200}?(?<![\p{L}])(?:(?:19|20)\d{2}|prochaine?|${FR_MONTH_RE})(?![\p{L}])))`;
/** "ont réaffirmé leur engagement à". */
const REAFFIRMED_COMMITMENT_FR = String.raw`(?:ont\s+)?réaffirmé\s+(?:leur|son)\s+engagement\s+à`;
const TRIGGERS_FR = joinedParts(
  [
    INFINITIVE_AFTER_AND_FR,
    ENGAGED_FR,
    TAKES_PLACE_FR,
    INVITATION_FR,
    COMMITMENT_OF_FR,
    AGREED_FR,
    ACCEPTED_TO_FR,
    DECIDED_FR,
    PROVIDES_FR,
    AIMS_FR,
    INTENDS_FR,
    EXPECTED_START_FR,
    AGREED_PASSIVE_FR,
    DUE_FR,
    SCHEDULED_FR,
    BEFORE_FR,
    PASSIVE_FUTURES_FR,
    FUTURE_TENSES_FR,
    REAFFIRMED_COMMITMENT_FR,
    RESOLVED_FR,
  ],
  "giu",
);

/** Openers of a clause that are not its subject ("Notably,", "In the critical minerals sector,"). */
function clauseSubject(sentenceText: string, triggerOffset: number): { subject: string; offset: number } {
  // "Le MENFP, pour sa part, organisera", "La partie béninoise, quant à elle, enverra": an aside on the subject's turn is
  // blanked (offsets kept), so that its commas open no clause.
  // "une déclaration conjointe dans laquelle les deux pays s'engagent à", "a statement in which both sides commit to": the
  // relative clause has a subject of its own.
  const head = sentenceText.slice(0, triggerOffset).replace(TURN_ASIDE, (s) => " ".repeat(s.length));
  let offset = 0;
  for (const m of head.matchAll(
    /, |; |: | -- | — | – |(?<![\p{L}])(?:(?:under|by|through|in)\s+)?(?:which|where) |(?<![\p{L}])(?:dans|par|selon|aux\s+termes\s+de)\s+(?:laquelle|lequel|lesquelles|lesquels) |(?<![\p{L}])(?:said|says|stated|announced|indicated|noted|added|a indiqué que|a annoncé que|a précisé que) |(?<![\p{L}])told\s+(?:reporters|journalists|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(?:that\s+)?|(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))that |(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))que |(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))qu['’]|^\d+(?:\.\d+)*\.?\s+/gu,
  ))
    offset = Math.max(offset, m.index + m[0].length);
  return { subject: head.slice(offset).trim(), offset };
}

const TURN_ASIDE =
  /,\s*(?:pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:elle|lui|eux|elles)|de\s+(?:son|leur)\s+côté|for\s+(?:its|their|his|her)\s+part|in\s+turn),\s*$/iu;

/**
 * "which will apply from January 1, 2034", "qui s'appliquera à partir du 1er janvier": a start announced with its day, the
 * verb of taking effect followed by "from", "as of", "à partir de" or "dès".
 */
const ANNOUNCED_START_AFTER_WILL = /^\s+(?:apply|take\s+effect|come\s+into\s+effect|start|begin)\s+(?:from|as\s+of|on)\s/iu;
const ANNOUNCED_START_FR = /^(?:s['’])?(?:appliquera|appliqueront)$/iu;
const START_PREPOSITION_FR = /^\s+(?:à\s+(?:partir|compter)\s+d|dès\s)/iu;

function isAnnouncedStart(trigger: string, after: string): boolean {
  if (/^(?:will|shall)$/iu.test(trigger)) return ANNOUNCED_START_AFTER_WILL.test(after);
  return ANNOUNCED_START_FR.test(trigger) && START_PREPOSITION_FR.test(after);
}

/** "The two sides welcomed X and agreed to ...": the subject of the first verb carries over to a coordinated second one. */
function sentenceSubjectCandidates(sentenceText: string): string[] {
  const body = sentenceText
    .replace(/^\s*\d+\.\s+/, "")
    .replace(
      /^(?:In|On|At|During|After|Notably|Additionally|Furthermore|Moreover|Meanwhile|En|Lors|Par ailleurs|De plus)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))[^,]{0,80},\s+/u,
      "",
    );
  const words = body.split(/\s+/);
  return words.slice(0, 8).map((_, i) => words.slice(0, i + 1).join(" "));
}

/** True when `at` lies inside a quotation that opens earlier in the sentence. */
function insideQuotation(sentenceText: string, at: number): boolean {
  const head = sentenceText.slice(0, at);
  const opened = (head.match(/[“«]/g) ?? []).length - (head.match(/[”»]/g) ?? []).length;
  const straight = (head.match(/"/g) ?? []).length;
  return opened > 0 || straight % 2 === 1;
}

/** Where a coordinated pledge's clause begins: at the "and", "while" or comma that joins it, after the previous pledge. */
function coordinatedStart(sentence: Sentence, previous: CommitmentTrigger, at: number, subjectStart: number): number {
  const from = previous.at - sentence.start + previous.trigger.length;
  const between = sentence.text.slice(from, at);
  let join = -1;
  for (const m of between.matchAll(/(?:,\s*)?(?<![\p{L}])(?:and|et|while|whereas|tandis que)\s|,\s/gu)) join = m.index;
  return join >= 0 ? sentence.start + from + join : Math.max(subjectStart, sentence.start + from);
}

/**
 * Actors that can make a pledge: "the two sides", "its members", "a UAE-Colombia business council", "La Délégation générale du
 * Québec à Séoul", "the intergovernmental commission on border rivers"; a publisher's own body too ("L'Ordre", "The Division", "both offices");
 * a body told by the text that set it up ("the committee established under Article 4"); a team of both sides ("a joint
 * technical team", "une équipe mixte"); a body with a word of joint bodies after the word after its head ("une commission
 * technique mixte se réunira à Aden", "un comité technique paritaire"); a legislature's House ("the House will send a
 * delegation"); "both" standing for two bodies named before ("..., and both will publish a joint study").
 */
const AGENT =
  /^(?:(?:both|the\s+two|two|the|a|an|its|his|her|our|les\s+deux|les|la|le|un|une|ces|leurs?|ses|the\s+(?:foreign|defen[cs]e|trade)|the\s+\p{Lu}\p{Ll}+|their)\s+|l['’])?(?:[\p{L}\p{N}.'’-]+\s+){0,3}?(?:(?:foreign\s+|defen[cs]e\s+|trade\s+)?(?:sides?|countries|nations|governments?|legislatures|parliaments?|(?<=^the\s+)house|assembl(?:y|ies)|assemblée|senate|sénat|congress|congrès|speakers|parlements?|partie|committees?|comités?|councils?|conseils?|task\s+forces?|working\s+groups?|groupes?\s+de\s+travail|members|membres|leaders?|navies|militaries|armed\s+forces|marines?|armées?|air\s+forces?|coast\s+guards?|gardes?\s+côtières?|ministers?|ministr(?:y|ies)|ministères?|departments?|regulators?|régulateurs?|agencies|authorit(?:y|ies)|schools?|écoles?|lycées?|colleges?|collèges?|hospitals?|hôpita(?:l|ux)|autorités?|organismes?|administrations?|consulates?|consulats?|cent(?:re|er)s?|gouvernement|officials|parties|delegations|délégations?|missions?|commissions?|directorates?|presidents?|prime\s+ministers?|premiers?|governors?|gouverneurs?|province|provinces|states?|cities|villes?|municipalit(?:y|ies)|universit(?:y|ies)|universités?|institutions?|établissements?|chambers?|navy|navies|institute|institut|agency|agence|embassy|ambassade|shipyards|compan(?:y|ies)|corporations?|sociétés?|firms?|businesses|entreprises|compagnie|ports?|funds?|fonds|banks?|banques?|councils|diplomats|allies|partners|pays|parties|ministres|gouvernements|dirigeants|chefs|ordre|divisions?|suppliers?|contractors?|fournisseurs?|offices|secretariat|secrétariat|team(?<=(?:joint|bilateral)\s+(?:[\p{L}-]+\s+)?team)s?|équipes?(?=\s+(?:mixtes?|conjointes?)))|they|we|I|ils|elles|nous|je|on|she|he|il|elle|both)(?:\s+\p{Ll}{4,}(?:\s+(?:mixtes?|conjointe?s?|paritaires?|permanente?s?|bilatérale?s?))?)?(?:\s+(?:of|on|de|des|du|d['’]|sur|(?<=(?:established|set\s+up|created|constituted|établie?|créée?|institué)\s+)(?:under|by|en\s+vertu\s+d[eu]|par))\s*.{0,60})?(?:\s+(?:also|further|jointly|each|both|together|aussi|également|ensemble|will))*$/iu;

/**
 * "the Unit", "both Units", "the two Secretariats": a body the notice speaks for (or its counterpart), named by a capitalised
 * head noun, as circulars and notices do; a lower-case "units" is any kind ("military units").
 */
const CAPITALISED_BODY =
  /^(?:the|both|the\s+two|our|[Ll]['’]|[Ll]a|[Ll]e|[Ll]es\s+deux)\s*(?:Units?|Unités?|Secretariats?|Directorates?|Bureaus?|Branch(?:es)?)$/u;

/** "our team", "notre équipe de projet": the writer's own staff, in a post or a diary. */
const OWN_TEAM = /^(?:our|notre|nos)\s+(?:[\p{L}-]+\s+){0,2}(?:team|équipe)s?(?:\s+[\p{L}-]+){0,2}$/iu;
/**
 * "The Korean team", "l'équipe coréenne": a country's national team; "A Kuwaiti technical team", "Une troupe haïtienne": a
 * group one side sends, named by its country.
 */
const NATIONAL_TEAM =
  /^(?:(?:the|an?)\s+(?<before>\p{L}+)\s+(?:\p{Ll}+\s+){0,2}(?:team|troupe|crew)|(?:l['’]|une\s+)(?:équipe|troupe)\s+(?:nationale\s+|\p{Ll}+\s+)?(?<after>\p{L}+)(?:\s+y)?)$/iu;
function isTeamSubject(subject: string): boolean {
  const country = NATIONAL_TEAM.exec(subject)?.groups;
  return OWN_TEAM.test(subject) || (!!country && findCountryMentions(country.before ?? country.after ?? "").length > 0);
}

/** People named by what they do, whom an exchange sends or a party's staff are: "students", "engineers", "techniciens". */
const PROFESSIONS =
  "students|teachers|nurses|doctors|physicians|restorers|technicians|experts|engineers|researchers|scientists|coaches|trainers|trainees|apprentices|instructors|inspectors|artists|players|musicians|dancers|singers|athletes|pilots|cadets|étudiants|enseignants|professeurs|techniciens|médecins|infirmières|infirmiers|ingénieurs|chercheurs|élèves|stagiaires|formateurs|inspecteurs|artistes|musiciens|danseurs|danseuses|joueurs|pilotes";

/**
 * "Two restorers from Thimphu", "Douze techniciens saint-luciens", "25 étudiants bissau-guinéens": people counted by what
 * they do, whom an exchange sends (the caller asks for a date).
 */
const COUNTED_PEOPLE = new RegExp(
  String.raw`^(?<n>\p{L}+(?:-\p{L}+)?|\d{1,3})\s+(?:\p{L}+\s+)?(?:${PROFESSIONS})(?:\s+(?:from|of|de|du|des|d['’])\s*[^,;]{1,40}|\s+[\p{L}-]+)?$`,
  "iu",
);
/** "Korean engineers will train 3,000 technicians": people of one country named by what they do act for it. */
const NATIONAL_STAFF = new RegExp(String.raw`^(?<country>\p{Lu}[\p{L}-]+)\s+(?:${PROFESSIONS})$`, "u");
function isNationalStaff(subject: string): boolean {
  const country = NATIONAL_STAFF.exec(subject)?.groups?.country;
  return !!country && findCountryMentions(country).length > 0;
}
/**
 * "The Fijian delegation", "A BOKU delegation": one side's delegation, which pledges a trip when the text gives its date; so
 * does one told by its make-up ("A Swedish trade delegation of about 30 companies", "a delegation of 12 business leaders").
 */
const ONE_DELEGATION =
  /^(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}delegation(?:\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|up\s+to\s+)?\d{1,4}\s+(?:\p{Ll}+\s+)?\p{Ll}+)?$/iu;
function isCountedPeople(subject: string): boolean {
  const n = count(COUNTED_PEOPLE.exec(subject)?.groups?.n?.toLowerCase());
  return n !== null && n >= 2;
}

/**
 * "Both governments say the changes will apply from January 1", "Les deux ministères affirment que les règles entreront en
 * vigueur ...", "Air Tahiti has announced that it will start flights from May 2": the actor who says what will happen on a
 * date, before the clause's own subject.
 */
const REPORTED_BY =
  /(?:^|[,;:]\s+)(?<who>[^,;:]{3,60}?)\s+(?:say|says|said|(?:have|has)\s+(?:said|announced)|announced|confirm|confirms|confirmed|disent|affirment|ont\s+(?:annoncé|confirmé|indiqué))\s+(?:that\s+|que\s+|qu['’])?[^,;:]{3,80}$/iu;

/** "acquire 12 submarines", "select a preferred supplier": a purchase is procurement news, not a pledge to the partner. */
const PROCUREMENT =
  /^\s+(?:acquire|buy|purchase|procure|order|lease|select\s+(?:a|the)\s+(?:preferred\s+)?(?:supplier|bidder|vendor))(?![\p{L}])/u;

/**
 * "the two museums", "both coast guards", "les deux musées", "the two civil protection services": two bodies named together,
 * one of each side.
 */
const BOTH_BODIES = /^(?:both|the\s+two|les\s+deux)\s+(?:\p{Ll}{3,}\s+){0,2}\p{Ll}{3,}(?:s|x)$/iu;

/** Whether a phrase names actors that can pledge ("les deux gouvernements", "the committee"). */
export function isAgentPhrase(phrase: string): boolean {
  return AGENT.test(phrase);
}

/** Whether a phrase names two bodies together, one of each side ("les deux académies", "the two libraries"). */
export function namesTwoBodies(phrase: string): boolean {
  return BOTH_BODIES.test(phrase);
}

/** An office standing for its holder: "The premier", "Le ministre camerounais", "the Korean Ambassador". */
function isOfficeSubject(subject: string): boolean {
  const words = subject.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !/^(?:the|le|la|l['’]\S+)$/iu.test(words[0]!)) return false;
  const rest = /^l['’]/iu.test(words[0]!) ? [words[0]!.slice(2), ...words.slice(1)] : words.slice(1);
  return (
    rest.some((w) => OFFICE_HEADS.test(w)) &&
    rest.every((w) => TITLE_WORDS.has(w.toLowerCase()) || /^(?:of|de|du|des|for|and)$/i.test(w) || findCountryMentions(w).length > 0)
  );
}
const OFFICE_HEADS =
  /^(?:minister|ministre|president|président|présidente|premier|ambassador|ambassadeur|ambassadrice|governor|gouverneur|chair|chairman|secretary|secrétaire|senator|sénateur|sénatrice)$/iu;

/**
 * "EDC accordera ...", "la JICA lancerait ...", "L'ONEE et la REN", "L'ORCA et l'Université nationale de Chungnam": an agency
 * named by its acronym, alone or with a partner named in full, acts for its government; so do its staff ("APQA inspectors",
 * "FDA officials").
 */
const ACRONYM_ACTOR =
  /^(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]['’])\s*)?(?:\p{Lu}{3,8}(?:\s+\p{Lu}{3,})?|\p{Lu}\p{Ll}+\p{Lu}\p{L}+)(?:\s+(?:inspectors|officials|officers|auditors|experts|veterinarians|staff))?(?:\s+(?:and|et)\s+(?:(?:the|la|le|l['’])\s*)?(?:\p{Lu}{3,6}(?:\s+\p{Ll}+)?|\p{Lu}\p{Ll}+(?:\s+[\p{L}'’-]+){1,5}))?$/u;
/**
 * "Global Affairs Canada", "The Maritime and Port Authority of Singapore and the Norwegian Maritime Authority", "The Royal
 * Canadian Navy", "The Polish–Czech Forest Commission": an institution's capitalised name, headed by a word for a body.
 */
const INSTITUTION_ACTOR =
  /^(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]['’])\s*)?(?:\p{Lu}[\p{L}&'’.–-]*\s+|(?:of|and|for|de|du|des|et|the|la|le)\s+){0,8}(?:Affairs|Authority|Agency|Ministry|Department|Navy|Army|Forces|Council|Chamber|Commission|Institute|Bank|Corporation|Foundation|Office|Service|Administration|Fund|Ballet|Orchestra|Opera|Theatre|Museum|Gallery|Library|Festival|Association|Federation|Society|Board|Agence|Ministère|Chambre|Banque|Commission|Institut|Conseil|Fonds|Orchestre|Opéra|Théâtre|Musée|Bibliothèque|Fédération)(?:\s+(?:of|for|de|du|des)\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,2}|\s+\p{Lu}[\p{L}-]*)?(?:\s+(?:and|et)\s+.{3,80})?$/u;

/** A capitalised word of a proper name: "Procurement", "K-SURE", "Hanbit". */
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:['’]s)?`;
/**
 * A proper name of two words or more ("Public Services and Procurement Canada", "Hanbit Ocean Lines"), or of two capitalised
 * words joined by a hyphen ("Hydro-Manitoba"), or an acronym ("BB").
 */
const PROPER_NAME = String.raw`(?:${CAP_WORD}(?:\s+(?:(?:of|and|for|de|du|des|et|&)\s+)?${CAP_WORD}){1,6}|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|\p{Lu}{2,8})(?:\s+\(\p{Lu}{2,8}\))?`;
/**
 * A company or an agency named by its kind before its name: "la compagnie Uganda Airlines reliera Entebbe à Bujumbura dès
 * octobre", "the national carrier Air Tanzania will resume flights from June", "l'agence Invest Burundi organisera ...".
 */
const BODY_KIND_BEFORE_NAME = String.raw`(?:(?:state|national|flag)\s+)?(?:compagnie|company|airline|carrier|transporteur|société|agence|agency)\s+(?:(?:aérienne|nationale|publique)\s+)?`;
/**
 * "Public Services and Procurement Canada will put in place ... by 30 September 2031", "its Defence and Marine Procurement
 * Branch will train ...", "The National Payment Switch Bangladesh (NPSB) and Sri Lanka's LankaPay will complete ...": a body
 * named by its proper name (or two, coordinated); its pledge needs a date (see the caller).
 */
const PROPER_NAME_ACTOR = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*)?(?:${BODY_KIND_BEFORE_NAME})?${PROPER_NAME}(?:\s+(?:and|et)\s+(?:(?:the|la|le|l['’])\s*)?(?:${PROPER_NAME}|${CAP_WORD}))?$`,
  "u",
);
/** A name ending in an instrument's or an event's head word names no actor: "The Free Trade Agreement will ...". */
const NOT_AN_ACTOR_NAME = wordStart(
  /(?<![\p{L}])(?:Agreement|Accord|Treaty|Convention|Protocol|Memorandum|Understanding|Partnership|Roadmap|Plan|Programme|Program|Summit|Forum|Festival|Exhibition|Conference|Week|Year|Day|Games|Expo|Strategy|Initiative|Project|Route|Service|Express|Line)$/u,
);
function isProperNameActor(subject: string): boolean {
  return PROPER_NAME_ACTOR.test(subject) && !NOT_AN_ACTOR_NAME.test(subject.replace(/\s+\(\p{Lu}{2,8}\)$/u, ""));
}

/** A body's proper name of two words or more, an acronym, or one capitalised word that no pronoun is ("Anacafé"). */
function isNamedBody(subject: string): boolean {
  return (
    isProperNameActor(subject) || (/^\p{Lu}[\p{L}-]{2,}$/u.test(subject) && !/^(?:this|that|these|those|it|which|who)$/iu.test(subject))
  );
}

/**
 * "Funding decisions will be announced by January 2029", "the first shipments will leave Callao within two months", "Les
 * travaux débuteront en avril 2029", "..., qui sera versée d'ici le 31 décembre": a step of the pair's plan scheduled for a
 * date, whatever its grammatical subject. The caller asks for the date: without one, "will open" is a forecast.
 */
function isScheduledStep(m: RegExpExecArray, text: string, subject: string): boolean {
  if (/^(?:this|that|these|those|it|ce|cela|ceci)$/iu.test(subject)) return false;
  if (m.groups?.expected) return true;
  // "Commissioning is scheduled for June 2032", "The first disbursement is expected before the end of December".
  if (m.groups?.scheduledFor) return true;
  // "Une mission marocaine est prévue à Anvers en novembre 2030", "Une délégation ... est attendue à Bécancour en septembre".
  if (m.groups?.scheduledFr) return true;
  // "Loss adjusters from Miller Hartley will be on Grand Cayman from next Monday": people at a place from a day (the caller
  // asks for the date).
  if (m.groups?.presence) return true;
  const after = text.slice(m.index + m[0].length);
  if (m.groups?.passive || m.groups?.passiveFr || m.groups?.passiveWill)
    return /^(?:which|that|qui|)$/iu.test(subject) || subject.length > 0;
  // "would open an office" reports a company's plan; a reported passive ("would be signed") is the pair's step.
  if (m.groups?.will) return STEP_EN.test(after) && !INTO_FORCE.test(after);
  if (m.groups?.fut) return STEP_FR.test(m[0]) && !INTO_FORCE.test(after);
  return false;
}
const STEP_EN =
  /^\s+(?:also\s+)?(?:be\s+(?:announced|published|delivered|paid|disbursed|signed|opened|launched|completed|held|submitted|released|awarded|inaugurated|finali[sz]ed|concluded|adopted|commissioned)|open|reopen|begin|start|commence|take\s+place|take\s+effect|leave|sail|depart|arrive|land|run|enter|meet|resume|end|close|finish)(?![\p{L}])/iu;
const STEP_FR = /^(?:début|commenc|ouvr|rouvr|démarr|entr|partir|partiront|arriv|repren|se\s+rendr)/iu;
/**
 * The last part of an apposition, closed by a comma right before the verb (or its reflexive pronoun): ", the Hon. Marc
 * Ouimet-Lindqvist, ", ", M. Baek Jong-min, se retrouveront"; an adverb may stand between them ("Guyana's Minister of
 * Agriculture, Ravindra Persaud, also accepted ...").
 */
const APPOSITION_BEFORE_VERB = /,\s*([^,;:]{3,60}?)\s*,\s*(?:(?:also|further|then|later|in\s+turn)\s+)?(?:se\s+|s['’])?$/u;
/** An entry into force is the agreement's milestone, read by the agreement rules, not a pledge. */
const INTO_FORCE = /^\s+(?:\S+\s+){0,3}?(?:into\s+force|en\s+vigueur)/iu;

/**
 * An instrument as a subject: "the agreement", "L'entente", "le nouveau protocole", "this memorandum", and one followed by
 * who signed it ("Le protocole signé par les ministres", "The memorandum signed by the two ministers").
 */
const INSTRUMENT_SUBJECT = new RegExp(
  `^(?:the|this|its|le|la|l['’]|cet|cette|ce)\\s*(?:new\\s+|nouvel(?:le)?\\s+|nouveau\\s+)?(?:${INSTRUMENT_HEADS})(?:\\s+(?:signed|signée?)\\s+(?:by|par)\\s+[^,;]{3,60})?$`,
  "iu",
);

/**
 * "Le nouveau texte prévoit que La Havane enverra 40 médecins d'ici la fin de l'année", "The memorandum provides that each
 * port will open a desk by June": a future in what a text provides is the pair's step, whatever its grammatical subject.
 */
const PROVIDES_THAT = wordStart(
  /(?<![\p{L}])(?:prévoi(?:t|ent)|stipulen?t?|provides?|stipulates?)\s+(?:(?:également|aussi|notamment|also)\s+)?(?:que\s|qu['’]|that\s)[^.;:]*$/iu,
);

const AGREED_ELEVATION = /^\s+(?:elevate|upgrade|raise|lift)\s+(?:[\p{L}'’-]+\s+){0,5}to\s+(?:an?|the)\s/iu;

/**
 * What a speaker says next, after "I will" or "we will": "brief you", "now take your questions", "walk you through"; a
 * briefing's own order and follow-up: "start with two announcements", "let you know", "get back to you on that".
 */
const SPEAKERS_OWN_TALK =
  /^\s+(?:now\s+|first\s+|briefly\s+)?(?:brief\s+you|walk\s+you|take\s+(?:your\s+|some\s+|a\s+few\s+)?questions|read\s+(?:out|you)|tell\s+you|give\s+you\s+(?:an?\s+)?(?:overview|summary|update|rundown)|(?:start|begin|open|end|close|conclude)\s+(?:with|by)|let\s+you\s+know|keep\s+you\s+(?:posted|informed|updated)|(?:get|come)\s+back\s+to\s+you|(?:turn|move\s+on)\s+to\s+(?:your\s+)?questions)(?![\p{L}])/iu;

/**
 * The verb of going home right after a trigger: "(avant de) rentrer au Québec", "(avant de) regagner Moroni", "(will) return
 * home"; and "(is scheduled to) return to Seoul", where a present schedule tells the end of the trip. "will return to Korea
 * with a mission in June" is a new trip, and "s'est engagée à retourner en Corée" a pledge.
 */
const GOING_HOME_AFTER = /^\s+(?:(?:se\s+)?(?:rentrer|regagner)|(?:return|head|fly|go)\s+(?:back\s+)?home)(?![\p{L}])/iu;
const SCHEDULE_TRIGGER = /^(?:is|are)\s+(?:scheduled|set|due)\s+to$/iu;
/** "(is scheduled to) return to Seoul", "(is due to) leave for Tokyo", "(is set to) fly on to Manila": the trip's end or next leg. */
const RETURN_TO_AFTER = /^\s+(?:return\s+to|(?:leave|depart|fly)\s+(?:on\s+)?(?:to|for))\s/iu;

/** A relative clause of place opening on a pronoun: ", where he", ", où elle" (the French pronoun read with its "où"). */
const WHERE_BEFORE = /,\s*(?:where|où)\s+$/iu;
const PRONOUN_SUBJECT = /^(?:(?:où|ou)\s+)?(?:he|she|they|it|il|elle|ils|elles)$/iu;

/** Whether a trigger's subject is a pronoun opening a relative clause of place ("..., where he will meet ..."). */
function isWhereClauseOfTheSame(before: string, subject: string): boolean {
  return PRONOUN_SUBJECT.test(subject) && (WHERE_BEFORE.test(before) || /^o[uù]\s/iu.test(subject));
}

/**
 * Whether a trigger ends the trip: a future of going home ("rentrera", "regagnera"), going home after it, or a present
 * schedule's return or departure.
 */
function endsTheTrip(trigger: string, after: string): boolean {
  return (
    /^(?:rentr|regagn)/iu.test(trigger) || GOING_HOME_AFTER.test(after) || (SCHEDULE_TRIGGER.test(trigger) && RETURN_TO_AFTER.test(after))
  );
}

/** "He will", "elle va": a person's pronoun right before the trigger. */
const PERSON_PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:he|she|they|il|elle|ils|elles)\s+$/iu;
/** "will return on April 26", "would return this Friday", "va revenir le 26 avril": a return told only by its day. */
const RETURN_ON_A_DAY = /^(?:will|would|va|vont)\s+(?:return|revenir|rentrer)\s+(?:on|this|tomorrow|tonight|le|ce|demain)\s/iu;

/** ", which the Bank will review", ", which Ottawa said it would study": a relative clause that only studies what came before. */
const WHICH_BEFORE = /,\s+which\s+[^,;.]{1,40}?\s$/iu;
const ONLY_STUDIES = /^(?:will|would)\s+(?:review|consider|study|examine|assess|evaluate)\s*(?:[.;]|$)/iu;
/** "will be renewed for three years if ...", "sera prolongée d'un an si ...": a renewal or an extension on a condition. */
const RENEWAL_ON_CONDITION =
  /^(?:will\s+be|sera|seront)\s+(?:\p{Ll}+ment\s+)?(?:renewed|extended|renouvelée?s?|prolongée?s?|reconduite?s?)[^.;]{0,60}?\s(?:if|unless|si|s['’]ils?|s['’]elles?|à\s+moins\s+qu)(?![\p{L}])/iu;

/** "expressed the hope that", "hoped that", "a exprimé l'espoir que": what follows is wished for, not pledged. */
const HOPE_BEFORE = wordStart(
  /(?<![\p{L}])(?:(?:expressed|voiced)\s+(?:the|his|her|their|its)\s+hope\s+that|hopes?\s+that|hoped\s+that|(?:exprimé|formé)\s+(?:l['’]espoir|le\s+souhait|le\s+vœu)\s+(?:que|qu['’])|espère(?:nt)?\s+(?:que|qu['’])|souhaite(?:nt)?\s+(?:que|qu['’]))[^.;:]*$/iu,
);

const HEDGED = wordStart(
  /(?<![\p{L}])(?:it\s+is|it['’]s|il\s+est)\s+(?:possible|likely|unlikely|unclear|uncertain|conceivable|probable|peu\s+probable)\s+(?:that|qu['’]|que)\s*[^.;]*$/iu,
);

/** Where a pledge's clause ends: the sentence's end, a semicolon or a coordinated clause with a new subject. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = /;|,\s+(?:and|et|while|but|mais)\s/u.exec(rest);
  return stop ? from + stop.index : text.length;
}

/** "The next session of the consultations will be held in ...", "La deuxième réunion se tiendra à ...": a meeting scheduled. */
const MEETING_WORDS =
  "meeting|session|round|summit|dialogue|consultations|commission|committee|roundtable|forum|conference|week|festival|fair|exhibition|seminar|workshop|symposium|course|summer\\s+school|réunion|séance|ronde|édition|rencontre|sommet|consultations|comité|conférence|table\\s+ronde|semaine|festival|foire|salon|exposition|séminaire|atelier|colloque|école\\s+d['’]été";
const MEETING_SUBJECT = new RegExp(
  String.raw`^(?:the|a|an|la|le|les|un|une|l['’])\s*(?:[\p{L}\p{N}.-]+\s+){0,3}(?:${MEETING_WORDS})(?:\s+(?:commune?|conjointe?|bilatérale?|régionale?))?(?:\s+(?:of|on|for|de|des|du|d['’]|sur|pour)\s*.{0,80})?(?:\s+se)?$`,
  "iu",
);
/** A subject opening on an event whatever follows its head: "Un atelier ouvert aux élèves de ...". */
const EVENT_OPENING = new RegExp(
  String.raw`^(?:the|a|an|la|le|un|une|l['’])\s*(?:[\p{L}-]+\s+){0,2}?(?:${MEETING_WORDS})(?![\p{L}])`,
  "iu",
);
const SCHEDULED = /held|take\s+place|tiendr|lieu|meet|convene|réuni/iu;
/** A body's first meeting: "will meet for the first time", "se réunira pour la première fois". */
const FIRST_MEETING = /^(?:will\s+meet|réunira|réuniront)\s+(?:for\s+the\s+first\s+time|pour\s+la\s+première\s+fois)(?![\p{L}])/iu;
/** A body right before an aside set off by commas or a relative pronoun, up to the verb: "le comité de suivi, coprésidé par ..., se". */
const BODY_BEFORE_ASIDE = wordStart(
  /(?<![\p{L}])(?:committee|commission|working\s+group|task\s+force|board|council|comité|groupe\s+de\s+travail|conseil)(?:\s+[\p{L}-]+){0,3}\s*(?:,[^,.;]{1,100},\s*|,?\s*(?:qui|which|that)\s+)(?:se\s+)?$/iu,
);
/** "commits the province to": the party a text binds, named as the verb's object. */
const COMMITS_OBJECT = /^commits?\s+((?:the\s+)?\p{L}+(?:\s+\p{L}+)?)\s+to$/iu;

/**
 * Passives of a notice's own steps that pledge only with a date: "will be posted by", "will be refunded until", "seront en
 * ligne d'ici la fin de l'année", "seront annoncés en novembre" (not "la date sera annoncée sur ce site").
 */
const DATED_PASSIVES = /(?:posted|shown|exhibited|refunded|reimbursed|issued|annoncée?s?|(?<!mis\s)en\s+(?:ligne|service))$/u;

/** A sentence that ends on a question mark: "Will the ministry publish the list by June?" */
const QUESTION_END = /\?[\s"”»’']*$/u;

/**
 * "1. From Friday 1 October 2032, ...", "Starting 1 May, ...", "À compter du 1er octobre, ...": a sentence opening on the
 * start of what it schedules; each step it tells is due then.
 */
export const START_OPENING =
  /^\s*(?:\d{1,2}[.)]\s+)?(?:From|Starting|Beginning|Effective|As\s+of|À\s+compter\s+du|À\s+partir\s+du|Dès\s+le)\s[^,;]{3,40},/u;

/** What the scan of one sentence's triggers knows and carries from one trigger to the next. */
interface TriggerScan {
  readonly sentence: Sentence;
  readonly isActorSpan: (start: number, end: number) => boolean;
  readonly isCountryAgent: (subject: string) => boolean;
  readonly hasDateAfter: (start: number, end: number) => boolean;
  /** The pledges found so far in the sentence. */
  readonly out: CommitmentTrigger[];
  /** "From Friday 1 October 2032, Route HM1 will run every 10 minutes": the steps are dated by the start opening the sentence. */
  readonly opensOnStart: boolean;
  /** "agreed that the Joint Commission ... will meet": the pledge is the future verb's, whatever its subject. */
  agreedThat: boolean;
  /** "We agreed to elevate ..., and we will meet again in 2030": what the speakers go on to pledge is jointly decided too. */
  jointDecision: boolean;
}

/** A trigger's subject: its text, where it starts in the sentence, and the same text trimmed of what is not the actor. */
interface TriggerSubject {
  subject: string;
  offset: number;
  /** The subject starts after a first pledge's "and". */
  afterPledge: boolean;
  clean: string;
  /** Offset of the subject in the text. */
  subjectStart: number;
}

export function findCommitmentTriggers(
  sentence: Sentence,
  lang: "en" | "fr",
  isActorSpan: (start: number, end: number) => boolean,
  isCountryAgent: (subject: string) => boolean,
  hasDateAfter: (start: number, end: number) => boolean = () => false,
): CommitmentTrigger[] {
  const out: CommitmentTrigger[] = [];
  // "Will the minister table the agreement before the summer?", "Est-ce que la ministre va le déposer?": a question asks
  // for a pledge, it makes none.
  if (QUESTION_END.test(sentence.text)) return out;
  // The module's own expressions, rewound: compiling a copy for every sentence cost more than the search.
  const re = lang === "fr" ? TRIGGERS_FR : TRIGGERS_EN;
  re.lastIndex = 0;
  const opening = START_OPENING.exec(sentence.text);
  const scan: TriggerScan = {
    sentence,
    isActorSpan,
    isCountryAgent,
    hasDateAfter,
    out,
    opensOnStart: !!opening && hasDateAfter(sentence.start, sentence.start + opening[0].length),
    agreedThat: false,
    jointDecision: false,
  };
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    if (/^agreed\s+that$/iu.test(m[0])) {
      scan.agreedThat = true;
      continue;
    }
    // "It is possible that a decision will be announced in the spring": a hedge pledges nothing.
    if (HEDGED.test(sentence.text.slice(0, m.index))) continue;
    // "Today we agreed to elevate our relationship to a Comprehensive Strategic Partnership": an elevation agreed is the
    // partnership's launch, done then, which the agreement rules read.
    if (/^(?:agreed|decided)(?:\s+\S+)?\s+to$/iu.test(m[0]) && AGREED_ELEVATION.test(sentence.text.slice(m.index + m[0].length))) {
      scan.jointDecision = true;
      continue;
    }
    if (isNoPledge(scan, m)) continue;
    const subject = triggerSubject(scan, m);
    if (subjectRulesOut(scan, m, subject.clean)) continue;
    const who = namesAnAgent(scan, m, subject) ? subject.clean : agentFromContext(scan, m, subject);
    scan.agreedThat = false;
    if (who === null || isPartOfAnother(scan, m, subject) || isRhetoric(scan, m, who)) continue;
    const previous = out.at(-1);
    // "Ils ont convenu que leurs ministres se rencontreraient ...": the agreed clause is the pledge, not a second one beside an empty first.
    if (
      previous &&
      /(?:que|qu['’]|that)$/iu.test(previous.trigger) &&
      sentence.text.slice(previous.at - sentence.start + previous.trigger.length, subject.offset).trim() === ""
    ) {
      out.pop();
      out.push({ trigger: m[0], at: sentence.start + m.index, subject: who, subjectStart: previous.subjectStart, strong: previous.strong });
      continue;
    }
    const weakWill = /^(?:will|would)$/i.test(m[0]) || !!m.groups?.fut || !!m.groups?.presence || /^(?:vont|va)$/i.test(m[0]);
    out.push({
      trigger: m[0],
      at: sentence.start + m.index,
      subject: who,
      subjectStart: previous ? coordinatedStart(sentence, previous, m.index, subject.subjectStart) : subject.subjectStart,
      strong: !weakWill,
    });
  }
  return out;
}

/** Whether a date follows the trigger within its clause. */
function datedClause({ sentence, hasDateAfter }: TriggerScan, m: RegExpExecArray): boolean {
  return hasDateAfter(sentence.start + m.index, sentence.start + clauseEnd(sentence.text, m.index));
}

/**
 * "le Burundi célébrera le 1er juillet le 71e anniversaire de son indépendance", "Uganda will celebrate its Independence Day on
 * 9 October", "will mark its National Day": a country's own holiday is its calendar, no pledge between the two.
 */
const CELEBRATES_ITS_OWN_DAY =
  /^(?:(?:will|shall)\s+(?:also\s+)?(?:celebrate|mark)|célébrer(?:a|ont)|fêter(?:a|ont))\s[^.;]{0,80}?(?:its|their|son|sa|leur)\s+(?:\p{L}+\s+)?(?:independence|indépendance|national\s+day|fête\s+nationale)(?![\p{L}])/iu;

/** A trigger that pledges nothing, whoever its subject: travel, a thing's place, a negated rule, a name, a return, a hope. */
function isNoPledge(scan: TriggerScan, m: RegExpExecArray): boolean {
  const text = scan.sentence.text;
  // "Two nurses leave for a six-week placement in Seoul on May 3": a plural's present tense of travel is a plan when a day
  // still ahead follows it (its past is "left").
  if (m.groups?.travel && !datedClause(scan, m)) return true;
  // "Photos of the mission will be posted on Flickr", "The works will be shown in gallery 3", "Les vidéos seront en ligne":
  // where a thing will be is no step; by a deadline or from a day it is ("62 positions will be posted by November 30").
  if ((m.groups?.passiveWill || m.groups?.passiveFr) && DATED_PASSIVES.test(m[0]) && !datedClause(scan, m)) return true;
  // "Les dossiers incomplets ne seront pas examinés": a negated rule pledges nothing.
  if (m.groups?.passiveFr && /(?<![\p{L}])n(?:e\s+|['’])$/iu.test(text.slice(0, m.index))) return true;
  // "Mme Ana Paula Martins-Sequeira": a capitalised word, or one after a hyphen, inside a sentence is a name, no future.
  if (m.groups?.fut && m.index > 0 && (/^\p{Lu}/u.test(m[0]) || /-$/u.test(text.slice(0, m.index)))) return true;
  // "Elle rentrera au Québec vendredi", "..., avant de regagner Moroni en fin de journée", "is scheduled to return to Seoul on
  // Saturday": going home ends a trip, it pledges nothing.
  if (endsTheTrip(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  // "First Vice Minister Lim expressed the hope that Korea would again be invited": a hope pledges nothing.
  if (HOPE_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))) return true;
  // "He will return on April 26.": a visitor's return told only by its day ends the visit ("the pavilion will return on June
  // 18" is a show's next edition).
  if (PERSON_PRONOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && RETURN_ON_A_DAY.test(text.slice(m.index))) return true;
  // "proposed an agreement on ..., which the U.S. side will consider": the answer to a proposal studies it, it pledges nothing.
  if (WHICH_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) && ONLY_STUDIES.test(text.slice(m.index))) return true;
  // "Elle sera renouvelée pour trois ans si les deux organismes le souhaitent": a renewal on a condition is a term, no step.
  if ((m.groups?.passiveWill || m.groups?.passiveFr) && RENEWAL_ON_CONDITION.test(text.slice(m.index))) return true;
  if (CELEBRATES_ITS_OWN_DAY.test(text.slice(m.index, m.index + 140))) return true;
  if (isNoStepOfThePair(scan, m)) return true;
  // ", to be signed before the end of the year" dates the pledge before it when there is one.
  return scan.out.length > 0 && /^to\s+be/iu.test(m[0]);
}

/** A trigger that names no step of the pair: a second infinitive with no first pledge, a hope, a domestic or expected step, a term. */
function isNoStepOfThePair(scan: TriggerScan, m: RegExpExecArray): boolean {
  const text = scan.sentence.text;
  // "un mémorandum qui permettra à leurs équipes de travailler de part et d'autre de la frontière et de partager leurs
  // données", "un programme qui permettra aux jeunes de voyager et de travailler": "et de" continues a pledge only after one
  // the sentence has made.
  if (/^(?:de|à|d)$/iu.test(m[0]) && scan.out.length === 0) return true;
  // "« Désormais, ils partageront les mêmes laboratoires. »", "With this centre, we will share what we have learned," said the
  // Ambassador: a pronoun's plain future with no date inside a speaker's words tells a hope, no step ("Korean engineers will
  // train 3,000 technicians," said the president, names who does it).
  if (
    isPlainFuture(m) &&
    SPEAKERS_PRONOUN_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
    !datedClause(scan, m) &&
    isInsideSpeech(text, m.index)
  )
    return true;
  // "le gouvernement déposera son budget le 26 mars", "the government will table its federal budget on March 26": a budget
  // tabled is a domestic step, no pledge of the pair.
  if (OWN_BUDGET_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return true;
  // "En cas de foyer de la maladie au Canada, la Corée continuera d'accepter le porc des zones indemnes", "In the event of an
  // outbreak, each side will accept ...": what an instrument does on a condition, with no date of its own, is a term of it,
  // no step.
  if (CONDITION_OPENING.test(text.slice(0, m.index)) && !datedClause(scan, m)) return true;
  // "the House will go on recess from 18 August", "the Assembly will rise for the summer on June 20": a legislature's
  // calendar, no step of the pair.
  if (RECESS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return true;
  // "dont la ratification par le Yémen est attendue au premier semestre", "son entrée en vigueur est attendue en juin": an
  // agreement's step expected is a forecast, no one's step.
  if (m.groups?.scheduledFr && EXPECTED_STEP_OF_AN_AGREEMENT.test(text.slice(Math.max(0, m.index - 80), m.index))) return true;
  // "The two sides also agreed to begin negotiations on an agreement ...", "agreed to extend for five years the 2031
  // agreement": an agreement's step agreed with no date of its own is done that day, which the agreement rules read.
  if (/^agreed\s+to$/iu.test(m[0]) && AGREED_STEP_ON_AN_AGREEMENT.test(text.slice(m.index + m[0].length)) && !datedClause(scan, m))
    return true;
  return false;
}

/** A legislature's break after its future: "go on recess", "rise for the summer", "adjourn". */
const RECESS_AFTER = /^\s+(?:go\s+(?:on|into)\s+recess|rise\s+for|adjourn)(?![\p{L}])/iu;

/** A budget as what a future tables or presents: "déposera son budget", "will table its budget". */
const OWN_BUDGET_AFTER =
  /^\s+(?:(?:table|present|deliver|release|tabl\p{L}*|présent\p{L}*)\s+)?(?:son|sa|leur|its|their|the|le)\s+(?:\p{L}+\s+){0,2}?budget(?![\p{L}])/iu;

/** A pronoun right before a future: "we will", "ils partageront", "nous allons". */
const SPEAKERS_PRONOUN_BEFORE = /(?<![\p{L}])(?:we|they|ils|elles|nous)\s+(?:\p{Ll}+\s+)?$/iu;

/** "will", "would", "partageront": a future with no verb of pledging. */
function isPlainFuture(m: RegExpExecArray): boolean {
  return /^(?:will|would)$/iu.test(m[0]) || !!m.groups?.fut;
}

/**
 * Whether an offset of a sentence lies inside quotation marks: one opened before it (`insideQuotation`), or, with none
 * opened before, one closed after it after punctuation ('... conditions," said the Ambassador').
 */
function isInsideSpeech(sentence: string, at: number): boolean {
  if (insideQuotation(sentence, at)) return true;
  return !/[“«"]/u.test(sentence.slice(0, at)) && /^[^“«"]*(?:[”»]|[,.!?]")/u.test(sentence.slice(at));
}

/** An agreement's step as the subject of "est attendue": "la ratification par le Yémen", "son entrée en vigueur". */
const EXPECTED_STEP_OF_AN_AGREEMENT =
  /(?<![\p{L}])(?:ratification|entrée\s+en\s+vigueur|approbation)(?:\s+(?:par|de)\s+[^,;.]{1,40}?)?\s+$/iu;

/** A condition opening the sentence: "In the event of", "In case of", "En cas de". */
const CONDITION_OPENING = /^\s*(?:In\s+(?:the\s+)?(?:event|case)\s+of|En\s+cas\s+d[e'’])[^.;:]{0,100}$/iu;

/** An agreement's step right after "agreed to": negotiations opened, an agreement extended, renewed or ended. */
const AGREED_STEP_ON_AN_AGREEMENT =
  /^\s+(?:(?:begin|launch|open|start)\s+(?:formal\s+)?negotiations|(?:extend|renew|terminate)\s+(?:for\s+\p{L}+\s+years?\s+|by\s+\p{L}+\s+years?\s+)?(?:the|their|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:agreement|memorandum|arrangement|accord|treaty|protocol|MoU|MOU)(?![\p{L}]))/iu;

/** The trigger's subject: its clause's, the one a first pledge's "and" opens, or a name in apposition right before the verb. */
function triggerSubject(scan: TriggerScan, m: RegExpExecArray): TriggerSubject {
  const { sentence } = scan;
  let { subject, offset } = clauseSubject(sentence.text, m.index);
  let afterPledge = false;
  const previous = scan.out.at(-1);
  // "Turkey will open a consulate by March and Turkish Airlines will launch a route in January", "our team will publish ...
  // and we will bring ...": after a first pledge, "and" opens a new subject.
  if (previous) {
    const from = previous.at - sentence.start + previous.trigger.length;
    let join = -1;
    for (const j of sentence.text
      .slice(from, m.index)
      .matchAll(
        /(?<![\p{L}])(?:and|et)\s+(?:that\s+|que\s+|qu['’])?(?=(?:the|a|an|la|le|les|un|une|l['’]|we|they|nous|ils|elles|two|three|deux|trois|\p{Lu}))/gu,
      ))
      join = from + j.index + j[0].length;
    if (join >= offset && sentence.text.slice(from, join).trim().split(/\s+/).length > 3) {
      offset = join;
      subject = sentence.text.slice(join, m.index);
      afterPledge = true;
    }
  }
  // "Brazil's export promotion agency, ApexBrasil, will open ...": the name in apposition before the verb is the subject.
  if (subject.trim() === "") {
    const appositive = /,\s*(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3}),\s*$/u.exec(sentence.text.slice(0, m.index));
    const at = appositive ? sentence.start + appositive.index + appositive[0].indexOf(appositive[1]!) : -1;
    // A person in apposition ("the Minister ..., Tim Hodgson, will lead") is read by the rules for people below.
    if (appositive && !scan.isActorSpan(at, at + appositive[1]!.length)) {
      subject = `${appositive[1]!}, `;
      offset = appositive.index + appositive[0].indexOf(appositive[1]!);
    }
  }
  return { subject, offset, afterPledge, clean: bareSubject(subject), subjectStart: sentence.start + offset };
}

/** A subject without its auxiliaries, pronouns of the verb, weekday, bullet, quotation mark and linking adverb. */
function bareSubject(subject: string): string {
  return (
    subject
      .trimEnd()
      .replace(/(?:\s+(?:have|has|had|are|is|were|was|also|already|ont|a|sont|est|déjà))+$/iu, "")
      // "les deux ministres se rencontreront": a reflexive pronoun belongs to the verb, and so does "en" or "y" standing for
      // its object ("la station de Saint-Pierre en publiera les résultats").
      .replace(/\s+(?:se|en|y)$/iu, "")
      // "India and Argentina on Thursday agreed to": a day between the subject and its verb.
      .replace(new RegExp(String.raw`\s+(?:on\s+)?(?:${EN_WEEKDAY_RE}|today|yesterday|${FR_WEEKDAY_RE}|aujourd['’]hui|hier)$`, "u"), "")
      // "(a) the two Units will share ...", "ㅇ The Institute will hold ...": a list's letter or bullet (the square and the
      // circle of Korean releases too) opens the item, not the subject.
      .replace(/^(?:[-•*–✔✓▪►□■○ㅇ]|\(?[a-h]\))\s*/u, "")
      // "(6/7) Both sides agreed ...": a post's number in a thread opens the line, not the subject.
      .replace(/^\(?\d{1,2}\/\d{1,2}\)?\s*/u, "")
      // "\"Alberta will open ...": a quotation mark opening a paragraph is no part of the subject.
      .replace(/^["“«]\s*/u, "")
      // "le ministre coréen du Commerce, Yeo Han-koo, se rendra": the comma closing an apposition is not the subject's.
      .replace(/\s*,\s*$/u, "")
      .replace(
        /^(?:notably|additionally|furthermore|moreover|meanwhile|also|in addition|however|and|but|together|et|de plus|en outre|par ailleurs|enfin|ensemble)\s*,?\s*/i,
        "",
      )
      .trim()
  );
}

/** A subject that makes the trigger no pledge: a question word, a speaker's own talk, what a programme allows, a quota. */
function subjectRulesOut(scan: TriggerScan, m: RegExpExecArray, clean: string): boolean {
  const text = scan.sentence.text;
  // "How the school will work": a heading or an indirect question pledges nothing.
  if (/^(?:how|what|why|when|where|whether|comment|pourquoi)\s/iu.test(clean)) return true;
  // "I will brief you on the outcome of today's summit", "we will now take your questions": a speaker announcing what the
  // briefing itself goes on to say pledges nothing between the pair.
  if (/^(?:I|we)$/iu.test(clean) && SPEAKERS_OWN_TALK.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  // "Yemen will allow six longliners to fish ... from January 1": a party's grant that starts on a day is its pledge; what an
  // agreement or a programme "will allow" is its effect.
  if (m.groups?.grant && !scan.isCountryAgent(clean) && !AGENT.test(clean)) return true;
  // "The protocol raises the fees from 2031": what is set in the present binds the pair only with an instrument as the
  // subject.
  if (m.groups?.provisionNow && !INSTRUMENT_SUBJECT.test(clean)) return true;
  // "Un atelier ... sera offert le lendemain": an event offered is a step; "400 places seront offertes" is a quota.
  return !!m.groups?.passiveFr && /offerte?s?$/iu.test(m[0]) && !EVENT_OPENING.test(clean);
}

/** Whether the subject itself is one that pledges, or the trigger binds whatever its subject (a dated step, an order, a passive). */
function namesAnAgent(scan: TriggerScan, m: RegExpExecArray, { clean, subject, subjectStart, afterPledge }: TriggerSubject): boolean {
  const { sentence, isActorSpan, isCountryAgent } = scan;
  const passive = !!(m.groups?.passive || m.groups?.passiveFr || m.groups?.passiveWill);
  // "Dr. Kang's team will come to Edmonton in October": a team named after the person who leads it acts as that person does.
  const ledTeam = /^(.+?)['’]s\s+(?:team|delegation|staff)$/u.exec(clean);
  const cleanAt = subjectStart + subject.indexOf(clean);
  // "Under the memorandum, the Province and Gyeongsangnam-do will ...": an actor coordinated with a proper name.
  const coordinated =
    /^(.+?)\s+(?:and|et)\s+((?:the\s+|la\s+|le\s+|l['’])?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,3})$/u.exec(clean);
  if (
    AGENT.test(clean) ||
    isTeamSubject(clean) ||
    BOTH_BODIES.test(clean) ||
    ACRONYM_ACTOR.test(clean) ||
    INSTITUTION_ACTOR.test(clean) ||
    isCountryAgent(clean) ||
    isNationalStaff(clean) ||
    isOfficeSubject(clean) ||
    CAPITALISED_BODY.test(clean) ||
    (!!ledTeam && isActorSpan(cleanAt, cleanAt + ledTeam[1]!.length)) ||
    (!!coordinated && (AGENT.test(coordinated[1]!) || isCountryAgent(coordinated[1]!))) ||
    // "Public consultation runs until April 4 and the Board will adopt the budget": a clause joined by "and", its subject a body.
    (!!coordinated && INSTITUTION_ACTOR.test(coordinated[2]!)) ||
    // A passive pledge ("the arrangement would be signed in September", "L'accord ... sera examiné en novembre", "It will be
    // signed during the visit") binds the pair whatever its grammatical subject.
    (passive &&
      (clean === "" || /^(?:(?:the|a|an|its|their|this|le|la|les|un|une|ce|cet|cette|ces)(?![\p{L}])|l['’]|it$)/iu.test(clean)) &&
      !(m.groups?.passiveWill && /^(?:this|ce|cet|cette|ces)(?![\p{L}])/iu.test(clean))) ||
    (clean.length > 0 && isActorSpan(cleanAt, cleanAt + clean.length))
  )
    return true;
  // "A film co-production agreement ... was concluded on the same occasion and will be signed in Hanoi in September": a
  // passive coordinated after another predicate keeps the sentence's subject.
  if (
    passive &&
    /(?<![\p{L}])(?:and|et)\s*$/u.test(sentence.text.slice(0, m.index)) &&
    /^(?:\d+\.\s+)?(?:An?|The|Une?|La|Le|L['’])\s/u.test(sentence.text)
  )
    return true;
  // After a first pledge, a new subject of its own is the pair's too ("... et la compagnie ITA Airways lancera ...").
  // "..., et que deux sages-femmes du Centre hospitalier Princesse Grace viendront former l'équipe": a number opens such a
  // subject too, and the name of the body the people come from may lengthen it.
  const counted = /^(?:two|three|deux|trois)\s/u.test(clean);
  const opensSubject = counted || /^(?:the|a|an|la|le|les|un|une|l['’]|\p{Lu})/u.test(clean);
  if (afterPledge && opensSubject && clean.split(/\s+/).length <= (counted ? 8 : 6)) return true;
  return bindsByItsDate(scan, m, clean);
}

/** What an instrument sets, named as the subject of its start: "the new annual quota", "the reduced fees", "les nouveaux tarifs". */
const PROVISION_SUBJECT =
  /^(?:the|its|their|le|la|les|l['’])\s*(?:[\p{Ll}-]+\s+){0,2}(?:quotas?|fees|tariffs?|rates?|rules|ceilings?|caps?|tarifs?|plafonds?|règles)(?:\s+(?:of|for|de|des|du|pour)\s+(?:[^,;]|,(?=\d)){1,60})?$/iu;

/**
 * "The new annual quota of 6,000 participants for each country will apply from January 1, 2035", "it will enter into force
 * on April 1" after an instrument's ratification, "the reduced fees will take effect on March 1": the start an instrument
 * or its provision announces with its day binds the pair whatever the grammatical subject.
 */
function isInstrumentsAnnouncedStart(scan: TriggerScan, m: RegExpExecArray, clean: string): boolean {
  const text = scan.sentence.text;
  const after = text.slice(m.index + m[0].length);
  if (!datedClause(scan, m)) return false;
  if (isAnnouncedStart(m[0], after) && (PROVISION_SUBJECT.test(clean) || INSTRUMENT_SUBJECT.test(clean))) return true;
  // "it" after a semicolon stands for the instrument the clause before it names: "... was ratified ... last week; it will".
  return /^will$/iu.test(m[0]) && ENTRY_INTO_FORCE_AFTER_WILL.test(after) && /;\s*it\s+$/iu.test(text.slice(0, m.index));
}

/** "will enter into force on April 1", "will come into force on July 1": an instrument's entry into force on its day. */
const ENTRY_INTO_FORCE_AFTER_WILL = /^\s+(?:enter|come)\s+into\s+force\s+on\s/iu;

/** A trigger that binds because of what it says and when: a dated step of a named body, an instrument's provision, an order. */
function bindsByItsDate(scan: TriggerScan, m: RegExpExecArray, clean: string): boolean {
  const text = scan.sentence.text;
  // A body named by its proper name pledges what it will do by a date ("Hanbit Ocean Lines will add ... by the end of March").
  if (!m.groups?.would && isProperNameActor(clean) && datedClause(scan, m)) return true;
  if ((isCountedPeople(clean) || ONE_DELEGATION.test(clean)) && datedClause(scan, m)) return true;
  // "L'entente prévoit l'accueil de 120 étudiants ... d'ici l'automne 2033", "The memorandum provides for ... by 2031": what an
  // instrument provides for by a deadline binds the pair whatever the grammatical subject.
  if ((m.groups?.provides || m.groups?.providesFr) && INSTRUMENT_SUBJECT.test(clean) && datedClause(scan, m)) return true;
  if (isInstrumentsAnnouncedStart(scan, m, clean)) return true;
  if (PROVIDES_THAT.test(text.slice(0, m.index)) && datedClause(scan, m)) return true;
  // "In 2032, KTO Toronto will:", "..., and the coffee association, Anacafé, will:": a body named by its proper name
  // announcing a list pledges its items, which carry the dates.
  if (/^(?:will|shall)$/iu.test(m[0]) && /^\s*:\s*$/u.test(text.slice(m.index + m[0].length)) && isNamedBody(clean)) return true;
  // An order or an undertaking ("The Appellant shall be extradited ... no later than 15 August", "The Registrar shall file,
  // within 21 days, ..."): "shall" binds whatever its subject when a deadline follows.
  if ((m.groups?.shallBe || /^shall$/iu.test(m[0])) && datedClause(scan, m)) return true;
  // A relative clause after a first pledge (", qui sera versé d'ici ...") dates that pledge, it is none of its own.
  return (
    isScheduledStep(m, text, clean) &&
    !(scan.out.length > 0 && /^(?:qui|which|that)$/iu.test(clean)) &&
    (scan.opensOnStart || datedClause(scan, m))
  );
}

/**
 * Who pledges when the subject does not say: a reporter, the name a relative pronoun or an apposition stands for, the
 * sentence's lead actor, a body meeting, the party an agreed clause or a coordinated pledge binds; null when no one does.
 */
function agentFromContext(scan: TriggerScan, m: RegExpExecArray, { clean, subjectStart }: TriggerSubject): string | null {
  const { sentence, isActorSpan, isCountryAgent } = scan;
  const before = sentence.text.slice(0, m.index);
  const reporter = REPORTED_BY.exec(before)?.groups?.who;
  if (
    reporter &&
    (AGENT.test(reporter) || isCountryAgent(reporter) || isProperNameActor(reporter)) &&
    !PROCUREMENT.test(sentence.text.slice(m.index + m[0].length)) &&
    datedClause(scan, m)
  )
    return reporter;
  // "Manuel Castro Almeida, qui conduira une mission ...": a relative pronoun after a name stands for that person.
  // "at the request of the parties, who have agreed to resume consultations": and after a phrase naming actors, for them.
  if (/^(?:who|qui)$/iu.test(clean)) {
    const head = before.replace(/,?\s*(?:who|qui)(?:\s+(?:have|has|had|ont|a))?\s*$/iu, "");
    const name = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|da|de|dos|van|von|bin|binti|al-\p{L}+)){0,4}$/u.exec(head);
    const actors = /(?:the|both|les|la|le|l['’])\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/iu.exec(head);
    if (name && isActorSpan(sentence.start + name.index, sentence.start + name.index + name[0].length)) return name[0];
    if (actors && AGENT.test(actors[0])) return actors[0];
  }
  // "The delegation leaves Moncton on Thursday for Halifax, where it will meet ...": the pronoun is the sentence's subject.
  if (/^(?:it|they|il|elle|ils|elles)$/iu.test(clean) && /(?:where|où)\s+$/iu.test(sentence.text.slice(0, subjectStart - sentence.start))) {
    const lead = sentenceSubjectCandidates(sentence.text).find((c) => AGENT.test(c) || isCountryAgent(c));
    if (lead && !/^(?:it|they|il|elle|ils|elles)$/iu.test(lead)) return lead;
  }
  // "Canada's Minister of Immigration, Refugees and Citizenship, the Hon. Marc Ouimet, is scheduled to visit ...": the
  // verb's subject is the person named in the apposition that closes right before it.
  if (/^(?:se|s['’])?$/u.test(clean)) {
    const apposition = APPOSITION_BEFORE_VERB.exec(before);
    const at = apposition ? sentence.start + apposition.index + apposition[0].indexOf(apposition[1]!) : -1;
    // "The Chief Minister, the Hon Fabian Aldorino KC MP, will receive ...": else the title the apposition names.
    const titled = apposition ? /[^,;:]+$/u.exec(sentence.text.slice(0, apposition.index))?.[0].trim() : undefined;
    if (apposition && isActorSpan(at, at + apposition[1]!.length)) return apposition[1]!;
    if (titled && AGENT.test(titled)) return titled;
  }
  // "The Committee adopted new rules of origin, which will apply from January 1, 2034": the start announced for what the
  // sentence's actor adopted is that actor's pledge.
  if (
    /(?<![\p{L}])(?:which|qui)\s+(?:s['’]|se\s+)?$/iu.test(before) &&
    isAnnouncedStart(m[0], sentence.text.slice(m.index + m[0].length))
  ) {
    const lead = sentenceSubjectCandidates(sentence.text).find((c) => AGENT.test(c) || isCountryAgent(c));
    if (lead) return lead;
  }
  // "Le ministre l'a invité à effectuer une visite ... L'invitation a été acceptée.": an accepted invitation binds the guest
  // whatever the clause's grammatical subject.
  if (m.groups?.acceptedInvitation && clean === "") return clean;
  if (scan.agreedThat && /^(?:will|would)/iu.test(m[0])) return clean;
  if (bodyMeets(scan, m, clean)) return clean;
  // "... commits the province to hosting ...": the party bound is the verb's object, named in the trigger.
  const bound = COMMITS_OBJECT.exec(m[0]);
  if (bound) return bound[1]!;
  if (clean === "" && bodyBeforeRelative(scan, m)) return clean;
  return boundParty(scan, m);
}

/** A body's meeting scheduled or first meeting, the body named in the subject or right before the verb. */
function bodyMeets({ sentence }: TriggerScan, m: RegExpExecArray, clean: string): boolean {
  if (SCHEDULED.test(sentence.text.slice(m.index, m.index + m[0].length + 20)) && MEETING_SUBJECT.test(clean)) return true;
  // "Le comité de suivi, coprésidé par ..., se réunira pour la première fois ...", "a joint working group, which will meet for
  // the first time ...": a body named before an aside or a relative pronoun, meeting for the first time.
  return FIRST_MEETING.test(sentence.text.slice(m.index)) && BODY_BEFORE_ASIDE.test(sentence.text.slice(0, m.index));
}

/** A trigger with no subject of its own in a relative clause after a body: the body's first meeting or its list of pledges. */
function bodyBeforeRelative({ sentence }: TriggerScan, m: RegExpExecArray): boolean {
  const before = sentence.text.slice(0, m.index);
  // "establishes a joint steering committee that will meet by ...": a body's first meeting, in a relative clause.
  if (
    SCHEDULED.test(sentence.text.slice(m.index, m.index + m[0].length + 20)) &&
    /(?:committee|commission|working\s+group|council|forum|comité|groupe\s+de\s+travail)\s+(?:that|which|qui)\s+$/iu.test(before)
  )
    return true;
  // "a joint task force on supply chains, which will:": a body's pledges announced as a list.
  return (
    /^\s*:\s*$/u.test(sentence.text.slice(m.index + m[0].length)) &&
    /(?:committee|commission|task\s+force|working\s+group|council|forum|comité|groupe\s+de\s+travail)[^.;:]{0,60}?,?\s+(?:that|which|qui)\s+$/iu.test(
      before,
    )
  );
}

/** The country the trigger itself names, or the party a coordinated pledge before it already binds. */
function boundParty(scan: TriggerScan, m: RegExpExecArray): string | null {
  const { sentence, isActorSpan, isCountryAgent } = scan;
  const before = sentence.text.slice(0, m.index);
  // "a rappelé l'engagement de la France à ...", "confirmed Canada's intention to ...": the country named in the pledge.
  if (/engagement|intention|plan|decision/iu.test(m[0])) {
    const named = /(?:d[eu]\s+(?:la\s+|le\s+|l['’])?|\s)(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:à|intention|plan|decision)/u.exec(m[0]);
    if (named && isCountryAgent(named[1]!)) return named[1]!;
  }
  // "... would provide 200 million euros by 2028 and would double its scholarships": a coordinated pledge keeps its subject.
  const previous = scan.out.at(-1);
  if (previous && (m.groups?.before || /(?<![\p{L}])(?:and|et)\s+(?:to\s+|à\s+)?$/iu.test(before))) return previous.subject;
  if (!/(?<![\p{L}\p{N}])(?:and|et)\s+(?:\p{L}+(?:ly|ment)\s+)?$/u.test(before)) return null;
  // People lead a coordinated pledge verb ("Kim and Hodgson endorsed ... and agreed to"), not a bare "will" (an itinerary).
  const strongVerb = !/^(?:will|would|vont|va)$/iu.test(m[0]) && !m.groups?.fut;
  const lead = sentenceSubjectCandidates(sentence.text).find((c) => {
    const at = sentence.text.indexOf(c);
    return (
      AGENT.test(c) || isCountryAgent(c) || (strongVerb && at >= 0 && isActorSpan(sentence.start + at, sentence.start + at + c.length))
    );
  });
  return lead ?? null;
}

/** A trigger that belongs to the pledge before it: the place it names, a relative clause inside it, a bare coordinated "to". */
function isPartOfAnother(scan: TriggerScan, m: RegExpExecArray, { clean, subjectStart }: TriggerSubject): boolean {
  const { sentence } = scan;
  const previous = scan.out.at(-1);
  // "will travel to Toronto, where he will meet the Premier": what the traveller will do at the place the pledge names belongs
  // to that pledge, not to a second one.
  if (previous && previous.at >= sentence.start && isWhereClauseOfTheSame(sentence.text.slice(0, subjectStart - sentence.start), clean))
    return true;
  // "will set up a working group that will meet in February": a relative clause inside a pledge belongs to it.
  if (
    previous &&
    clean === "" &&
    /(?<![\p{L}])(?:that|which|qui)\s+$/iu.test(sentence.text.slice(0, m.index)) &&
    !/:\s*$/u.test(sentence.text)
  )
    return true;
  // A bare coordinated "to" continues a pledge verb ("agreed to extend ... and to convene ..."), not a renewed commitment to something.
  return (
    !!m.groups?.also &&
    (!previous || !/^(?:agreed|decided|pledged|vowed|promised|undertook|plans?|planned|intends?|commits?)\b/i.test(previous.trigger))
  );
}

/** Words that pledge nothing to the partner: a quoted phrase, a purchase plan, a speaker's own first person in a quotation. */
function isRhetoric(scan: TriggerScan, m: RegExpExecArray, who: string): boolean {
  const text = scan.sentence.text;
  const after = text.slice(m.index + m[0].length);
  // "Canada would \"look at every option\"": a quoted phrase after a reported "would" is rhetoric.
  if (m.groups?.would && /^\s+["“«]/u.test(after)) return true;
  // "Ottawa plans to acquire 12 submarines": a purchase plan is procurement news, not a pledge to the partner.
  if (/^(?:plans?|planned|intends?)\s+to$/i.test(m[0]) && PROCUREMENT.test(after)) return true;
  // "“We will keep showing up,” said the minister": a speaker's first person inside a quotation is rhetoric, not a pledge of a party.
  // "“We agreed to raise our relationship ... and to double trade by 2030,” Özkan told ...": a joint decision reported in
  // the first person is the parties' all the same.
  return (
    insideQuotation(text, m.index) &&
    /^(?:we|i|nous|je|on)$/i.test(who) &&
    !scan.jointDecision &&
    !(
      /^(?:(?:have\s+)?agreed|decided|avons\s+convenu|avons\s+décidé)/iu.test(scan.out.at(-1)?.trigger ?? m[0]) &&
      // an elevation of the relationship is the partnership's launch, read by the agreement rules
      !/^\s+(?:elevate|upgrade|raise|lift)(?![\p{L}])/iu.test(after)
    )
  );
}
