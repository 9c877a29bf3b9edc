/**
 * Organisations: ministries, agencies, multilateral bodies, institutes. Found from a gazetteer of
 * well-known bodies and acronyms, and from capitalised phrases built around an organisation word
 * ("Ministry of Foreign Affairs", "Korea Institute for International Economic Policy (KIEP)").
 */
import type { KnownOrganization, RecordMatch } from "@ties/domain";
import { findCountryMentions } from "./country-mentions";
import { normalizeName } from "./normalize-name";
import { keepLongest, type Span } from "./text-span";
import { wordStart } from "./word-start";

export interface Organization extends Span {
  text: string;
  name: string;
  shortName: string | null;
  countryCode: string | null;
  match: RecordMatch | null;
  rule: string;
  confidence: number;
}

const GAZETTEER: Array<{ re: RegExp; name: string; short?: string; country?: string }> = [
  { re: /\bNorth Atlantic Treaty Organi[sz]ation\b|\bNATO\b|\bOTAN\b/gu, name: "North Atlantic Treaty Organization", short: "NATO" },
  {
    re: /\bUnited Nations Security Council\b|\bUN Security Council\b|\bConseil de sécurité (?:de l['’]ONU|des Nations Unies)\b/gu,
    name: "UN Security Council",
    short: "UNSC",
  },
  { re: /\bUnited Nations Command\b/gu, name: "United Nations Command", short: "UNC" },
  { re: /\bUnited Nations\b|\bNations [Uu]nies\b|\bUN\b|\bONU\b/gu, name: "United Nations", short: "UN" },
  { re: /\bG-?7\b|\bGroup of Seven\b/gu, name: "G7" },
  { re: /\bG-?20\b|\bGroup of Twenty\b/gu, name: "G20" },
  {
    re: /\bOrgani[sz]ation for Economic Co-?operation and Development\b|\bOECD\b|\bOCDE\b/gu,
    name: "Organisation for Economic Co-operation and Development",
    short: "OECD",
  },
  { re: /\bAsia-Pacific Economic Cooperation\b|\bAPEC\b/gu, name: "Asia-Pacific Economic Cooperation", short: "APEC" },
  { re: /\bAssociation of Southeast Asian Nations\b|\bASEAN\b|\bANASE\b/gu, name: "ASEAN", short: "ASEAN" },
  { re: /\bEuropean Union\b|\bUnion européenne\b|\bEU\b/gu, name: "European Union", short: "EU" },
  { re: /\bWorld Trade Organi[sz]ation\b|\bWTO\b|\bOMC\b/gu, name: "World Trade Organization", short: "WTO" },
  { re: /\bGlobal Affairs Canada\b|\bAffaires mondiales Canada\b/gu, name: "Global Affairs Canada", short: "GAC", country: "CA" },
  { re: /\bCanadian Armed Forces\b|\bForces armées canadiennes\b/gu, name: "Canadian Armed Forces", short: "CAF", country: "CA" },
  { re: /\bNational Assembly\b|\bAssemblée nationale\b/gu, name: "National Assembly" },
  { re: /\bWhite House\b|\bMaison-Blanche\b/gu, name: "White House", country: "US" },
  {
    re: /\bForeign, Commonwealth and Development Office\b/gu,
    name: "Foreign, Commonwealth and Development Office",
    short: "FCDO",
    country: "GB",
  },
  { re: /\bministère des Affaires étrangères(?: de la Corée| du Canada)?\b/giu, name: "ministère des Affaires étrangères" },
];

const ORG_HEAD =
  "(?:Ministry|Department|Agency|Institute|Council|Office|Organi[sz]ation|Assembly|Forces|Command|Commission|Association|Bank|Corporation|University|Foundation|Embassy|Parliament|Secretariat|Centre|Center|Committee|Coast Guard|Navy|Army|Chamber|Federation|Academy|Board|Service|Authority)";
const CAP = "(?:[\\p{Lu}][\\p{L}'’&-]*|\\d+)";
const ORG_PHRASE = wordStart(
  new RegExp(
    `(?<![\\p{L}])(?:${CAP}\\s){0,5}${ORG_HEAD}(?:\\s(?:of|for|on|and|the|des|du|de|la)\\s(?:the\\s)?${CAP}(?:\\s${CAP}){0,4}){0,2}(?:\\s\\((?<acr>[\\p{Lu}]{2,10})\\))?`,
    "gu",
  ),
);
const LEADING_NOISE = /^(?:The|A|An|In|On|At|According to|During|Under|With|From|By|And|But|(?:South |North )?[\p{Lu}][\p{L}]+['’]s)\s+/u;

export function findOrganizations(text: string, known: readonly KnownOrganization[]): Organization[] {
  const found: Organization[] = [];
  for (const g of GAZETTEER) {
    g.re.lastIndex = 0;
    for (let m = g.re.exec(text); m; m = g.re.exec(text)) {
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        name: g.name,
        shortName: g.short ?? null,
        countryCode: g.country ?? null,
        match: null,
        rule: "organization.gazetteer",
        confidence: 0.9,
      });
    }
  }
  ORG_PHRASE.lastIndex = 0;
  for (let m = ORG_PHRASE.exec(text); m; m = ORG_PHRASE.exec(text)) {
    let start = m.index;
    let phrase = m[0];
    for (let strip = LEADING_NOISE.exec(phrase); strip; strip = LEADING_NOISE.exec(phrase)) {
      start += strip[0].length;
      phrase = phrase.slice(strip[0].length);
    }
    if (phrase.split(/\s+/).length < 2 && !m.groups?.acr) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    // Only a possessive right before the phrase names its owner: look for it before running the search back.
    const owner = /['’]s\s+$/u.test(before) ? /([\p{L}. ]+)['’]s\s+$/u.exec(before)?.[1] : undefined;
    const countryCode = findCountryMentions(phrase)[0]?.code ?? (owner ? (findCountryMentions(owner).at(-1)?.code ?? null) : null);
    const name = phrase.replace(/\s\([\p{Lu}]{2,10}\)$/u, "");
    found.push({
      start,
      end: start + phrase.length,
      text: phrase,
      name,
      shortName: m.groups?.acr ?? null,
      countryCode,
      match: null,
      rule: "organization.phrase",
      confidence: 0.75,
    });
  }
  const kept = keepLongest(found);
  for (const o of kept) o.match = matchOrganization(o, known);
  // One suggestion per organisation; the first mention carries it.
  const seen = new Set<string>();
  return kept.filter((o) => {
    const key = normalizeName(o.shortName ?? o.name);
    const key2 = normalizeName(o.name);
    if (seen.has(key) || seen.has(key2)) return false;
    seen.add(key);
    seen.add(key2);
    return true;
  });
}

function matchOrganization(o: Organization, known: readonly KnownOrganization[]): RecordMatch | null {
  const names = [o.name, o.text, o.shortName].filter((n): n is string => !!n).map(normalizeName);
  for (const k of known) {
    const kn = [k.name, k.shortName, ...k.variants].filter((n): n is string => !!n).map(normalizeName);
    if (kn.some((n) => names.includes(n))) {
      if (o.countryCode && k.countryCode && o.countryCode !== k.countryCode) continue;
      return { id: k.id, score: 0.9, reason: "same name or acronym" };
    }
  }
  return null;
}
