/**
 * What this deployment tracks: the pairs of countries and how the site names them. Ties is not
 * tied to one pair; a deployment sets TIES_PAIRS (ISO codes: "KR,CA", "KR,CA;US,JP", or "US,*"
 * for every pair with one country) and, optionally, the names of a single pair.
 */
import { countryRecords, type Locale, type TrackedPair, ZTrackedPairs } from "@ties/domain";
import { siteEnv } from "./env";
import { formatList } from "../i18n/format";

const NAMES: Record<string, { short: string; long: string }> = {
  KR: { short: "Korea", long: "the Republic of Korea" },
  CA: { short: "Canada", long: "Canada" },
};

export interface Site {
  pairs: TrackedPair[];
  /** "Korea–Canada" */
  label: string;
  /** "the Republic of Korea and Canada" */
  between: string;
}

function nameOf(code: string): { short: string; long: string } {
  if (NAMES[code]) return NAMES[code];
  const name = countryRecords().find((c) => c.code === code)?.name.en ?? code;
  return { short: name, long: name };
}

let cached: Site | null = null;
export function site(): Site {
  if (cached) return cached;
  const settings = siteEnv();
  const pairs = ZTrackedPairs.parse(settings.TIES_PAIRS ?? settings.TIES_PAIR ?? "KR,CA");
  // TIES_PAIR_NAMES="Korea|the Republic of Korea,Canada|Canada" overrides the built-in names.
  const custom = settings.TIES_PAIR_NAMES?.split(",").map((n) => {
    const [short, long] = n.split("|").map((x) => x.trim());
    return { short: short ?? n, long: long ?? short ?? n };
  });
  const name = (code: string, i: number) => (pairs.length === 1 ? custom?.[i] : undefined) ?? nameOf(code);
  const labels = pairs.map(([a, b]) => {
    const na = name(a, 0);
    if (b === "*") return { label: `${na.short} and its partners`, between: `${na.long} and its partners` };
    const nb = name(b, 1);
    return { label: `${na.short}–${nb.short}`, between: `${na.long} and ${nb.long}` };
  });
  cached = { pairs, label: labels.map((l) => l.label).join(", "), between: labels.map((l) => l.between).join("; ") };
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
  const only = s.pairs.length === 1 ? s.pairs[0]! : null;
  if (!only || only[1] === "*") return { label: s.label, between: s.between };
  const names = only.map((code) => LOCAL_NAMES[locale][code]);
  if (names.some((n) => !n)) return { label: s.label, between: s.between };
  const [a, b] = names as [{ short: string; long: string }, { short: string; long: string }];
  return { label: `${a.short}–${b.short}`, between: formatList([a.long, b.long], locale) };
}
