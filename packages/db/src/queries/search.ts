/**
 * Full-text search across published events, agreements, people, organisations and sources,
 * ranked with ts_rank over each table's "searchText" (the GIN-indexed `ties_search_vector`), with
 * the matched passage from ts_headline. Keyset-paginated on (rank, kind, id).
 */
import { SEARCH_KINDS, type SearchHit, type SearchInput, TiesError, ZSearchHit, ZSearchKind } from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, pageOf } from "./cursor";

// Private-use characters mark matches: they cannot occur in curated text, so splitting on them is safe.
const START = "\uE000";
const STOP = "\uE001";
const HEADLINE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Each kind's matching rows. The match is written per table, against the indexed expression and
 * with the query as a constant, so PostgreSQL answers it from the GIN index instead of scanning.
 */
const TABLES: Record<(typeof SEARCH_KINDS)[number], (q: string) => Prisma.Sql> = {
  event: (q) =>
    Prisma.sql`SELECT 'event' AS kind, id, slug, "titleEn" AS title, "searchText" AS body FROM "Event" WHERE ${matches(q)} AND state = 'published' AND "mergedIntoId" IS NULL`,
  agreement: (q) =>
    Prisma.sql`SELECT 'agreement', id, slug, CASE WHEN "shortName" IS NULL THEN "nameEn" ELSE "nameEn" || ' (' || "shortName" || ')' END, "searchText" FROM "Agreement" WHERE ${matches(q)} AND state = 'published'`,
  person: (q) => Prisma.sql`SELECT 'person', id, slug, name, "searchText" FROM "Person" WHERE ${matches(q)} AND state = 'published' AND "mergedIntoId" IS NULL`,
  organization: (q) =>
    Prisma.sql`SELECT 'organization', id, slug, "nameEn", "searchText" FROM "Organization" WHERE ${matches(q)} AND state = 'published' AND "mergedIntoId" IS NULL`,
  source: (q) => Prisma.sql`SELECT 'source', id, slug, title, "searchText" FROM "Source" WHERE ${matches(q)} AND state = 'published'`,
};

function matches(q: string): Prisma.Sql {
  return Prisma.sql`ties_search_vector("searchText") @@ ties_search_query(${q})`;
}

/** Splits a headline with match markers into parts a client can render without parsing markup. */
export function snippetParts(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return parts;
}

function decodeSearchCursor(cursor: string): { rank: number; kind: string; id: string } {
  const [rank, kind, id] = decodeCursor(cursor, 3);
  if (typeof rank !== "number" || !Number.isFinite(rank) || !ZSearchKind.safeParse(kind).success || typeof id !== "string") {
    throw new TiesError("VALIDATION", "The cursor is not valid", { fields: { cursor: ["Not a cursor this search produced"] } });
  }
  return { rank, kind: String(kind), id };
}

export async function searchRecords(db: Db, input: SearchInput): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
  const kinds = input.kinds ?? SEARCH_KINDS;
  const union = Prisma.join(
    kinds.map((k) => TABLES[k](input.q)),
    " UNION ALL ",
  );
  const after = input.cursor ? decodeSearchCursor(input.cursor) : null;
  const afterCond = after
    ? Prisma.sql`WHERE r.rank < ${after.rank}::float8 OR (r.rank = ${after.rank}::float8 AND (r.kind, r.id) > (${after.kind}, ${after.id}))`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ kind: string; id: string; slug: string; title: string; rank: number; headline: string }[]>`
    WITH q AS (SELECT ties_search_query(${input.q}) AS query),
    ranked AS (
      SELECT h.kind, h.id, h.slug, h.title, h.body, ts_rank(ties_search_vector(h.body), q.query)::float8 AS rank
        FROM (${union}) h, q
    ),
    page AS (
      SELECT * FROM ranked r ${afterCond} ORDER BY r.rank DESC, r.kind ASC, r.id ASC LIMIT ${input.limit + 1}
    )
    SELECT p.kind, p.id, p.slug, p.title, p.rank,
           CASE WHEN strpos(h.plain, ${START}) > 0 THEN h.plain ELSE h.folded END AS headline
      FROM page p, q,
      LATERAL (SELECT ts_headline('english', p.body, q.query, ${HEADLINE_OPTIONS}) AS plain,
                      ts_headline('english', public.unaccent('public.unaccent'::regdictionary, p.body), q.query, ${HEADLINE_OPTIONS}) AS folded) h
     ORDER BY p.rank DESC, p.kind ASC, p.id ASC`;
  return pageOf(
    rows,
    input.limit,
    (r) => ZSearchHit.parse({ kind: r.kind, id: r.id, slug: r.slug, title: r.title, rank: r.rank, snippet: snippetParts(r.headline) }),
    (r) => [r.rank, r.kind, r.id],
  );
}
