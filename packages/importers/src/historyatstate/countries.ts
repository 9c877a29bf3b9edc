/**
 * The dataset's country ids ("korea-south", "burma") and names ("Korea, South", "U.S.S.R.") to
 * ISO codes. Names are looked up in the ISO dataset first; the ids below are the dataset's own
 * vocabulary that no ISO name matches.
 */
import { countryCodeByName } from "@ties/domain";

const DATASET_IDS: Record<string, string> = {
  "korea-north": "KP",
  "korea-south": "KR",
  korea: "KR",
  burma: "MM",
  laos: "LA",
  "holy-see": "VA",
  taiwan: "TW",
  "palestinian-authority": "PS",
  "west-bank": "PS",
  macedonia: "MK",
  swaziland: "SZ",
  somoa: "WS",
  "congo-democratic-republic": "CD",
  "congo-kinshasa": "CD",
  "congo-republic": "CG",
  "cape-verde": "CV",
  "cote-divoire": "CI",
  "timor-leste": "TL",
  vietnam: "VN",
  brunei: "BN",
  micronesia: "FM",
  "saint-kitts-nevis": "KN",
  "saint-vincent-grenadines": "VC",
  "antigua-barbuda": "AG",
  "bosnia-herzegovina": "BA",
  czechoslovakia: "CS",
  "german-democratic-republic": "DD",
  yugoslavia: "YU",
  "netherlands-antilles": "AN",
  hawaii: "XH",
  kosovo: "XK",
  russia: "RU",
  syria: "SY",
  iran: "IR",
  tanzania: "TZ",
  moldova: "MD",
  bolivia: "BO",
  venezuela: "VE",
  "united-kingdom": "GB",
  "united-arab-emirates": "AE",
  turkiye: "TR",
  turkey: "TR",
  gambia: "GM",
  bahamas: "BS",
  "sao-tome-and-principe": "ST",
  "saint-lucia": "LC",
};

/** Names the ISO dataset reads otherwise: the Republic of China is Taiwan's government, not the PRC. */
const DATASET_NAMES: Record<string, string> = {
  "China, Republic of": "TW",
  "Republic of China": "TW",
};

/** The ISO code for a dataset country, trying its name, the name outside and inside brackets, then its id. */
export function countryCodeFor(id: string, name: string): string | null {
  if (DATASET_NAMES[name.trim()]) return DATASET_NAMES[name.trim()]!;
  const outside = name.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  const inside = /\(([^)]*)\)/.exec(name)?.[1] ?? "";
  for (const n of [name, outside, inside]) {
    const code = n ? countryCodeByName(n) : null;
    if (code) return code;
  }
  return DATASET_IDS[id] ?? countryCodeByName(id.replace(/-/g, " "));
}
