/**
 * Who held a role at an organisation on a given day. Position dates may be imprecise ("2024-01",
 * "2024") and the end may be open; a day inside an imprecise boundary period is a "possible" match.
 */
import { type Day, periodEnd, periodStart } from "./partial-date";

export interface PositionSpan {
  role: string;
  organizationId: string;
  title: { en: string; fr?: string; ko?: string };
  titleVariants: readonly string[];
  start: string | null;
  end: string | null;
}

export type HolderCertainty = "certain" | "possible";

// Accents are stripped under NFKD, then NFC recomposes Hangul: left decomposed into jamo, every
// Korean label would fall outside 가-힣 and normalise to "", matching any other Korean label.
const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^a-z0-9가-힣]+/g, " ")
    .trim();

/** True when `query` names this position's role: its key, its title in any language, or a variant. */
export function matchesRole(position: PositionSpan, query: string): boolean {
  const q = norm(query);
  if (q === "") return false;
  if (q === norm(position.role)) return true;
  const labels = [position.title.en, position.title.fr, position.title.ko, ...position.titleVariants].filter((l): l is string => !!l);
  return labels.some((l) => norm(l) === q);
}

/** Whether the position covered `day`: certainly, possibly (imprecise boundary), or not at all. */
export function positionCovers(position: Pick<PositionSpan, "start" | "end">, day: Day): HolderCertainty | null {
  let certain = true;
  if (position.start) {
    if (day < periodStart(position.start)) return null;
    if (day < periodEnd(position.start) && position.start.length < 10) certain = false;
  }
  if (position.end) {
    if (day > periodEnd(position.end)) return null;
    if (day > periodStart(position.end) && position.end.length < 10) certain = false;
  }
  return certain ? "certain" : "possible";
}

export function holdersOn<T extends PositionSpan>(
  positions: readonly T[],
  query: { role: string; organizationId: string; day: Day },
): { position: T; certainty: HolderCertainty }[] {
  const out: { position: T; certainty: HolderCertainty }[] = [];
  for (const p of positions) {
    if (p.organizationId !== query.organizationId || !matchesRole(p, query.role)) continue;
    const certainty = positionCovers(p, query.day);
    if (certainty) out.push({ position: p, certainty });
  }
  return out.sort((a, b) => (a.certainty === b.certainty ? 0 : a.certainty === "certain" ? -1 : 1));
}
