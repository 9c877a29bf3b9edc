/**
 * PLOVER typing of a sentence: the type, mode and context of its main clause. The main clause's verb decides,
 * not a trigger word anywhere in the sentence: "Farmers demanded a meeting with the chancellor" is a REQUEST (to
 * meet), not a CONSULT; "The minister warned that Ottawa would impose sanctions" is a THREAT, not a COERCE. The main
 * verb is the first verb of the lexicon that is finite (not an infinitive after "to" or "à", not a participle
 * describing a noun), which in news and release prose is the verb of the subject that opens the sentence.
 */
import type { PloverCode, PloverContextKind, PloverMode } from "@ties/domain";
import { wordStart } from "./word-start";

export interface PloverTyping {
  code: PloverCode;
  mode: PloverMode | null;
  context: PloverContextKind | null;
  /** The verb that decided the type, with its offset in the sentence. */
  verb: string;
  at: number;
}

interface VerbClass {
  code: PloverCode;
  re: RegExp;
  /** Mode and context from the verb and its object (the words after the verb, up to the clause's end). */
  mode?: (verb: string, object: string) => PloverMode | null;
  context?: (verb: string, object: string) => PloverContextKind | null;
}

const w = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, "giu");

const objectContext = (_verb: string, object: string): PloverContextKind | null =>
  /humanitarian|humanitaire|refugee|réfugié|relief|typhoon|earthquake|séisme|famine|medical supplies|médicaments/iu.test(object)
    ? "humanitarian"
    : /military|militaire|troops|troupes|army|armée|defen[cs]e|weapons|missile|navies|naval|exercise|exercice|drill|frontier|border/iu.test(
          object,
        )
      ? "military"
      : /intelligence|renseignement/iu.test(object)
        ? "intelligence"
        : /econom|trade|commerce|investment|investissement|funding|financ|loan|prêt|crédit|credit/iu.test(object)
          ? "economic"
          : null;

const VERBS: VerbClass[] = [
  {
    code: "CONSULT",
    re: w(
      "met|meets|held (?:talks|a (?:bilateral )?meeting|consultations)|visited|travell?ed to|flew to|hosted|received|called(?! (?:on|for|upon) )(?= (?:his |her |their |the )?(?:\\p{Lu}|counterpart))|phoned|(?:a|ont) eu (?:un|des) entretiens?(?: téléphoniques?)?|spoke (?:with|by (?:tele)?phone)|talked (?:with|to)|s['’]est entretenue?(?: par téléphone| au téléphone)?|se sont entretenus|a rencontré|ont rencontré|a reçu|a accueilli|s['’]est rendue?|a téléphoné",
    ),
    mode: (v) =>
      /call|phone|téléphon/iu.test(v)
        ? "phone"
        : /host|received|reçu|accueilli/iu.test(v)
          ? "host"
          : /visit|travel|flew|rendu/iu.test(v)
            ? "visit"
            : null,
    context: () => "diplomatic",
  },
  {
    code: "AGREE",
    re: w(
      "agreed (?:to|on|that)|pledged|promised|vowed|committed to|decided to|offered to|undertook to|se sont engagés|s['’]est engagée?|s['’]engagent|ont convenu|sont convenus|a promis|ont promis",
    ),
    context: () => "diplomatic",
  },
  {
    code: "REQUEST",
    re: w(
      "demanded|demands|requested|asked|urged|called (?:for|on)|appealed|sought|pressed for|a demandé|ont demandé|a exhorté|a appelé|réclame|réclament|a réclamé|ont réclamé",
    ),
    mode: (_v, o) =>
      /meeting|talks|negotiat|dialogue|rencontre|réunion|négociation/iu.test(o)
        ? "meet"
        : /release|lift|ease|withdraw|libérer|lever|retirer/iu.test(o)
          ? "yield"
          : /help|aid|assistance|funding|support|aide|soutien/iu.test(o)
            ? "assist"
            : null,
    context: (v, o) => (/meeting|talks|negotiat|rencontre|réunion/iu.test(o) ? "diplomatic" : objectContext(v, o)),
  },
  {
    code: "SUPPORT",
    re: w(
      "signed|a signé|ont signé|praised|welcomed|endorsed|supported|backed|applauded|apologi[sz]ed|recogni[sz]ed|a salué|ont salué|a félicité|ont félicité|a soutenu",
    ),
    context: () => "diplomatic",
  },
  {
    code: "COOPERATE",
    re: w(
      "cooperated|co-operated|collaborated|conducted (?:a |their )?(?:joint|combined|bilateral)|held (?:joint|combined) (?:exercises?|drills?)|(?:shared|exchanged) (?:intelligence|information|data)|jointly \\p{L}+ed|(?:ont|a) (?:coopéré|collaboré)|ont mené (?:un|des) exercices?|ont \\p{L}+é ensemble|ont échangé (?:des )?(?:informations|renseignements)",
    ),
    context: (v, o) =>
      /intelligence|information|renseignement/iu.test(v)
        ? "intelligence"
        : /exercise|drill|exercice|military|naval/iu.test(v + o)
          ? "military"
          : /police|judicia|justice|extradit|enquête|trafic|criminal|crime/iu.test(v + o)
            ? "legal"
            : null,
  },
  {
    code: "AID",
    re: w("provided|delivered|donated|granted|sent|shipped|a fourni|ont fourni|a livré|a accordé|a octroyé|a envoyé|ont envoyé"),
    context: objectContext,
  },
  {
    code: "CONCEDE",
    re: w(
      "yielded|conceded|accepted|gave in|agreed to (?:the|their) demands?|eased|relaxed|loosened|a cédé|a accepté|ont accepté|a assoupli|ont assoupli",
    ),
    context: (_v, o) => (/administrative|restrictions?|visa|curfew|couvre-feu/iu.test(o) ? "legal" : null),
  },
  {
    code: "RETREAT",
    re: w(
      "withdrew|pulled out|pulled back|released|freed|(?:declared|agreed to|agreed on) a (?:ceasefire|truce)|lifted (?:the )?(?:sanctions|embargo|blockade)|a retiré|a libéré|ont libéré",
    ),
    mode: (v) =>
      /withdr|pulled|retiré/iu.test(v)
        ? "withdraw"
        : /releas|freed|libéré/iu.test(v)
          ? "release"
          : /ceasefire|truce/iu.test(v)
            ? "ceasefire"
            : null,
    context: (v, o) =>
      /ceasefire|truce|troops|forces/iu.test(v + o) ? "military" : /releas|freed|detain|prisoner|fishermen/iu.test(v + o) ? "legal" : null,
  },
  {
    code: "ACCUSE",
    re: w(
      "accused|critici[sz]ed|condemned|denounced|blamed|rebuked|a accusé|ont accusé|a critiqué|a condamné|ont condamné|a dénoncé|ont dénoncé|investigated|(?:opened|launched) an? (?:investigation|inquiry|probe)|(?:a|ont) ouvert une enquête",
    ),
    mode: (v) => (/investigat|inquiry|probe|enquête/iu.test(v) ? "investigate" : "disapprove"),
    context: () => null,
  },
  {
    code: "REJECT",
    re: w("rejected|refused|declined|vetoed|dismissed|turned down|a rejeté|ont rejeté|a refusé|ont refusé"),
    context: () => null,
  },
  {
    code: "THREATEN",
    re: w("threatened|warned|a menacé|ont menacé|a averti|a mis en garde"),
    mode: (_v, o) =>
      /force|attack|strike|military|violence|militaire/iu.test(o)
        ? "violence"
        : /sanction|embargo|boycott|tariff/iu.test(o)
          ? "restrict"
          : null,
    context: (_v, o) => (/force|attack|military|militaire/iu.test(o) ? "military" : null),
  },
  {
    code: "PROTEST",
    re: w(
      "protested|demonstrated|rallied|marched|went on strike|boycotted|a protesté|ont protesté|ont manifesté|a manifesté|ont défilé|ont marché|ont fait grève",
    ),
    mode: (v) => (/demonstrat|rallied|marched|manifest|défilé|marché/iu.test(v) ? "demo" : /strike|boycott/iu.test(v) ? "boycott" : null),
    context: () => null,
  },
  {
    code: "SANCTION",
    re: w(
      "expelled|suspended|recalled (?:its |their )?(?:ambassador|envoy)|severed|cut (?:diplomatic )?ties|broke off|downgraded|halted (?:the )?(?:talks|negotiations|aid)|a expulsé|ont expulsé|a suspendu|a rappelé son ambassadeur|(?:a|ont) rompu",
    ),
    mode: (v) => (/expel|expuls/iu.test(v) ? "expel" : /recall|rappel|sever|broke|cut|rompu/iu.test(v) ? "withdraw" : null),
    context: (v, o) =>
      /expel|expuls|recall|rappel|ambassad|ties/iu.test(v) || /^\s*(?:\p{L}+\s+){0,2}relations/iu.test(o) ? "diplomatic" : null,
  },
  {
    code: "COERCE",
    re: w(
      "imposed|arrested|detained|seized|confiscated|blockaded|deported|banned|a imposé|ont imposé|a arrêté|ont arrêté|a saisi|ont saisi|a confisqué|ont confisqué|a expulsé des migrants",
    ),
    mode: (v, o) =>
      /arrest|detain|arrêté/iu.test(v) ? "arrest" : /sanction|embargo|restriction|curfew|boycott/iu.test(o) ? "restrict" : null,
    context: (v, o) =>
      /sanction|embargo/iu.test(o) ? "diplomatic" : /arrest|detain|seiz|confiscat|arrêté|saisi/iu.test(v) ? "legal" : null,
  },
  {
    code: "MOBILIZE",
    re: w(
      "deployed|mobili[sz]ed|raised (?:its |their )?alert|put (?:its |their |the )?(?:[\\p{L}-]+ ){1,3}on (?:high |full |maximum )?alert|massed|a déployé|ont déployé|a mobilisé",
    ),
    mode: () => "troops",
    context: () => "military",
  },
  {
    code: "ASSAULT",
    re: w(
      "attacked|bombed|shelled|killed|struck|fired (?:missiles|rockets|shells) at|ambushed|a attaqué|ont attaqué|ont bombardé|a bombardé",
    ),
    context: (v, o) => (/artillery|shell|missile|troops|military|army/iu.test(v + o) ? "military" : null),
  },
];

const AID_OBJECT = wordStart(
  /(?<![\p{L}])(?:aid|assistance|relief|supplies|vaccines?|food|medicines?|equipment|weapons|aide|secours|vivres|médicaments|vaccins|matériel|fournitures)(?![\p{L}])/iu,
);

/** A verb form after these is not the clause's finite verb: an infinitive or a participle describing a noun. */
const NOT_FINITE_BEFORE = /(?:(?<![\p{L}])(?:to|à|de|d['’]|pour)\s+|(?<![\p{L}])(?:agreement|accord|deal|treaty|plan|document)\s+)$/iu;

export function ploverOfSentence(sentence: string): PloverTyping | null {
  let best: { cls: VerbClass; at: number; verb: string } | null = null;
  for (const cls of VERBS) {
    cls.re.lastIndex = 0;
    for (let m = cls.re.exec(sentence); m; m = cls.re.exec(sentence)) {
      if (NOT_FINITE_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "welcomed X to Seoul" hosts a visit; "welcomed the agreement" supports.
      if (cls.code === "SUPPORT" && /^welcomed$/i.test(m[0]) && /^\s[^,.;]{1,60}?\sto\s\p{Lu}/u.test(sentence.slice(m.index + m[0].length)))
        continue;
      // "agreed to the demands": yielding, which CONCEDE's own pattern names.
      if (cls.code === "AGREE" && /^agreed to$/i.test(m[0]) && /^\s+(?:the|their)\s+demands?/i.test(sentence.slice(m.index + m[0].length)))
        continue;
      // "sent a trade mission" is no aid: sending is aid only when what is sent is.
      if (
        cls.code === "AID" &&
        /^(?:sent|shipped|a envoyé|ont envoyé)$/iu.test(m[0]) &&
        !AID_OBJECT.test(sentence.slice(m.index + m[0].length).split(/[;.]/u)[0] ?? "")
      )
        continue;
      // Two classes reading the same words: the longer reading is the verb ("called on" asks, "agreed to a truce" retreats).
      if (!best || m.index < best.at || (m.index === best.at && m[0].length > best.verb.length)) best = { cls, at: m.index, verb: m[0] };
      break;
    }
  }
  if (!best) return null;
  const rest = sentence.slice(best.at + best.verb.length);
  const object = rest.split(/[;.]|,\s+(?:and|but|while|et|mais)\s/u)[0] ?? rest;
  return {
    code: best.cls.code,
    mode: best.cls.mode?.(best.verb, object) ?? null,
    context: best.cls.context ? best.cls.context(best.verb, object) : objectContext(best.verb, object),
    verb: best.verb,
    at: best.at,
  };
}
