/**
 * Reading sources: metadata, grade, what each supports and the claims checked in it. The public
 * selects never read the `text` column: the full text stays with curators.
 */
import {
  GRADE_LABELS,
  type PublicationState,
  type SourceDetail,
  type SourceListInput,
  type SourceSummary,
  ZSourceDetail,
  ZSourceGrade,
  ZSourceSummary,
} from "@ties/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { claimSubjects, claimSummarySelect, toClaimSummaries } from "./claims";
import { decodeDateCursor, pageOf } from "./cursor";
import { resolveRefs } from "./record-refs";
import { idsMatching } from "./search-filter";

export const sourceSummarySelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  publisherName: true,
  url: true,
  publishedAt: true,
  publishedFirst: true,
  language: true,
  grade: true,
  state: true,
} satisfies Prisma.SourceSelect;

type SummaryRow = Prisma.SourceGetPayload<{ select: typeof sourceSummarySelect }>;
const toSummary = ({ publishedFirst: _, ...r }: SummaryRow): SourceSummary => ZSourceSummary.parse(r);

/** Latest publication first (undated last), then id. */
export async function listSources(
  db: Db,
  input: SourceListInput,
  opts: { publicOnly: boolean; state?: PublicationState },
): Promise<{ items: SourceSummary[]; nextCursor: string | null }> {
  const where: Prisma.SourceWhereInput[] = [];
  if (opts.publicOnly) where.push({ state: "published" });
  else if (opts.state) where.push({ state: opts.state });
  if (input.kind) where.push({ kind: input.kind });
  if (input.grade) where.push({ grade: input.grade });
  if (input.publisher) where.push({ OR: [{ publisherId: input.publisher }, { publisher: { slug: input.publisher } }] });
  if (input.q?.trim()) where.push({ id: { in: await idsMatching(db, "Source", input.q) } });
  if (input.from) where.push({ publishedFirst: { gte: new Date(`${input.from}T00:00:00Z`) } });
  if (input.to) where.push({ publishedFirst: { lte: new Date(`${input.to}T00:00:00Z`) } });
  if (input.cursor) {
    const { at, id } = decodeDateCursor(input.cursor);
    where.push(
      at === null
        ? { publishedFirst: null, id: { lt: id } }
        : { OR: [{ publishedFirst: { lt: at } }, { publishedFirst: at, id: { lt: id } }, { publishedFirst: null }] },
    );
  }
  const rows = await db.source.findMany({
    where: { AND: where },
    orderBy: [{ publishedFirst: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: input.limit + 1,
    select: sourceSummarySelect,
  });
  return pageOf(rows, input.limit, toSummary, (r) => [r.publishedFirst?.toISOString() ?? null, r.id]);
}

export async function getSource(db: Db, idOrSlug: string, opts: { publicOnly: boolean }): Promise<SourceDetail | null> {
  const pub = opts.publicOnly ? { state: "published" } : {};
  const r = await db.source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...pub },
    select: {
      ...sourceSummarySelect,
      publisher: { select: { id: true, slug: true, state: true } },
      publishedBasis: true,
      accessedAt: true,
      gradeReason: true,
      version: true,
      citations: {
        orderBy: [{ targetKind: "asc" }, { start: "asc" }, { id: "asc" }],
        select: { id: true, targetKind: true, targetId: true, field: true, quote: true, start: true, end: true },
      },
      claims: { where: pub, orderBy: [{ slug: "asc" }], select: claimSummarySelect },
    },
  });
  if (!r) return null;
  // What the source supports and what its claims are about, resolved together.
  const targets = await resolveRefs(
    db,
    [...r.citations.map((c) => ({ kind: c.targetKind, id: c.targetId })), ...claimSubjects(r.claims)],
    opts,
  );
  const grade = ZSourceGrade.parse(r.grade);
  const { publisher, citations, claims, gradeReason, publishedBasis, accessedAt, version, ...summary } = r;
  return ZSourceDetail.parse({
    ...toSummary(summary),
    publisher: publisher && (!opts.publicOnly || publisher.state === "published") ? { id: publisher.id, slug: publisher.slug } : null,
    publishedBasis,
    accessedAt,
    gradeLabel: GRADE_LABELS[grade],
    gradeReason,
    version,
    supports: citations.flatMap((c) => {
      const target = targets.get(`${c.targetKind}:${c.targetId}`);
      return target ? [{ citationId: c.id, target, field: c.field, quote: c.quote, start: c.start, end: c.end }] : [];
    }),
    claims: await toClaimSummaries(db, claims, opts, targets),
  });
}
