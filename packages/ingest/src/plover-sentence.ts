/**
 * PLOVER typing of a sentence: the type, mode and context of its main clause. The main clause's verb decides,
 * not a trigger word anywhere in the sentence: "Farmers demanded a meeting with the chancellor" is a REQUEST (to
 * meet), not a CONSULT; "The minister warned that Ottawa would impose sanctions" is a THREAT, not a COERCE. The main
 * verb is the first verb of the lexicon that is finite (not an infinitive after "to" or "à", not a participle
 * describing a noun), which in news and release prose is the verb of the subject that opens the sentence.
 */
import type { PloverCode, PloverContextKind, PloverMode } from "@ties/domain";

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
  /humanitarian|humanitaire|refugee|réfugié|relief|typhoon|earthquake|famine/iu.test(object)
    ? "humanitarian"
    : /military|militaire|troops|troupes|army|armée|defen[cs]e|weapons|missile|navies|naval|exercise|exercice|drill|frontier|border/iu.test(
          object,
        )
      ? "military"
      : /intelligence|renseignement/iu.test(object)
        ? "intelligence"
        : /econom|trade|commerce|investment|investissement|funding|financ/iu.test(object)
          ? "economic"
          : null;

const VERBS: VerbClass[] = [
  {
    code: "CONSULT",
    re: w(
      "met|meets|held (?:talks|a (?:bilateral )?meeting|consultations)|visited|travell?ed to|hosted|received|called(?= (?:his |her |their |the )?(?:\\p{Lu}|counterpart))|phoned|spoke (?:with|by (?:tele)?phone)|talked (?:with|to)|s['’]est entretenue?(?: par téléphone| au téléphone)?|se sont entretenus|a rencontré|ont rencontré|a reçu|a accueilli|s['’]est rendue?|a téléphoné",
    ),
    mode: (v) =>
      /call|phone|téléphon/iu.test(v)
        ? "phone"
        : /host|received|reçu|accueilli/iu.test(v)
          ? "host"
          : /visit|travel|rendu/iu.test(v)
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
      "cooperated|co-operated|collaborated|conducted (?:a |their )?(?:joint|combined|bilateral)|held (?:joint|combined) (?:exercises?|drills?)|shared (?:intelligence|information|data)|ont coopéré|ont mené (?:un|des) exercices?",
    ),
    context: (v, o) =>
      /intelligence|information|renseignement/iu.test(v)
        ? "intelligence"
        : /exercise|drill|exercice|military|naval/iu.test(v + o)
          ? "military"
          : null,
  },
  {
    code: "AID",
    re: w("provided|delivered|donated|granted|sent (?:aid|assistance|relief)|a fourni|ont fourni|a livré|a accordé|a octroyé"),
    context: objectContext,
  },
  {
    code: "CONCEDE",
    re: w("yielded|conceded|accepted|gave in|agreed to (?:the|their) demands?|a cédé|a accepté|ont accepté"),
    context: () => null,
  },
  {
    code: "RETREAT",
    re: w(
      "withdrew|pulled out|pulled back|released|freed|declared a (?:ceasefire|truce)|lifted (?:the )?(?:sanctions|embargo|blockade)|a retiré|a libéré|ont libéré",
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
      "accused|critici[sz]ed|condemned|denounced|blamed|rebuked|a accusé|ont accusé|a critiqué|a condamné|ont condamné|a dénoncé|ont dénoncé",
    ),
    mode: () => "disapprove",
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
    re: w("protested|demonstrated|rallied|marched|went on strike|boycotted|a protesté|ont protesté|ont manifesté"),
    mode: (v) => (/demonstrat|rallied|marched|manifest/iu.test(v) ? "demo" : /strike|boycott/iu.test(v) ? "boycott" : null),
    context: () => null,
  },
  {
    code: "SANCTION",
    re: w(
      "expelled|suspended|recalled (?:its |their )?(?:ambassador|envoy)|severed|cut (?:diplomatic )?ties|broke off|downgraded|halted (?:the )?(?:talks|negotiations|aid)|a expulsé|ont expulsé|a suspendu|a rappelé son ambassadeur",
    ),
    mode: (v) => (/expel|expuls/iu.test(v) ? "expel" : /recall|rappel|sever|broke|cut/iu.test(v) ? "withdraw" : null),
    context: (v) => (/expel|expuls|recall|rappel|ambassad|ties/iu.test(v) ? "diplomatic" : null),
  },
  {
    code: "COERCE",
    re: w(
      "imposed|arrested|detained|seized|confiscated|blockaded|deported|banned|a imposé|ont imposé|a arrêté|ont arrêté|a saisi|a expulsé des migrants",
    ),
    mode: (v, o) =>
      /arrest|detain|arrêté/iu.test(v) ? "arrest" : /sanction|embargo|restriction|curfew|boycott/iu.test(o) ? "restrict" : null,
    context: (v, o) =>
      /sanction|embargo/iu.test(o) ? "diplomatic" : /arrest|detain|seiz|confiscat|arrêté|saisi/iu.test(v) ? "legal" : null,
  },
  {
    code: "MOBILIZE",
    re: w(
      "deployed|mobili[sz]ed|raised (?:its |their )?alert|put (?:its |their )?(?:forces|troops|military) on alert|massed|a déployé|ont déployé|a mobilisé",
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
      if (!best || m.index < best.at) best = { cls, at: m.index, verb: m[0] };
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
