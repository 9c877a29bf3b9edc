/**
 * Every ISO 3166 country as a text can name it: names in English, French and Korean (i18n-iso-countries, the
 * package the country records come from), demonyms in English and French, capitals and common alternative
 * spellings (world-countries, which carries those and i18n-iso-countries does not). A text about any pair is read
 * with the same table; nothing here is written for one country.
 */
import enNames from "i18n-iso-countries/langs/en.json" with { type: "json" };
import frNames from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import koNames from "i18n-iso-countries/langs/ko.json" with { type: "json" };
// First-level subdivisions (provinces, states, regions) with their names in English, French and the local language.
import subdivisionData from "iso3166-2-db/data/iso3166-2.json" with { type: "json" };
// The data itself: the package's ES entry re-exports it without the attribute Node requires.
import worldCountries from "world-countries/countries.json" with { type: "json" };
import { COMMON_GIVEN_NAMES } from "./name-vocabulary";

export interface GazetteerEntry {
  code: string;
  /** The country's or the capital's English name, accents folded ("Brasilia"). */
  name: string;
  kind: "name" | "demonym" | "capital" | "subdivision";
  capital: boolean;
  /** A demonym that also names a language ("Spanish"): a country only before a word of government. */
  language: boolean;
}

/** Capitals that more often name another place in English-language news (Victoria in Australia, Kingston in Ontario). */
const CAPITALS_NAMING_OTHER_PLACES = new Set([
  "Victoria",
  "Kingston",
  "Hamilton",
  "Georgetown",
  "Male",
  "Saint John's",
  "Avarua",
  "Palikir",
  "Yaren",
  "Funafuti",
  "Tórshavn",
  "Road Town",
  "Basseterre",
  "Castries",
  "Nuku'alofa",
  "Apia",
  "Praia",
  "King Edward Point",
  "Jamestown",
  "Adamstown",
  "Flying Fish Cove",
  "Plymouth",
  "Kingstown",
  "Brades",
  "Charlotte Amalie",
  "Sri Jayawardenepura Kotte",
]);
/**
 * Names that are more often something else: "New Jersey", a man named Chad, Iceland's "Island" in "Union Island", the
 * Isle of Man's own "Mann" in "Minister of Health, Harjit Mann" or "Thomas Mann".
 */
const NAMES_NAMING_OTHER_THINGS = new Set(["Jersey", "Guernsey", "Man", "Mann", "Chad", "Jordan", "Georgia", "Korea", "Island"]);
/** Demonyms that are also languages. */
/** Demonyms that name a language at least as often as a country ("in Spanish"); the rest ("German officials") are read as the country. */
const LANGUAGE_DEMONYMS = new Set(["French", "Spanish", "Portuguese", "Dutch", "English", "Arabic", "Swedish", "Danish", "Norwegian"]);

const names = (locale: { countries: Record<string, string | string[]> }, code: string): string[] => {
  const v = locale.countries[code];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");

function build(): Map<string, GazetteerEntry> {
  const table = new Map<string, GazetteerEntry>();
  // "Holy See (Vatican City State)", "Saint-Siège (Vatican)": an index form's head is the name written in prose, taken
  // once every other form is in, so that it never displaces one ("Congo (Democratic Republic of the)").
  const heads: [string, GazetteerEntry][] = [];
  /** `form` as written and, unless `asWritten`, with its accents folded ("Brasilia"). */
  const add = (form: string, entry: GazetteerEntry, asWritten = false) => {
    const f = form.trim();
    const head = /^([^,()]{4,}?)\s+\(/u.exec(f)?.[1];
    if (head && !NAMES_NAMING_OTHER_THINGS.has(head)) heads.push([head, entry]);
    // "Korea, Republic of", "Bolivia (Plurinational State of)": index forms, never written in prose.
    if (f.length < 3 || /[,()]/.test(f) || /^[A-Z]{2,3}$/.test(f)) return;
    for (const v of new Set([f, asWritten ? f : fold(f)])) if (!table.has(v)) table.set(v, entry);
    // "St Kitts and Nevis", "St Lucia": "Saint" and "St." are written "St" without its stop as often.
    const saint = /^(?:Saint|St\.)\s(?=\p{Lu})/u.exec(f);
    if (saint) add(`St ${f.slice(saint[0].length)}`, entry, asWritten);
  };
  // A form two countries share ("American": the United States and the Northern Mariana Islands) goes to the sovereign one.
  const sovereignFirst = [...worldCountries].sort(
    (a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent),
  );
  for (const c of sovereignFirst) {
    const code = c.cca2;
    if (!code) continue;
    const country = (language = false, kind: "name" | "demonym" = "demonym"): GazetteerEntry => ({
      code,
      name: fold(c.name.common),
      kind,
      capital: false,
      language,
    });
    const nameForms = [
      ...names(enNames, code),
      ...names(frNames, code),
      ...names(koNames, code),
      c.name.common,
      c.name.official,
      c.translations.fra?.common,
      c.translations.fra?.official,
      c.translations.kor?.common,
      c.translations.kor?.official,
      ...c.altSpellings,
    ].filter((n): n is string => !!n && !NAMES_NAMING_OTHER_THINGS.has(n));
    for (const n of nameForms) add(n, country(false, "name"));
    // "le vice-Premier ministre des îles Cook": French writes an archipelago's "îles" in lower case in running text.
    for (const n of names(frNames, code)) if (/^Îles?\s/u.test(n)) add(`î${n.slice(1)}`, country(false, "name"));
    // "l'Arabie saoudite", "la Guinée équatoriale": French writes the adjectives of a country's name in lower case.
    for (const n of names(frNames, code))
      if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)+$/u.test(n))
        add(
          n.replace(/\s\p{Lu}/gu, (w) => w.toLowerCase()),
          country(false, "name"),
        );
    // "Cabo Verde", "Brasil", "Türkiye": the name the country writes itself, when in the Latin script, and only as it
    // writes it: "Ísland" without its accent is the English "Island" ("Union Island", "Prince Edward Island").
    for (const n of Object.values(c.name.native ?? {}).map((v) => v.common))
      if (/^[\p{Script=Latin}\s'’-]{4,}$/u.test(n) && !NAMES_NAMING_OTHER_THINGS.has(n)) add(n, country(false, "name"), true);
    const eng = c.demonyms?.eng;
    const fra = c.demonyms?.fra;
    for (const d of new Set([eng?.m, eng?.f].filter((x): x is string => !!x))) {
      const language = LANGUAGE_DEMONYMS.has(d);
      add(d, country(language));
      if (!/s$/.test(d)) add(`${d}s`, country(language));
    }
    // "Slovenian" beside the data's "Slovene": a country named in "-ia" also goes by its name and "-n".
    const ian = /^\p{Lu}\p{Ll}{3,}ia$/u.test(c.name.common) ? `${c.name.common}n` : undefined;
    if (ian && !table.has(ian)) for (const form of [ian, `${ian}s`]) add(form, country());
    // French demonyms are adjectives in lower case ("le président kényan") and nouns with a capital ("les Kényans").
    // An invariable demonym ending in an accented "e" is written with either accent ("burkinabé", "burkinabè").
    const fraForms = [fra?.m, fra?.f].filter((x): x is string => !!x).flatMap((d) => (/é$/u.test(d) ? [d, d.replace(/é$/u, "è")] : [d]));
    for (const d of new Set(fraForms)) {
      for (const form of [d, d.toLowerCase(), d.charAt(0).toUpperCase() + d.slice(1).toLowerCase()]) {
        add(form, country());
        if (!/s$/.test(form)) add(`${form}s`, country());
      }
    }
    // "Kazakh", "Uzbek", "le ministre ouzbek": Central Asian demonyms are the country's name without "-stan" (not "Pak").
    for (const n of [c.name.common, c.translations.fra?.common])
      for (const stem of [/^(\p{Lu}\p{Ll}{3,}?)i?stan$/u.exec(n ?? "")?.[1]].filter((x): x is string => !!x && x.length >= 5))
        for (const form of [stem, fold(stem), stem.toLowerCase(), fold(stem).toLowerCase()]) add(form, country());
    for (const cap of c.capital ?? [])
      if (!CAPITALS_NAMING_OTHER_PLACES.has(cap)) add(cap, { code, name: fold(cap), kind: "capital", capital: true, language: false });
  }
  for (const [head, entry] of heads) add(head, entry);
  return table;
}

export const GAZETTEER = build();

/** Words that name a kind of subdivision, not one: "Gangwon Province", "Province de Trang", "Gyeonggi-do", "Busan-gwangyeoksi". */
const SUBDIVISION_WORDS =
  /^(?:(?:Province|Préfecture|Région|Region|Oblast|Voïvodie|État|Département|Governorate|Gouvernorat)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])?(?=\p{Lu}))|\s+(?:Province|Prefecture|Region|Oblast|Voivodeship|Governorate)$|-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$/u;
/** Names made only of compass and generic words ("Central", "Nord", "Est", "Northern Territory") name a region of many countries. */
const GENERIC_SUBDIVISION_WORD =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Capital|Coast|Coastal|Upper|Lower|Greater|Inner|Outer|Islands?|Territory|Federal|District|Metropolitan|Nord|Sud|Est|Ouest|Centrale?|Haut|Haute|Bas|Basse|Grand|Grande|Lacs|Savanes|Montagnes|Lagunes|Plateaux?|Littoral|Maritime|Valley|Lakes|Highlands?|Western|Oriental|Occidental|Norte|Sur|Este|Oeste|and|et|of|de|du|la|le|des|y|del)$/;
/** Dotted abbreviations that more often mean something else ("S.A.", a company). */
const ABBREVIATIONS_NAMING_OTHER_THINGS = new Set(["S.A.", "N.V.", "P.A.", "A.G."]);

/** More first-level units than the United States' states and territories means districts, not provinces. */
const MAX_PROVINCES = 60;

interface SubdivisionRecord {
  iso: string;
  name: string;
  names?: Record<string, string | undefined>;
}

/**
 * The forms a subdivision goes by: its names in the data, the same without a word for its kind ("Gangwon" for
 * "Gangwon Province"), a romanised province with a compass suffix by its first syllable ("Gyeongnam" for
 * "Gyeongsangnam-do"), and its code dotted when the code is the initials of its name ("B.C.").
 */
function subdivisionForms(region: SubdivisionRecord): string[] {
  const names = [region.name, region.names?.en, region.names?.fr, region.names?.de, region.names?.geonames].filter((n): n is string => !!n);
  const forms = new Set<string>();
  for (const n of names) {
    forms.add(n);
    const bare = n.replace(SUBDIVISION_WORDS, "");
    forms.add(bare);
    const compass = /^([A-Z][^aeiouy]*[aeiouy]+(?:ng|n|m|l)?)[a-z]+(buk|nam)$/.exec(bare);
    if (compass) forms.add(`${compass[1]}${compass[2]}`);
    const initials = bare
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    // "B.C." for British Columbia; not "Bacău County", whose code's second letter is its kind's.
    const kindWord = /(?:^|\s)(?:County|Region|District|Province|Department|Governorate|Prefecture|Municipality)(?:\s|$)/.test(bare);
    if (/^[A-Z]{2,3}$/.test(region.iso) && initials === region.iso && !kindWord) forms.add(`${[...region.iso].join(".")}.`);
  }
  return [...forms];
}

/** Territories of under 200 km². */
const SMALL_TERRITORIES: ReadonlySet<string> = new Set(worldCountries.filter((c) => c.area < 200).map((c) => c.cca2));

function buildSubdivisions(): Map<string, GazetteerEntry> {
  const byForm = new Map<string, Set<string>>();
  const data = subdivisionData as unknown as Record<string, { regions: SubdivisionRecord[] }>;
  for (const [code, country] of Object.entries(data)) {
    // A first level of more units than a federation has states is one of districts and municipalities ("Asan" in Guam,
    // "Ramsey" on the Isle of Man), rarely written to stand for the country.
    if (country.regions.length > MAX_PROVINCES) continue;
    // The parishes of a territory of a few towns ("Forest" and "Vale" on Guernsey, "Southampton" on Bermuda) are common
    // words and other places' names far more often than that territory.
    if (SMALL_TERRITORIES.has(code)) continue;
    for (const region of country.regions) {
      for (const form of subdivisionForms(region)) {
        for (const f of new Set([form, fold(form)])) {
          if (!byForm.has(f)) byForm.set(f, new Set());
          byForm.get(f)!.add(code);
        }
      }
    }
  }
  const table = new Map<string, GazetteerEntry>();
  for (const [form, codes] of byForm) {
    const words = form.split(/[\s-]+/);
    // A form two countries share ("Limburg", "Punjab"), a country's own form, a generic or a given name is no subdivision.
    if (codes.size !== 1 || form.length < 4 || !/^\p{Lu}/u.test(form) || GAZETTEER.has(form)) continue;
    if (words.every((w) => GENERIC_SUBDIVISION_WORD.test(w)) || /[,()]/.test(form)) continue;
    if (NAMES_NAMING_OTHER_THINGS.has(form) || CAPITALS_NAMING_OTHER_PLACES.has(form) || COMMON_GIVEN_NAMES.has(form)) continue;
    if (ABBREVIATIONS_NAMING_OTHER_THINGS.has(form)) continue;
    const [code] = codes;
    table.set(form, { code: code!, name: fold(form), kind: "subdivision", capital: false, language: false });
  }
  return table;
}

for (const [form, entry] of buildSubdivisions()) GAZETTEER.set(form, entry);

/**
 * The capitals set aside above, each with its country: "Praia" and "Kingston" still name the capital in a text
 * that names the country too, and only after a preposition of place.
 */
export const CAPITALS_SET_ASIDE: ReadonlyArray<{ name: string; code: string }> = worldCountries.flatMap((c) =>
  (c.capital ?? []).filter((cap) => CAPITALS_NAMING_OTHER_PLACES.has(cap)).map((cap) => ({ name: cap, code: c.cca2 })),
);
/**
 * Capitals named after their country ("Kuwait City", "Singapore", "Djibouti", "Luxembourg", "Panama City"), by country
 * code: "à Koweït", "à Singapour" name the town, where "au Koweït" names the country.
 */
const CAPITALS_NAMED_AFTER_COUNTRY: ReadonlyMap<string, string> = new Map(
  worldCountries.flatMap((c) => {
    const capital = c.capital?.[0];
    return capital?.startsWith(c.name.common) ? [[c.cca2, capital] as [string, string]] : [];
  }),
);

/**
 * "signed in Macao", "a meeting in Gibraltar": a territory of one town, with no capital of its own in the data or a capital
 * named after it, is that town after "in" or "at".
 */
const ONE_TOWN_TERRITORIES: ReadonlySet<string> = new Set(
  worldCountries.filter((c) => (!c.capital?.length || c.capital[0]!.startsWith(c.name.common)) && c.area < 100).map((c) => c.cca2),
);

export function isOneTownTerritory(code: string): boolean {
  return ONE_TOWN_TERRITORIES.has(code);
}

export function capitalNamedAfter(code: string): string | null {
  return CAPITALS_NAMED_AFTER_COUNTRY.get(code) ?? null;
}
/** The longest form in words, to bound the look-up. */
export const GAZETTEER_MAX_WORDS = Math.max(...[...GAZETTEER.keys()].map((k) => k.split(/[\s-]+/).length));
/** For each word a form can start with, the most words a form starting with it has: most words start none. */
export const GAZETTEER_FIRST_WORDS = new Map<string, number>();
for (const k of GAZETTEER.keys()) {
  const words = k.split(/[\s-]+/);
  const first = words[0]!.replace(/\.$/, "");
  GAZETTEER_FIRST_WORDS.set(first, Math.max(GAZETTEER_FIRST_WORDS.get(first) ?? 0, words.length));
}

/**
 * Names and demonyms two or more states share: "Korean" and "Corée" for either Korea, "congolais" for either Congo,
 * "Guinea" and "guinéen" for Guinea, Guinea-Bissau, Equatorial Guinea and the end of Papua New Guinea, "soudanais" for
 * either Sudan. The gazetteer reads each as one state; in a text about a pair holding another of the group, it is that
 * member.
 */
const SHARED_NAMES: ReadonlyArray<{ codes: readonly string[]; form: RegExp }> = [
  { codes: ["KR", "KP"], form: /^(?:korean?s?|corée|coréen(?:ne)?s?)$/iu },
  { codes: ["CG", "CD"], form: /^(?:congo(?:lese)?|congolais(?:es?)?)$/iu },
  { codes: ["GN", "GW", "GQ", "PG"], form: /^(?:guinea|guineans?|guinée|guinéen(?:ne)?s?)$/iu },
  { codes: ["SD", "SS"], form: /^(?:sudan(?:ese)?|soudan(?:ais(?:es?)?)?)$/iu },
];

/** Whether the words read as the state are a name or a demonym it shares with another ("Korean", "congolais"). */
export const isSharedName = (code: string, words: string) => SHARED_NAMES.some((g) => g.codes.includes(code) && g.form.test(words));

/** The one member of the pair sharing a name with the state read, when that state is not of the pair; null otherwise. */
export function pairMemberSharingName(code: string, pair: readonly string[]): string | null {
  if (pair.includes(code)) return null;
  const group = SHARED_NAMES.find((g) => g.codes.includes(code));
  const members = group ? pair.filter((c) => group.codes.includes(c)) : [];
  return members.length === 1 ? members[0]! : null;
}
