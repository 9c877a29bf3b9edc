/** Reading claims: what sources state and the curators' verdicts, with the sources for and against. */
import {
  type ClaimDetail,
  type ClaimListInput,
  type ClaimSummary,
  type PublicationState,
  type RecordRef,
  ZClaimDetail,
  ZClaimSummary,
} from "@ties/domain";
import type { Db } from "../client";
import { wordsOf } from "./search-filter";
import type { Prisma } from "../generated/prisma/client";
import { afterKey, pageOf } from "./cursor";
import { type RefKey, resolveRefs } from "./record-refs";

export const claimSummarySelect = {
  id: true,
  slug: true,
  statement: true,
  verdict: true,
  rank: true,
  value: true,
  subjectKind: true,
  subjectId: true,
  subjectField: true,
  reasoning: true,
  source: { select: { id: true, slug: true, title: true, publisherName: true, grade: true } },
  state: true,
} satisfies Prisma.ClaimSelect;

const sourceRefSelect = claimSummarySelect.source.select;

type SummaryRow = Prisma.ClaimGetPayload<{ select: typeof claimSummarySelect }>;

/** The records the claims are about, to resolve with `resolveRefs`. */
export const claimSubjects = (rows: readonly SummaryRow[]): RefKey[] =>
  rows.flatMap((r) => (r.subjectKind && r.subjectId ? [{ kind: r.subjectKind, id: r.subjectId }] : []));

/**
 * Claim summaries with their subjects resolved; a subject the reader may not see is left out. A caller that resolves
 * other references too passes them resolved with the claims' subjects (`claimSubjects`), in one statement.
 */
export async function toClaimSummaries(
  db: Db,
  rows: SummaryRow[],
  opts: { publicOnly: boolean },
  resolved?: Map<string, RecordRef>,
): Promise<ClaimSummary[]> {
  const refs = resolved ?? (await resolveRefs(db, claimSubjects(rows), opts));
  return rows.map((r) => {
    const subject: RecordRef | undefined = r.subjectKind && r.subjectId ? refs.get(`${r.subjectKind}:${r.subjectId}`) : undefined;
    return ZClaimSummary.parse({
      id: r.id,
      slug: r.slug,
      statement: r.statement,
      verdict: r.verdict,
      rank: r.rank,
      value: r.value,
      subject: subject ? { ...subject, field: r.subjectField } : null,
      reasoning: r.reasoning,
      source: r.source,
      state: r.state,
    });
  });
}

/** Ordered by slug (unique), then id. */
export async function listClaims(
  db: Db,
  input: ClaimListInput,
  opts: { publicOnly: boolean; state?: PublicationState },
): Promise<{ items: ClaimSummary[]; nextCursor: string | null }> {
  const where: Prisma.ClaimWhereInput[] = [];
  if (opts.publicOnly) where.push({ state: "published", source: { state: "published" } });
  else if (opts.state) where.push({ state: opts.state });
  if (input.verdict) where.push({ verdict: input.verdict });
  if (input.source) where.push({ source: { OR: [{ id: input.source }, { slug: input.source }] } });
  if (input.subjectKind) where.push({ subjectKind: input.subjectKind });
  if (input.subjectId) where.push({ subjectId: input.subjectId });
  for (const word of wordsOf(input.q)) where.push({ statement: { contains: word, mode: "insensitive" } });
  if (input.cursor) {
    where.push(afterKey(input.cursor, "slug"));
  }
  const rows = await db.claim.findMany({
    where: { AND: where },
    orderBy: [{ slug: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: claimSummarySelect,
  });
  const page = pageOf(
    rows,
    input.limit,
    (r) => r,
    (r) => [r.slug, r.id],
  );
  return { items: await toClaimSummaries(db, page.items, opts), nextCursor: page.nextCursor };
}

export async function getClaim(db: Db, idOrSlug: string, opts: { publicOnly: boolean }): Promise<ClaimDetail | null> {
  const pub = opts.publicOnly ? { state: "published" } : {};
  const r = await db.claim.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...pub, ...(opts.publicOnly ? { source: { state: "published" } } : {}) },
    select: {
      ...claimSummarySelect,
      quote: true,
      start: true,
      end: true,
      version: true,
      supportingSourceIds: true,
      opposingSourceIds: true,
    },
  });
  if (!r) return null;
  const others = await db.source.findMany({
    where: { id: { in: [...r.supportingSourceIds, ...r.opposingSourceIds] }, ...pub },
    select: sourceRefSelect,
  });
  const byId = new Map(others.map((s) => [s.id, s]));
  const pick = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const [summary] = await toClaimSummaries(db, [r], opts);
  return ZClaimDetail.parse({
    ...summary,
    quote: r.quote,
    start: r.start,
    end: r.end,
    supportingSources: pick(r.supportingSourceIds),
    opposingSources: pick(r.opposingSourceIds),
    version: r.version,
  });
}
