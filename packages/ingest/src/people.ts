/**
 * People: names with their titles and the side they speak for. Korean names are family name
 * first with hyphenated or spaced given names ("Chung Byung-won", "Yoon Suk Yeol"); other names
 * are accepted when a title, a speech verb or the known-records snapshot vouches for them, so
 * that capitalised phrases ("Global Affairs") are not taken for people. Later short mentions
 * ("Minister Joly", "Chung") are attached to the full name they refer to.
 */
import { acronymsSpelledByNames, bracketedAcronyms } from "./acronyms";
import type { KnownPerson, RecordMatch } from "@ties/domain";
import { citiesNamed } from "./city-gazetteer";
import { isSharedName, pairMemberSharingName } from "./country-gazetteer";
import { countryOfTitleDemonym, findCountryMentions } from "./country-mentions";
import {
  COMMON_GIVEN_NAMES,
  HONORIFICS_BEFORE,
  KOREAN_SURNAMES,
  GULF_STYLE,
  MALAY_STYLE,
  NOT_KOREAN_GIVEN,
  NOT_NAME_WORDS,
  SAYING_PARTICIPLES_FR,
  SAYING_VERBS_EN,
  TITLE_CONNECTORS,
  TITLE_HEAD,
  TITLE_WORDS,
} from "./name-vocabulary";
import { nameTokenKey, normalizeName } from "./normalize-name";
import { namesAStreet } from "./places";
import type { Sentence } from "./sentence-splitter";
import { overlaps, type Span } from "./text-span";
import { wellKnownSide } from "./well-known-people";
import { wordStart } from "./word-start";

export interface PersonMention extends Span {
  text: string;
  /** Full name, or a family name standing alone ("Joly"). */
  full: boolean;
  title: string | null;
  titleSide: string | null;
  /** Where the title written before the name starts, when there is one. */
  titleStart?: number;
  /** The title written after the name, when there is one. */
  titleAfter?: Span;
  rule: string;
  /** A byline's author ("By Jane Doe", "Par Jean Roy, Le Soleil"): a person, but no one's antecedent, speaker, subject or side. */
  byline?: true;
}

export interface Person {
  name: string;
  family: string;
  korean: boolean;
  mentions: PersonMention[];
  title: string | null;
  side: string | null;
  sideConfidence: number;
  match: RecordMatch | null;
  knownCountry: string | null;
  confidence: number;
  rule: string;
}

/** A capitalised word; an apostrophe inside it, never a possessive's ("Cho's Telephone Conversation" is no name). */
const TOKEN = "[\\p{Lu}](?:[\\p{Ll}]|['’ʻ](?!s(?![\\p{L}])))+(?:-[\\p{L}][\\p{Ll}]+)?";
/**
 * Particles inside a family name: "de la Fuente", "van den Berg", "van 't Hoff", "bin Salman", "Ben Hamouda", "Te Whiti", "De
 * Coninck", and the capitalised "Le" of Breton, Norman and Channel Islands names ("Mark Le Cornu", "Jean-Yves Le Drian").
 */
const PARTICLES = "de|van|von|der|den|ter|ten|['’]t|da|di|du|le|la|Mc|dos|das|del|dela|delos|bin|binti|ibn|Ben|ben|e|Te|De|Le";
const PARTICLE_RE = new RegExp(`^(?:${PARTICLES})$`, "u");
const KOREAN_RE = wordStart(
  new RegExp(
    `(?<![\\p{L}-])(?<family>[\\p{Lu}][\\p{Ll}]+)\\s(?<given>${TOKEN}|[\\p{Lu}][\\p{Ll}]+-[aeiou](?![\\p{L}]))(?:\\s(?<third>[\\p{Lu}][\\p{Ll}]{1,5}))?(?![\\p{L}-])`,
    "gu",
  ),
);
/** A given name of two short syllables joined by a hyphen: "Chi-wai", "Kin-fai", "Ka-keung". */
const HYPHENATED_SYLLABLES = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u;
/** A regnal number: "Mohammed VI", "Carl XVI Gustaf", "Charles III". */
const REGNAL = "(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})";
/**
 * Given name (or an initial, or "Ma." for Maria), an optional middle name (or initial, or a regnal number) with an
 * optional second initial ("Ma. Theresa P. Lazaro"), a family name with its particles or a regnal number, and an
 * optional "Jr."/"Sr." ("Ferdinand R. Marcos Jr.").
 */
const WESTERN_RE = wordStart(
  new RegExp(
    `(?<![\\p{L}-])(?<first>${TOKEN}|[\\p{Lu}]\\.|Ma\\.|(?<=(?:Minister|Secretary|President|Ambassador)\\s)[B-HJ-Z](?=\\s[\\p{Lu}][\\p{Ll}]{3,}(?![\\p{L}-]|\\s[\\p{Lu}])))(?:\\s(?<middle>(?:${TOKEN}|[\\p{Lu}]\\.|${REGNAL}(?=\\s[\\p{Lu}][\\p{Ll}]))(?:\\s${TOKEN}(?=\\s(?:da|de|dos|das|del|van|von|bin|e)\\s)|\\s[\\p{Lu}]\\.(?=\\s[\\p{Lu}][\\p{Ll}]))?))?\\s(?<last>(?:(?:da|do|dos|das)\\s[\\p{Lu}][\\p{Ll}]+\\s(?=[\\p{Lu}][\\p{Ll}]{2,}(?![\\p{L}-])))?(?:(?:${PARTICLES})\\s){0,2}(?:(?:(?:[Aa]l|[Ee]l|as|ad)-|d['’](?=[\\p{Lu}]))?[\\p{Lu}](?:['’][\\p{Lu}])?[\\p{Ll}]*(?:['’ʻ](?!s(?![\\p{L}]))[\\p{Ll}]+)?(?:[\\p{Lu}][\\p{Ll}]+)?(?:-[\\p{Lu}](?:['’][\\p{Lu}])?[\\p{Ll}]+(?:[\\p{Lu}][\\p{Ll}]+)?){0,2}(?<=(?:bin|binti|bint)\\s[\\p{Lu}][\\p{Ll}]+)(?:\\s(?:Al|El)\\s[\\p{Lu}][\\p{Ll}]+)|(?:(?:[Aa]l|[Ee]l|as|ad)-|d['’](?=[\\p{Lu}]))?[\\p{Lu}](?:['’][\\p{Lu}])?[\\p{Ll}]*(?:['’ʻ](?!s(?![\\p{L}]))[\\p{Ll}]+)?(?:[\\p{Lu}][\\p{Ll}]+)?(?:-[\\p{Lu}](?:['’][\\p{Lu}])?[\\p{Ll}]+(?:[\\p{Lu}][\\p{Ll}]+)?){0,2})|${REGNAL})(?<suffix>,?\\s(?:Jr|Sr)\\.?)?(?![\\p{L}-])`,
    "gu",
  ),
);
/**
 * A family name in capitals before a given name, as Japanese and Korean ministries write them ("TAKAICHI Sanae",
 * "CHO Hyun"): a person when a title, an honorific or a verb of meeting vouches for it.
 */
const SURNAME_FIRST_CAPS_RE = wordStart(
  /(?<![\p{L}\p{N}-])(?<family>[\p{Lu}]{2,12})\s(?<given>[\p{Lu}][\p{Ll}]+(?:-[\p{L}][\p{Ll}]+)?)(?![\p{L}-])/gu,
);
/**
 * A given name before a family name in capitals, as French-speaking ministries write them ("Jean-Baptiste LEMOYNE",
 * "Mohamed El Amine SOUEF", "Jean-Yves LE DRIAN"): a person when the given name is known or an honorific vouches for it.
 */
const GIVEN_THEN_CAPS_RE = wordStart(
  new RegExp(
    `(?<![\\p{L}\\p{N}-])(?<given>${TOKEN}(?:\\s(?:${TOKEN}|El|Al|Ben|Ould))*)\\s(?<family>(?:(?:LE|LA|DE|DU|DI|DA|VAN|VON|EL|AL|BEN|OULD)\\s)?[\\p{Lu}]{3,}(?:[-'’][\\p{Lu}]{2,})*)(?![\\p{L}\\p{N}-])`,
    "gu",
  ),
);
/** A whole name in capitals right after a form of address: "Son Excellence Monsieur DHOIHIR DHOULKAMAL". */
const CAPS_NAME_AFTER_ADDRESS = wordStart(
  /(?<=(?:Monsieur|Madame|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Docteur|Docteure|H\.\s?E\.|S\.\s?E\.|Excellency|Excellence)\s)(?<name>[\p{Lu}]{3,}(?:[-'’][\p{Lu}]{2,})?(?:\s[\p{Lu}]{2,}(?:[-'’][\p{Lu}]{2,})?){1,2})(?![\p{L}\p{N}-]|\s[\p{Lu}]{2,})/gu,
);
/**
 * "O.Temuulen", "Ch.Undrakh", "Ts.Enkhjargal": a Mongolian name, the initial of the father's name (one letter or a digraph,
 * and a full stop) written against the given name, by which the person is then called. ("Mr.Smith", "St.Petersburg": an
 * abbreviation's stop.)
 */
const PATRONYMIC_INITIAL_RE = wordStart(
  /(?<![\p{L}\p{N}.])(?!(?:Mr|Ms|Dr|St|Mt|Jr|Sr|No|Co)\.)\p{Lu}\p{Ll}?\.(?<given>\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}.'’-])/gu,
);
const titleCased = (word: string) => word.replace(/[\p{L}]+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
/**
 * A verb of saying right after a name, or after an apposition between commas: "<name>, a trade analyst, said", or after the
 * comma closing an apposition the name itself ends ("Le président du syndicat, Georges Nakhoul, a salué ...").
 */
const SPEECH_AFTER = new RegExp(
  `^\\s*(?:,\\s*[^,]{0,80},\\s*|,\\s*(?=a\\s))?(?:${SAYING_VERBS_EN}|told|urged|announced|a\\s+(?:${SAYING_PARTICIPLES_FR}|annoncé))(?![\\p{L}\\p{N}])`,
  "u",
);
/** A host's verb in the present right after a name: "<name> reçoit deux invités", "<name> welcomes ...". */
const HOSTING_AFTER = /^\s+(?:reçoit|accueille|interroge|receives|welcomes|hosts|interviews)\s/u;
/** Academic degrees in brackets after a name, with a field or a year: "(LLB)", "(BA Pacific Studies)", "(BSc, MSc 2006)". */
const DEGREES_AFTER =
  /^\s+\((?:(?:BA|BSc|BCom|BEd|BEng|BFA|BN|BSW|LLB|LLM|MA|MSc|MBA|MEd|MPH|MPA|MD|PhD|DPhil|JD|EdD|B\.A|B\.Sc|M\.A|M\.Sc|Ph\.D)\.?(?:\s+(?:[\p{Lu}][\p{L}'’-]*|\d{4})){0,3}(?:,\s*|(?=\))))+\)/u;
/** A kinship before a name: "époux de feu ", "fils de feu ... et de feu ", "the widow of the late ", "daughter of ". */
const KIN_BEFORE = wordStart(
  /(?<![\p{L}])(?:(?:époux|épouse|conjointe?|fils|fille|frère|sœur|veuf|veuve|père|mère|petit-fils|petite-fille)\s+de\s+(?:feue?\s+)?|et\s+de\s+feue?\s+|(?:husband|wife|son|daughter|widow|widower|brother|sister|father|mother|grandson|granddaughter)\s+of\s+(?:the\s+late\s+)?)$/iu,
);
/** A verb of saying right before a name: "said Lucía Fernández, a geologist". */
const SPEECH_BEFORE = wordStart(
  new RegExp(`(?<![\\p{L}])(?:${SAYING_VERBS_EN}|according to|selon|a\\s+(?:${SAYING_PARTICIPLES_FR}))\\s+$`, "u"),
);
const MEETING_BEFORE =
  /(?:met(?: with)?|meet(?: with)?|meeting with|talks with|spoke with|called|hosted|welcomed by|visited by|rencontré|rencontre avec|entretenu(?:e)?(?:,\s*[^,.;]{1,40},)? avec|s['’]est entretenu(?:e)? avec)\s+$/u;
/** Verbs of receiving or meeting someone, in English and French, read both after a name (vouching for it) and as an encounter. */
const HOSTING_VERBS = "a reçu|a rencontré|a accueilli|received|welcomed";
/** A verb of meeting right after a name: "Alassane Ouattara s'est entretenu avec ...", "<name> held talks with ...". */
const MEETING_AFTER = new RegExp(
  `^\\s*(?:,\\s*[^,]{0,80},\\s*)?(?:${HOSTING_VERBS}|s['’]est entretenue?|(?:has )?held talks|met with)(?![\\p{L}])`,
  "u",
);
// Finals include "ck" and "c", older romanisations of ㄱ ("Gyu-back", "Sung-lac"), and "l" opens a syllable after a hyphen.
/** A romanised Korean syllable; "ah" spells a bare 아 ("Soo-ah", "Min-ah"). */
const KOREAN_SYLLABLE =
  /^(?:[bcdghjklmnprstwy]{0,2}h?)(?:a|ah|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|oo|ou|ee|eun|yoo)(?:ck|c|k|n|l|m|p|t|ng|r)?$/i;

/** A word of geography that is also a family name ("Lake", "River"), kept from names unless an honorific vouches for it. */
const PLACE_FAMILY_NAME = /^(?:Lake|River|Island|Mount)$/u;

/** The head word of a building, place, prize or institution named after a person. */
const NAMED_AFTER =
  /^\s+(?:Building|Centre|Center|Hall|Bridge|Airport|Tower|Library|Institute|School|College|University|Foundation|Award|Prize|Medal|Scholarship|Fellowship|Street|Avenue|Boulevard|Park|Square|Room|Theatre|Theater|Stadium|Arena|Hospital|Pavilion|Building's)(?![\p{L}])/u;

/** A given name the vocabulary knows, or a compound of them ("Jean-Marc", "Marie-Ève"). */
function givenNameLike(word: string): boolean {
  return COMMON_GIVEN_NAMES.has(word) || (word.includes("-") && word.split("-").every((w) => COMMON_GIVEN_NAMES.has(w)));
}

function isNameToken(word: string): boolean {
  const bare = word.replace(/['’]s$/, "");
  return !NOT_NAME_WORDS.has(bare) && !namesCountry(bare);
}

/** A word that is a country's name, demonym or capital; a province's name may be a surname too ("Guerrero", "Hidalgo"). */
function namesCountry(word: string): boolean {
  // "Thibodeau-Saint-Pierre" holds a territory's name ("Saint-Pierre") and is a surname all the same.
  return findCountryMentions(word).some((m) => !m.subdivision && !(m.start > 0 && word[m.start - 1] === "-"));
}

/**
 * "M. ", "Mr. ", "His Excellency ": a form of address right before a name; the few that vouch for a name on their own
 * (`HONORIFICS_BEFORE` holds every honorific and rank).
 */
const FORM_OF_ADDRESS_BEFORE =
  /(?:Excellency|Excellence|Highness|Altesse|Majesty|Majesté|(?<![\p{L}.])(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?))\s$/u;

/** "Santiago", "Victoria": a word that names a capital city and no country or demonym (it may be a given name). */
function isCapitalOnly(word: string): boolean {
  const found = findCountryMentions(word);
  return found.length > 0 && found.every((m) => m.capital);
}

function looksKoreanGiven(token: string): boolean {
  return token.split("-").every((part) => {
    const p = part.toLowerCase();
    return p.length <= 7 && (KOREAN_SYLLABLE.test(p) || splitsIntoSyllables(p));
  });
}

function splitsIntoSyllables(word: string): boolean {
  // Unhyphenated two-syllable given names ("Myoungjin", "Jina").
  for (let i = 1; i < word.length; i++) if (KOREAN_SYLLABLE.test(word.slice(0, i)) && KOREAN_SYLLABLE.test(word.slice(i))) return true;
  return false;
}

export function familyOf(name: string, korean: boolean): string {
  const parts = name.split(/\s+/);
  return (korean ? parts[0] : parts.at(-1)) ?? name;
}

interface Candidate extends Span {
  text: string;
  korean: boolean;
  rule: string;
  /** The family name, when it is not the last word (a name written surname first in capitals). */
  family?: string;
}

const CONTACT_LINE =
  /^\s*(?:Enquiries|Inquiries|Media (?:contact|enquiries|inquiries)|Contacts?|Press contact|For (?:more|further) information|Renseignements|Contact presse|Pour (?:plus d['’]information|information))\s*:/iu;

const FACILITY_LAST =
  /\s(?:Palace|House|Hall|Building|Centre|Center|Square|Street|Avenue|Airport|Bridge|Tower|Park|Stadium|Museum|Cathedral|Mosque|Temple|Hotel|Castle|Fort|Harbour|Harbor|Port|Palais|Place|Pavilion|Complex|City|County|Province|Island|Islands|Bay|Valley|Gardens|Road|Boulevard|Highway)$/u;

/** Text ending on an elided French article ("l'", "d'"): the word after it is a noun, never a given name. */
const ELIDED_ARTICLE_BEFORE = wordStart(/(?<![\p{L}])[lLdD]['’]$/u);

/** The sentence holding a span, by binary search over sentences in text order. */
function sentenceHolding(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else return span.end <= s.end ? s : undefined;
  }
  return undefined;
}

/** The Gulf's honorific in its French and English spellings that are also given names elsewhere. */
const GULF_HONORIFIC = /^(?:Cheikh|Cheick|Shaikh|Chaikh)$/u;
/**
 * Honorifics written as a capitalised word before a name: Bhutan's "Lopen", "Lyonpo" and "Dasho", French "Dre" (docteure),
 * "Venerable", the French forms of address written out ("Monsieur Tahina Rakotoarisoa", "Madame Lalao ..."), Myanmar's "Daw"
 * for a woman, Zimbabwe's "Cde" (comrade) and the French "L'honorable" before a federal minister's name.
 */
const HONORIFIC_WORD = /^(?:Lopen|Lyonpo|Dasho|Dre|Venerable|Monsieur|Madame|Mademoiselle|Daw|Cde|Comrade|L['’]hon(?:orable|\.)?)$/u;
/** A chain of Malay styles opening a name: "Dato Seri Paduka Awang Haji " before "Khairul Anuar bin Yusof". */
const MALAY_STYLE_LEAD = new RegExp(`^${MALAY_STYLE}\\s+(?=\\p{Lu})`, "u");
/**
 * "Zulkifli bin Haji" + "Abdul Hamid": a father's name after "bin" or "binti" may carry his own style ("Haji") and run over two
 * words; the two readings, a space apart, are one name ("Zulkifli bin Haji Abdul Hamid").
 */
function joinNamesOfDescent(out: Candidate[]): void {
  for (const a of out.filter((c) => /\s(?:bin|binti)\s(?:Haji|Hajah)$/u.test(c.text))) {
    const b = out.find((c) => c.start === a.end + 1);
    if (!b) continue;
    out.splice(out.indexOf(b), 1);
    Object.assign(a, { end: b.end, text: `${a.text} ${b.text}` });
  }
}
/** The Amharic honorific for a man, also a given name elsewhere ("Ato Dawit Alemayehu"; "Cassiel Ato Forson"). */
const AMHARIC_HONORIFIC = /^Ato$/u;
/** A name with an Arabic particle of descent or family soon after ("Ali Al-Yahya", "Khalid bin Ahmed Al Khalifa"). */
const ARABIC_NAME_AHEAD = /^\s[^.;,]{0,40}?(?<![\p{L}])(?:Al|El|bin|ben|ibn)(?:[-\s]|$)/u;

/** The sentence's names as each reading finds them, in the order the readings run. */
const NAME_READINGS: readonly ((s: Sentence) => Candidate[])[] = [
  koreanNames,
  surnameFirstCapitals,
  givenThenCapitals,
  capitalsAfterAddress,
  patronymicInitials,
  westernNames,
];

export function fullNameCandidates(sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) for (const read of NAME_READINGS) out.push(...read(s));
  for (const notAPerson of NOT_A_PERSON) {
    for (let i = out.length - 1; i >= 0; i--) if (notAPerson(out[i]!, sentenceHolding(sentences, out[i]!), out)) out.splice(i, 1);
  }
  joinNamesOfDescent(out);
  // A Korean reading wins over a Western one on the same words, unless the Western one is longer and holds it ("Nguyen Hong
  // Dien", "Do Hung Viet": Vietnamese names of three words).
  const longerWestern = (k: Candidate) =>
    out.some(
      (w) =>
        !w.korean &&
        w.family === undefined &&
        w.start <= k.start &&
        k.end <= w.end &&
        w.text.split(/\s+/).length > k.text.split(/\s+/).length,
    );
  const korean = out.filter((c) => (c.korean && !longerWestern(c)) || (!c.korean && c.family !== undefined));
  return [...korean, ...out.filter((c) => !c.korean && c.family === undefined && !korean.some((k) => overlaps(k, c)))].sort(
    (a, b) => a.start - b.start,
  );
}

/** Korean names, family name first ("Cho Hyun", "Kim Jung-kwan"), and Cantonese ones after an honorific ("Mr. Lam Chi-wai"). */
function koreanNames(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  KOREAN_RE.lastIndex = 0;
  for (let m = KOREAN_RE.exec(s.text); m; m = KOREAN_RE.exec(s.text)) {
    const g = m.groups!;
    // "Mr. Lam Chi-wai", "Ms. Chan Ka-yan": a family name and a hyphenated given name of two syllables after an honorific,
    // as Hong Kong, Macao and Taiwan write them, whatever the family name.
    const cantonese =
      HYPHENATED_SYLLABLES.test(g.given!) &&
      g.family!.length <= 5 &&
      HONORIFICS_BEFORE.test(s.text.slice(Math.max(0, m.index - 12), m.index));
    if (
      !cantonese &&
      (!KOREAN_SURNAMES.has(g.family!) || NOT_KOREAN_GIVEN.has(g.given!) || !isNameToken(g.given!) || !looksKoreanGiven(g.given!))
    ) {
      KOREAN_RE.lastIndex = m.index + g.family!.length + 1;
      continue;
    }
    let name = `${g.family} ${g.given}`;
    if (g.third && !g.given!.includes("-") && isNameToken(g.third) && looksKoreanGiven(g.third) && g.third.length <= 5)
      name += ` ${g.third}`;
    const start = s.start + m.index;
    out.push({ start, end: start + name.length, text: name, korean: true, rule: "person.korean-name" });
    KOREAN_RE.lastIndex = m.index + name.length;
  }
  return out;
}

/** A family name in capitals before the given name ("KIM Min-jun", "OH Young-ju"). */
function surnameFirstCapitals(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  SURNAME_FIRST_CAPS_RE.lastIndex = 0;
  for (let m = SURNAME_FIRST_CAPS_RE.exec(s.text); m; m = SURNAME_FIRST_CAPS_RE.exec(s.text)) {
    const g = m.groups!;
    const family = g.family!.charAt(0) + g.family!.slice(1).toLowerCase();
    // Two capitals are a family name only when Korean ("OH", "AN"); "FM Cho", "PM Lee" are an office's abbreviation.
    if ((g.family!.length < 3 && !KOREAN_SURNAMES.has(family)) || /^[IVXLC]+$/.test(g.family!)) continue;
    if (NOT_NAME_WORDS.has(g.family!) || !isNameToken(family) || !isNameToken(g.given!) || namesCountry(g.family!)) continue;
    const start = s.start + m.index;
    const korean = KOREAN_SURNAMES.has(family) && looksKoreanGiven(g.given!);
    out.push({ start, end: start + m[0].length, text: m[0], korean, rule: "person.surname-first-capitals", family });
  }
  return out;
}

/** A given name before a family name in capitals ("Jean-Pierre DUBOIS"), vouched for by the given name or an honorific. */
function givenThenCapitals(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(GIVEN_THEN_CAPS_RE)) {
    const g = m.groups!;
    const given = g.given!.split(/\s+/);
    const core = g.family!.split(/\s+/).at(-1)!;
    if (NOT_NAME_WORDS.has(core) || namesCountry(core) || !given.every((w) => isNameToken(w) || /^(?:El|Al|Ben|Ould)$/.test(w))) continue;
    if (TITLE_WORDS.has(given[0]!.toLowerCase())) continue;
    const vouched = givenNameLike(given[0]!) || HONORIFICS_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index));
    if (!vouched) continue;
    const start = s.start + m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      korean: false,
      rule: "person.given-then-capitals",
      family: titleCased(g.family!),
    });
  }
  return out;
}

/** A name in capitals after a form of address, in a line that is not all capitals. */
function capitalsAfterAddress(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(CAPS_NAME_AFTER_ADDRESS)) {
    const words = m.groups!.name!.split(/\s+/);
    if (words.some((w) => NOT_NAME_WORDS.has(w) || namesCountry(w))) continue;
    // A headline in capitals ("H.E. SHEIKH FALEH BIN JASSIM MEETS ...") gives no bounds to the name.
    const lineStart = s.text.lastIndexOf("\n", m.index) + 1;
    const lineEnd = s.text.indexOf("\n", m.index);
    if (!/\p{Ll}/u.test(s.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) continue;
    const start = s.start + m.index;
    const family = titleCased(words.at(-1)!);
    out.push({ start, end: start + m[0].length, text: m[0], korean: false, rule: "person.capitals-after-address", family });
  }
  return out;
}

/** A given name with a patronymic's initial. */
function patronymicInitials(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(PATRONYMIC_INITIAL_RE)) {
    const given = m.groups!.given!;
    if (!isNameToken(given)) continue;
    const start = s.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], korean: false, rule: "person.patronymic-initial", family: given });
  }
  return out;
}

/** Names written given name first, as most of the world writes them. */
function westernNames(s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  WESTERN_RE.lastIndex = 0;
  for (let m = WESTERN_RE.exec(s.text); m; m = WESTERN_RE.exec(s.text)) {
    const resume = westernNameDoesNotStart(s, m);
    if (resume !== null) {
      WESTERN_RE.lastIndex = resume;
      continue;
    }
    const { candidate, end } = westernCandidate(s, m);
    out.push(candidate);
    if (end !== undefined) WESTERN_RE.lastIndex = end;
  }
  return out;
}

/** Where to look again when the Western reading's match is no name from its first word (a title, a style, an address), or null. */
function westernNameDoesNotStart(s: Sentence, m: RegExpExecArray): number | null {
  const g = m.groups!;
  const before = (chars: number) => s.text.slice(Math.max(0, m.index - chars), m.index);
  const afterFirst = m.index + g.first!.length + 1;
  // "King Carl XVI Gustaf", "Professor Hugo Tremblay", "Lyonpo Tshering Dorji Wangdi": a title word or an honorific in
  // front is never the given name; the name starts after it.
  if (
    g.middle !== undefined &&
    (TITLE_WORDS.has(g.first!.toLowerCase()) || HONORIFIC_WORD.test(g.first!)) &&
    !COMMON_GIVEN_NAMES.has(g.first!)
  )
    return afterFirst;
  // "House of Commons Speaker Greg Fergus", "Senate President Ana López": a title word after a body's last word is
  // no middle name; the name starts after the body's word (and the title word is read as such there).
  if (g.middle !== undefined && TITLE_WORDS.has(g.middle.toLowerCase()) && !COMMON_GIVEN_NAMES.has(g.first!)) return afterFirst;
  // "Dato Seri Setia Awang Haji Nordin bin Omar", "Datuk Seri Rahimah Idris": Malay styles are never a name; it starts after them.
  const malayStyle = MALAY_STYLE_LEAD.exec(s.text.slice(m.index));
  if (malayStyle) return m.index + malayStyle[0].length;
  // "Son Excellence M. Mamadou Lamine Ndiaye", "His Highness Sheikh ...": a form of address is never a name; the name starts after it.
  const address = /^(?:Son|Sa|His|Her)\s(?:Excellence|Excellency|Majesté|Majesty|Highness|Altesse)(?![\p{L}])/u.exec(s.text.slice(m.index));
  if (address) return m.index + address[0].length + 1;
  // "secrétaire d'État Alexandre Fasel": a word after an elided article is a noun; the name starts after it.
  if (g.middle !== undefined && ELIDED_ARTICLE_BEFORE.test(before(2))) return afterFirst;
  // "Minister of Infrastructure Dariusz Klimczak", "Speaker of the Seimas Rūta Vaitkienė": a word right after "of", "of the"
  // or "de" ends a portfolio or a body's name; the name starts after it. After "of the", the words must run on into the
  // sentence: "of the Nitra Self-Governing Region, Peter Kováčik" is a body's name, its holder after the comma.
  if (
    g.middle !== undefined &&
    !COMMON_GIVEN_NAMES.has(g.first!) &&
    (/(?<![\p{L}])(?:of|for|de|du|des|d['’])\s$/u.test(before(5)) ||
      (/(?<![\p{L}])(?:of|for)\sthe\s$/u.test(before(9)) && /^\s+\p{Ll}/u.test(s.text.slice(m.index + m[0].length)))) &&
    TITLE_HEAD.test(before(40))
  )
    return afterFirst;
  // "H. E. Obiang Nguema Mbasogo", "S. E. Mme ...": the honorific written with a space is no initials of a name.
  if (/^[HS]\.$/u.test(g.first!) && g.middle === "E.") return afterFirst;
  // "M. Pedro Sánchez", "S.E. M. Cheikh Niang", "H.E. Ms. Annika Thunborg": an honorific's initial is not a given name.
  if (/^[\p{Lu}]\.$/u.test(g.first!) && g.middle !== undefined && (g.first === "M." || /[\p{Lu}]\.\s?$/u.test(before(3))))
    return afterFirst;
  // "Le Président Emmanuel Macron", "Le Vice-Ministre a annoncé": the particle "Le" opens a family name, never a name.
  const tokens = [g.first!, g.middle, g.last!].filter((t): t is string => t !== undefined);
  if (g.first === "Le" || !tokens.every((t) => isWesternNamePart(t, g, before))) return afterFirst;
  // "Président de la République": a title word with its complement, not a given name and a surname.
  if (g.middle === undefined && TITLE_WORDS.has(g.first!.toLowerCase()) && /^(?:de|du|des|la|le)\s/u.test(g.last!)) return afterFirst;
  return null;
}

/** Whether one part of a Western reading's match can be part of a name. */
function isWesternNamePart(t: string, g: Record<string, string | undefined>, before: (chars: number) => string): boolean {
  return (
    /^[\p{Lu}]\.$/u.test(t) ||
    t === "Ma." ||
    /^[\p{Lu}]\.\s[\p{Lu}]\.$/u.test(t) ||
    /^[\p{Lu}][\p{Ll}'’]+\s[\p{Lu}]\.$/u.test(t) ||
    t.split(/\s+/).every((w) => PARTICLE_RE.test(w) || isNameToken(w)) ||
    // "M. Santiago Nsue Obiang": after a form of address, a capital's name opens a name of three words.
    (t === g.first && g.middle !== undefined && isCapitalOnly(t) && FORM_OF_ADDRESS_BEFORE.test(before(12))) ||
    // "Jean-Marc Jordan": a country's name is a family name after a given name.
    (t === g.last && givenNameLike(g.first!) && /^[\p{Lu}][\p{Ll}]+$/u.test(t) && !NOT_NAME_WORDS.has(t)) ||
    // "the Hon. Gerald Lake", "Dr. Ruth River": after an honorific, a place word closing a name of two words is its family name.
    (t === g.last && g.middle === undefined && PLACE_FAMILY_NAME.test(t) && HONORIFICS_BEFORE.test(before(40)))
  );
}

/** The name a Western reading's match holds, from the word that opens it to its tail, and where the tail ends (if read). */
function westernCandidate(s: Sentence, m: RegExpExecArray): { candidate: Candidate; end?: number } {
  const g = m.groups!;
  let start = s.start + m.index;
  let name = m[0];
  // "Cheikh Abdallah Ali Al-Yahya", "Shaikh Khalid bin Ahmed": the Gulf's honorific before a name with "Al" or "bin" is no
  // given name (the Senegalese given name, "Cheikh Niang", "Cheikh Tidiane Diouf-Ba", comes with neither).
  // "Ato Getachew Mengiste-Wolde": the Amharic honorific opening a name of two more words is none of it (inside a name, as
  // in "Cassiel Ato Forson", it is an Akan given name).
  const gulfHonorific =
    g.middle !== undefined && GULF_HONORIFIC.test(g.first!) && ARABIC_NAME_AHEAD.test(s.text.slice(m.index + g.first!.length));
  const amharicHonorific = g.middle !== undefined && AMHARIC_HONORIFIC.test(g.first!);
  // "Natural Resources Michael Vandergrift" (a title ending in capitals): start at the given name.
  // "Professor Hugo Tremblay": a title word in front is never the given name, whatever the given name is.
  // ", Mohamed Ali Nafti": after a comma (or a title word) the first word opens the name, whatever the middle one is.
  // After a form of address ("His Excellency Ismail Omar Guelleh", "M. Houmed Ali Mohamed") the first word opens the name too.
  // "Par Fatouma Ali Houssein", "By Mwansa Chileshe Banda": a byline's first word opens the name.
  const afterComma =
    /,\s$/u.test(s.text.slice(Math.max(0, m.index - 2), m.index)) ||
    /^[ \t]*(?:By|Par)\s$/u.test(s.text.slice(s.text.lastIndexOf("\n", m.index - 1) + 1, m.index)) ||
    FORM_OF_ADDRESS_BEFORE.test(s.text.slice(Math.max(0, m.index - 12), m.index));
  const plainFirst = !/['’]/u.test(g.first!) && !g.first!.split("-").some((w) => TITLE_WORDS.has(w.toLowerCase()));
  if (gulfHonorific || amharicHonorific) {
    start += g.first!.length + 1;
    name = name.slice(g.first!.length + 1);
  } else if (
    g.middle &&
    !COMMON_GIVEN_NAMES.has(g.first!) &&
    (TITLE_WORDS.has(g.first!.toLowerCase()) ||
      (COMMON_GIVEN_NAMES.has(g.middle) && !PARTICLE_RE.test(g.middle) && !(afterComma && plainFirst)))
  ) {
    start += name.indexOf(g.middle);
    name = name.slice(name.indexOf(g.middle));
  }
  let end: number | undefined;
  if (!g.suffix) {
    const tail = nameTail(s.text, m.index + m[0].length, name.split(/\s+/).filter((w) => !PARTICLE_RE.test(w)).length, gulfHonorific);
    name += tail;
    end = m.index + m[0].length + tail.length;
  }
  // "Ferdinand R. Marcos Jr.": the family name is the word before the suffix.
  const candidate: Candidate = {
    start,
    end: start + name.length,
    text: name,
    korean: false,
    rule: "person.name",
    ...(g.suffix ? { family: g.last! } : {}),
  };
  return { candidate, end };
}

/**
 * Readings that are no person in the story, each dropped in its turn over all the candidates (a later rule sees what the
 * earlier ones left): the sentence holding the candidate, if one holds it whole, and the candidates left.
 */
const NOT_A_PERSON: readonly ((c: Candidate, s: Sentence | undefined, out: readonly Candidate[]) => boolean)[] = [
  // "de l'Énergie du Québec", "d'Économie Sociale": a word after an elided article is a noun, never a given name.
  (c, s) => !!s && ELIDED_ARTICLE_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 3), c.start - s.start)),
  (c, s, out) => !!s && namesBodyOrPortfolio(c, s, out),
  // "the Sir John A. Macdonald Building", "the Lester B. Pearson Centre": a name inside a place's or a prize's name is no person in the story.
  (c, s) => !!s && NAMED_AFTER.test(s.text.slice(c.end - s.start, c.end - s.start + 40)),
  // "Cabo Verde", "Sierra Leone": a country's name of two words is no person's.
  (c) => findCountryMentions(c.text).some((m) => m.start === 0 && m.end === c.text.length),
  // "Enquiries: Mr Chrispin Phiri, Spokesperson ...", "Contact: ...": a contact line names whom to call, not a person in the story.
  (c, s) => !!s && CONTACT_LINE.test(s.text.slice(0, c.start - s.start)),
  // "a summit at Cheong Wa Dae": a name right after "at" with nothing to vouch for a person is a place.
  (c, s) => !!s && /(?<![\p{L}])(?:at|à)\s$/u.test(s.text.slice(Math.max(0, c.start - s.start - 4), c.start - s.start)),
  // "Speaker Woo Holds Talks": an office and a surname are read as a short mention, not as a given name and a surname.
  (c) => {
    const words = c.text.split(/\s+/);
    return words.length === 2 && !c.korean && TITLE_HEAD.test(words[0]!) && TITLE_WORDS.has(words[0]!.toLowerCase());
  },
  // "the Moncloa Palace", "Merdeka Palace": a building's name ends in its kind, which no surname is.
  (c) => FACILITY_LAST.test(c.text),
];

/**
 * "Director of IIT Madras", "the Minister for Further and Higher Education, ...": capitals after "of" in a title, or after a
 * portfolio word and "and", name a body or a portfolio.
 */
function namesBodyOrPortfolio(c: Candidate, s: Sentence, out: readonly Candidate[]): boolean {
  const lead = s.text.slice(Math.max(0, c.start - s.start - 60), c.start - s.start);
  const ofBody = c.family !== undefined && !c.korean && /(?<![\p{L}])(?:of|de|du)\s$/u.test(lead);
  // "Ministre des Affaires Etrangères et de la Coopération Internationale": capitals after "de la" or "of the" in a title
  // are its portfolio, unless they open with a known given name.
  const portfolioAfterArticle =
    c.family === undefined &&
    !c.korean &&
    /(?<![\p{L}])(?:de\s+la|de\s+l['’]|du|des|of\s+the)\s$/u.test(lead) &&
    TITLE_HEAD.test(lead) &&
    !givenNameLike(c.text.split(/\s+/)[0]!);
  // ("Ministers Selma Nakale and Mwansa Tembo": a name read right before "and" is another holder, not a portfolio.)
  const portfolio =
    /[\p{Lu}][\p{Ll}]+\s+and\s$/u.test(lead) &&
    TITLE_HEAD.test(lead) &&
    c.text.split(/\s+/).length === 2 &&
    !c.korean &&
    !out.some((o) => o.end < c.start && /^\s+and\s+$/u.test(s.text.slice(o.end - s.start, c.start - s.start)));
  return ofBody || portfolio || portfolioAfterArticle;
}

/** "bin Abdulaziz Al Saud", "Al-Qahtani": the rest of an Arabic chain of names after "X bin Y". */
const ARABIC_TAIL =
  /^(?:\s(?:bin|binti|bint|ibn)\s[\p{Lu}][\p{Ll}]+)*(?:\s(?:Al|El)[\s-][\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)?(?![\p{L}'’-])/u;
/**
 * A fourth part of a name, alone before a comma, a verb, a bracket or the sentence's end: "María José Ortúzar Valdivia",
 * "Nguyễn Thị Lan Hương", "..., Ms. Rosa Elvira Mamani Condori."
 */
const FOURTH_PART = /^\s([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)(?![\p{L}'’-])(?!\.\S)(?!\s+[\p{Lu}\p{N}(])/u;

/** Family names with "Al-" one after the other. */
const AL_CHAIN = /^(?:\s(?:Al|El)-[\p{Lu}][\p{Ll}]+)+(?![\p{L}'’-])/u;

/** A given name compounded with "al-Din" ("Nour al-Din", "Salah al-Din", "Izz ad-Din"), which a family name follows. */
const DIN_COMPOUND_END = /(?<![\p{L}])(?:al|el|ad|ed|ud)-D[iī]n$/u;
const FAMILY_AFTER_DIN = /^\s(?:(?:al|el)-)?([\p{Lu}][\p{Ll}]+)(?![\p{L}'’-])/u;

/**
 * "Foreign Minister Nour al-Din Khatib", "Salah al-Din al-Bitar said": a given name ending in "al-Din" is the first part of
 * the name, the capitalised word after it its family name.
 */
function familyAfterDinCompound(sentence: string, end: number): string {
  if (!DIN_COMPOUND_END.test(sentence.slice(Math.max(0, end - 8), end))) return "";
  const m = FAMILY_AFTER_DIN.exec(sentence.slice(end));
  return m && isNameToken(m[1]!) && !TITLE_WORDS.has(m[1]!.toLowerCase()) ? m[0] : "";
}

/** What follows a name read by the Western pattern and still belongs to it. */
function nameTail(sentence: string, end: number, parts: number, gulfHonorific = false): string {
  const rest = sentence.slice(end);
  const din = familyAfterDinCompound(sentence, end);
  if (din) return din;
  const precededByChain = /\s(?:bin|binti|bint|ibn)\s[\p{Lu}][\p{Ll}]+$/u.test(sentence.slice(Math.max(0, end - 30), end));
  const arabic = ARABIC_TAIL.exec(rest)?.[0] ?? "";
  // "Mechaal Al-Ahmad Al-Jaber Al-Sabah": after a family name with "Al-", the next ones with it belong to the name too.
  const alChain = AL_CHAIN.exec(rest);
  if (alChain && /(?<![\p{L}])(?:Al|El)-[\p{Lu}][\p{Ll}]+$/u.test(sentence.slice(Math.max(0, end - 30), end))) return alChain[0];
  // "Cheikh Abdallah Ali Al-Yahya": after the Gulf's honorific, a family name with "Al" closes the name.
  if (arabic && (precededByChain || gulfHonorific || /^\s(?:bin|binti|bint|ibn)\s/u.test(arabic))) return arabic;
  if (parts !== 3) return "";
  const fourth = FOURTH_PART.exec(rest);
  const word = fourth?.[1];
  if (!fourth || !word || !isNameToken(word) || TITLE_WORDS.has(word.toLowerCase()) || FACILITY_LAST.test(` ${word}`)) return "";
  return fourth[0];
}

interface TitleFound {
  title: string;
  side: string | null;
  start: number;
  end: number;
}

/**
 * The honorifics closing `before`, with their offset in it. The expression is anchored at the end: read on the last 90
 * characters only (no chain of honorifics is longer), so that a long sentence is not tried at every offset.
 */
function honorificsEnding(before: string): { index: number; 0: string } | null {
  const from = Math.max(0, before.length - 90);
  const m = HONORIFICS_BEFORE.exec(before.slice(from));
  return m ? { index: from + m.index, 0: m[0] } : null;
}

/** A title written before the name: "Vice Minister for Political Affairs Chung Byung-won", "la ministre des Affaires étrangères, Mélanie Joly". */
export function titleBefore(text: string, nameStart: number, sentenceStart: number, lineWords: LineWords = new Map()): TitleFound | null {
  // "Foreign Minister Cho's Telephone Conversation": words after a possessive are what it owns, not its holder's name.
  if (/[\p{L}]['’]s\s+$/u.test(text.slice(Math.max(sentenceStart, nameStart - 40), nameStart))) return null;
  return titleBeforeByWords(text, nameStart, sentenceStart, lineWords) ?? officeInApposition(text, nameStart, sentenceStart);
}

/**
 * "la présidente de la région Auvergne-Rhône-Alpes, Mme ...", "du directeur général du Port autonome de Dakar, M. ...",
 * "Germany's Parliamentary State Secretary at the Federal Ministry for ..., Dr. ...": an office read by its pattern (a head
 * word, then its complements, commas of a portfolio included) up to the comma and the honorific that vouch for the name.
 * Its side is the country, province or capital the title names, unless it is the country of posting.
 */
function officeInApposition(text: string, nameStart: number, sentenceStart: number): TitleFound | null {
  const before = text.slice(Math.max(sentenceStart, nameStart - 240), nameStart);
  const honorific = honorificsEnding(before);
  if (!honorific) return null;
  // "la rectrice de l'UdeS, la Pre Hélène Bastarache": French writes the honorific with its article.
  const lead = before.slice(0, honorific.index).replace(/(?<![\p{L}])(?:la|le)\s+$/u, "");
  const comma = /,\s*$/.exec(lead);
  if (!comma) return null;
  // "the Ambassador of the Czech Republic to Sri Lanka, resident in New Delhi, H.E. Ms. ...": where a non-resident envoy
  // sits is an aside after the office, not part of it.
  const phrase = lead.slice(0, comma.index).replace(RESIDENCE_ASIDE, "");
  const at = officeStart(phrase);
  if (at < 0) return null;
  const title = phrase.slice(at).trim();
  const start = nameStart - before.length + at;
  const side =
    findCountryMentions(title).find(
      (m) => !/(?<![\p{L}])(?:to|in|en|au|aux|auprès\s+d[eu]s?)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(title.slice(0, m.start)),
    )?.code ?? null;
  return { title, side, start, end: start + title.length };
}

/** ", resident in New Delhi", ", based in Geneva", ", accredited in Dakar": an aside closing an envoy's office. */
const RESIDENCE_ASIDE = /,\s+(?:resident|based|accredited|en résidence|résidant)\s+(?:in|at|à)\s+(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u;

/**
 * Where an office phrase ending `phrase` begins: its last head word, with the heads and capitalised words just before it
 * ("Parliamentary State Secretary", "directeur général"), provided that what follows the head is its complement (no stop,
 * a comma only before "de", "of", "and" or a capital). -1 when the phrase names no office.
 */
function officeStart(phrase: string): number {
  const words = [...phrase.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  for (let i = words.length - 1; i >= 0 && phrase.length - words[i]!.index <= 180; i--) {
    if (!TITLE_HEAD.test(words[i]![0]) || !OFFICE_COMPLEMENT.test(phrase.slice(words[i]!.index + words[i]![0].length))) continue;
    let j = i;
    while (j > 0 && i - j < 4 && /^\s+$/u.test(phrase.slice(words[j - 1]!.index + words[j - 1]![0].length, words[j]!.index))) {
      const w = words[j - 1]![0];
      if (!/^[\p{Lu}]/u.test(w) && !TITLE_HEAD.test(w)) break;
      if (/^(?:The|La|Le|Les)$/u.test(w)) break;
      j--;
    }
    return words[j]!.index;
  }
  return -1;
}
const OFFICE_COMPLEMENT =
  /^(?:(?:\s+|,\s+(?=(?:de|du|des|d['’]|et|and|of|for|\p{Lu})))(?:[^,.;:()\n"“”]|,\s+(?=(?:de|du|des|d['’]|et|and|of|for|\p{Lu}))){0,160})?$/u;

/** A region or a portfolio in brackets inside a title: "Secretary of State (Asia-Pacific)". */
const BRACKETED = String.raw`\([\p{Lu}][\p{L}-]{1,30}\)`;
const BRACKETED_RE = new RegExp(BRACKETED, "gu");
const BRACKETED_WORD = new RegExp(`^${BRACKETED}$`, "u");
const TITLE_WORD_RE = new RegExp(String.raw`[\p{L}][\p{L}'’.-]*|${BRACKETED}`, "gu");
/**
 * The words of each line from a sentence's start, read once per text: every name of a sentence asks for a prefix of them.
 * One is made for each text `findPeople` reads.
 */
export type LineWords = Map<number, RegExpExecArray[]>;

/**
 * The words of `before` (the text from `sentenceStart` up to a name), as `before.matchAll` would give them. The words of the
 * line are read once; a word running past the prefix's end (no space before the name) is read from the prefix itself.
 */
function wordsBefore(text: string, sentenceStart: number, before: string, lineWords: LineWords): RegExpExecArray[] {
  let all = lineWords.get(sentenceStart);
  if (!all) {
    const lineEnd = text.indexOf("\n", sentenceStart);
    all = [...text.slice(sentenceStart, lineEnd < 0 ? text.length : lineEnd).matchAll(TITLE_WORD_RE)];
    lineWords.set(sentenceStart, all);
  }
  const words: RegExpExecArray[] = [];
  for (const w of all) {
    if (w.index + w[0].length <= before.length) words.push(w);
    else if (w.index < before.length) return [...before.matchAll(TITLE_WORD_RE)];
    else break;
  }
  // "before" may end in a space added after an honorific: the line's own text differs there only by that space.
  return before.length > 0 && before.slice(-1) === " " && text[sentenceStart + before.length - 1] !== " "
    ? [...before.matchAll(TITLE_WORD_RE)]
    : words;
}

function titleBeforeByWords(text: string, nameStart: number, sentenceStart: number, lineWords: LineWords): TitleFound | null {
  let cursor = nameStart;
  let before = text.slice(sentenceStart, cursor);
  // "..., H.E. Mr Radosław Sikorski", "..., S.E. M. Cheikh Niang", "..., Hon. Ronald Lamola": the honorific is neither title nor name.
  const honorific = honorificsEnding(before);
  if (honorific && honorific.index > 0) {
    cursor -= honorific[0].length;
    before = text.slice(sentenceStart, cursor);
    if (!/[\s,]$/.test(before)) before += " ";
  }
  // "Chair: The Honourable Peter M. Boehm", "Deputy Chair: ...": an office heading its line before a colon.
  const heading = /(?:^|\n)[ \t]*((?:[\p{Lu}][\p{Ll}]+[ \t]+){0,2}[\p{Lu}][\p{Ll}]+):[ \t]*$/u.exec(before);
  // A speaker's label in a transcript ("Spokesperson: Good afternoon") heads words, not a name: a full name must follow.
  if (
    heading &&
    heading[1]!.split(/\s+/).every((w) => TITLE_HEAD.test(w) || TITLE_WORDS.has(w.toLowerCase())) &&
    /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}]\.)?\s+[\p{Lu}][\p{Ll}]/u.test(text.slice(nameStart, nameStart + 40))
  ) {
    const start = sentenceStart + heading.index + heading[0].indexOf(heading[1]!);
    return { title: heading[1]!, side: null, start, end: start + heading[1]!.length };
  }
  let comma = false;
  const commaMatch = /,\s*$/.exec(before);
  if (commaMatch) {
    comma = true;
    cursor -= commaMatch[0].length;
    before = text.slice(sentenceStart, cursor);
  } else if (!/\s$/.test(before)) return null;
  const words = wordsBefore(text, sentenceStart, before, lineWords);
  let firstIdx = words.length;
  let side: string | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]![0];
    const gapEnd = i === words.length - 1 ? before.length : words[i + 1]!.index;
    const gap = before.slice(w.length + words[i]!.index, gapEnd);
    // "Tripoli, LANA- Prime Minister ...", "Beirut, NNA- Speaker ...": an agency's opening, its name glued to a dash,
    // ends the title.
    if (/[\p{L}]-$/u.test(w)) break;
    if (/[,;:.!?"“”()/–—]|\d|\s-\s|--/.test(gap.replace(BRACKETED_RE, ""))) {
      // "Minister of Trade, Industry and Energy Kim": a comma between capitalised words of a portfolio list, when a head word opens the list.
      if (
        !(
          /^,\s+$/.test(gap) &&
          /^[\p{Lu}]/u.test(w) &&
          /^[\p{Lu}]/u.test(words[i + 1]![0]) &&
          commaListHasHead(
            words.map((x) => x[0]),
            i,
          )
        ) &&
        !(
          /^,\s+$/.test(gap) &&
          portfolioContinues(
            words.map((x) => x[0]),
            i,
          )
        )
      )
        break;
    }
    const bare = w.replace(/['’]s$/, "");
    const lower = bare.toLowerCase();
    // "... Yoon Ji-won and Director General ...": another person's name ends the title.
    if (/^[\p{Lu}][\p{Ll}]+-[\p{Ll}]+$/u.test(w) && KOREAN_SURNAMES.has(words[i - 1]?.[0] ?? "")) break;
    // "Creative New Zealand's": a region's name that ends a country's name of two words ("Zealand") is that country.
    const alone = findCountryMentions(w)[0];
    let country: { code: string } | undefined =
      (alone?.subdivision ? undefined : alone) ?? demonymMention(w, words[i + 1]?.[0]) ?? demonymOpeningBody(words, i);
    // "Premier ministre du Cabo Verde", "President of South Africa", "the Isle of Man's Minister for Enterprise": a country's
    // name of two or three words. "Côte d'Ivoire": the last word may carry an elided article.
    // "ambassadeur de Guinée équatoriale", "d'Arabie saoudite": a French name's adjective closes it in lower case, its first
    // word may carry "d'".
    for (let n = 2; !country && n <= 3 && i >= n - 1 && /^(?:[\p{Lu}]|[dl]['’][\p{Lu}]|\p{Ll}{4,}$)/u.test(w); n++) {
      const several = words
        .slice(i - n + 1, i + 1)
        .map((x) => x[0])
        .join(" ")
        .replace(/^d['’](?=\p{Lu})/u, "");
      const hit = findCountryMentions(several)[0];
      if (hit && hit.start === 0 && hit.end >= several.replace(/['’]s$/, "").length) {
        country = hit;
        i -= n - 1;
      }
    }
    // "the Korea Forest Service": a subdivision's name ("Forest", a parish of Guernsey) inside a longer proper name is no place.
    const insideName = alone?.subdivision && /^[\p{Lu}]/u.test(words[i + 1]?.[0] ?? "") && !TITLE_WORDS.has(words[i + 1]![0].toLowerCase());
    country = country ?? (insideName ? undefined : alone);
    if (country) {
      const prev = words[i - 1]?.[0].toLowerCase() ?? "";
      const prev2 = words[i - 2]?.[0].toLowerCase() ?? "";
      // "Ambassador of Canada to the ROK", "ambassadeur du Canada en Corée": the country of posting is not the side.
      // "to the State of Qatar", "to the Republic of Korea": the words before the state's formal name say the same.
      // "en République de Corée", "au Royaume du Maroc": the same in French.
      const formal =
        (/^of$/.test(prev) &&
          /^(?:State|Republic|Kingdom|Federation|Sultanate|Commonwealth|Emirate|Principality)$/.test(words[i - 2]?.[0] ?? "")) ||
        (/^(?:de|du|d['’])$/.test(prev) &&
          /^(?:État|République|Royaume|Fédération|Sultanat|Commonwealth|Émirat|Principauté)$/.test(words[i - 2]?.[0] ?? ""));
      const [p1, p2] = formal ? [words[i - 3]?.[0].toLowerCase() ?? "", words[i - 4]?.[0].toLowerCase() ?? ""] : [prev, prev2];
      // ("according to Canada's ambassador": the "to" of "according to" posts no one.)
      const posting =
        (/^(?:to|in|en|au|auprès)$/.test(p1) && !(p1 === "to" && /^(?:according|owing|thanks|due)$/iu.test(p2))) ||
        (/^(?:the|la|le|l['’])$/.test(p1) && /^(?:to|in|auprès)$/.test(p2));
      if (!posting) side = side ?? country.code;
      if (posting && countryVisitedBeforeOf(words, i, p2)) break;
      // "ministre des Affaires étrangères de la République de Corée", "Prime Minister of Canada": a country inside the title.
      // "l'ambassadeur d'Italie", "ministre d'Haïti": the elided "d'" glued to the country's name does the same.
      if (
        /^(?:de|du|des|d['’]|of|to|in|en|au)$/i.test(prev) ||
        (/^d['’]\p{Lu}/u.test(words[i]![0]) && TITLE_WORDS.has(prev.replace(/^l['’]/u, ""))) ||
        (/^(?:the|la|l['’])$/i.test(prev) && /^(?:of|to|in|de|auprès)$/i.test(prev2))
      ) {
        firstIdx = i;
        continue;
      }
      const next = words[i + 1]?.[0] ?? "";
      // "le président sud-coréen Lee Jae-myung", "la ministre canadienne": a French adjective after its title word.
      if (/^\p{Ll}/u.test(w) && TITLE_WORDS.has(prev)) {
        firstIdx = i;
        continue;
      }
      // "... of Global Affairs Canada Jennie Chen": a country name closing an organisation's name stays in the title.
      if (
        !/['’]s$/.test(w) &&
        i === words.length - 1 &&
        /^[\p{Lu}][\p{Ll}]/u.test(words[i - 1]?.[0] ?? "") &&
        !NOT_NAME_WORDS_BACKSTOP.has(words[i - 1]![0])
      ) {
        firstIdx = i;
        continue;
      }
      // "Korea Institute ... Director": a country name opening an organisation's name stays in the title.
      if (!/['’]s$/.test(w) && /^[\p{Lu}]/u.test(next) && !TITLE_WORDS.has(next.toLowerCase())) {
        firstIdx = i;
        continue;
      }
      break;
    }
    if (
      TITLE_WORDS.has(lower) ||
      TITLE_CONNECTORS.has(lower) ||
      BRACKETED_WORD.test(w) ||
      (/^l['’]/i.test(w) && TITLE_WORDS.has(lower.slice(2)))
    ) {
      firstIdx = i;
      continue;
    }
    // "Commerce extérieur", "l'Action humanitaire", "des Tunisiens à l'étranger", "des Togolais de l'extérieur": a French adjective or complement in lower
    // case after a capitalised word of the portfolio.
    const prevWord = words[i - 1]?.[0] ?? "";
    if (
      (FRENCH_PORTFOLIO_ADJECTIVE.test(w) && /^(?:[\p{Lu}]|[ld]['’][\p{Lu}])/u.test(prevWord)) ||
      (/^l['’](?:étranger|extérieur)$/u.test(w) && (prevWord === "à" || prevWord === "de")) ||
      (w === "à" && /^l['’]étranger$/u.test(words[i + 1]?.[0] ?? ""))
    ) {
      firstIdx = i;
      continue;
    }
    // "Chief scientist Dr. ...", "Senior economist ...", "Lead negotiator ...": a lower-case occupation after a rank.
    if (/^\p{Ll}{4,}$/u.test(w) && RANK_BEFORE_OCCUPATION.test(prevWord)) {
      firstIdx = i;
      continue;
    }
    // "le président de la Chambre des communes": a lower-case noun closing an institution's name after "des" or "du".
    if (/^\p{Ll}+$/u.test(w) && /^(?:des|du)$/u.test(prevWord) && /^[\p{Lu}]/u.test(words[i - 2]?.[0] ?? "")) {
      firstIdx = i;
      continue;
    }
    // "ministre de l'Europe et des Affaires étrangères": an elided article before a capitalised word of the portfolio.
    if ((/^[\p{Lu}]/u.test(w) || /^[ld]['’][\p{Lu}]/u.test(w)) && !NOT_NAME_WORDS_BACKSTOP.has(bare)) {
      firstIdx = i;
      continue;
    }
    break;
  }
  // "... à Hanoï le ministre de l'Europe ...": an article before a title word opens the title; what precedes it is the clause's
  // ("la présidente et cheffe de la direction de Téléfilm Canada": after "de", the article is inside the title's complement).
  for (let j = firstIdx + 1; j < words.length - 1; j++)
    if (
      /^(?:le|la|les|the)$/iu.test(words[j]![0]) &&
      words[j - 1]?.[0].toLowerCase() !== "de" &&
      ((/^\p{Ll}/u.test(words[j + 1]![0]) && TITLE_WORDS.has(words[j + 1]![0])) || titleAfterAndThe(words, j))
    ) {
      firstIdx = j + 1;
      break;
    }
  while (firstIdx < words.length && TITLE_CONNECTORS.has(words[firstIdx]![0].toLowerCase())) firstIdx++;
  // "Her Parliamentary Secretary, ...", "His Chief of Staff, ...": a possessive opening the title is no part of it.
  if (firstIdx < words.length - 1 && /^(?:his|her|their|its)$/iu.test(words[firstIdx]![0])) firstIdx++;
  if (firstIdx >= words.length) return null;
  const start = sentenceStart + words[firstIdx]!.index;
  const title = text.slice(start, cursor).trim();
  // "Prince's Mansion, Ny Vestergade 10": a title word in the possessive owns what follows; the owned noun must be an office.
  if (!TITLE_HEAD.test(title.replace(/[\p{L}-]+['’]s(?![\p{L}])/gu, ""))) return null;
  // An English title is glued to the name; a comma before the name is the French (or appositive) style.
  // A title that opens with its head word ("Minister of Energy and Natural Resources, Tim Hodgson") is an appositive too.
  if (
    comma &&
    !/^\p{Ll}/u.test(title) &&
    !/\b(?:minister|ministre|president|ambassador)\s*$/i.test(title) &&
    // "Canada's National Security and Intelligence Advisor, Nathalie Drouin": an office's head word closing the title.
    !(side !== null && TITLE_HEAD.test(title.split(/\s+/).at(-1)!)) &&
    !TITLE_HEAD.test(title.split(/\s+/).slice(0, 2).join(" "))
  )
    return null;
  return { title: title.replace(/^(?:(?:the|la|le)\s+|l['’])/i, ""), side, start, end: cursor };
}

/**
 * "signed by Ivan Petrov and the Executive Director of INAFOR, ...", "by the Mayor and the President of the Council, ...":
 * "and the" before a capitalised office opens that office's title; the words before it are the first party's.
 */
function titleAfterAndThe(words: readonly RegExpExecArray[], j: number): boolean {
  if (!/^(?:and|et)$/iu.test(words[j - 1]?.[0] ?? "")) return false;
  const office = words.slice(j + 1, j + 3).map((w) => w[0]);
  return /^\p{Lu}/u.test(office[0] ?? "") && office.some((w) => TITLE_HEAD.test(w) && TITLE_WORDS.has(w.toLowerCase()));
}

/**
 * "during the official visit to Panama of the President of Honduras, ...", "after the arrival in Lima of the Foreign Minister
 * of Chile, ...": a country after "to" or "in" that no title word precedes, followed by "of", is the place of a visit or an
 * arrival the title's holder made, not part of the title ("Ambassador to Canada of the Republic of Korea" keeps it).
 */
function countryVisitedBeforeOf(words: readonly RegExpExecArray[], i: number, beforePreposition: string): boolean {
  if (words[i + 1]?.[0] !== "of") return false;
  return !TITLE_WORDS.has(beforePreposition) && !TITLE_HEAD.test(beforePreposition);
}

/** A nickname in quotes between a given name and a surname: ' "El Zurdo" Espinoza', ' “Lucho” Pérez'. */
const NICKNAME_AFTER = /^\s+["“][\p{L}'’. -]{1,30}["”]\s+[\p{Lu}]/u;

/** A rank whose occupation may follow in lower case: "Chief scientist", "Senior economist", "Lead negotiator". */
const RANK_BEFORE_OCCUPATION = /^(?:Chief|Senior|Principal|Lead|Head|Deputy|Assistant|Associate)$/u;

/** "French" before a title word names the country; alone it may be the language. */
function demonymMention(word: string, next: string | undefined): { code: string } | undefined {
  const code = countryOfTitleDemonym(word);
  return code && next !== undefined && (TITLE_WORDS.has(next.toLowerCase()) || TITLE_HEAD.test(next)) ? { code } : undefined;
}

/**
 * "Director of the Slovenian Nuclear Safety Administration": a demonym opening the name of the body a title is held at
 * (after "of the", before a capitalised word) is the body's country.
 */
function demonymOpeningBody(words: readonly RegExpExecArray[], i: number): { code: string } | undefined {
  if (words[i - 1]?.[0] !== "the" || words[i - 2]?.[0] !== "of" || !/^\p{Lu}/u.test(words[i + 1]?.[0] ?? "")) return undefined;
  const code = countryOfTitleDemonym(words[i]![0]);
  return code ? { code } : undefined;
}

/** Whether the words before a comma, read backwards through "of", "the" and capitalised words, reach a title head ("Minister of Trade, ..."). */
function commaListHasHead(words: readonly string[], at: number): boolean {
  for (let j = at; j >= 0 && at - j < 8; j--) {
    const w = words[j]!;
    if (TITLE_HEAD.test(w)) return j < at && TITLE_CONNECTORS.has(words[j + 1]!.toLowerCase());
    if (!/^[\p{Lu}]/u.test(w) && !TITLE_CONNECTORS.has(w.toLowerCase())) return false;
  }
  return false;
}

/**
 * "ministre des Affaires étrangères, de la Migration et des Tunisiens à l'étranger", "vice-Premier ministre, ministre de
 * la Coopération": a portfolio goes on after a comma when the word after it is a connector or another office, and the
 * words before it reach an office within a few words, its demonym included ("ministre malien de l'Économie, des Finances et
 * ...", "ministre tunisien de l'Agriculture, des Ressources hydrauliques ...").
 */
function portfolioContinues(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  if (next === undefined || !(/^(?:de|du|des|d['’]\p{L}+|of|for|and|et)$/iu.test(next) || /^(?:minister|ministre)$/iu.test(next)))
    return false;
  // "de la ministre ..., et du maire de Saguenay": "and" before an article and an office joins another person.
  if (/^(?:and|et)$/iu.test(next) && /^(?:du|de|la|le|the|l['’]\p{L}+)$/iu.test(words[at + 2] ?? "")) {
    const office = /^l['’]/iu.test(words[at + 2]!) ? words[at + 2]!.slice(2) : (words[at + 3] ?? "");
    if (TITLE_HEAD.test(office) || (/^(?:de|du)$/iu.test(words[at + 2]!) && /^(?:la|l['’])$/iu.test(words[at + 3] ?? ""))) return false;
  }
  for (let j = at; j >= 0 && at - j < 10; j--) {
    const w = words[j]!;
    if (/^(?:minister|ministre|vice-premier|secretary|secrétaire)$/iu.test(w)) return true;
    if (
      !/^[\p{Lu}]/u.test(w) &&
      !TITLE_WORDS.has(w.toLowerCase()) &&
      !TITLE_CONNECTORS.has(w.toLowerCase()) &&
      !/^[ld]['’]/iu.test(w) &&
      !FRENCH_PORTFOLIO_ADJECTIVE.test(w) &&
      !namesCountry(w)
    )
      return false;
  }
  return false;
}

/**
 * A French adjective of a portfolio, in lower case after its noun ("Commerce extérieur", "Action humanitaire"); colours
 * name economies and transitions ("Économie bleue", "Transition verte").
 */
const FRENCH_PORTFOLIO_ADJECTIVE =
  /^\p{Ll}[\p{Ll}-]*(?:eur|ure|aire|al|ale|ales|aux|ère|ères|ique|iques|elle|elles|ienne|aise|oise|ée|ées|ive|ives|ant)$|^(?:bleue|verte)$/u;

/** Capitalised words that end a backwards title scan (sentence openers, verbs of reporting). */
const NOT_NAME_WORDS_BACKSTOP = new Set([
  "The",
  "In",
  "On",
  "At",
  "According",
  "During",
  "After",
  "Before",
  "While",
  "When",
  "With",
  "And",
  "But",
  "As",
  "From",
  "By",
  "Meanwhile",
  "Additionally",
  "Furthermore",
  "Notably",
  "Also",
  "Selon",
  "Lors",
  "Le",
  "La",
  "Les",
  "Et",
]);

/** A title written after the name: "Mélanie Joly, Minister of Foreign Affairs", "Weldon Epp, Canada's Assistant Deputy Minister ...". */
/** Capitalised units and departments after a title, each set off by a comma, ending the item (";", ")" or the sentence's end). */
const TITLE_UNITS =
  /^(?:,\s+[\p{Lu}][\p{L}'’&-]*(?:\s+(?:of|and|for|the|de|du|des|et|&|[\p{Lu}][\p{L}'’&-]*))*){1,3}(?=\s*(?:[;)]|\.?\s*$))/u;

/** Post-nominal letters after a name, each set off by a comma and followed by one: ", P.Eng., FEC", ", Ph.D.", ", OBE". */
const POST_NOMINALS = /^(?:,\s*(?:(?:\p{Lu}\p{L}{0,3}\.){1,3}(?:\p{Lu}\p{L}{0,3})?|\p{Lu}{2,6}))+(?=,\s)/u;

/**
 * "is", "est" after a name and a graduate's degrees, or "is now", "est désormais" right after a name, before the office
 * the name holds ("Manatū Taonga is the Government's leading advisor": a bare "is" after a name tells no office).
 */
const COPULA_AFTER_NAME =
  /^(?:\s+\([^()\n]{1,60}\)\s+(?:is|est)\s+(?:now\s+|désormais\s+|maintenant\s+)?|\s+(?:is|est)\s+(?:now|désormais|maintenant)\s+)(?:the\s+|la\s+|le\s+|l['’])?/u;

/**
 * "Marissa Detudamo-Hiram (LLB) is now Minister for Foreign Affairs and Trade of Nauru", "X is chief commercial officer
 * of Nauru Airlines": an office told with "is" right after the name, up to the clause's end; the country it names is the
 * side.
 */
function copularTitle(text: string, nameEnd: number, sentenceEnd: number): TitleFound | null {
  const copula = COPULA_AFTER_NAME.exec(text.slice(nameEnd, sentenceEnd));
  if (!copula) return null;
  const start = nameEnd + copula[0].length;
  const phrase = /^[^,;.()]{3,120}/u.exec(text.slice(start, sentenceEnd))?.[0].trim();
  if (!phrase || !TITLE_HEAD.test(phrase.split(/\s+/u).slice(0, 4).join(" "))) return null;
  if (/^\p{Ll}/u.test(phrase) && !TITLE_WORDS.has(phrase.split(/\s+/u)[0]!.toLowerCase())) return null;
  return { title: phrase, side: findCountryMentions(phrase)[0]?.code ?? null, start, end: start + phrase.length };
}

/** One more item of a French portfolio after a comma: ", des Océans", ", de la Garde côtière canadienne". */
const FRENCH_PORTFOLIO_ITEM = /^,\s+(?:des|du|de\s+la|de\s+l['’])\s*[\p{Lu}][^,;.()"“”]{1,80}/u;

/** "ministre des Pêches, des Océans et de la Garde côtière canadienne": the items of a French portfolio after the first. */
function frenchPortfolioItems(rest: string): string {
  let items = "";
  for (let m = FRENCH_PORTFOLIO_ITEM.exec(rest); m; m = FRENCH_PORTFOLIO_ITEM.exec(rest.slice(items.length))) items += m[0];
  return items;
}

export function titleAfter(text: string, nameEnd: number, sentenceEnd: number): TitleFound | null {
  // "Dr. Marc-André Thibodeau, P.Eng., FEC, Chair, ...": letters after a name (degrees, orders, professional designations)
  // stand between it and its office.
  nameEnd += POST_NOMINALS.exec(text.slice(nameEnd, sentenceEnd))?.[0].length ?? 0;
  const after = text.slice(nameEnd, sentenceEnd);
  // Hansard's "Hon. David McGuinty (Minister of National Defence, Lib.):": a title in brackets, before the party.
  // "(Minister of Jobs, Economic Development, Innovation and Trade)": commas inside a portfolio stay in it.
  const bracket =
    /^\s\(((?:[\p{Lu}][\p{L}'’-]*|of|for|the|and|de|des|du|la)(?:,?\s(?:[\p{Lu}][\p{L}'’-]*|of|for|the|and|to|de|des|du|la))*)(?:,\s[^)]{1,20})?\)/u.exec(
      after,
    );
  // "(Parliamentary Secretary to the Minister of ...)": the head word may follow a qualifier.
  if (bracket && TITLE_HEAD.test(bracket[1]!.split(/\s+/).slice(0, 2).join(" "))) {
    const start = nameEnd + bracket[0].indexOf(bracket[1]!);
    return { title: bracket[1]!, side: findCountryMentions(bracket[1]!)[0]?.code ?? null, start, end: start + bracket[1]!.length };
  }
  const m = /^,\s+((?:the\s+|la\s+|le\s+|l['’])?[\p{L}'’][^,;.()"“”]{2,160})/u.exec(after);
  if (!m) return null;
  // "Ignazio Cassis, a reçu mercredi ...", "Kim, has met ...": a verb after the comma opens the clause's predicate, not a title.
  if (
    /^(?:a|ont|avait|avaient|est|sont|has|have|had|was|were|will)\s+(?:été|eu|fait|pris|dit|[\p{Ll}]+[éiu]e?s?|[\p{Ll}]+ed|met|been)(?![\p{L}])/u.test(
      m[1]!,
    )
  )
    return null;
  // "Crown Prince and Prime Minister of ...", "ministre et porte-parole": a second office joined by "and" stays in the title.
  let phrase = m[1]!
    .replace(
      /\s+(?:(?:and|et)\s(?!(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:Minister|Ministre|ministre|President|Président|présidente?|Secretary|secrétaire|Governor|Chair(?:man)?)(?![\p{L}]))(?![\p{Lu}][\p{L}-]*\s+of\s+(?:the\s+)?[\p{Lu}][^,;.()]*$)|(?:who|qui|has|have|had|is|was|said|met|a|est)\s).*$/u,
      "",
    )
    .trim();
  phrase = phrase.replace(/\s+(?:in|on|à|le)\s+(?:the\s+)?(?:capital|[\p{Lu}][\p{L}]+day|\d).*$/u, "").trim();
  // "President of the Republic of Djibouti made a State Visit": a verb after the office's last proper name opens the predicate.
  phrase = phrase.replace(/(?<=[\p{Lu}][\p{L}'’-]*)\s+(?:made|paid|held|led|took|gave|went|came|began|\p{Ll}{3,}ed)(?:\s.*)?$/u, "").trim();
  const firstWords = phrase.split(/\s+/).slice(0, 7).join(" ");
  if (!TITLE_HEAD.test(firstWords)) return null;
  const firstWord = phrase.split(/\s+/)[0] ?? "";
  // "Mélanie Joly, s'est entretenue ...": a lower-case first word must itself belong to a title, or say it was one ("ancien
  // ambassadeur du Canada").
  if (
    /^\p{Ll}/u.test(firstWord) &&
    !TITLE_WORDS.has(firstWord.toLowerCase()) &&
    !/^(?:the|a|an|la|le|l['’]|un|une|former|ancien|ancienne)$/i.test(firstWord) &&
    !/^l['’]/i.test(firstWord)
  )
    return null;
  // "NSERC's Vice-President, ...": an organisation's possessive before an office.
  // "EDC's Executive Vice-President and Chief Risk Officer": the head may follow capitalised qualifiers.
  const officeWords = phrase.split(/\s+/).slice(1, 4);
  const headAt = officeWords.findIndex((w) => TITLE_HEAD.test(w));
  const possessiveOffice =
    /^[\p{Lu}][\p{L}-]*['’]s$/u.test(firstWord) &&
    headAt >= 0 &&
    officeWords.slice(0, headAt).every((w) => /^[\p{Lu}]/u.test(w)) &&
    !findCountryMentions(firstWord).length;
  if (
    /^\p{Lu}/u.test(firstWord) &&
    !TITLE_WORDS.has(firstWord.toLowerCase()) &&
    !findCountryMentions(firstWord).length &&
    !/^(?:The|La|Le|L['’])/u.test(firstWord) &&
    !possessiveOffice
  )
    return null;
  // "Ms. Sarah Ouellette-Kwan, Director General, Asia Trade Policy, Global Affairs Canada;": a witness's office, unit and
  // department, set off by commas up to the item's end, are one title.
  const units = phrase === m[1]!.trim() ? TITLE_UNITS.exec(after.slice(m[0].length)) : null;
  if (units && findCountryMentions(units[0]).length > 0) phrase = `${phrase}${units[0]}`;
  else if (phrase === m[1]!.trim()) phrase += frenchPortfolioItems(after.slice(m[0].length));
  const countries = findCountryMentions(phrase);
  const start = nameEnd + m[0].indexOf(m[1]!);
  const bare = phrase.replace(/^(?:the|la|le|l['’])\s*/i, "");
  // "Canada's Assistant Deputy Minister": the country's possessive is the side, not the title; an organisation's stays.
  const title = possessiveOffice ? bare : bare.replace(/^[\p{L}-]+['’]s\s+/u, "");
  return { title, side: countries[0]?.code ?? null, start, end: start + phrase.length };
}

function matchKnown(name: string, known: readonly KnownPerson[]): RecordMatch | null {
  const norm = normalizeName(name);
  const key = nameTokenKey(name);
  for (const k of known) {
    const names = [k.name, ...k.variants];
    if (names.some((n) => normalizeName(n) === norm))
      return { id: k.id, score: 0.95, reason: "same name (accents, case and hyphens aside)" };
  }
  for (const k of known) {
    const names = [k.name, ...k.variants];
    if (names.some((n) => nameTokenKey(n) === key)) return { id: k.id, score: 0.85, reason: "same name in another order" };
  }
  return null;
}

export interface PeopleOptions {
  known: readonly KnownPerson[];
  pair: readonly [string, string];
  lang: "en" | "fr";
  /** The text's sentences, for the countries named around a person. */
  sentences?: readonly Sentence[];
  /**
   * The country the text is written from (its dateline's or its publisher's), when one of the pair: an office held
   * with no country named ("Prime Minister Christopher Luxon" in a New Zealand release, "le Premier ministre" in a
   * Hanoi daily) is that country's, as a writer names foreign officials by their country and their own by office alone.
   */
  home?: string;
}

/** A title read back across another name's "of <country> and": "of Guyana and President". */
const OF_COUNTRY_AND = /^(?:of|de|du|d['’])\s+[^,;]{2,40}?\s+(?:and|et)\s+(?=\S)/iu;
/** "of", "de la" right after a name, before the country it names. */
const OF_AFTER = /^\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?/iu;

/** The country named right after a name and "of": "President Rafael Cálix of Honduras" -> HN. */
function countryOfAfterName(text: string, nameEnd: number): string | null {
  const of = OF_AFTER.exec(text.slice(nameEnd, nameEnd + 12));
  if (!of) return null;
  const at = nameEnd + of[0].length;
  const country = findCountryMentions(text.slice(at, at + 40))[0];
  return country && country.start === 0 && !country.subdivision ? country.code : null;
}

/** A country alone in brackets right after a name: "Mr. Ruben Lacle (Aruba)", "Ms. Ana Reyes (Philippines)". */
const BRACKETED_AFTER = /^\s?\(([^()\n]{2,40})\)/u;

/**
 * The country a list of office holders gives each in brackets: "the Ministers of Health, Mr. Ruben Lacle (Aruba) and Mrs.
 * Sharine Isenia-Doran (Curaçao)". Only a country named by the whole bracket counts (not a riding, a party or a town).
 */
function countryBracketedAfterName(text: string, nameEnd: number): string | null {
  const bracket = BRACKETED_AFTER.exec(text.slice(nameEnd, nameEnd + 44));
  if (!bracket) return null;
  const inside = bracket[1]!.trim();
  const country = findCountryMentions(inside)[0];
  return country && country.start === 0 && country.end === inside.length && !country.subdivision ? country.code : null;
}

/** A field's label opening a line ("Contracting authority: ", "Contracting Authority: ", "Contact : "). */
const FIELD_LABEL_BEFORE = /^[ \t]*\p{Lu}[\p{Ll}]+(?:\s\p{L}[\p{Ll}]+){0,3}\s?:[ \t]*$/u;
const PORTFOLIO_ITEM_AFTER = /^\s+(?:and|et|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*[,;)]/u;
const PORTFOLIO_ITEM_BEFORE = wordStart(
  /(?<![\p{L}])(?:Minister|Ministre|Secretary|Secrétaire|Commissioner|Director|Directeur|Directrice)\s+(?:of|for|de|du|des)\s+[^,;.]{2,60},\s+$/u,
);

/** The rest of a portfolio ("and Communications") and the comma before its holder's name. */
const PORTFOLIO_REST = /^(?:\s+(?:and|&|et)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?,\s/u;
/**
 * "Minister of Fish Wealth, Ahmed Bamatraf", "Minister of Public Works and Communications, Rodrigo Sanabria": capitalised
 * words after an office's "of", then (the rest of the portfolio and) a comma that another name follows, are the portfolio.
 */
function holderFollowsPortfolio(text: string, c: Span, candidates: readonly Span[]): boolean {
  const rest = PORTFOLIO_REST.exec(text.slice(c.end, c.end + 60));
  if (!rest) return false;
  const from = c.end + rest[0].length;
  return candidates.some((n) => n.start === from || (n.start > from && HONORIFIC_GAP.test(text.slice(from, n.start))));
}
/** "Minister of Blue Economy and Fisheries, Haji Omar ...", "Minister of Health, Dato' Seri ...": a style before the holder. */
const HONORIFIC_GAP = new RegExp(`^${MALAY_STYLE}\\s+$|^(?:${GULF_STYLE}|Dr\\.|Hon\\.)\\s+$`, "u");
/** An office and "of" right before a name: "the Mayor of ", "le maire de ", "the Khokim of ". */
const OFFICE_OF_BEFORE = wordStart(
  /(?<![\p{L}])(?:Mayor|Governor|Khokim|Hokim|Akim|Prefect|Maire|maire|Gouverneur|gouverneur|Préfet|préfet|Mayoress|Minister|Secretary)\s+(?:of|de|d['’])\s*$/u,
);
/**
 * ", Ing. Tomáš", ", Hon. Mahinda", ", Mr. Kim": a comma, an honorific and a person; " and Transport, Dr. ...": the rest of a
 * portfolio may come before the comma.
 */
const NAME_AFTER_COMMA =
  /^(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?,\s+(?:(?:H\.E\.|S\.E\.|Hon\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|M\.|Mme|Ing\.|Mgr\.?|Prof\.|Pr)\s+)+\p{Lu}/u;

/** What `findPeople` reads once for a text and hands to each of its stages. */
interface PeopleScan {
  text: string;
  sentences: readonly Sentence[];
  opts: PeopleOptions;
  /** The full names read in the text, portfolios dropped (`nameCandidates`). */
  candidates: Candidate[];
  /** The words of each line, read once for this text: every name of a sentence asks for a prefix of them. */
  lineWords: LineWords;
}

/** What a full name read as a person carries to its mention: its titles, the side they give, and why it is a person. */
interface NameReading {
  match: RecordMatch | null;
  before: TitleFound | null;
  after: TitleFound | null;
  titleSide: string | null;
  /** What vouched for the person first, added to the candidate's rule ("+title-before", "+speech", ...). */
  vouchedBy: string;
  byline?: true;
}

export function findPeople(text: string, sentences: readonly Sentence[], opts: PeopleOptions): Person[] {
  const scan: PeopleScan = { text, sentences, opts, candidates: nameCandidates(text, sentences), lineWords: new Map() };
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  for (const c of scan.candidates) {
    const reading = readName(scan, c, people);
    if (reading) addMention(people, byKey, c, reading, opts.known);
  }
  attachShortMentions(text, sentences, people, opts, scan.lineWords);
  mergeOneWordNames(people);
  mergeGivenNamesOfDescent(people);
  mergeLeadingGivenNames(people);
  attachLeadingGivenNames(text, people);
  for (const p of people) settle(p, { ...opts, sentences });
  settleSides(scan, people);
  for (const p of people) if (isBylineOnly(p)) Object.assign(p, { side: servingAuthorSide(p, opts.home), sideConfidence: 0 });
  return people.filter((p) => p.mentions.length > 0).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * The full names of the text, less "Minister of Economic Development, Job Creation and Trade, Vic Fedeli"'s capitalised
 * words after a title's comma and before "and <Portfolio>,": a portfolio, not a person.
 */
function nameCandidates(text: string, sentences: readonly Sentence[]): Candidate[] {
  return fullNameCandidates(sentences).filter(
    (c) =>
      !(
        PORTFOLIO_ITEM_AFTER.test(text.slice(c.end, c.end + 60)) &&
        PORTFOLIO_ITEM_BEFORE.test(text.slice(Math.max(0, c.start - 120), c.start))
      ),
  );
}

/** A full name read as a person, with its titles, or null where it is none (see `isNoName` and `vouchedBy`). */
function readName(scan: PeopleScan, c: Candidate, people: readonly Person[]): NameReading | null {
  const { text } = scan;
  const s = sentenceHolding(scan.sentences, { start: c.start, end: c.start })!;
  const match = matchKnown(c.text, scan.opts.known);
  const signature = signatureTitle(text, c);
  if (!match && !signature && isByline(text, c)) return bylineReading(text, c);
  if (isNoName(scan, c)) return null;
  const written = titleBefore(text, c.start, s.start, scan.lineWords);
  // "Minister Castellano to Make Announcement", "Premier to Open Plant": a headline's infinitive in capitals, no name.
  if (written && /(?<![\p{L}])to$/u.test(written.title)) return null;
  const before = pluralOfficeTitle(scan, c, s, ownTitleBefore(scan, c, written), people);
  const after = titleAfterName(scan, c, s, before, signature);
  // "President Aaron Baichu of Guyana": a bare title before the name, the country right after "of".
  const ofCountry = before && !before.side ? countryOfAfterName(text, c.end) : null;
  const vouchedBy = whatVouches(scan, c, s, match, before, after);
  if (vouchedBy === null) return null;
  // "Rear-Admiral Christopher Robinson, Commander of Canadian Fleet Pacific": the side may sit in the title written after the name.
  const titleSide = before?.side ?? after?.side ?? ofCountry ?? countryBracketedAfterName(text, c.end);
  return { match, before, after, titleSide, vouchedBy };
}

/** A full name that the words around it show to be no person's: an office's town or portfolio, "M." in French. */
function isNoName(scan: PeopleScan, c: Candidate): boolean {
  const { text } = scan;
  // "M. Carney" is Monsieur Carney: the surname is attached later as a short mention.
  if (scan.opts.lang === "fr" && /^M\.\s/u.test(c.text)) return true;
  // "President Prabowo, Amir of Qatar Agree ...": an office word before "of" is the office, not a one-word name.
  if (!/\s/u.test(c.text) && TITLE_HEAD.test(c.text) && /^\s+(?:of|de|du)\s/u.test(text.slice(c.end, c.end + 5))) return true;
  if (!OFFICE_OF_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return false;
  // "the Mayor of Český Krumlov, Ing. Tomáš Hrdlička", "Minister of Public Works, Mr. Deodat ...": a name after an office
  // and "of", then a comma and an honorific, is the office's town or portfolio, not a person.
  // "Deputy Minister of Fish Wealth, Ahmed Bamatraf": capitalised words between an office's "of" and a comma that another
  // name follows are the portfolio, the name after the comma its holder.
  return NAME_AFTER_COMMA.test(text.slice(c.end, c.end + 60)) || holderFollowsPortfolio(text, c, scan.candidates);
}

/**
 * The part of the title read before a name that is this name's own: cut after another name inside it, dropped where it is
 * in apposition to the name before, and its "of <country> and" read back across the name before left out.
 */
function ownTitleBefore(scan: PeopleScan, c: Candidate, written: TitleFound | null): TitleFound | null {
  const { text, candidates } = scan;
  let before = written;
  // "Prime Minister Mark Carney and President of the Republic of Korea Lee Jae-myung": another name inside the scan ends the title.
  // "Majority Leader" read as a name is the title's own words, not another person.
  const inside =
    before &&
    candidates
      .filter(
        (o) =>
          o !== c &&
          o.start >= before!.start &&
          o.end <= c.start &&
          !TITLE_HEAD.test(o.text.split(/\s+/).at(-1)!) &&
          // "KPA Managing Director": an acronym and a title's word are the title, not a name.
          !TITLE_WORDS.has(o.text.split(/\s+/).at(-1)!.toLowerCase()) &&
          // "Director of the Viet Nam National Institute of Culture and Arts Studies": words after "of" or "and" inside an
          // organisation's name are no person's.
          !/(?<![\p{L}])(?:of|the|and|for|de|du|des|la|le|et)\s+$/iu.test(text.slice(Math.max(0, o.start - 5), o.start)),
      )
      .at(-1);
  if (before && inside) {
    const rest = text.slice(inside.end, before.end);
    const lead = /^[\s,]*(?:and|et|with|avec)?\s*(?:(?:the|la|le|l['’])\s+)?/iu.exec(rest)![0].length;
    const title = rest.slice(lead).trim();
    before = TITLE_HEAD.test(title)
      ? { ...before, title, start: inside.end + lead, side: findCountryMentions(title)[0]?.code ?? null }
      : null;
  }
  // "Prince Mohammed ..., Crown Prince and Prime Minister ..., His Excellency Mr. Trần Quốc Khánh": an honorific after a
  // comma opens the next person; the title before it is in apposition to the name before.
  if (
    before &&
    /^,\s*\S/u.test(text.slice(before.end, c.start)) &&
    HONORIFICS_BEFORE.test(text.slice(before.end, c.start)) &&
    candidates.some((o) => o.end <= before!.start && /^\s*,\s*(?:the\s+)?$/iu.test(text.slice(o.end, before!.start)))
  )
    return null;
  // "Mélanie Joly, Minister of Foreign Affairs, and Bill Blair, Minister of National Defence": an office ending on "and"
  // is the name before's, in apposition; the one after the name is this one's.
  if (before && /(?:^|[\s,])(?:and|et)$/u.test(before.title.trim())) return null;
  // "President Aaron Baichu of Guyana and President Marcia ...": a title opening on "of <country> and" read back across the
  // name before; "of Guyana" is that name's, the title is what follows "and", and the side is no longer read from it.
  const across = before ? OF_COUNTRY_AND.exec(before.title) : null;
  if (before && across) {
    const title = before.title.slice(across[0].length);
    before = { title, side: null, start: before.start + across[0].length, end: before.end };
  }
  return before;
}

/**
 * The title before a name, or an office in the plural shared with the names around it; where that office names the two
 * countries, this name's side among them.
 */
function pluralOfficeTitle(
  scan: PeopleScan,
  c: Candidate,
  s: Sentence,
  own: TitleFound | null,
  people: readonly Person[],
): TitleFound | null {
  const { text } = scan;
  const before = own ?? pluralOfficeShared(text, c, people) ?? pluralOfficeInApposition(text, c, s.start);
  if (!before || !PLURAL_OFFICE.test(before.title)) return before;
  // "les ministres des Transports du Pérou et du Chili, A et B": the first name is the first country's; "les ministres de
  // l'Éducation des deux pays, A et B": the pair in the order the text first names it.
  const sides = pluralOfficeSides(before.title, text, scan.opts.pair);
  if (sides.length !== 2) return before;
  if (/^,\s*$/u.test(text.slice(before.end, c.start))) return { ...before, side: sides[0]! };
  if (!before.side && /(?:^|\s)(?:and|et)\s+$/u.test(text.slice(before.end, c.start))) return { ...before, side: sides[1]! };
  return before;
}

/** The title written after a name (or its signature's, or "X is the ..."), unless the name has one before it or it is the next name's. */
function titleAfterName(
  scan: PeopleScan,
  c: Candidate,
  s: Sentence,
  before: TitleFound | null,
  signature: TitleFound | null,
): TitleFound | null {
  const { text } = scan;
  const after = titleAfter(text, c.end, s.end) ?? (before ? null : (signature ?? copularTitle(text, c.end, s.end)));
  // "Mark Carney, the President of the Republic of Korea, Lee Jae-myung": that title belongs to the next name.
  // (A signature's office on the line above, "Le président," over the name, is this name's own.)
  if (after && after.start >= c.end && scan.candidates.some((o) => o.start > after.end && /^\s*,\s*$/.test(text.slice(after.end, o.start))))
    return null;
  return after;
}

/**
 * What shows a full name to be a person's ("+title-before", "+speech", "" where only a weaker sign does: a label, a degree,
 * a list, a given name), or null where nothing does.
 */
function whatVouches(
  scan: PeopleScan,
  c: Candidate,
  s: Sentence,
  match: RecordMatch | null,
  before: TitleFound | null,
  after: TitleFound | null,
): string | null {
  const { text } = scan;
  const speech = SPEECH_AFTER.test(text.slice(c.end, Math.min(s.end, c.end + 120)));
  const meeting =
    MEETING_BEFORE.test(text.slice(Math.max(s.start, c.start - 40), c.start)) ||
    (c.text.includes(" ") && MEETING_AFTER.test(text.slice(c.end, Math.min(s.end, c.end + 120))));
  const speechBefore = SPEECH_BEFORE.test(text.slice(Math.max(s.start, c.start - 20), c.start));
  const honoured = HONORIFICS_BEFORE.test(text.slice(Math.max(s.start, c.start - 40), c.start));
  if (before) return "+title-before";
  if (after) return "+title-after";
  if (speech) return "+speech";
  if (meeting || speechBefore) return "+meeting";
  if (match) return "+known";
  if (honoured) return "+honorific";
  return c.korean ||
    isVouchedByItsLine(text, c, s.start) ||
    listedPerson(text, c) ||
    (c.family === undefined && givenNameLike(c.text.split(/\s+/)[0]!))
    ? ""
    : null;
}

/** A host's verb, a graduate's degrees or a relative's kinship around a name, a speaker's label or a field's label on its line. */
function isVouchedByItsLine(text: string, c: Candidate, sentenceStart: number): boolean {
  // "Dans cet épisode, Aïssatou Ndiaye-Lambert reçoit deux invités": a host's verb right after the name.
  if (HOSTING_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  // "Siliga Kaitu (BEd) teaches ...", "Ioane Fetui (BCom 1989)": a graduate's degrees after the name; "époux de feu Monique
  // Gagnon", "the son of the late Ruben Detudamo": a relative named by kinship.
  if (DEGREES_AFTER.test(text.slice(c.end, c.end + 60))) return true;
  if (KIN_BEFORE.test(text.slice(Math.max(sentenceStart, c.start - 40), c.start))) return true;
  // "Aoife O'Driscoll-Nguyen (Kelowna-Mission):", "Hon. Harjit Sandhu-Mercer (Minister of ...):": a speaker's label
  // opening a line of a debate or a transcript.
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  if (
    (lineStart === c.start || !!honorificsEnding(text.slice(lineStart, c.start))) &&
    /^\s*\([^)\n]{1,120}\):\s/u.test(text.slice(c.end, c.end + 130))
  )
    return true;
  // "Contracting authority: Marie-Ève Castonguay, Supply Team Leader": a known given name right after a field's label
  // opening the line, its role after a comma or nothing after it.
  const firstToken = c.text.split(/\s+/)[0]!;
  return (
    (givenNameLike(firstToken) || COMMON_GIVEN_NAMES.has(firstToken.split("-")[0]!)) &&
    FIELD_LABEL_BEFORE.test(text.slice(lineStart, c.start)) &&
    /^(?:,\s|[ \t]*(?:\n|$))/u.test(text.slice(c.end, c.end + 3))
  );
}

/** Records a name read as a person: a new person, or a mention of the one it names again. */
function addMention(
  people: Person[],
  byKey: Map<string, Person>,
  c: Candidate,
  { match, before, after, titleSide, vouchedBy, byline }: NameReading,
  known: readonly KnownPerson[],
): void {
  const title = before ?? after;
  const mention: PersonMention = {
    start: c.start,
    end: c.end,
    text: c.text,
    full: true,
    title: title?.title ?? null,
    titleSide,
    ...(before ? { titleStart: before.start } : {}),
    ...(after && !before ? { titleAfter: { start: after.start, end: after.end } } : {}),
    rule: c.rule,
    ...(byline ? { byline } : {}),
  };
  const key = match ? `known:${match.id}` : nameTokenKey(c.text);
  // "Minister Vélez Torres" after "Irene Vélez Torres": the end of a name already read is that person again.
  const existing = byKey.get(key) ?? people.find((q) => q.name.length > c.text.length && q.name.endsWith(` ${c.text}`));
  if (existing) {
    existing.mentions.push(mention);
    return;
  }
  const person: Person = {
    name: c.text,
    family: c.family ?? familyOf(c.text, c.korean),
    korean: c.korean,
    mentions: [mention],
    title: null,
    side: null,
    sideConfidence: 0,
    match,
    knownCountry: match ? (known.find((k) => k.id === match.id)?.countryCode ?? null) : null,
    confidence: 0,
    rule: c.rule + vouchedBy,
  };
  byKey.set(key, person);
  people.push(person);
}

/** The sides the people's titles left open, read from the text around them, in order of trust. */
function settleSides(scan: PeopleScan, people: Person[]): void {
  const { text, sentences, opts } = scan;
  sidesFromCounterpartApposition(text, people, opts.pair);
  sidesFromPossessiveOfficeApposition(text, people, opts.pair);
  sidesFromCompany(sentences, people, opts.pair);
  sidesFromCounterparts(sentences, people, opts.pair);
  sidesFromCoordinatedOffices(text, people);
  sidesFromTheSentencesCountry(text, sentences, people, opts.pair);
  sidesFromTravel(sentences, people, opts.pair);
  if (opts.home && opts.pair.includes(opts.home)) sidesFromTheHomeOffice(scan, people, opts.home);
  sidesFromMessengers(sentences, people, opts.pair);
  sidesFromHostTowns(text, people, opts.pair);
  judgesOfTheCourt(text, people, opts.pair, opts.home);
  sidesFromSharedNames(text, people, opts.pair);
}

/**
 * "the state visit that President Prabowo Subianto paid to Mexico", "Minister Sugiono will travel to Mexico City": an office
 * with no country named is the writer's country's, unless its holder travels to it (then the other side's).
 */
function sidesFromTheHomeOffice(scan: PeopleScan, people: Person[], home: string): void {
  const { text, sentences, opts } = scan;
  const other = opts.pair.find((c) => c !== home)!;
  for (const p of people)
    if (p.side === null && p.title && HOME_OFFICE.test(p.title) && !COUNTRY_IN_TITLE.test(p.title)) {
      const visitor = travelsTo(sentences, p, home, people) || namedAsCounterpart(text, sentences, p);
      p.side = visitor ? other : home;
      p.sideConfidence = 0.4;
    }
  hostsOfTheHomeSide(sentences, people, home, other);
  membersOfTheHouse(text, people, home);
}

/** An office in the plural: "ministers", "les ministres", "the two presidents", "les deux capitaines-régents". */
const PLURAL_OFFICE_WORDS =
  "ministers|ministres|presidents|présidents|présidentes|ambassadors|ambassadeurs|secretaries|secrétaires|governors|gouverneurs|mayors|maires|speakers|capitaines-régents|captains\\s+regent";
const PLURAL_OFFICE = wordStart(new RegExp(`(?<![\\p{L}])(?:${PLURAL_OFFICE_WORDS})(?![\\p{L}])`, "iu"));
/**
 * "Les présidents du Guatemala et du Salvador, ", "the two ministers of the economy, ", "les deux capitaines-régents, ": an
 * office in the plural with its complement in words alone, set off by a comma right before the first of the names it
 * introduces.
 */
const PLURAL_OFFICE_APPOSITION = wordStart(new RegExp(`(?<![\\p{L}])(?:${PLURAL_OFFICE_WORDS})(?:\\s+[\\p{L}'’-]+){0,7},\\s*$`, "iu"));

/** "des deux pays", "of the two countries", "of both countries": an office held on each side of the pair. */
const OF_THE_TWO_COUNTRIES = wordStart(/(?<![\p{L}])(?:des deux pays|of (?:the two|both) countries)(?![\p{L}])/iu);

/**
 * The sides of the holders of an office in the plural, in order: the countries its title names, or, for "les ministres de
 * l'Éducation des deux pays", the pair in the order the text first names it.
 */
function pluralOfficeSides(title: string, text: string, pair: readonly [string, string]): string[] {
  const named = sidesNamedInOrder(title);
  if (named.length > 0 || !OF_THE_TWO_COUNTRIES.test(title)) return named;
  const first = findCountryMentions(text).find((m) => pair.includes(m.code))?.code;
  return first ? [first, pair.find((c) => c !== first)!] : [];
}

/** The pair's sides a title names, in the order it names them: "présidents du Guatemala et du Salvador" gives GT, SV. */
function sidesNamedInOrder(title: string): string[] {
  return [...new Set(findCountryMentions(title).map((m) => m.code))];
}

/**
 * "Les présidents du Guatemala et du Salvador, Rodrigo Ajú Morales et ...": the office in the plural in apposition before a
 * name is that name's title; where it names two countries, the first named is this name's side.
 */
function pluralOfficeInApposition(text: string, c: Span, sentenceStart: number): TitleFound | null {
  const before = text.slice(Math.max(sentenceStart, c.start - 160), c.start);
  const m = PLURAL_OFFICE_APPOSITION.exec(before);
  if (!m) return null;
  const title = m[0].replace(/,\s*$/u, "");
  const start = c.start - before.length + m.index;
  const sides = sidesNamedInOrder(title);
  return { title, side: sides.length <= 2 ? (sides[0] ?? null) : null, start, end: start + title.length };
}

/**
 * "les ministres chargés des Transports, Yao Dzidzinyo et Sékou Fofana", "Foreign ministers Selma Nakale and Mwansa Banda":
 * a name joined by "and" to the name an office in the plural opens on holds that office too.
 */
function pluralOfficeShared(text: string, c: Span, people: readonly Person[]): TitleFound | null {
  const joined = /(?:^|[^\p{L}])(?:and|et)\s+$/u.exec(text.slice(Math.max(0, c.start - 6), c.start));
  if (!joined) return null;
  const joinAt = c.start - joined[0].length + (joined[0].length - joined[0].trimStart().length);
  for (const p of people)
    for (const m of p.mentions)
      if (m.title && m.titleStart !== undefined && /^\s*$/u.test(text.slice(m.end, joinAt)) && PLURAL_OFFICE.test(m.title)) {
        // "the presidents of Guatemala and El Salvador, A and B": the second country named is the second name's.
        const sides = sidesNamedInOrder(m.title);
        return { title: m.title, side: sides.length === 2 ? sides[1]! : null, start: m.titleStart, end: m.titleStart + m.title.length };
      }
  return null;
}

/**
 * A member's label opening a line of a debate record: "Mme Lapointe :", "M. Gagnon (Jonquière) :", "Le Vice-Président (M.
 * Aubin) :", "Mr. Hale (Kelowna):". The house names its members by honorific and surname alone; an office before the
 * bracket is the member's title.
 */
const DEBATE_LABEL =
  /^(?:(?:Le|La|The)\s+(?<office>[\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*)?)\s+\()?(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+(?<surname>[\p{Lu}][\p{L}'’]+(?:-[\p{Lu}][\p{L}'’]+)?)(?:\)|\s+\([^()\n]{2,60}\))?\s?:/gmu;

/** The members a debate record of the writer's house names by their labels: the writer's country's, one person a surname. */
function membersOfTheHouse(text: string, people: Person[], home: string): void {
  for (const m of text.matchAll(DEBATE_LABEL)) {
    const surname = m.groups!.surname!;
    const start = m.index + m[0].indexOf(surname, m[0].indexOf(" "));
    const mention: PersonMention = {
      start,
      end: start + surname.length,
      text: surname,
      full: true,
      title: null,
      titleSide: null,
      rule: "person.debate-label",
    };
    const known = people.find((p) => p.family === surname || p.name === surname);
    if (known) {
      known.mentions.push(mention);
      continue;
    }
    const office = m.groups!.office ?? null;
    people.push({
      name: surname,
      family: surname,
      korean: false,
      mentions: [{ ...mention, title: office }],
      title: office,
      side: home,
      sideConfidence: 0.5,
      match: null,
      knownCountry: null,
      confidence: 0.6,
      rule: "person.debate-label",
    });
  }
}

/** A label of people: its last word an office, a plural of people or "by" ("Membres :", "Prepared by:", "Invités :"). */
const PEOPLE_LABEL = /^\s*(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)\s*:\s*(?:[^:\n,]{3,60},\s*)*$/u;
const PEOPLE_LABEL_WORD =
  /^(?:by|par|members?|membres?|guests?|invité(?:e)?s?|speakers?|panell?ists?|intervenant(?:e)?s?|hosts?|animat(?:eur|rice)|présidant|presiding)$/iu;

/**
 * "Membres : Arjun Mehta-Lalonde, Sophie Nakamura-Roy", "Prepared by: Amina Bello-Tanko, Field Coordinator (Kano)", "–
 * Claire Vasseur-Diallo, ancienne diplomate et consultante", "3. Léa Sim-Gagnon – études coréennes – Université Yonsei": a
 * name in a line's list after a label of people, or opening a dashed or numbered item with its role or field after a comma
 * or a dash, is a person's.
 */
function listedPerson(text: string, c: Span & { text: string }): boolean {
  if (TITLE_WORDS.has(c.text.split(/\s+/).at(-1)!.toLowerCase())) return false;
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  const lead = text.slice(lineStart, c.start);
  const label = PEOPLE_LABEL.exec(lead)?.[1];
  if (label && (PEOPLE_LABEL_WORD.test(label) || TITLE_HEAD.test(label))) return true;
  const after = text.slice(c.end, c.end + 4);
  return (BULLET_LEAD.test(lead) && /^,\s+\p{Ll}/u.test(after)) || (NUMBER_LEAD.test(lead) && ROLE_AFTER_NUMBERED_NAME.test(after));
}
const BULLET_LEAD = /^\s*[-–—•*▪]\s*$/u;
/** A numbered item's mark: "3. ", "12) ". A list of laureates or speakers is numbered more often than one of products. */
const NUMBER_LEAD = /^\s*\d{1,2}[.)]\s*$/u;
/** A role or field in lower case after a numbered name, set off by a comma or a dash: ", ancienne diplomate", " – génie civil". */
const ROLE_AFTER_NUMBERED_NAME = /^(?:,|\s[–—-])\s+\p{Ll}/u;

/** ", of the", " de la": what follows a name up to a country, inside that name's own phrase. */
const OF_AFTER_NAME = /^\s*(?:,\s*)?(?:of|from|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?[^,.;()]{0,40}$/u;

/**
 * "... is due to meet Vice President Cevdet Karaca in Istanbul on Friday", "a rencontré le maire ... à Fès": an office holder
 * met in a town of one country of the pair, whose side nothing else gave, is that country's: the host.
 */
function sidesFromHostTowns(text: string, people: Person[], pair: readonly string[]): void {
  for (const p of people) {
    if (p.side !== null || !p.title || !HOME_OFFICE.test(p.title)) continue;
    const m = p.mentions.find(
      (x) => x.full && MET_BEFORE.test(text.slice(Math.max(0, (x.titleStart ?? x.start) - 40), x.titleStart ?? x.start)),
    );
    const town = m && TOWN_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
    const code = town ? citiesNamed(town).find((c) => pair.includes(c.code))?.code : undefined;
    if (!code) continue;
    p.side = code;
    p.sideConfidence = 0.4;
  }
}
const MET_BEFORE = wordStart(
  /(?<![\p{L}])(?:meet|met|meets|meeting|talks\s+with|received\s+by|rencontrer|rencontré|rencontrera|reçue?\s+par|s['’]entretenir\s+avec)\s+(?:with\s+)?(?:the\s+|le\s+|la\s+|l['’])?$/iu,
);
const TOWN_AFTER = /^,?\s+(?:in|à)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u;

const TRAVEL_TO = wordStart(
  /(?<![\p{L}])(?:visit(?:ed|s|ing)?(?:\s+to)?|travel(?:l?ed|s|ling)?\s+to|paid\s+to|arrive[sd]?\s+in|trip\s+to|(?:visite|voyage)(?:\s+(?:de travail|officielle|d['’][ÉE]tat|de courtoisie))?\s+(?:en|au|à)|se\s+rend\p{L}*\s+(?:en|au|à)|s['’](?:est|était)\s+rendue?\s+(?:en|au|aux|à)|(?:une|sa)\s+mission\s+(?:\p{Ll}+\s+)?(?:en|au|aux)|mission\s+to|(?:was|were)\s+in|(?:était|étaient|se\s+trouvaient?)\s+(?:en|au|aux|à)|(?:led|leads|leading|headed)\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,2}delegation(?:\s+of\s+[^.,;]{1,30}?)?\s+to)\s+(?:the\s+)?$/iu,
);

/** "son homologue, le ministre des Affaires étrangères ..., Rui Figueiredo Soares": the writer's own minister's counterpart. */
function namedAsCounterpart(text: string, sentences: readonly Sentence[], p: Person): boolean {
  const m = p.mentions.find((x) => x.full);
  const s = m && sentences.find((x) => x.start <= m.start && m.start < x.end);
  return !!s && /(?<![\p{L}])(?:counterpart|homologue)\s*,[^.;]{0,160}$/iu.test(text.slice(s.start, m.start));
}

/** Whether a sentence naming the person has them travel to a country: a verb of travel right before its name or capital. */
/**
 * An office holder whose side nothing else gave and who travels to one country of the pair in any sentence ("Mme Biron
 * effectue depuis dimanche une mission en Allemagne") is the other's.
 */
function sidesFromTravel(sentences: readonly Sentence[], people: Person[], pair: readonly string[]): void {
  for (const p of people) {
    if (p.side !== null || !p.title || !HOME_OFFICE.test(p.title) || COUNTRY_IN_TITLE.test(p.title)) continue;
    const visited = pair.filter((c) => travelsTo(sentences, p, c, people));
    if (visited.length !== 1) continue;
    p.side = pair.find((c) => c !== visited[0]) ?? null;
    p.sideConfidence = 0.4;
  }
}

function travelsTo(sentences: readonly Sentence[], p: Person, country: string, people: readonly Person[]): boolean {
  for (const m of p.mentions) {
    const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!s) continue;
    for (const c of findCountryMentions(s.text))
      if (
        c.code === country &&
        s.start + c.start > m.end &&
        TRAVEL_TO.test(s.text.slice(Math.max(0, c.start - 40), c.start)) &&
        !travelInAnothersApposition(s, p, m, s.start + c.start, people)
      )
        return true;
  }
  return false;
}

/**
 * "... Ahmed Benzaïm, et son homologue italienne, Lorenza Bellandi, en visite de travail en Algérie": a trip told in an
 * apposition right after another person's name, between the person and the country, is that other person's.
 */
function travelInAnothersApposition(s: Sentence, p: Person, m: Span, at: number, people: readonly Person[]): boolean {
  return people.some((q) =>
    q.mentions.some(
      (x) => q !== p && x.start >= m.end && x.end <= at && /^\s*,\s*[^,.;]{0,60}$/u.test(s.text.slice(x.end - s.start, at - s.start)),
    ),
  );
}

/**
 * A writer's credit rather than a person in the story: a name alone on its line, or after "By",
 * "Par", "With a report from", optionally followed by a role ("By Kim Soo-yeon, Staff Reporter").
 */
/**
 * A letter's or a report's signature: a name alone on its line under "Le rapporteur," or above its office ("Émilie
 * Rousseau-Nakamura" / "Ambassadrice du Canada en République de Corée"). The office is the title.
 */
/** An honorific in brackets after a signature's name: "(Ms.)", "(Mr)", "(Dr.)". */
const SIGNATURE_HONORIFIC = /^\((?:Ms|Mr|Mrs|Dr|Mme|M)\.?\)$/u;

function signatureTitle(text: string, c: Span): TitleFound | null {
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  const lineEnd = text.indexOf("\n", c.end);
  // "Kerry Hinds (Ms.)": an honorific in brackets may close the name's line.
  const rest = text.slice(c.end, lineEnd < 0 ? text.length : lineEnd).trim();
  // "Dr Christophe Lemaire-Poédi": an honorific may open the name's line.
  const lead = text.slice(lineStart, c.start);
  if ((lead.trim() !== "" && !HONORIFICS_BEFORE.test(lead.trimStart())) || (rest !== "" && !SIGNATURE_HONORIFIC.test(rest))) return null;
  const next = /^\n[ \t]*([^\n]{3,120})/u.exec(text.slice(lineEnd < 0 ? text.length : lineEnd));
  // "Company Secretary", "Chief Executive Officer": a short line whose head word may come last.
  const short = !!next && next[1]!.trim().split(/\s+/).length <= 4;
  if (next && (short ? TITLE_HEAD.test(next[1]!) : TITLE_HEAD.test(next[1]!.split(/\s+/)[0]!)) && !/[.!?:]\s*$/u.test(next[1]!)) {
    const start = (lineEnd < 0 ? text.length : lineEnd) + next[0].indexOf(next[1]!);
    const title = next[1]!.trim();
    return { title, side: findCountryMentions(title)[0]?.code ?? null, start, end: start + title.length };
  }
  // "Le rapporteur,", "Le chef du SIVAP,", "Le Secrétaire Général du Gouvernement,": an office and the body it heads, on
  // the line above, in a few words.
  const previous = /(?:^|\n)[ \t]*((?:(?:The|Le|La|L['’])\s*)?[\p{L}-]+(?:(?:\s+|\s*[dl]['’]\s*)[\p{L}-]+){0,6}),[ \t]*\n[ \t]*$/u.exec(
    text.slice(Math.max(0, lineStart - 80), lineStart),
  );
  if (previous && TITLE_HEAD.test(previous[1]!)) {
    const title = previous[1]!.replace(/^(?:The|Le|La|L['’])\s*/u, "");
    const start = lineStart - (Math.min(80, lineStart) - previous.index) + previous[0].indexOf(previous[1]!);
    return { title, side: null, start, end: start + previous[1]!.length };
  }
  return null;
}

/**
 * The byline's author as a person: "By Nadia Farrow | November 14, 2029", "Par Leïla Haddad, Arab News en français",
 * "Sonam Choden | Thimphu", "By Erin MacPhail" over "Staff Reporter". A desk or an agency ("By Reuters Staff", "Posted by
 * ZIZ News", "By U.S. Embassy Koror") is no one.
 */
function bylineReading(text: string, c: Candidate): NameReading | null {
  const lead = text.slice(text.lastIndexOf("\n", c.start - 1) + 1, c.start);
  // "With a report from ...", "Avec des informations de ...", "Photo by ...": a contributor's credit, not the story's author.
  if (BYLINE_DESK.test(c.text) || /^\s*(?:With|Avec|Photo)/iu.test(lead)) return null;
  const after = bylineTitle(text, c);
  // "Steven Chase" over "OTTAWA", "Thandeka Moyo" over "Trade reporter", "Sonam Choden | Thimphu": a name opening its line
  // with no "By" before it is an author's only with a known given name, a Korean name's shape, a writer's role or the
  // place or day of the story after a bar ("Oral Questions" is a heading).
  const opensLine = /^[ \t]*$/u.test(lead);
  const placeOrDay = /^[ \t]*\|[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{4}|[\p{Lu}][\p{Ll}]+[ \t]*(?:\n|$))/u.test(text.slice(c.end, c.end + 40));
  if (opensLine && !after && !placeOrDay && !c.korean && !givenNameLike(c.text.split(/\s+/)[0]!) && !overDateLine(text, c)) return null;
  return { match: null, before: bylineRank(text, c), after, titleSide: null, vouchedBy: "+byline", byline: true };
}

/** The ranks a serving member's byline gives before the name. */
const BYLINE_RANKS = String.raw`Sub-Lieutenant|Lieutenant(?:-Commander)?|Lt\.|Sgt\.(?:\s1st\sClass)?|Staff\sSgt\.|Master\sSgt\.|Sergeant|Cpl\.|Corporal|Capt\.|Captain|Maj\.|Spc\.|Pte\.|Pvt\.|Petty\sOfficer(?:\s[12]st\sClass|\s2nd\sClass)?|Master\sSeaman|Leading\sSeaman|Officer\sCadet|Senior\sAirman|Airman(?:\s1st\sClass)?|Ensign|caporale?|sergente?|lieutenante?|capitaine|sous-lieutenante?|matelot`;
/**
 * "By Sub-Lieutenant Émilie Roy", "Story by Sgt. 1st Class Dana Whitfield", "Par le caporal Marc Roy": a serving member's
 * rank between the byline's credit and the name, which is the author's title.
 */
const BYLINE_RANK = new RegExp(String.raw`(?<=(?:^|\s)(?:[Bb]y|[Pp]ar))\s+(?:(?:le|la)\s+)?(?:${BYLINE_RANKS})(?=\s+$)`, "u");
/** A title that is a byline's rank alone. */
const RANK_TITLE = new RegExp(String.raw`^(?:(?:le|la)\s+)?(?:${BYLINE_RANKS})$`, "u");

/** The rank a byline gives its author before the name, as the author's title. */
function bylineRank(text: string, c: Candidate): TitleFound | null {
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  const m = BYLINE_RANK.exec(text.slice(lineStart, c.start));
  if (!m) return null;
  const title = m[0].trim().replace(/^(?:le|la)\s+/u, "");
  const start = c.start - title.length - 1;
  return { title, side: null, start, end: start + title.length };
}

/**
 * "Izzati Rahman" over "September 26, 2029", "Jean Roy" over "23 mai 2034": a name alone on the line right over the story's
 * date line, under a blank line, is the byline printed without "By".
 */
function overDateLine(text: string, c: Candidate): boolean {
  if (!/\n[ \t]*\n[ \t]*$/u.test(text.slice(Math.max(0, c.start - 10), c.start))) return false;
  return /^[ \t]*\n[ \t]*(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},\s\d{4}|\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s\d{4})[ \t]*(?:\n|$)/u.test(
    text.slice(c.end, c.end + 30),
  );
}

/** Words of a desk, an agency or an office signing a story, not a person. */
const BYLINE_DESK =
  /(?<![\p{L}])(?:Staff|News|Newsroom|Press|Presse|Communications?|Secretariat|Embassy|Agency|Agence|Service|Desk|Bureau|Team|Office|Radio|Media|Wire|Reuters|Delhi|Rédaction)(?![\p{L}])/u;

/**
 * The title a byline gives its author: after a comma or a dot on its line ("By Rebecca Le Page, Political Reporter",
 * "Jennifer Boudreau · Business Reporter"), or alone on the next line ("Par Mathieu Dallaire" over "Journaliste"); a
 * newspaper's name there ("Par Marc Rochette, Le Nouvelliste") is no title.
 */
function bylineTitle(text: string, c: Candidate): TitleFound | null {
  const same = /^\s*[,·•]\s*([^,|·•\n]{3,60}?)\s*(?=[,|·•\n]|$)/u.exec(text.slice(c.end, c.end + 80));
  const next = /^[ \t]*\n[ \t]*([^\n]{3,40}?)[ \t]*(?=\n|$)/u.exec(text.slice(c.end, c.end + 60));
  const found = [same, next].find((m) => m && BYLINE_ROLE.test(m[1]!));
  if (!found) return null;
  const start = c.end + found.index + found[0].indexOf(found[1]!);
  return { title: found[1]!, side: null, start, end: start + found[1]!.length };
}

/** A writer's role in a byline. */
const BYLINE_ROLE =
  /^(?:[\p{L}-]+\s+){0,2}(?:reporter|correspondent|correspondante?|journalist|journaliste|editor|éditrice|éditeur|rédact(?:eur|rice)|writer|columnist|chroniqueu(?:r|se))(?:\s+[\p{L}-]+){0,3}$/iu;

/**
 * "By Sub-Lieutenant Émilie Roy" on a navy's page, "Story by Sgt. 1st Class Dana Whitfield" on a Guard's: an author the byline
 * gives a rank serves the publisher's country, the page's home side; any other byline's author takes no side.
 */
function servingAuthorSide(p: Person, home: string | undefined): string | null {
  return home && p.title && RANK_TITLE.test(p.title) ? home : null;
}

/** A person named only in a byline, who takes no side and is no one's antecedent. */
export function isBylineOnly(p: Person): boolean {
  return p.mentions.length > 0 && p.mentions.every((m) => m.byline);
}

/** A newspaper's name closing a byline: ", Le Soleil", ", LeDroit", ", Arab News en français"; no office among its words. */
const BYLINE_PAPER_AFTER =
  /^,\s*(?![^\n]*(?:Minist|Secretar|President|Ambassad|Director|Chair|Premier|Governor|Mayor|Council))(?:[\p{Lu}][\p{L}'’-]*\s*){1,3}(?:en français\s*)?$/u;

export function isByline(text: string, c: Span & { text: string }): boolean {
  const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
  const nl = text.indexOf("\n", c.end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const at = c.start - lineStart;
  const lead = line.slice(0, at);
  const rest = line.slice(at + c.text.length);
  const credit =
    /^\s*(?:(?:By|Par|From|De|(?:By|Par|Author|Auteur|Reporter)\s*:|(?:Posted|Published|Publié)(?:\s[^\n]{0,40}?)?\s(?:by|par)|With (?:a )?reports? (?:from|by)|With files from|Avec (?:la collaboration|des informations) de|Written by|Story by|Photo(?:s|graph)? by)\s+)?$/iu.test(
      lead.replace(BYLINE_RANK, ""),
    );
  if (!credit) return false;
  // "Par Marc Rochette, Le Nouvelliste", "Par Leïla Haddad, Arab News en français", "Par Léa Fortin, étudiante en génie":
  // after "By" or "Par", the newspaper's name or the writer's role in lower case.
  if (/\S/u.test(lead) && (BYLINE_PAPER_AFTER.test(rest) || /^,\s*\p{Ll}/u.test(rest))) return true;
  // "Posted 20 October 2027 by Priya Raman, Trade and Investment Commissioner, Santiago": a post's author, whatever role follows.
  if (/^\s*$/.test(rest) || /^\s*(?:Posted|Published|Publié)\s/iu.test(lead)) return true;
  // "| March 10, 2026 | 4 min read", ", Staff Reporter", "and Jane Doe"
  // "Kim Seon-ho, Senior Secretary to the President ...": an adjective of rank is a credit only before a writer's word.
  return /^\s*(?:[|•·–—-]|,\s*(?:(?:staff|senior|special|political|foreign|national|chief|parliamentary|bureau|journal|business)\s+){0,2}(?:reporter|correspondent|journalist|journaliste|correspondante?|envoyée? spéciale?|editor|writer|columnist|the canadian press|la presse|yonhap|afp|reuters)|,\s*staff\s*$|and\s+[\p{Lu}])/iu.test(
    rest,
  );
}

/**
 * "President Prabowo" in a headline before "President ... Prabowo Subianto" in the text: a one-word name that is a part of
 * exactly one longer name read elsewhere is that person.
 */
function mergeOneWordNames(people: Person[]): void {
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (/\s/u.test(p.name) || p.match) continue;
    const longer = people.filter((q) => q !== p && q.name.split(/\s+/).includes(p.name));
    if (longer.length !== 1) continue;
    longer[0]!.mentions.push(...p.mentions.map((m) => ({ ...m, full: false })));
    longer[0]!.mentions.sort((a, b) => a.start - b.start);
    people.splice(i, 1);
  }
}

/**
 * "Khairul Anuar bin Yusof" then "Khairul Anuar said": a name of descent is taken up by the given names before "bin",
 * "binti" or "ibn", which are that person's, not another's.
 */
function mergeGivenNamesOfDescent(people: Person[]): void {
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (p.match) continue;
    const longer = people.filter((q) => q !== p && q.name.split(/\s+(?:bin|binti|bint|ibn)\s+/u)[0] === p.name && q.name !== p.name);
    if (longer.length !== 1) continue;
    longer[0]!.mentions.push(...p.mentions.map((m) => ({ ...m, full: false })));
    longer[0]!.mentions.sort((a, b) => a.start - b.start);
    people.splice(i, 1);
  }
}

/**
 * The first two words of a name of three or more that carries no particle and is not Korean ("Nur Aisyah" of "Nur
 * Aisyah Ramli", "Mohd Faizal" of "Mohd Faizal Ismail"): Malay and many other names are shortened to their given names.
 */
function leadingGivenNames(p: Person): string | undefined {
  const parts = p.name.split(/\s+/u);
  if (p.korean || p.match || parts.length < 3) return undefined;
  // "Sayyid Talal" for "Talal bin Saud Al Busaidi": a name of descent is taken up by its given name after a style.
  if (/^(?:bin|binti|bint|ibn)$/u.test(parts[1]!)) return parts[0];
  return parts.some((w) => PARTICLE_RE.test(w)) ? undefined : parts.slice(0, 2).join(" ");
}
/** "Sayyid ", "Sheikh ": the style before a Gulf ruler's or minister's given name used alone. */
const GULF_STYLE_BEFORE = new RegExp(`(?<![\\p{L}])${GULF_STYLE}\\s$`, "u");

/**
 * "Datuk Nur Aisyah Ramli" then "said Datuk Nur Aisyah", "Tan Sri Mohd Ali Rahman" then "Tan Sri Mohd Ali": a name read
 * alone that is the given names opening one longer name read before it is that person again.
 */
function mergeLeadingGivenNames(people: Person[]): void {
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (p.match || p.name.split(/\s+/u).length !== 2) continue;
    const first = p.mentions[0]!.start;
    const longer = people.filter((q) => q !== p && leadingGivenNames(q) === p.name && q.mentions.some((m) => m.full && m.start < first));
    if (longer.length !== 1) continue;
    longer[0]!.mentions.push(...p.mentions.map((m) => ({ ...m, full: false })));
    longer[0]!.mentions.sort((a, b) => a.start - b.start);
    people.splice(i, 1);
  }
}

/**
 * "Mohd Faizal described the MoU as ...", "Siti Hajar added": the given names of a longer name read before, standing
 * without the rest of it and with no capitalised word after them, name that person.
 */
function attachLeadingGivenNames(text: string, people: Person[]): void {
  const taken = people.flatMap((p) => p.mentions);
  for (const p of people) {
    const lead = leadingGivenNames(p);
    const first = p.mentions.find((m) => m.full);
    if (!lead || !first || people.some((q) => q !== p && leadingGivenNames(q) === lead)) continue;
    for (let at = text.indexOf(lead, first.end); at >= 0; at = text.indexOf(lead, at + lead.length)) {
      const end = at + lead.length;
      if (/[\p{L}]/u.test(text[at - 1] ?? "") || /^(?:[\p{L}'’-]|\s+\p{Lu})/u.test(text.slice(end, end + 3))) continue;
      if (!lead.includes(" ") && !GULF_STYLE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      if (taken.some((m) => m.start < end && at < m.end)) continue;
      p.mentions.push({ start: at, end, text: lead, full: false, title: null, titleSide: null, rule: "person.given-names" });
    }
    p.mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * "Villacís" for "Andrés Villacís Moncayo": a name of three words whose middle word is no given name carries two family
 * names, and the first of them alone names the person too.
 */
function firstOfTwoSurnames(p: Person): string | undefined {
  const parts = p.name.split(/\s+/u);
  if (p.korean || parts.length !== 3) return undefined;
  const middle = parts[1]!;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(middle) && !COMMON_GIVEN_NAMES.has(middle) && !PARTICLE_RE.test(middle) ? middle : undefined;
}

/** "Minister Joly", "Joly said", "Chung urged": the family name alone, attached to the nearest full name before it. */
function attachShortMentions(
  text: string,
  sentences: readonly Sentence[],
  people: Person[],
  opts: PeopleOptions,
  lineWords: LineWords,
): void {
  const fullSpans = people.flatMap((p) => p.mentions);
  const families = new Map<string, Person[]>();
  // A byline's author is not the person a surname in the story names.
  for (const p of people) if (!isBylineOnly(p)) families.set(p.family, [...(families.get(p.family) ?? []), p]);
  for (const p of people) {
    const first = firstOfTwoSurnames(p);
    if (first && !families.has(first)) families.set(first, [p]);
  }
  for (const k of opts.known) {
    const fam = familyOf(k.name, /^[\p{Lu}][\p{Ll}]+ [\p{Lu}][\p{Ll}]+-/u.test(k.name));
    if (!families.has(fam)) families.set(fam, []);
  }
  for (const s of sentences) {
    // "McGuinty", "MacKinnon", "DeSantis": a surname may carry one inner capital after a short prefix; "al-Hakimi" keeps the
    // lower-case Arabic article its full name gave it.
    const re = /(?<![\p{L}-])(?:(?:al|el|as|ad)-)?[\p{Lu}](?:[\p{Ll}]{1,2}[\p{Lu}])?[\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?(?![\p{L}-])/gu;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const word = m[0];
      const start = s.start + m.index;
      const span = { start, end: start + word.length };
      if (fullSpans.some((f) => overlaps(f, span))) continue;
      const nextWord = /^\s([\p{Lu}][\p{Ll}]+)/u.exec(text.slice(span.end, span.end + 20))?.[1];
      const candidates = families.get(word);
      // The title before the word is read only for a word that may be a surname (reading it is the costly part).
      const readShortTitle = () => {
        const title = titleBefore(text, start, s.start, lineWords);
        return title && /^(?:[\p{Lu}][\p{Ll}]+\s?){1,3}$/u.test(title.title) && TITLE_HEAD.test(title.title) ? title : null;
      };
      if (candidates === undefined) {
        // A lone surname after a bare title ("President Trump") is a person the text names only this way.
        if (!isNameToken(word) || (nextWord && isNameToken(nextWord)) || !/^[\p{Lu}][\p{Ll}]{2,}$/u.test(word)) continue;
        if (KOREAN_SURNAMES.has(word) && nextWord) continue;
        // "Manager Norman \"El Zurdo\" Espinoza", "coach Luis “Lucho” Pérez": a given name before a quoted nickname.
        if (NICKNAME_AFTER.test(text.slice(span.end, span.end + 40))) continue;
        // "Sultan Qaboos University", "King Fahd Hospital", "President Kruger Bridge": a ruler's namesake, not a person.
        if (NAMED_AFTER.test(text.slice(span.end, span.end + 40))) continue;
        // "Rector Magnificus": a word of the title is never a lone surname; nor is one in the plural ("the two Chief Executives").
        if (TITLE_WORDS.has(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase().replace(/s$/u, ""))) continue;
        // "President Prabowo, Amir of Qatar": an office word before "of" is the office, not a one-word name.
        if (TITLE_HEAD.test(word) && /^\s+(?:of|de|du)\s/u.test(text.slice(span.end, span.end + 5))) continue;
        if (
          HONORIFIC_JUST_BEFORE.test(text.slice(Math.max(0, start - 5), start)) ||
          MALAY_STYLE_JUST_BEFORE.test(text.slice(Math.max(0, start - 40), start))
        ) {
          const named = namedByFirstWord(people, word, start);
          if (named) {
            named.mentions.push({
              ...span,
              text: word,
              full: false,
              title: null,
              titleSide: null,
              rule: "person.honorific-and-first-word",
            });
            continue;
          }
        }
        // A short title is capitalised words right before the name: without a capitalised word there, none is read.
        if (!/[\p{Lu}][\p{Ll}]+\.?\s$/u.test(text.slice(Math.max(0, start - 24), start))) continue;
        const shortTitle = readShortTitle();
        if (!shortTitle) continue;
        // "President Prabowo" after "Prabowo Subianto", "Ambassador Mochizuki" after "Mochizuki Hisanobu": a name used by its
        // first word (a single name, or a family name written first) is the person named in full before.
        const byFirstWord = namedByFirstWord(people, word, start);
        if (byFirstWord) {
          byFirstWord.mentions.push({
            ...span,
            text: word,
            full: false,
            title: shortTitle.title,
            titleSide: shortTitle.side,
            rule: "person.surname",
          });
          continue;
        }
        const match = matchKnownFamily(word, opts.known);
        const person: Person = {
          name: match ? opts.known.find((k) => k.id === match.id)!.name : word,
          family: word,
          korean: false,
          mentions: [],
          title: null,
          side: null,
          sideConfidence: 0,
          match,
          knownCountry: match ? (opts.known.find((k) => k.id === match.id)?.countryCode ?? null) : null,
          confidence: 0,
          rule: "person.title-and-surname",
        };
        people.push(person);
        families.set(word, [person]);
        person.mentions.push({
          ...span,
          text: word,
          full: false,
          title: shortTitle.title,
          titleSide: shortTitle.side,
          rule: "person.title-and-surname",
        });
        continue;
      }
      if (nextWord && isNameToken(nextWord) && KOREAN_SURNAMES.has(word)) continue;
      const shortTitle = readShortTitle();
      let target = nearestBefore(candidates, start);
      if (!target && candidates.length === 0) {
        const match = matchKnownFamily(word, opts.known);
        if (!match || !shortTitle) continue;
        target = {
          name: opts.known.find((k) => k.id === match.id)!.name,
          family: word,
          korean: false,
          mentions: [],
          title: null,
          side: null,
          sideConfidence: 0,
          match,
          knownCountry: opts.known.find((k) => k.id === match.id)?.countryCode ?? null,
          confidence: 0,
          rule: "person.known-surname",
        };
        people.push(target);
        candidates.push(target);
      }
      if (!target) target = candidates[0];
      if (!target) continue;
      target.mentions.push({
        ...span,
        text: word,
        full: false,
        title: shortTitle?.title ?? null,
        titleSide: shortTitle?.side ?? null,
        rule: "person.surname",
      });
    }
  }
}

function matchKnownFamily(word: string, known: readonly KnownPerson[]): RecordMatch | null {
  const hits = known.filter((k) => [k.name, ...k.variants].some((n) => normalizeName(n).split(" ").includes(normalizeName(word))));
  return hits.length === 1 ? { id: hits[0]!.id, score: 0.6, reason: "family name and title only" } : null;
}

function nearestBefore(candidates: readonly Person[], offset: number): Person | undefined {
  let best: Person | undefined;
  let bestAt = -1;
  for (const p of candidates) {
    for (const m of p.mentions)
      if (m.full && m.start < offset && m.start > bestAt) {
        best = p;
        bestAt = m.start;
      }
  }
  return best;
}

const dominantCache = new WeakMap<readonly Sentence[], string | undefined>();

/**
 * Korea's counterpart in the text when it is not the pair's partner: the country other than the pair (and North
 * Korea) named more often than the partner, and at least three times. In a Korea-Australia wire that names Canada
 * once in a list of partners, an untagged minister is Australia's, never Canada's by default.
 */
function dominantThirdCountry(opts: PeopleOptions): string | undefined {
  const sentences = opts.sentences;
  if (!sentences) return undefined;
  if (dominantCache.has(sentences)) return dominantCache.get(sentences);
  const counts = new Map<string, number>();
  for (const s of sentences) for (const c of findCountryMentions(s.text)) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const partner = opts.pair.find((c) => c !== "KR");
  const partnerCount = partner ? (counts.get(partner) ?? 0) : 0;
  let best: string | undefined;
  let bestCount = 0;
  for (const [code, n] of counts) if (!opts.pair.includes(code) && code !== "KP" && n > bestCount) [best, bestCount] = [code, n];
  const out = best !== undefined && bestCount >= 3 && bestCount > partnerCount ? best : undefined;
  dominantCache.set(sentences, out);
  return out;
}

/**
 * The one country other than the pair (and North Korea, which the pair's texts discuss) named in the
 * sentence of the person's first full mention: its code, null when several are named, undefined when none.
 */
function thirdCountryOf(p: Person, opts: PeopleOptions): string | null | undefined {
  const first = p.mentions.find((m) => m.full);
  const sentence = first && opts.sentences?.find((s) => s.start <= first.start && first.start < s.end);
  if (!sentence) return undefined;
  const others = new Set(
    findCountryMentions(sentence.text)
      .filter((c) => !namesAStreet(sentence.text, c))
      .map((c) => c.code)
      .filter((c) => !opts.pair.includes(c) && c !== "KP"),
  );
  if (others.size === 0) return undefined;
  return others.size === 1 ? [...others][0]! : null;
}

const HOME_OFFICE = wordStart(
  /(?<![\p{L}])(?:minister|ministre|president|présidente?|premier|prime|king|queen|roi|reine|chancellor|chancelière?|secretary|secrétaire|hon|speaker|leader|senator|sénat(?:eur|rice)|sen|député|deputy|mp|members?\s+of\s+parliament|critic|chef|chair(?:man|woman|person)?|président(?:e)?\s+du\s+comité|counsel+or|spokes(?:person|man|woman)|porte-parole|mayor|maire|adjointe?\s+au\s+maire|délégué(?:e)?\s+commercial(?:e)?|trade\s+commissioner|chief|head|commander|commandant|director|directeur|directrice|governor|gouverneur)(?![\p{L}])/iu,
);
/** "counterpart", "homologue": an office named by reference to someone else's, whose side the encounter gives. */
const COUNTRY_IN_TITLE = wordStart(/(?<![\p{L}])(?:counterpart|homologue)(?![\p{L}])/iu);

/** Whether a person is named between two offsets (a clause before or after a verb). */
const mentionedBetween = (p: Person, from: number, to: number) => p.mentions.some((m) => m.start >= from && m.end <= to);

/**
 * An encounter between two people: "X called Y", "X held talks with Y", "X held talks at the Ministry of Foreign Affairs
 * with Y", "X s'est entretenu avec Y", "X signed ... with Y".
 */
const ENCOUNTER = wordStart(
  new RegExp(
    `(?<![\\p{L}])(?:${HOSTING_VERBS}|signed(?=[^.;]{0,160}?\\swith\\s)|a signé(?=[^.;]{0,160}?\\savec\\s)|met|meets|meeting with|held (?:talks|a (?:meeting|call|phone call))(?: with|(?=[^.;]{1,60}?\\swith\\s))|talks with|spoke (?:with|to)|(?:paid )?a courtesy call on|called on|called|phoned|hosted|s['’]est entretenue? (?:par téléphone |au téléphone )?avec|a téléphoné à|a appelé)(?![\\p{L}])`,
    "iu",
  ),
);

/**
 * Sides from the encounter itself, for any pair: in a sentence where someone of one side of the pair meets or calls
 * someone whose side nothing else gives ("Foreign Minister Wadephul called Kenya's Cabinet Secretary Mudavadi"), the
 * latter is of the pair's other side. That is as sure as an office named beside a minister of the country: a state
 * house's release about its own president ("His Excellency President Dr ... held a meeting with the President of
 * Malaysia") names no country of its own and is about the pair all the same.
 */
function sidesFromCounterparts(sentences: readonly Sentence[], people: Person[], pair: readonly string[]): void {
  for (const s of sentences) {
    const verb = ENCOUNTER.exec(s.text);
    if (!verb) continue;
    const here = people.filter((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end));
    const sides = new Set(here.map((p) => p.side).filter((c): c is string => c !== null && pair.includes(c)));
    if (sides.size !== 1) continue;
    const other = pair.find((c) => !sides.has(c));
    if (!other) continue;
    // "He had talks with PM Phuc and met with Chairwoman Ngan": two people on the same side of the verb are both met, by
    // someone else; only one across the verb from a person of the pair is their counterpart.
    const at = s.start + verb.index;
    const before = (p: Person) => mentionedBetween(p, s.start, at);
    const after = (p: Person) => mentionedBetween(p, at, s.end);
    const sided = here.filter((p) => p.side !== null && pair.includes(p.side));
    for (const p of here) {
      if (p.side !== null) continue;
      if (!sided.some((q) => (before(q) && after(p)) || (after(q) && before(p)))) continue;
      p.side = other;
      p.sideConfidence = 0.6;
    }
  }
}

/**
 * "his visiting Ugandan counterpart, ", "son homologue ougandais, ", "son homologue gabonais, le " (before "ministre des
 * Transports"), "his Ugandan counterpart, the " (before "Minister of Trade"): a counterpart's nationality right before an
 * apposition, its article with it.
 */
const COUNTERPART_APPOSITION =
  /(?:(?<demonymBefore>[\p{Lu}][\p{L}-]+)\s+counterpart|homologue\s+(?<demonymAfter>\p{Ll}[\p{L}-]+))\s*,\s*(?:(?:the|le|la)\s+|l['’])?$/u;

/**
 * "Ghanaian President Kofi Mensah and his visiting Ugandan counterpart, President Grace Akello": the title after the
 * comma names no country, and the sentence's first demonym is the other person's; the counterpart's nationality is hers.
 */
function sidesFromCounterpartApposition(text: string, people: Person[], pair: readonly string[]): void {
  for (const p of people)
    for (const m of p.mentions) {
      if (m.titleStart === undefined) continue;
      const g = COUNTERPART_APPOSITION.exec(text.slice(Math.max(0, m.titleStart - 60), m.titleStart))?.groups;
      const code = countryOfTitleDemonym(g?.demonymBefore ?? g?.demonymAfter ?? "");
      if (!code || !pair.includes(code)) continue;
      p.side = code;
      p.sideConfidence = Math.max(p.sideConfidence, 0.85);
      break;
    }
}

/** "Jersey's Chief Minister, ", "Canada's Trade Minister, ": a country's office in the possessive, then a comma. */
const POSSESSIVE_OFFICE_BEFORE = wordStart(
  /(?<![\p{L}])([\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’-]*){0,3})['’]s\s+((?:[\p{Lu}][\p{L}&-]*\s+){0,4}[\p{Lu}][\p{L}-]*),\s*$/u,
);

/**
 * "Jersey's Chief Minister, Deputy Mark Le Cornu", "Canada's Trade Minister, Senator ...": an office in a country's
 * possessive, set off by a comma before the member's own title and name, gives that person the country.
 */
function sidesFromPossessiveOfficeApposition(text: string, people: Person[], pair: readonly string[]): void {
  for (const p of people) {
    if (p.side !== null) continue;
    for (const m of p.mentions) {
      if (m.titleStart === undefined) continue;
      const office = POSSESSIVE_OFFICE_BEFORE.exec(text.slice(Math.max(0, m.titleStart - 80), m.titleStart));
      if (!office || !TITLE_HEAD.test(office[2]!)) continue;
      const country = findCountryMentions(office[1]!).find((c) => c.end === office[1]!.length);
      if (!country || !pair.includes(country.code)) continue;
      p.side = country.code;
      p.sideConfidence = 0.8;
      break;
    }
  }
}

/**
 * "was accompanied to the talks by", "était accompagnée de": the people named after go with the one before, the verb's
 * subject. A participle set off by a comma (", accompanied by the Chief of the Defence Staff") is often the host's escort.
 */
const ACCOMPANIED = wordStart(
  /(?<![\p{L}])(?:(?:was|were|is|are)\s+accompanied\s+(?:[^.;,]{0,40}?\s)?by|(?:est|était|sont|étaient|a\s+été|ont\s+été)\s+accompagnée?s?\s+(?:[^.;,]{0,40}?\s)?(?:de|d['’]|par|des))(?![\p{L}])/iu,
);

/**
 * "Kenyatta was accompanied to the talks by Cabinet Secretaries Dr Fred Matiang'i (Interior), Amb Raychelle Omamo ...":
 * the people who accompany someone of the pair are of that person's side, when nothing else gives theirs.
 */
function sidesFromCompany(sentences: readonly Sentence[], people: Person[], pair: readonly string[]): void {
  for (const s of sentences) {
    const verb = ACCOMPANIED.exec(s.text);
    if (!verb) continue;
    const at = s.start + verb.index;
    const leaders = people.filter((p) => p.side !== null && pair.includes(p.side) && mentionedBetween(p, s.start, at));
    const sides = new Set(leaders.map((p) => p.side));
    if (sides.size !== 1) continue;
    const side = leaders[0]!.side!;
    for (const p of people) {
      if (p.side !== null || !mentionedBetween(p, at, s.end)) continue;
      p.side = side;
      p.sideConfidence = 0.6;
    }
  }
}

/**
 * "La ministre des Affaires étrangères du Canada, ..., et le ministre de la Défense nationale, David McGuinty": a minister
 * named with another portfolio right after a minister whose title names the country sits in the same government.
 * Counterparts hold the same portfolio, so a second minister with the first one's office is left alone.
 */
function sidesFromCoordinatedOffices(text: string, people: Person[]): void {
  const titled = people
    .flatMap((p) => p.mentions.filter((m) => m.full && m.title && m.titleStart !== undefined).map((m) => ({ p, m })))
    .sort((a, b) => a.m.start - b.m.start);
  for (let i = 1; i < titled.length; i++) {
    const { p, m } = titled[i]!;
    const prev = titled[i - 1]!;
    if (p.side !== null || prev.p === p || !prev.m.titleSide || prev.p.side !== prev.m.titleSide) continue;
    if (!/minist/iu.test(m.title!) || !/minist/iu.test(prev.m.title!) || findCountryMentions(m.title!).length > 0) continue;
    const office = (t: string) => normalizeName(t.replace(/\s+(?:of|du|de la|de|des)\s+(?:the\s+)?[\p{Lu}][^,]*$/u, ""));
    if (office(m.title!) === office(prev.m.title!)) continue;
    const between = text.slice(prev.m.end, m.titleStart!);
    if (!/^,?\s*(?:and|et)\s+(?:(?:the|le|la|l['’])\s*)?$/iu.test(between)) continue;
    p.side = prev.m.titleSide;
    p.sideConfidence = 0.6;
  }
}

const CAPITALISED_OFFICE_AFTER = /^\s+((?:[\p{Lu}][\p{L}-]*\s+){1,2}[\p{Lu}][\p{L}-]*)/u;

/**
 * "Libyan Foreign Minister Salma Idris", "Swiss Federal Councillor ...": a demonym before an office written in two or three
 * capitalised words is that office's country, as it is before a single office word.
 */
function demonymOpensCapitalisedOffice(sentence: string, c: { start: number; end: number; text: string }): boolean {
  if (c.text === c.text.toLowerCase()) return false;
  const words = CAPITALISED_OFFICE_AFTER.exec(sentence.slice(c.end, c.end + 60))?.[1]?.split(/\s+/u) ?? [];
  return words.slice(1).some((w) => TITLE_HEAD.test(w) && TITLE_WORDS.has(w.toLowerCase()));
}

/**
 * An official named by a bare title ("Prime Minister Giorgia Meloni", "His Majesty King Carl XVI Gustaf") whose sentence
 * names one country of the pair: that country's, unless they travel there (named before a verb of travel to it) — then
 * the other's, as anyone named as the traveller is. Countries inside another person's title ("Kenya's Cabinet Secretary", "son homologue espagnol") do not count.
 */
function sidesFromTheSentencesCountry(text: string, sentences: readonly Sentence[], people: Person[], pair: readonly string[]): void {
  const titleSpans = people.flatMap((p) =>
    p.mentions.flatMap((m) => [
      ...(m.titleStart !== undefined ? [{ p, start: m.titleStart, end: m.start }] : []),
      ...(m.titleAfter ? [{ p, ...m.titleAfter }] : []),
    ]),
  );
  for (const p of people) {
    if (p.side !== null || (p.title && COUNTRY_IN_TITLE.test(p.title))) continue;
    const m = p.mentions.find((x) => x.full);
    const s = m && sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!m || !s) continue;
    const named = findCountryMentions(s.text).filter((c) => {
      const at = s.start + c.start;
      if (!pair.includes(c.code)) return false;
      if (titleSpans.some((t) => t.p !== p && t.start <= at && at < t.end)) return false;
      // "..., General Nadia Okonkwo-Bérubé, and Lieutenant-General (Ret.) Pak Chol-min of the Korea Veterans Association": a
      // country in what follows another person's name is that person's, never a neighbour's.
      if (people.some((q) => q !== p && q.mentions.some((x) => x.end <= at && OF_AFTER_NAME.test(text.slice(x.end, at))))) return false;
      if (/^(?:['’]s|\s+(?:counterpart|homologue))/iu.test(s.text.slice(c.end, c.end + 14))) return false;
      // "le ministre sénégalais", "Italian Deputy Prime Minister": a demonym on someone else's office.
      const wordBefore = /([\p{L}-]+)\s+$/u.exec(s.text.slice(Math.max(0, c.start - 30), c.start))?.[1]?.toLowerCase() ?? "";
      const wordAfter = /^\s+([\p{L}-]+)/u.exec(s.text.slice(c.end, c.end + 30))?.[1] ?? "";
      if (/^\p{Ll}/u.test(c.text) && TITLE_WORDS.has(wordBefore)) return false;
      // "La délégation malienne ... a été reçue par le Premier ministre", "the Chilean delegation was received by": a visiting
      // party's country is that party's, not its hosts' (its members, "La délégation française comprenait ...", keep it).
      if ((PARTY_NOUN.test(wordBefore) || PARTY_NOUN.test(wordAfter)) && at < m.start && RECEIVED_BY.test(text.slice(at, m.start)))
        return false;
      // "a mining delegation to Buenos Aires": a capital named as a destination is where someone goes, not whose they are.
      if (c.capital && /(?<![\p{L}])(?:to|vers)\s+$/u.test(s.text.slice(Math.max(0, c.start - 6), c.start))) return false;
      // "a ferry service between Kingstown and Vieux Fort": a town at a route's end is where something runs, not whose.
      if ((c.capital || c.subdivision) && ROUTE_END_BEFORE.test(s.text.slice(Math.max(0, c.start - 60), c.start))) return false;
      // "the Argentine minister", "Italian Deputy Prime Minister": a demonym before an office word is that office's country.
      if (TITLE_HEAD.test(wordAfter) && (/^[\p{Lu}]/u.test(wordAfter) || (c.text !== c.text.toLowerCase() && TITLE_WORDS.has(wordAfter))))
        return false;
      if (demonymOpensCapitalisedOffice(s.text, c)) return false;
      // "the Minister of Foreign Affairs of the Republic of Indonesia, Sugiono": a country completing an office.
      return !TITLE_OF_COUNTRY.test(s.text.slice(Math.max(0, c.start - 80), c.start));
    });
    const codes = new Set(clauseOrSentence(s, m.start, named).map((c) => c.code));
    if (codes.size !== 1) continue;
    const code = [...codes][0]!;
    const travel = named.find((c) => TRAVEL_TO.test(s.text.slice(Math.max(0, c.start - 40), c.start)));
    // The traveller is the person named last before the verb of travel ("... un message du président Faye, qui avait
    // effectué une visite officielle au Maroc"), or the one after "by" ("a visit to Japan by then President Boric").
    let traveller = false;
    if (travel !== undefined) {
      const at = s.start + travel.start;
      const before = people
        .flatMap((q) => q.mentions.filter((x) => x.end <= at && x.start >= s.start))
        .sort((a, b) => b.start - a.start)[0];
      const byAfter =
        m.start > at &&
        /^[^,.;]{0,40}?\s(?:by|par)\s+(?:(?:then|the|former|le|la|l['’]ancien(?:ne)?)\s+)?[^,.;]{0,60}$/iu.test(
          text.slice(s.start + travel.end, m.start),
        );
      traveller = (before !== undefined && p.mentions.includes(before)) || byAfter;
    }
    // "An Embrapa technical mission led by Dr. Ricardo Albuquerque Lins visited Kano": someone with no title is placed only
    // as the traveller, who comes from the other side.
    if (!p.title && !traveller) continue;
    p.side = traveller ? (pair.find((c) => c !== code) ?? null) : code;
    p.sideConfidence = 0.45;
  }
}

/** A party sent by a country: "délégation", "delegation", "mission". */
const PARTY_NOUN = /^(?:délégations?|delegations?|missions?)$/iu;

/** "between Kingstown and ", "from Nuku'alofa to ", "entre Alger et ": the words before a route's second town. */
const ROUTE_END_BEFORE = wordStart(/(?<![\p{L}])(?:between|entre|from|de)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:and|et|to|à)\s+$/u);

/** The end of a clause joined to the next by "and" after a comma, or by a semicolon. */
const CLAUSE_JOIN = /,\s+(?:and|et)\s+|;\s*/gu;

/**
 * "The Slovak delegation was led by ..., and the Slovenian delegation by ...": when a sentence names both countries, the
 * ones named in the clause holding the person, if that clause names any.
 */
function clauseOrSentence<T extends { start: number; code: string }>(s: Sentence, at: number, named: readonly T[]): readonly T[] {
  if (new Set(named.map((c) => c.code)).size < 2) return named;
  let from = 0;
  let to = s.text.length;
  for (const j of s.text.matchAll(CLAUSE_JOIN)) {
    const cut = j.index + j[0].length;
    if (s.start + cut <= at) from = cut;
    else if (s.start + j.index >= at) {
      to = j.index;
      break;
    }
  }
  const inClause = named.filter((c) => c.start >= from && c.start < to);
  return inClause.length > 0 ? inClause : named;
}

const TITLE_OF_COUNTRY = wordStart(
  /(?<![\p{L}])(?:[Mm]inist(?:er|re)|[Pp]r[ée]sidente?|[Ss]ecretary|[Ss]ecrétaire|[Aa]mbassad(?:or|eur|rice)|[Kk]ing|[Qq]ueen|[Rr]oi|[Rr]eine|[Ss]peaker|[Cc]hancellor)(?![\p{L}])(?:\s+(?:[\p{Lu}][\p{L}'’-]*|of|for|the|and|et|de|des|du|la|l['’][\p{L}-]+|étrangères))*\s+(?:of|de|du|d['’]|des)\s+(?:the\s+|la\s+|l['’])?(?:Republic\s+of\s+|République\s+(?:de\s+|du\s+|d['’])?|Kingdom\s+of\s+|Royaume\s+(?:de\s+|du\s+|d['’])?)?$/u,
);

/** "M. Bettel a été reçu par le Président de la République, José Maria Neves", "a également été reçu par": who receives a visitor of the home side is the other side's. */
const RECEIVED_BY = wordStart(
  /(?<![\p{L}])(?:(?:was|were) (?:received|welcomed|hosted)(?: in audience)? by|(?:a|ont) (?:\p{L}+ment )?été (?:reçu|accueilli)e?s? (?:en audience )?(?:\p{L}+ )?par|s['’](?:est|était) entretenue? (?:[^,.;]{0,30}? )?avec|(?:met|held talks) with)(?![\p{L}])/iu,
);

function hostsOfTheHomeSide(sentences: readonly Sentence[], people: Person[], home: string, other: string): void {
  for (const s of sentences) {
    const verb = RECEIVED_BY.exec(s.text);
    if (!verb) continue;
    const at = s.start + verb.index;
    const here = (p: Person) => p.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    // "Le ministre a été reçu par ...", "He was received by ...": an office or a pronoun standing for the home side's person named last.
    const lastNamed = people
      .flatMap((p) => p.mentions.filter((m) => m.end <= s.start).map((m) => ({ p, m })))
      .sort((a, b) => b.m.end - a.m.end)[0]?.p;
    const standsForHome =
      lastNamed?.side === home &&
      /^\s*(?:(?:à|in|on|le|the)\s+[^,]{2,30},\s*)?(?:(?:the|le|la)\s+(?:minister|ministre|secretary|secrétaire|delegation|délégation)|he|she|il|elle)(?![\p{L}])/iu.test(
        s.text.slice(0, verb.index),
      );
    const visitorFromHome = standsForHome || people.some((p) => p.side === home && here(p).some((m) => m.end <= at));
    if (!visitorFromHome) continue;
    for (const p of people)
      if ((p.side === null || (p.side === home && p.sideConfidence <= 0.4)) && here(p).some((m) => m.start > at)) {
        p.side = other;
        p.sideConfidence = 0.45;
      }
  }
}

/** "delivered a letter from President ...", "a transmis les salutations du président ...": whose message a person carries. */
const MESSAGE_FROM = wordStart(
  /(?<![\p{L}])(?:letter|message|greetings|invitation|lettre|salutations|invitation)s?\s+(?:from|of|du|de\s+la|de|d['’])\s*(?:(?:the|le|la|l['’])\s*)?[^,.;:]{0,40}$/iu,
);
const CARRIES = wordStart(
  /(?<![\p{L}])(?:delivered|conveyed|handed(?:\s+over)?|passed\s+on|brought|(?:a|ont)\s+(?:transmis|remis|porté|apporté))(?![\p{L}])/iu,
);

/**
 * "Minister Abdelatty delivered a letter from President Abdel Fattah al-Sisi", "M. Mbella Mbella a transmis les salutations
 * du président Paul Biya": the sender of a message a person of the pair carries is of that person's side, whatever the
 * office alone suggested.
 */
/** A country's courts named in full: "Judiciary of The Gambia", "Court of Appeal of Kenya", "Cour suprême du Sénégal". */
const COURT_OF_COUNTRY = wordStart(
  /(?<![\p{L}])(?:[Jj]udiciary|[Ss]upreme [Cc]ourt|[Cc]ourt of [Aa]ppeal|[Hh]igh [Cc]ourt|[Cc]onstitutional [Cc]ourt|[Cc]our suprême|[Cc]our d['’]appel|JUDICIARY)\s+(?:of|OF|de|du|de\s+la)\s+((?:[Tt]he\s+|THE\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2})/gu,
);
/** A judge's honorific before the name: "Hon. Justice Awa Bah-Jallow", "Mr Justice Lamin Jobe". */
const JUSTICE_BEFORE = wordStart(/(?<![\p{L}])Justice\s+$/u);

/**
 * "JUSTICES: Hon. Justice ..., Hon. Justice ...": a judge is of the country whose courts the text names, when it names one of
 * the pair's and no other.
 */
/**
 * "his Korean counterpart Choe Yong Nam" in a Cuba-DPRK wire, "Guinea Prime Minister" read at the end of "Papua New
 * Guinea": a side outside the pair that the text never names but by a name or a demonym a member of the pair shares is
 * that member.
 */
function sidesFromSharedNames(text: string, people: Person[], pair: readonly string[]): void {
  if (!people.some((p) => p.side && pairMemberSharingName(p.side, pair))) return;
  const named = new Set(
    findCountryMentions(text)
      .filter((m) => !isSharedName(m.code, m.text))
      .map((m) => m.code),
  );
  for (const p of people) {
    const member = p.side && !named.has(p.side) ? pairMemberSharingName(p.side, pair) : null;
    if (member) p.side = member;
  }
}

/**
 * Judges ("Hon. Justice ...") take the country whose courts the text names in full; failing that, on a page written from
 * one side (its masthead, "THE JUDICIARY OF THE GAMBIA", read though masked as furniture), the writer's country.
 */
function judgesOfTheCourt(text: string, people: Person[], pair: readonly string[], home?: string): void {
  const judges = people.filter(
    (p) => p.side === null && p.mentions.some((m) => JUSTICE_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start))),
  );
  if (judges.length === 0) return;
  const countries = new Set([...text.matchAll(COURT_OF_COUNTRY)].flatMap((m) => findCountryMentions(titleCased(m[1]!)).map((c) => c.code)));
  if (countries.size === 0 && home) countries.add(home);
  const code = [...countries][0];
  if (countries.size !== 1 || !code || !pair.includes(code)) return;
  for (const p of judges) {
    p.side = code;
    p.sideConfidence = 0.5;
  }
}

function sidesFromMessengers(sentences: readonly Sentence[], people: Person[], pair: readonly string[]): void {
  for (const s of sentences) {
    const verb = CARRIES.exec(s.text);
    if (!verb) continue;
    const at = s.start + verb.index;
    const here = (p: Person) => p.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const carrier = people.find((p) => p.side !== null && pair.includes(p.side) && here(p).some((m) => m.end <= at));
    if (!carrier) continue;
    for (const p of people) {
      if (p === carrier || (p.side !== null && p.sideConfidence > 0.45)) continue;
      const m = here(p).find((x) => x.start > at);
      if (m && MESSAGE_FROM.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start))) {
        p.side = carrier.side;
        p.sideConfidence = 0.5;
      }
    }
  }
}

/** A title ending on a town or a province of the pair's countries: "maire de Fès", "ministre de l'Économie du Québec". */
const TITLE_TOWN =
  /(?:of|de|du|d['’])\s+(?:l['’]Université\s+de\s+|the\s+University\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s*$/u;

function townSide(title: string, pair: readonly string[], acronyms: ReadonlyMap<string, string> = new Map()): string | null {
  const town = TITLE_TOWN.exec(title)?.[1];
  if (town) {
    // "ministre de l'Économie ... du Québec": a province or state of the pair's countries names its side as well.
    const named = findCountryMentions(town)[0];
    if (named) return pair.includes(named.code) ? named.code : null;
    const side = citiesNamed(town).find((c) => pair.includes(c.code))?.code;
    if (side) return side;
  }
  return placeInsideTitle(title, pair, acronyms);
}

/**
 * "CEO of the Port of Rotterdam Authority", "rectrice de l'Université Laval", "NSERC's Vice-President" (the text defines
 * "Natural Sciences and Engineering Research Council of Canada (NSERC)"): an organisation in the title named after a
 * country, a province or a town of the pair gives the office holder's side. The last place named wins.
 */
function placeInsideTitle(title: string, pair: readonly string[], acronyms: ReadonlyMap<string, string>): string | null {
  const expanded = title.replace(/(?<![\p{L}])[\p{Lu}]{2,8}(?![\p{L}])/gu, (a) => acronyms.get(a) ?? a);
  // A country named in several words ("Cayman Islands Monetary Authority", "New Caledonia") counts for each of its words.
  const countries = findCountryMentions(expanded);
  const words = [...expanded.matchAll(/[\p{Lu}][\p{L}'’-]*/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const at = words[i]!.index;
    const word = words[i]![0].replace(/['’]s$/u, "");
    const named =
      countries.find((m) => m.start <= at && at < m.end) ?? findCountryMentions(word).find((m) => m.start === 0 && m.end === word.length);
    if (named) {
      if (pair.includes(named.code)) return named.code;
      continue;
    }
    // "Vancouver Mayor", "Seoul Mayor": a town opening the title right before its head word is the office's town, even one
    // of the capitalised words never read as a name (not "Director of KTO's Toronto Office").
    const beforeOffice = i === 0 && TITLE_HEAD.test(words[1]?.[0] ?? "");
    const localBody = opensLocalBody(expanded, at, word);
    if (TITLE_WORDS.has(word.toLowerCase()) || (NOT_NAME_WORDS.has(word) && !beforeOffice && !localBody) || word.length < 4) continue;
    const side = citiesNamed(word).find((c) => pair.includes(c.code))?.code;
    if (side) return side;
  }
  return null;
}

const LOCAL_BODY_AFTER_TOWN =
  /^\s(?:\p{Lu}\p{Ll}+\s)?(?:International\s)?(?:Airport|Port|Harbour|Transit|Regional)?\s?(?:Authority|Corporation|Commission|Board)(?![\p{L}])/u;

/**
 * "President and CEO of the Calgary Airport Authority", "Chair of the Halifax Port Authority": a town after "the" that
 * opens an authority's name is the authority's town (not "Director of KTO's Toronto Office", a branch abroad); so is one
 * opening the title, the authority's name before its head's office ("Vancouver Fraser Port Authority President", the
 * text's "VFPA President" written out, "Halifax Port Authority Chair").
 */
function opensLocalBody(title: string, at: number, word: string): boolean {
  const opensTitle = at === 0 || /(?<![\p{L}])the\s$/u.test(title.slice(Math.max(0, at - 4), at));
  return opensTitle && LOCAL_BODY_AFTER_TOWN.test(title.slice(at + word.length));
}

const acronymCache = new WeakMap<readonly Sentence[], Map<string, string>>();

/**
 * "Natural Sciences and Engineering Research Council of Canada (NSERC)": each acronym the text defines, with its name;
 * then each it uses whose capitals a name written in full elsewhere spells ("the ROM's Director" after "The Royal
 * Ontario Museum").
 */
function acronymsOf(sentences: readonly Sentence[] | undefined): ReadonlyMap<string, string> {
  if (!sentences) return new Map();
  const cached = acronymCache.get(sentences);
  if (cached) return cached;
  const out = new Map<string, string>();
  for (const s of sentences) for (const d of bracketedAcronyms(s.text)) if (!out.has(d.acronym)) out.set(d.acronym, d.long);
  for (const [acronym, name] of acronymsSpelledByNames(sentences.map((s) => s.text).join("\n")))
    if (!out.has(acronym)) out.set(acronym, name);
  acronymCache.set(sentences, out);
  return out;
}

/** A person named in full before `start` whose name opens on `word` (a single name, or a family name written first). */
const namedByFirstWord = (people: readonly Person[], word: string, start: number) =>
  people.find(
    (p) => p.name.split(/\s+/).length > 1 && p.name.split(/\s+/)[0] === word && p.mentions.some((x) => x.full && x.start < start),
  );
/**
 * "said Mr Tan" after "Tan Wei Ming", "Ms. Hirut described" after "Hirut Kebede": an honorific before the first word of a
 * name given in full before (a family name written first, or a given name by which the person is called) is that person.
 * (A French "M." may also be a given name's initial, and French texts call people by their family name: it is left out.)
 */
const HONORIFIC_JUST_BEFORE = /(?<![\p{L}])(?:Mr|Ms|Mrs)\.?\s$/u;
/**
 * "Dato Paduka Rosli" after "Dato Paduka Rosli Ismail", "Pehin Dato Hamdan" after "... Hamdan Abdul Rahim": a Malay style
 * before a given name names the person by it, the name after it being the father's.
 */
const MALAY_STYLE_JUST_BEFORE = new RegExp(`(?<![\\p{L}])${MALAY_STYLE}\\s$`, "u");

/** The pair's sides that are federations, whose ministers and bodies a text calls "federal". */
const FEDERATIONS = new Set([
  "AE",
  "AR",
  "AT",
  "AU",
  "BA",
  "BE",
  "BR",
  "CA",
  "CH",
  "DE",
  "ET",
  "FM",
  "IN",
  "IQ",
  "KM",
  "KN",
  "MX",
  "MY",
  "NG",
  "NP",
  "PK",
  "RU",
  "SO",
  "SS",
  "US",
  "VE",
]);
/**
 * "le ministre fédéral de l'Innovation", "the federal Minister of Health", "la ministre fédérale des Pêches": a federal office
 * with no country named is held on the side of the pair that is a federation, when only one of the two is.
 */
function federalSide(title: string, pair: readonly string[]): string | null {
  if (!/(?<![\p{L}])(?:federal|fédérale?)(?![\p{L}])/iu.test(title)) return null;
  const federal = pair.filter((c) => FEDERATIONS.has(c));
  return federal.length === 1 ? federal[0]! : null;
}

/** Picks the person's title (the longest one written next to a name) and side, and a confidence. */
function settle(p: Person, opts: PeopleOptions): void {
  p.mentions.sort((a, b) => a.start - b.start);
  const titled = p.mentions.filter((m) => m.title);
  const best = titled.sort((a, b) => (b.title?.length ?? 0) - (a.title?.length ?? 0))[0];
  p.title = best?.title ?? null;
  const explicit = p.mentions.find((m) => m.titleSide)?.titleSide ?? null;
  // A title's town is looked up once, and only when nothing before it in the order below gives the side.
  const town =
    !p.knownCountry && !explicit && !wellKnownSide(p.name) && p.title ? townSide(p.title, opts.pair, acronymsOf(opts.sentences)) : null;
  if (p.knownCountry) {
    p.side = p.knownCountry;
    p.sideConfidence = 0.95;
  } else if (explicit) {
    p.side = explicit;
    p.sideConfidence = 0.85;
  } else if (wellKnownSide(p.name)) {
    p.side = wellKnownSide(p.name);
    p.sideConfidence = 0.8;
  } else if (town) {
    p.side = town;
    p.sideConfidence = 0.75;
  } else if (p.korean && opts.pair.includes("KR")) {
    p.side = "KR";
    p.sideConfidence = 0.6;
  } else if (p.title && federalSide(p.title, opts.pair)) {
    p.side = federalSide(p.title, opts.pair);
    p.sideConfidence = 0.55;
  } else if (
    !p.korean &&
    p.title &&
    opts.pair.includes("KR") &&
    /minist|ambassad|secretar|premier|prime|deputy|senator|sénat|speaker/i.test(p.title)
  ) {
    // A government title on a non-Korean name, in a text about Korea and its partner: the partner's side,
    // unless the sentence naming the person names one third country ("Foreign Minister Motegi and his
    // Canadian counterpart ... in Tokyo"): that country's official then.
    const third = thirdCountryOf(p, opts) ?? (thirdCountryOf(p, opts) === undefined ? dominantThirdCountry(opts) : null);
    p.side = third === undefined ? (opts.pair.find((c) => c !== "KR") ?? null) : third;
    p.sideConfidence = third === undefined ? 0.5 : 0.45;
  }
  const full = p.mentions.some((m) => m.full);
  p.confidence = Math.min(0.98, (full ? 0.7 : 0.5) + (p.title ? 0.15 : 0) + (p.match ? 0.1 : 0) + (p.mentions.length > 1 ? 0.05 : 0));
}
