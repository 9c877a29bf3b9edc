/**
 * What a sitemap lists: the addresses of published records, by kind, a slice at a time. The
 * sitemap protocol allows 50,000 addresses a file, and a record has a page in every language, so
 * a large record's sitemap is an index of many files; each file reads its slice by id order.
 * What counts as visible is what the public lists show: published, not merged into another, a
 * source published for a claim, and events and agreements of the tracked pairs.
 */
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { type PairScope, pairScopeSql } from "./pair-scope";

export const SITEMAP_KINDS = ["event", "agreement", "commitment", "person", "organization", "area", "source", "claim"] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

const TABLES: Record<SitemapKind, { table: string; merged?: true; parties?: true }> = {
  event: { table: "Event", merged: true, parties: true },
  agreement: { table: "Agreement", parties: true },
  commitment: { table: "Commitment" },
  person: { table: "Person", merged: true },
  organization: { table: "Organization", merged: true },
  area: { table: "Area" },
  source: { table: "Source" },
  claim: { table: "Claim" },
};

function visibleFrom(kind: SitemapKind, scope: Pick<PairScope, "pairs">): Prisma.Sql {
  const t = TABLES[kind];
  const conds = [Prisma.sql`r.state = 'published'`];
  if (t.merged) conds.push(Prisma.sql`r."mergedIntoId" IS NULL`);
  const pairs = t.parties ? pairScopeSql(Prisma.sql`r.parties`, scope) : null;
  if (pairs) conds.push(pairs);
  if (kind === "claim") conds.push(Prisma.sql`EXISTS (SELECT 1 FROM "Source" s WHERE s.id = r."sourceId" AND s.state = 'published')`);
  return Prisma.sql`FROM ${Prisma.raw(`"${t.table}"`)} r WHERE ${Prisma.join(conds, " AND ")}`;
}

/**
 * How many records of each kind the public may see. Events are counted from the kept menu counts
 * ("EventFacet": published, unmerged events by type and parties), a few thousand rows however many
 * events there are.
 */
export async function publishedCounts(db: Db, scope: Pick<PairScope, "pairs"> = {}): Promise<Record<SitemapKind, number>> {
  const count = (kind: SitemapKind) =>
    kind === "event"
      ? Prisma.sql`SELECT 'event'::text AS kind, coalesce(sum(events), 0)::int AS n FROM "EventFacet" WHERE menu = 'type' AND ${pairScopeSql(Prisma.sql`parties`, scope) ?? Prisma.sql`true`}`
      : Prisma.sql`SELECT ${kind}::text AS kind, count(*)::int AS n ${visibleFrom(kind, scope)}`;
  const rows = await db.$queryRaw<{ kind: SitemapKind; n: number }[]>(Prisma.sql`${Prisma.join(SITEMAP_KINDS.map(count), " UNION ALL ")}`);
  return Object.fromEntries(rows.map((r) => [r.kind, r.n])) as Record<SitemapKind, number>;
}

/** The slugs of one slice of a kind's visible records, in id order. */
export async function publishedSlugs(
  db: Db,
  kind: SitemapKind,
  slice: { offset: number; limit: number },
  scope: Pick<PairScope, "pairs"> = {},
): Promise<string[]> {
  const rows = await db.$queryRaw<{ slug: string }[]>(
    Prisma.sql`SELECT r.slug ${visibleFrom(kind, scope)} ORDER BY r.id OFFSET ${slice.offset} LIMIT ${slice.limit}`,
  );
  return rows.map((r) => r.slug);
}
