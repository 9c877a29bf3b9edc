/** Areas of cooperation from the domain taxonomy, recognised by their English and French vocabulary. */
import { AREA_TAXONOMY } from "@ties/domain";
import type { Span } from "./text-span";

export interface AreaHit extends Span {
  text: string;
  slug: string;
  hits: number;
}

const VOCABULARY: Record<string, RegExp> = {
  "security-defence": /\b(?:defen[cs]e|security|military|submarines?|armed forces|national security|sécurité|défense|militaires?)\b/giu,
  maritime: /\b(?:maritime|coast guards?|naval|navy|sea lanes|garde[- ]côtière|marine)\b/giu,
  "economy-trade": /\b(?:trade|econom(?:y|ic|ies)|investments?|tariffs?|free trade|business|commerce|économi(?:e|que)s?|investissements?|commerciale?s?)\b/giu,
  "critical-minerals": /\b(?:critical minerals?|supply chains?|minéraux critiques|minerais critiques|chaînes d['’]approvisionnement|batter(?:y|ies))\b/giu,
  energy: /\b(?:energy|LNG|hydrogen|nuclear power|énergie|énergétiques?)\b/giu,
  climate: /\b(?:climate|carbon|emissions?|net[- ]zero|wildfires?|climat|climatiques?)\b/giu,
  technology: /\b(?:technolog(?:y|ies|ical)|innovation|artificial intelligence|AI|quantum|semiconductors?|R&D|science|technologies?|intelligence artificielle)\b/giu,
  health: /\b(?:health|pandemic|vaccines?|santé)\b/giu,
  "culture-people": /\b(?:culture|cultural|people-to-people|youth|exchanges?|education|tourism|jeunesse|échanges?|culturel(?:le)?s?)\b/giu,
  "human-rights": /\b(?:human rights|gender equality|women and girls|droits de la personne|droits humains|droits de l['’]homme|égalité des genres)\b/giu,
  "north-korea": /\b(?:North Korea|DPRK|Pyongyang|denucleari[sz]\w*|Corée du Nord|dénucléarisation)\b/gu,
  "multilateral-order": /\b(?:rules-based international (?:order|system)|United Nations|multilateral\w*|G7|G20|OECD|APEC|ordre international fondé sur des règles|multilatéra\w*)\b/giu,
  arctic: /\b(?:Arctic|Arctique)\b/gu,
  development: /\b(?:development cooperation|development assistance|ODA|humanitarian|aide au développement|développement international)\b/giu,
};

export function findAreas(text: string): AreaHit[] {
  const out: AreaHit[] = [];
  for (const area of AREA_TAXONOMY) {
    const re = VOCABULARY[area.slug];
    if (!re) continue;
    re.lastIndex = 0;
    let first: RegExpExecArray | null = null;
    let hits = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      first ??= m;
      hits++;
    }
    if (first) out.push({ start: first.index, end: first.index + first[0].length, text: first[0], slug: area.slug, hits });
  }
  return out;
}
