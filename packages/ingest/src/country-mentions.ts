/**
 * Country names, demonyms and capitals in English and French, and the mentions of them in a text.
 * Used to tell which countries a sentence speaks of, and so whether a record concerns the pair.
 */
import { GAZETTEER, GAZETTEER_FIRST_WORDS, type GazetteerEntry } from "./country-gazetteer";
import { HONORIFICS_BEFORE } from "./name-vocabulary";
import type { Span } from "./text-span";
import { wordStart } from "./word-start";

export interface CountryMention extends Span {
  code: string;
  text: string;
  /** "Korea's ..." or "la Corée ...": a possessive or modifier, not an actor. */
  possessive: boolean;
  /** A capital city standing for its government (Seoul, Ottawa). */
  capital: boolean;
  /** A province, state or region standing for its country ("B.C.", "Bavière"): never a reason to doubt a surname. */
  subdivision?: boolean;
}

interface CountryForms {
  code: string;
  names: string[];
  capitals: string[];
}

/** Longest forms first within each country; "North Korea" is tried before "Korea". */
const COUNTRIES: CountryForms[] = [
  {
    code: "KP",
    names: [
      "Democratic People['’]s Republic of Korea",
      "North Korean?s?",
      "N\\. Korean?",
      "DPRK",
      "Corée du Nord",
      "République populaire démocratique de Corée",
      "nord-coréen(?:ne)?s?",
      "RPDC",
    ],
    capitals: ["Pyongyang"],
  },
  {
    code: "KR",
    names: [
      "Republic of Korea",
      "South Korean?s?",
      "S\\. Korean?",
      "ROK",
      "Korean?s?",
      "Corée du Sud",
      "République de Corée",
      "Corée",
      "sud-coréen(?:ne)?s?",
      "coréen(?:ne)?s?",
    ],
    capitals: ["Seoul", "Séoul"],
  },
  { code: "CA", names: ["Canada", "Canadian?s?", "canadien(?:ne)?s?"], capitals: ["Ottawa"] },
  {
    code: "US",
    names: ["United States", "U\\.S\\.(?:A\\.)?", "US", "USA", "Americans?", "États-Unis", "américain(?:e)?s?"],
    capitals: ["Washington"],
  },
  {
    code: "GB",
    names: ["United Kingdom", "Britain", "British", "UK", "U\\.K\\.", "Royaume-Uni", "britannique"],
    capitals: ["London", "Londres"],
  },
  { code: "JP", names: ["Japan(?:ese)?", "Japon", "japonais(?:e)?"], capitals: ["Tokyo"] },
  { code: "CN", names: ["China", "Chinese", "Chine", "chinois(?:e)?"], capitals: ["Beijing", "Pékin"] },
  { code: "RU", names: ["Russian?", "Russie", "russe"], capitals: ["Moscow", "Moscou"] },
  { code: "UA", names: ["Ukrainian?", "ukrainien(?:ne)?"], capitals: ["Kyiv", "Kiev"] },
  { code: "AU", names: ["Australian?", "Australie"], capitals: ["Canberra"] },
  // "French" is also the language ("in French"): a country only before a word of government ("French President").
  {
    code: "FR",
    names: [
      "France",
      "French(?=\\s+(?:[\\p{Lu}][\\p{Ll}]+\\s+){0,2}(?:President|Prime Minister|Minister|Foreign|Ambassador|Defen[cs]e|Navy|government|officials?|delegations?|side|embassy|Embassy|authorities|troops|forces|army|military|diplomats?|companies|firms|investors|nationals|citizens|Secretary|State|Republic)(?![\\p{L}]))",
    ],
    capitals: ["Paris"],
  },
  // "Deutsche Messe", "Deutsche Bank": the German adjective names German bodies in English and French copy.
  { code: "DE", names: ["Germany", "German", "Allemagne", "Deutsche"], capitals: ["Berlin"] },
  { code: "IT", names: ["Italy", "Italian", "Italie"], capitals: ["Rome"] },
  { code: "LV", names: ["Latvian?", "Lettonie"], capitals: ["Riga"] },
  { code: "IN", names: ["India", "Indian", "Inde"], capitals: ["New Delhi"] },
  { code: "CU", names: ["Cuban?", "cubain(?:e)?"], capitals: ["Havana"] },
  { code: "TR", names: ["Türkiye", "Turkey", "Turkish", "Turquie"], capitals: ["Ankara"] },
  { code: "MX", names: ["Mexico", "Mexican", "Mexique"], capitals: [] },
  { code: "VN", names: ["Vietnam(?:ese)?", "Viet Nam"], capitals: ["Hanoi"] },
  { code: "PH", names: ["Philippines", "Philippine"], capitals: ["Manila"] },
  { code: "ID", names: ["Indonesian?", "Indonésie"], capitals: ["Jakarta"] },
  { code: "NZ", names: ["New Zealand", "Nouvelle-Zélande"], capitals: ["Wellington"] },
  // "le ministre d'État émirien": the French demonym of the Emirates, which the country tables do not carry.
  { code: "AE", names: ["United Arab Emirates", "UAE", "Émirats arabes unis", "émirien(?:ne)?s?"], capitals: ["Abu Dhabi"] },
  // "PNG's Minister", "the PNG–Indonesia Joint Border Committee": the initials prose uses for the country, as "ROK" and "UK".
  { code: "PG", names: ["Papua New Guinean?", "PNG", "Papouasie-Nouvelle-Guinée"], capitals: ["Port Moresby"] },
  // "the RMI and the FSM", "DRC troops", "la RDC", "the PRC's position": the initials of official names, which the country
  // tables do not carry, as prose uses them for the country.
  { code: "MH", names: ["RMI"], capitals: [] },
  { code: "FM", names: ["FSM"], capitals: [] },
  { code: "CD", names: ["DRC", "RDC"], capitals: [] },
  { code: "CN", names: ["PRC"], capitals: [] },
  { code: "FI", names: ["Finland", "Finnish", "Finlande"], capitals: ["Helsinki"] },
  { code: "PL", names: ["Poland", "Polish", "Pologne"], capitals: ["Warsaw", "Varsovie"] },
  { code: "SG", names: ["Singapore", "Singapour"], capitals: [] },
  // "Jersey's Chief Minister", "the States of Guernsey": the Channel Islands, which the country tables leave out as names of
  // other things; never "New Jersey", "Jersey City" or "Jersey Shore".
  { code: "JE", names: ["(?<!New\\s)Jersey(?!\\s+(?:City|Shore))"], capitals: [] },
  { code: "GG", names: ["Guernsey"], capitals: [] },
  // "Jordan" and "Chad" are given names too ("Michael Jordan", "Chad Smith"): the country after a word of place or
  // relation, in a compound ("Jordan–Netherlands") or as a possessive, never beside another capitalised name.
  ...[
    { code: "JO", name: "Jordan" },
    { code: "TD", name: "Chad" },
  ].map(({ code, name }) => ({
    code,
    names: [
      // The name first, then the word before it: a form opening on a letter is tried only where that letter stands.
      `${name}(?<=(?:of|in|to|from|and|with|between|visit|visited|for)\\s${name})(?!\\s+\\p{Lu})`,
      `${name}(?=\\s*[–-]\\s*\\p{Lu}|['’]s\\s)`,
    ],
    capitals: [],
  })),
];

/**
 * Demonyms that name a language as often as a country ("French"), read as the country only where
 * a title follows them; a title scan that sees the word alone asks here.
 */
export function countryOfTitleDemonym(word: string): string | null {
  const e = GAZETTEER.get(word);
  return e && !e.capital ? e.code : null;
}

/**
 * A title or word of government after a demonym that is also a language: "Spanish Prime Minister", "Dutch officials", "a
 * French delegation", "the Portuguese side", "Spanish troops" (the language is "in French", "French-language", "French
 * immersion").
 */
const GOVERNMENT_WORDS =
  "President|Prime Minister|Minister|Foreign|Ambassador|Defen[cs]e|Navy|government|officials?|King|Queen|Chancellor|counterparts?|delegations?|side|embassy|Embassy|authorities|troops|forces|army|military|diplomats?|companies|firms|investors|nationals|citizens|Secretary|State|Republic";
/** "the Norwegian Engineering Accreditation Board", "the Swedish Research Council": a national body's name (not a language's school). */
const BODY_WORDS =
  "Board|Council|Agency|Institute|Authority|Commission|Committee|Association|Society|Foundation|Ministry|Directorate|Parliament|Court|Bank|Cross|Academy|Federation|Chamber|Corporation|Coast Guard|Police";
const GOVERNMENT_AFTER = new RegExp(
  `^\\s+(?:(?:[\\p{Lu}][\\p{Ll}]+\\s+){0,2}(?:${GOVERNMENT_WORDS})|(?:(?!Language|Literature|Studies)[\\p{Lu}][\\p{Ll}]+\\s+){0,3}(?:${BODY_WORDS}))(?![\\p{L}])`,
  "u",
);
/** An honorific and a given name just before a word: that word is a family name ("Ms. Desilú León"). */
const SURNAME_AFTER_GIVEN = wordStart(/(?<![\p{L}])(?:Mr|Ms|Mrs|Dr|Prof|M|Mme|Mlle)\.?\s+\p{Lu}[\p{Ll}'’-]+\s+$/u);
/** A demonym joined to another by a hyphen or a dash ("the Danish-Ugandan committee", "Ugandan–Danish"): two nationalities, not a language. */
const JOINED_AFTER = /^[-‐‑–]\p{Lu}/u;
const JOINED_BEFORE = /\p{L}[-‐‑–]$/u;
/** Korean particles written onto a noun ("대한민국은", "캐나다와"). */
const HANGUL_PARTICLE = /(?:은|는|이|가|을|를|의|과|와|에|에서|으로|로|도|과의|와의)$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu;

/**
 * Mentions from the gazetteer of every country: the longest run of words (up to the longest form) that is a
 * country's name, demonym or capital, read word by word instead of through one regular expression of five thousand
 * alternatives.
 */
type GazetteerMention = CountryMention & { entry: GazetteerEntry };
/**
 * The whole text is scanned once and ranges are read from it: the same document is asked about sentence by sentence,
 * in its original and its masked form, so the last few texts are remembered.
 */
const recentScans: Array<{ text: string; mentions: GazetteerMention[] }> = [];

export function scanGazetteer(text: string, range: Span): GazetteerMention[] {
  if (text.length > 200) {
    let scan = recentScans.find((r) => r.text === text);
    if (!scan) {
      scan = { text, mentions: scanGazetteerRange(text, { start: 0, end: text.length }) };
      recentScans.unshift(scan);
      if (recentScans.length > 4) recentScans.pop();
    }
    if (range.start === 0 && range.end === text.length) return scan.mentions;
    return scan.mentions.filter((m) => m.start >= range.start && m.end <= range.end);
  }
  // Short texts (names, subjects, words) are asked about again and again: remember their answers.
  if (range.start !== 0 || range.end !== text.length) return scanGazetteerRange(text, range);
  let hit = shortScans.get(text);
  if (!hit) {
    if (shortScans.size > 5000) shortScans.clear();
    hit = scanGazetteerRange(text, range);
    shortScans.set(text, hit);
  }
  return hit;
}
const shortScans = new Map<string, GazetteerMention[]>();

function scanGazetteerRange(text: string, range: Span): GazetteerMention[] {
  const slice = text.slice(range.start, range.end);
  const words: Array<{ start: number; end: number }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    // "l'Égypte", "d'Indonésie": the French article elided onto the name is not part of it.
    const apostrophe = m[0].indexOf("'") > 0 || m[0].indexOf("’") > 0;
    const elided = apostrophe ? /^(?:[lLdD]|[qQ]u|[jJ]usqu)['’](?=\p{Lu})/u.exec(m[0]) : null;
    words.push({ start: m.index + (elided ? elided[0].length : 0), end: m.index + m[0].length });
  }
  const out: Array<CountryMention & { entry: GazetteerEntry }> = [];
  for (let i = 0; i < words.length; i++) {
    const first = slice.charCodeAt(words[i]!.start);
    // Forms start with a capital, a lower-case French demonym, or Hangul: skip the rest cheaply.
    if (first >= 0x30 && first <= 0x39) continue;
    const word = slice.slice(words[i]!.start, words[i]!.end);
    // Most words end in none of "'s", "'" or ".": strip those only when the last character asks for it.
    const last = word.charCodeAt(word.length - 1);
    const head = last === 0x73 || last === 0x27 || last === 0x2019 || last === 0x2e ? word.replace(/['’]s?$/, "").replace(/\.$/, "") : word;
    let maxWords = GAZETTEER_FIRST_WORDS.get(head);
    // Korean particles are written onto the noun: look the word up without them.
    if (maxWords === undefined && /[\uAC00-\uD7A3]/.test(head))
      maxWords = GAZETTEER_FIRST_WORDS.get(head.replace(HANGUL_PARTICLE, "")) ?? undefined;
    if (maxWords === undefined) continue;
    let found: { end: number; entry: NonNullable<ReturnType<typeof GAZETTEER.get>>; possessive: boolean; j: number } | null = null;
    for (let j = Math.min(words.length - 1, i + maxWords - 1); j >= i && !found; j--) {
      // "Côte d'Ivoire": the elision split off a word ("d'Ivoire") joins it to the word before all the same.
      if (j > i && !/^(?:[ -]|[ -][dl]['’])$/u.test(slice.slice(words[j - 1]!.end, words[j]!.start))) continue;
      const raw = slice.slice(words[i]!.start, words[j]!.end);
      const candidates: Array<[string, boolean]> = [[raw, false]];
      const poss = /['’]s?$/.exec(raw);
      if (poss) candidates.push([raw.slice(0, poss.index), true]);
      if (raw.endsWith(".")) candidates.push([raw.slice(0, -1), false]);
      // The data writes "Côte d'Ivoire" with a straight apostrophe; texts often curl it.
      if (raw.includes("’")) candidates.push([raw.replace(/’/gu, "'").replace(/'s?$/u, ""), /['’]s?$/u.test(raw)]);
      const hangul = HANGUL_PARTICLE.exec(raw);
      if (hangul && /[\uAC00-\uD7A3]/.test(raw)) candidates.push([raw.slice(0, hangul.index), false]);
      for (const [form, possessive] of candidates) {
        const entry = GAZETTEER.get(form);
        if (!entry) continue;
        const after = slice.slice(words[i]!.start + form.length, words[i]!.start + form.length + 60);
        if (
          entry.language &&
          !GOVERNMENT_AFTER.test(after) &&
          !JOINED_AFTER.test(after) &&
          !JOINED_BEFORE.test(slice.slice(Math.max(0, words[i]!.start - 2), words[i]!.start))
        )
          continue;
        found = { end: words[i]!.start + form.length, entry, possessive, j };
        break;
      }
    }
    if (!found) continue;
    const start = range.start + words[i]!.start;
    const end = range.start + found.end;
    // "Ms. Desilú León", "M. Jean Paris": a place's name after an honorific and a given name is a family name.
    if (SURNAME_AFTER_GIVEN.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "Santiago de los Caballeros" is not Chile's capital: a particle and a capital after a city make another name.
    if (found.entry.capital && NAME_PARTICLE_TAIL.test(text.slice(end, end + 60))) continue;
    // "un lectorat de français canadien", "traduit en coréen": a French demonym in lower case right after "de" or "en", with
    // no article, is the language (the people take a capital and an article: "des Français").
    if (found.entry.kind === "demonym" && namesLanguage(text, start, end)) continue;
    // "Français Contact Us Help Search Canada Site": a language's own name opening a line of links is the switch to it.
    if (isLanguageSwitch(text, start, end)) continue;
    const after = text.slice(end, end + 20);
    out.push({
      start,
      end,
      code: found.entry.code,
      text: text.slice(start, end),
      possessive: found.possessive || /^['’]s?\b/.test(after),
      capital: found.entry.capital,
      entry: found.entry,
    });
    i = found.j;
  }
  return out;
}

/** Languages' own names that are also a people's: on a site's language link they name the language. */
const LANGUAGE_SWITCH = /^(?:Français|English|Español|Deutsch|Português|Italiano|Nederlands|Polski|Hrvatski)$/u;
/** Nothing before it on its line, and the line's end or a capitalised link after it. */
function isLanguageSwitch(text: string, start: number, end: number): boolean {
  if (!LANGUAGE_SWITCH.test(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return /^[ \t|]*$/u.test(text.slice(lineStart, start)) && /^(?:[ \t]*(?:\n|$)|[ \t|]+\p{Lu})/u.test(text.slice(end, end + 3));
}
/** "de", "d'" or "en" right before a word: after them a demonym in lower case names a language. */
const LANGUAGE_AFTER = wordStart(/(?<![\p{L}])(?:de|en)\s+$|(?<![\p{L}])d['’]$/u);
const namesLanguage = (text: string, start: number, end: number) =>
  /^\p{Ll}/u.test(text.slice(start, end)) && LANGUAGE_AFTER.test(text.slice(Math.max(0, start - 4), start));

/** A particle and the capitalised words of a longer place name: " de los Caballeros", " de Cuba", " do Sul". */
export const NAME_PARTICLE_TAIL = /^(?:\s(?:de|del|de la|de las|de los|do|da|dos|das|di)(?:\s\p{Lu}[\p{L}'’-]*)+)/u;

/** Country names a pair can be given by code, for messages and subject tests. */
export const COUNTRY_CODES = COUNTRIES.map((c) => c.code);

// Provinces, states and regions come from the gazetteer's subdivisions, after the hand-written forms.
const alternation = COUNTRIES.flatMap((c) => [
  ...c.names.map((n) => ({ code: c.code, source: n, capital: false })),
  ...c.capitals.map((n) => ({ code: c.code, source: n, capital: true })),
]);

const MENTION_RE = wordStart(
  new RegExp(
    // "Canada-Korea", "Canada-Corée": a country after a hyphen is one of a compound's parties; after a lower-case prefix
    // ("inter-Korean", "pro-Korea") it is not.
    `(?<![\\p{L}\\p{N}])(?<!(?<![\\p{L}])\\p{Ll}\\p{L}*-)(?:${alternation.map((a, i) => `(?<c${i}>${a.source})`).join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  ),
);
const CAPS_CITY_RE = wordStart(
  new RegExp(`(?<![\\p{L}])(${COUNTRIES.flatMap((c) => c.capitals.map((n) => n.toUpperCase())).join("|")})(?![\\p{L}])`, "gu"),
);

/**
 * Words after "Korea" that make it part of an organisation or a media name, not the country as an actor; and after a name
 * a country shares with a federal state ("Niger State", "Niger and Benue States"), the state.
 */
const NOT_A_COUNTRY_AFTER =
  /^\s+(?:Herald|Times|JoongAng|Institute|Council|Foundation|Peninsula|War\b|States?\b|(?:and|et)\s+\p{Lu}[\p{L}-]+\s+States\b)/u;

/**
 * Short phrases (single words, titles) are looked up again and again while reading names, and whole sentences
 * once per person and per side: each is scanned once. Callers never change the arrays returned.
 */
const phraseCache = new Map<string, CountryMention[]>();

export function findCountryMentions(text: string, range?: Span): CountryMention[] {
  if (range === undefined && text.length <= 4000) {
    const cached = phraseCache.get(text);
    if (cached) return cached;
    const found = scanCountryMentions(text, { start: 0, end: text.length });
    // Words and short phrases of many texts: large enough that a run over every labelled set never clears it.
    if (phraseCache.size > 50000) phraseCache.clear();
    phraseCache.set(text, found);
    return found;
  }
  if (range === undefined) return scanCountryMentions(text, { start: 0, end: text.length });
  // The stages ask about many ranges of one document (each sentence, each clause before a verb): the document is
  // scanned once and each range reads its own mentions from that scan.
  let whole = wholeScans.get(text);
  if (!whole) {
    whole = scanCountryMentions(text, { start: 0, end: text.length });
    // A document and the few texts derived from it (its kept text, a masked copy) are asked about in turn: keep them all.
    if (wholeScans.size >= 8) wholeScans.delete(wholeScans.keys().next().value!);
    wholeScans.set(text, whole);
  }
  const out: CountryMention[] = [];
  for (const m of whole) if (m.start >= range.start && m.end <= range.end) out.push(m);
  return out;
}
const wholeScans = new Map<string, CountryMention[]>();

function scanCountryMentions(text: string, range: Span): CountryMention[] {
  const slice = text.slice(range.start, range.end);
  const out: CountryMention[] = [];
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(slice); m; m = MENTION_RE.exec(slice)) {
    const groups = m.groups ?? {};
    const idx = alternation.findIndex((_, i) => groups[`c${i}`] !== undefined);
    const entry = alternation[idx];
    if (!entry) continue;
    const start = range.start + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 20);
    if (NOT_A_COUNTRY_AFTER.test(after)) continue;
    // "Wellington—Halton Hills North": a capital dashed to another name is a compound place (an electoral riding), not the capital.
    if (entry.capital && /^[—–]\s*\p{Lu}/u.test(after)) continue;
    // "traduit en coréen": the hand-written demonyms are languages there too.
    if (namesLanguage(text, start, end)) continue;
    const possessive = /^['’]s?\b/.test(after) || /^-(?!\p{Lu})/u.test(after);
    out.push({ start, end, code: entry.code, text: m[0], possessive, capital: entry.capital });
  }
  // The gazetteer adds every other country; where a hand-written form matched, it stands, unless a longer
  // subdivision holds it ("British Columbia", not "British").
  for (const g of scanGazetteer(text, range)) {
    const overlapping = out.filter((o) => o.start < g.end && g.start < o.end);
    const holds =
      g.entry.kind === "subdivision" && overlapping.every((o) => g.start <= o.start && o.end <= g.end && g.end - g.start > o.end - o.start);
    if (overlapping.length > 0 && !holds) continue;
    for (const o of overlapping) out.splice(out.indexOf(o), 1);
    const after = text.slice(g.end, g.end + 20);
    if (NOT_A_COUNTRY_AFTER.test(after) || (g.capital && /^[—–]\s*\p{Lu}/u.test(after))) continue;
    // "the Hon. Leon Rolle-McKenzie", "Mr. Victoria Osei": a place's name after an honorific is a person's given name.
    if (HONORIFICS_BEFORE.test(text.slice(Math.max(0, g.start - 40), g.start))) continue;
    out.push({
      start: g.start,
      end: g.end,
      code: g.code,
      text: g.text,
      possessive: g.possessive,
      capital: g.capital,
      subdivision: g.entry.kind === "subdivision",
    });
  }
  // "la commission mixte sénégalo-portugaise", "belgo-congolaise": the first country of a French compound adjective.
  for (const o of [...out]) {
    if (o.start - range.start < 5 || text.charCodeAt(o.start - 1) !== 0x2d) continue;
    const prefix = COMPOUND_PREFIX.exec(text.slice(Math.max(range.start, o.start - 24), o.start));
    const code = prefix ? compoundPrefixCountry(prefix[1]!) : null;
    if (!code || !prefix) continue;
    const start = o.start - prefix[0].length;
    out.push({
      start,
      end: start + prefix[1]!.length + 1,
      code,
      text: text.slice(start, o.start - 1),
      possessive: o.possessive,
      capital: false,
    });
  }
  CAPS_CITY_RE.lastIndex = 0;
  for (let m = CAPS_CITY_RE.exec(slice); m; m = CAPS_CITY_RE.exec(slice)) {
    const name = m[1]!;
    const entry = alternation.find((a) => a.capital && a.source.toUpperCase() === name);
    if (!entry) continue;
    const start = range.start + m.index;
    out.push({ start, end: start + name.length, code: entry.code, text: name, possessive: false, capital: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first part of a French compound adjective of two countries: "sénégalo-", "maroco-", "belgo-", "franco-". */
const COMPOUND_PREFIX = wordStart(/(?<![\p{L}])(\p{Ll}{3,})o-$/u);
const compoundStems = new Map<string, string | null>();
/** The country whose lower-case demonym the stem begins ("sénégal" of "sénégalais", "belg" of "belge"). */
function compoundPrefixCountry(stem: string): string | null {
  const known = compoundStems.get(stem);
  if (known !== undefined) return known;
  let code: string | null = null;
  for (const [form, entry] of GAZETTEER)
    if (entry.kind === "demonym" && !entry.language && /^\p{Ll}/u.test(form) && form.startsWith(stem)) {
      code = entry.code;
      break;
    }
  compoundStems.set(stem, code);
  return code;
}

export function countryCodesIn(mentions: readonly CountryMention[]): Set<string> {
  return new Set(mentions.map((m) => m.code));
}

/** A country code for a demonym or name inside a short phrase ("South Korean", "Canada's"), if one. */
export function countryOfPhrase(phrase: string): string | null {
  return findCountryMentions(phrase)[0]?.code ?? null;
}
