/**
 * Judgements only editors make: a source's grade and a claim's verdict (with the reasons and the
 * sources for and against). A curator may draft a source or a claim, but its judgement fields stay
 * as they were (or, on a new record, at their defaults) whatever form or procedure the curator uses.
 */
import type { RecordKind } from "./common";
import { ZClaimInput, ZSourceInput } from "./source";

export const EDITOR_ONLY_FIELDS = {
  source: ["grade", "gradeReason"],
  claim: ["verdict", "reasoning", "supportingSourceIds", "opposingSourceIds"],
} as const satisfies Partial<Record<RecordKind, readonly string[]>>;

type JudgedKind = keyof typeof EDITOR_ONLY_FIELDS;
const isJudged = (kind: RecordKind): kind is JudgedKind => kind in EDITOR_ONLY_FIELDS;

const SHAPES = { source: ZSourceInput.shape, claim: ZClaimInput.shape } as const;

/** What a new record carries in each editor-only field when nobody has judged it yet. */
export function unjudgedValues(kind: JudgedKind): Record<string, unknown> {
  const shape = SHAPES[kind] as Record<string, { parse(v: unknown): unknown }>;
  return Object.fromEntries(EDITOR_ONLY_FIELDS[kind].map((f) => [f, shape[f]?.parse(undefined)]));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The editor-only fields a write would change: `before` is the record's input as stored, or null
 * for a new record (compared with the unjudged defaults). Empty for kinds without judgements.
 */
export function changedJudgements(kind: RecordKind, before: unknown, after: unknown): string[] {
  if (!isJudged(kind) || after === null || typeof after !== "object") return [];
  const base = (before && typeof before === "object" ? before : unjudgedValues(kind)) as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  return EDITOR_ONLY_FIELDS[kind].filter((f) => f in next && !same(base[f], next[f]));
}
