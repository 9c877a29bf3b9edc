/** Areas of cooperation from the domain taxonomy, recognised by their English and French vocabulary. */
import { AREA_TAXONOMY } from "@ties/domain";
import type { Span } from "./text-span";

export interface AreaHit extends Span {
  text: string;
  slug: string;
  hits: number;
}

const VOCABULARY: Record<string, RegExp> = {
  "security-defence":
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:defen[cs]e|security|military|submarines?|armed forces|national security|sécurité|défense|militaires?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  maritime:
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:maritime|coast guards?|naval|navy|sea lanes|garde[- ]côtière|marine)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  "economy-trade":
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:trade|econom(?:y|ic|ies)|investments?|tariffs?|free trade|business|commerce|économi(?:e|que)s?|investissements?|commerciale?s?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  "critical-minerals":
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:critical minerals?|supply chains?|minéraux critiques|minerais critiques|chaînes d['’]approvisionnement|batter(?:y|ies))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  energy:
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:energy|LNG|hydrogen|nuclear power|énergie|énergétiques?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  climate:
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:climate|carbon|emissions?|net[- ]zero|wildfires?|climat|climatiques?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  technology:
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:technolog(?:y|ies|ical)|innovation|artificial intelligence|AI|quantum|semiconductors?|R&D|science|technologies?|intelligence artificielle)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  health: /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:health|pandemic|vaccines?|santé)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  "culture-people":
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:culture|cultural|people-to-people|youth|exchanges?|education|tourism|jeunesse|échanges?|culturel(?:le)?s?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  "human-rights":
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:human rights|gender equality|women and girls|droits de la personne|droits humains|droits de l['’]homme|égalité des genres)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  "north-korea":
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:North Korea|DPRK|Pyongyang|denucleari[sz]\w*|Corée du Nord|dénucléarisation)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/gu,
  "multilateral-order":
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:rules-based international (?:order|system)|United Nations|multilateral\w*|G7|G20|OECD|APEC|ordre international fondé sur des règles|multilatéra\w*)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  arctic: /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:Arctic|Arctique)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/gu,
  development:
    /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:development cooperation|development assistance|ODA|humanitarian|aide au développement|développement international)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
};

/** Case-folded copies of the vocabularies: matching lower-cased text without the "i" flag is much faster. */
const FOLDED: Record<string, RegExp> = Object.fromEntries(
  Object.entries(VOCABULARY).map(([slug, re]) => [
    slug,
    new RegExp(
      re.flags.includes("i")
        ? re.source
            .toLowerCase()
            .replace(/\\p\{l\}/g, "\\p{L}")
            .replace(/\\p\{n\}/g, "\\p{N}")
        : re.source,
      re.flags.replace("i", ""),
    ),
  ]),
);

export function findAreas(text: string): AreaHit[] {
  const out: AreaHit[] = [];
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few characters (Turkish dotted I); then offsets need the slow path.
  const folded = lower.length === text.length;
  for (const area of AREA_TAXONOMY) {
    const source = VOCABULARY[area.slug];
    if (!source) continue;
    const caseless = source.flags.includes("i");
    const re = folded && caseless ? FOLDED[area.slug]! : source;
    const haystack = folded && caseless ? lower : text;
    re.lastIndex = 0;
    let first: RegExpExecArray | null = null;
    let hits = 0;
    for (let m = re.exec(haystack); m; m = re.exec(haystack)) {
      first ??= m;
      hits++;
    }
    if (first)
      out.push({
        start: first.index,
        end: first.index + first[0].length,
        text: text.slice(first.index, first.index + first[0].length),
        slug: area.slug,
        hits,
      });
  }
  return out;
}
