/** Areas of cooperation from the domain taxonomy, recognised by their English and French vocabulary. */
import { AREA_TAXONOMY } from "@ties/domain";
import type { Span } from "./text-span";
import { wordStart } from "./word-start";

export interface AreaHit extends Span {
  text: string;
  slug: string;
  hits: number;
}

const VOCABULARY: Record<string, RegExp> = {
  "security-defence": wordStart(
    /(?<![\p{L}\p{N}])(?:defen[cs]e|security|military|submarines?|armed forces|national security|sécurité|défense|militaires?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  maritime: wordStart(
    /(?<![\p{L}\p{N}])(?:maritime|coast guards?|naval|navy|sea lanes|garde[- ]côtière|marine)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  "economy-trade": wordStart(
    /(?<![\p{L}\p{N}])(?:trade|econom(?:y|ic|ies)|investments?|tariffs?|free trade|business|commerce|économi(?:e|que)s?|investissements?|commerciale?s?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  "critical-minerals": wordStart(
    /(?<![\p{L}\p{N}])(?:critical minerals?|supply chains?|minéraux critiques|minerais critiques|chaînes d['’]approvisionnement|batter(?:y|ies))(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  energy: wordStart(
    /(?<![\p{L}\p{N}])(?:energy|LNG|hydrogen|nuclear power|énergie|énergétiques?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  climate: wordStart(
    /(?<![\p{L}\p{N}])(?:climate|carbon|emissions?|net[- ]zero|wildfires?|climat|climatiques?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  technology: wordStart(
    /(?<![\p{L}\p{N}])(?:technolog(?:y|ies|ical)|innovation|artificial intelligence|AI|quantum|semiconductors?|R&D|science|technologies?|intelligence artificielle)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  health: wordStart(/(?<![\p{L}\p{N}])(?:health|pandemic|vaccines?|santé)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu),
  "culture-people": wordStart(
    /(?<![\p{L}\p{N}])(?:culture|cultural|people-to-people|youth|exchanges?|education|tourism|jeunesse|échanges?|culturel(?:le)?s?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  "human-rights": wordStart(
    /(?<![\p{L}\p{N}])(?:human rights|gender equality|women and girls|droits de la personne|droits humains|droits de l['’]homme|égalité des genres)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  "north-korea": wordStart(
    /(?<![\p{L}\p{N}])(?:North Korea|DPRK|Pyongyang|denucleari[sz]\w*|Corée du Nord|dénucléarisation)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/gu,
  ),
  "multilateral-order": wordStart(
    /(?<![\p{L}\p{N}])(?:rules-based international (?:order|system)|United Nations|multilateral\w*|G7|G20|OECD|APEC|ordre international fondé sur des règles|multilatéra\w*)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
  arctic: wordStart(/(?<![\p{L}\p{N}])(?:Arctic|Arctique)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/gu),
  development: wordStart(
    /(?<![\p{L}\p{N}])(?:development cooperation|development assistance|ODA|humanitarian|aide au développement|développement international)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/giu,
  ),
};

/**
 * What every vocabulary is written between: no letter or digit before its first word (a look-behind alone, which the
 * engine tries faster than an alternation at every position) and none after its last.
 */
const WORD_START = "(?<![\\p{L}\\p{N}])";
const WORD_END = "(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))";

/** A vocabulary's words alone, without the boundaries every vocabulary is written between. */
function words(re: RegExp): string {
  if (!re.source.startsWith(WORD_START) || !re.source.endsWith(WORD_END)) throw new Error(`Unbounded vocabulary: ${re.source}`);
  return re.source.slice(WORD_START.length, -WORD_END.length);
}

const SLUGS = Object.keys(VOCABULARY);

/**
 * All vocabularies in one expression per case (one group per area), so the text is scanned twice rather than once per
 * area: lower-cased for the caseless vocabularies, as written for the others. No word belongs to two areas.
 */
function combined(caseless: boolean): RegExp {
  const parts = SLUGS.filter((slug) => VOCABULARY[slug]!.flags.includes("i") === caseless).map((slug) => {
    const body = words(VOCABULARY[slug]!);
    return `(?<a${SLUGS.indexOf(slug)}>${
      caseless
        ? body
            .toLowerCase()
            .replace(/\\p\{l\}/g, "\\p{L}")
            .replace(/\\p\{n\}/g, "\\p{N}")
        : body
    })`;
  });
  return new RegExp(`${WORD_START}(?:${parts.join("|")})${WORD_END}`, "gu");
}
const CASELESS = wordStart(combined(true));
const CASED = wordStart(combined(false));
const CASELESS_SLOW = new RegExp(CASELESS.source, "giu");

export function findAreas(text: string): AreaHit[] {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few characters (Turkish dotted I); then offsets need the slow path.
  const folded = lower.length === text.length;
  const found = new Map<string, { first: RegExpExecArray; hits: number }>();
  for (const [re, haystack] of [
    [folded ? CASELESS : CASELESS_SLOW, folded ? lower : text],
    [CASED, text],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(haystack); m; m = re.exec(haystack)) {
      const group = Object.keys(m.groups!).find((g) => m!.groups![g] !== undefined)!;
      const slug = SLUGS[Number(group.slice(1))]!;
      const seen = found.get(slug);
      if (seen) seen.hits++;
      else found.set(slug, { first: m, hits: 1 });
    }
  }
  const out: AreaHit[] = [];
  for (const area of AREA_TAXONOMY) {
    const hit = found.get(area.slug);
    if (!hit) continue;
    const { first, hits } = hit;
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
