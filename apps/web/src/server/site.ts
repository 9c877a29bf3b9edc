/**
 * What this deployment tracks: the pair of countries and how the site names them. Ties is not
 * tied to one pair; a deployment sets TIES_PAIR (ISO codes) and, optionally, the names.
 */
import { type Locale, ZCountryPair } from "@ties/domain";
import { z } from "zod";
import { siteEnv } from "./env";

const NAMES: Record<string, { short: string; long: string }> = {
  KR: { short: "Korea", long: "the Republic of Korea" },
  CA: { short: "Canada", long: "Canada" },
};

const ZPairCodes = z
  .string()
  .transform((s) => s.split(",").map((c) => c.trim().toUpperCase()))
  .pipe(ZCountryPair);

export interface Site {
  pair: [string, string];
  /** "Korea–Canada" */
  label: string;
  /** "the Republic of Korea and Canada" */
  between: string;
}

let cached: Site | null = null;
export function site(): Site {
  if (cached) return cached;
  const settings = siteEnv();
  const [a, b] = ZPairCodes.parse(settings.TIES_PAIR);
  // TIES_PAIR_NAMES="Korea|the Republic of Korea,Canada|Canada" overrides the built-in names.
  const custom = settings.TIES_PAIR_NAMES?.split(",").map((n) => {
    const [short, long] = n.split("|").map((x) => x.trim());
    return { short: short ?? n, long: long ?? short ?? n };
  });
  const name = (code: string, i: number) => custom?.[i] ?? NAMES[code] ?? { short: code, long: code };
  const [na, nb] = [name(a, 0), name(b, 1)];
  cached = { pair: [a, b], label: `${na.short}–${nb.short}`, between: `${na.long} and ${nb.long}` };
  return cached;
}

/** The pair's names in each interface language (the built-in pair; other pairs use their given or English names). */
const LOCAL_NAMES: Record<Exclude<Locale, "en">, Record<string, { short: string; long: string }>> = {
  fr: { KR: { short: "Corée", long: "la République de Corée" }, CA: { short: "Canada", long: "le Canada" } },
  ko: { KR: { short: "한국", long: "대한민국" }, CA: { short: "캐나다", long: "캐나다" } },
};

export function siteName(locale: Locale): { label: string; between: string } {
  const s = site();
  if (locale === "en" || siteEnv().TIES_PAIR_NAMES) return { label: s.label, between: s.between };
  const names = s.pair.map((code) => LOCAL_NAMES[locale][code]);
  if (names.some((n) => !n)) return { label: s.label, between: s.between };
  const [a, b] = names as [{ short: string; long: string }, { short: string; long: string }];
  return { label: `${a.short}–${b.short}`, between: new Intl.ListFormat(locale, { type: "conjunction" }).format([a.long, b.long]) };
}
