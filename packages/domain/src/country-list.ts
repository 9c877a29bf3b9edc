/**
 * Every country as a `Country` record, from the maintained ISO 3166 dataset `i18n-iso-countries`
 * (names in English, French and Korean, and the dataset's aliases as variants). A handful of
 * former states that historical records name (the Soviet Union, Yugoslavia...) have no current
 * ISO 3166-1 code; they keep their withdrawn ISO 3166-3 code, listed below.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import ko from "i18n-iso-countries/langs/ko.json" with { type: "json" };
import type { Country } from "./country";

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(ko);

/** Former states by their withdrawn ISO 3166-3 alpha-2 code (and XH, user-assigned, for Hawaii). */
export const FORMER_COUNTRIES: readonly Country[] = [
  { code: "SU", name: { en: "Soviet Union", fr: "Union soviétique", ko: "소련" }, variants: ["USSR", "U.S.S.R."] },
  { code: "YU", name: { en: "Yugoslavia", fr: "Yougoslavie", ko: "유고슬라비아" }, variants: ["Serbia and Montenegro"] },
  { code: "CS", name: { en: "Czechoslovakia", fr: "Tchécoslovaquie", ko: "체코슬로바키아" }, variants: [] },
  {
    code: "DD",
    name: { en: "German Democratic Republic", fr: "République démocratique allemande", ko: "독일 민주 공화국" },
    variants: ["East Germany"],
  },
  { code: "AN", name: { en: "Netherlands Antilles", fr: "Antilles néerlandaises", ko: "네덜란드령 안틸레스" }, variants: [] },
  { code: "XH", name: { en: "Kingdom of Hawaii", fr: "Royaume d'Hawaï", ko: "하와이 왕국" }, variants: ["Hawaii"] },
];

const pick = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

let all: Country[] | null = null;

/** Current ISO 3166-1 countries and the former states above, sorted by code. */
export function countryRecords(): Country[] {
  if (all) return all;
  const names = countries.getNames("en", { select: "all" });
  const current = Object.keys(countries.getAlpha2Codes()).map((code): Country => {
    const variants = (names[code] ?? []).slice(1);
    const frName = pick(countries.getName(code, "fr", { select: "official" }));
    const koName = pick(countries.getName(code, "ko", { select: "official" }));
    return {
      code,
      name: {
        en: pick(countries.getName(code, "en", { select: "official" })) ?? code,
        ...(frName ? { fr: frName } : {}),
        ...(koName ? { ko: koName } : {}),
      },
      variants,
    };
  });
  all = [...current, ...FORMER_COUNTRIES].sort((a, b) => a.code.localeCompare(b.code));
  return all;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

let index: Map<string, string> | null = null;

/** The code of a country named in English ("South Korea", "Korea, South", "U.S.S.R."), or null. */
export function countryCodeByName(name: string): string | null {
  if (!index) {
    index = new Map();
    for (const c of countryRecords()) for (const n of [c.name.en, ...c.variants]) if (!index.has(fold(n))) index.set(fold(n), c.code);
  }
  const key = fold(name);
  if (!key) return null;
  const direct = index.get(key);
  if (direct) return direct;
  // "Korea, South" is "South Korea"; "Congo, Democratic Republic of" is "Democratic Republic of the Congo".
  const comma = /^([^,]+),\s*(.+)$/.exec(name.trim());
  if (!comma) return null;
  return index.get(fold(`${comma[2]} ${comma[1]}`)) ?? index.get(fold(`${comma[2]} the ${comma[1]}`)) ?? null;
}
