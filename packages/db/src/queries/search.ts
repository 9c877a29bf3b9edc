/**
 * Full-text search across published events, agreements, people, organisations and sources,
 * ranked with ts_rank over each table's stored "searchVector" (GIN-indexed), with the matched
 * passage from ts_headline. Keyset-paginated on (rank, kind, id).
 *
 * Ranking reads every candidate, so each kind offers at most CANDIDATES_PER_KIND of them: the most
 * recent matching events (found as the timeline finds them, see `eventsMatching`), and for the
 * other kinds the first matches in index order. A word on fewer records than that is ranked over
 * all of them; a word on a sixth of a million events is ranked over its most recent ones, so the
 * time a search takes does not grow with the record.
 */
import { SEARCH_KINDS, type SearchHit, type SearchInput, TiesError, ZSearchKind } from "@ties/domain";
import { type Db, PLANNED_ONCE, readRows } from "../client";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, pageOf } from "./cursor";
import { eventsMatching, textMatch } from "./search-filter";

// Private-use characters mark matches: they cannot occur in curated text, so splitting on them is safe.
const START = "\uE000";
const STOP = "\uE001";
const HEADLINE_OPTIONS = `StartSel="${START}", StopSel="${STOP}", MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** How many records of each kind a search ranks at most. */
export const CANDIDATES_PER_KIND = 200;

type Kind = (typeof SEARCH_KINDS)[number];

/**
 * Each kind's candidates as (kind, id, slug, title, body, vector). Events come as ids already
 * chosen; the other kinds match against their indexed column with the query as a constant, so
 * PostgreSQL answers from the GIN index.
 */
const CANDIDATES: Record<Exclude<Kind, "event">, (q: string) => Prisma.Sql> = {
  agreement: (q) =>
    Prisma.sql`SELECT 'agreement', id, slug, CASE WHEN "shortName" IS NULL THEN "nameEn" ELSE "nameEn" || ' (' || "shortName" || ')' END, "searchText", "searchVector" FROM "Agreement" WHERE ${textMatch(q)} AND state = 'published'`,
  person: (q) =>
    Prisma.sql`SELECT 'person', id, slug, name, "searchText", "searchVector" FROM "Person" WHERE ${textMatch(q)} AND state = 'published' AND "mergedIntoId" IS NULL`,
  organization: (q) =>
    Prisma.sql`SELECT 'organization', id, slug, "nameEn", "searchText", "searchVector" FROM "Organization" WHERE ${textMatch(q)} AND state = 'published' AND "mergedIntoId" IS NULL`,
  source: (q) =>
    Prisma.sql`SELECT 'source', id, slug, title, "searchText", "searchVector" FROM "Source" WHERE ${textMatch(q)} AND state = 'published'`,
};

async function candidates(db: Db, kind: Kind, q: string): Promise<Prisma.Sql | null> {
  if (kind !== "event") return Prisma.sql`(${CANDIDATES[kind](q)} LIMIT ${CANDIDATES_PER_KIND})`;
  const published = [Prisma.sql`e.state = 'published'`, Prisma.sql`e."mergedIntoId" IS NULL`];
  const events = await eventsMatching(db, published, q, CANDIDATES_PER_KIND, { indexWalk: true });
  if (events.length === 0) return null;
  return Prisma.sql`(SELECT 'event', id, slug, "titleEn", "searchText", "searchVector" FROM "Event" WHERE id = ANY(${events.map((e) => e.id)}::text[]))`;
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
  const branches = (await Promise.all(kinds.map((k) => candidates(db, k, input.q)))).filter((b) => b !== null);
  if (branches.length === 0) return { items: [], nextCursor: null };
  // The first branch names the columns.
  const union = Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) AS u(kind, id, slug, title, body, vector)`;
  const after = input.cursor ? decodeSearchCursor(input.cursor) : null;
  const afterCond = after
    ? Prisma.sql`WHERE r.rank < ${after.rank}::float8 OR (r.rank = ${after.rank}::float8 AND (r.kind, r.id) > (${after.kind}, ${after.id}))`
    : Prisma.empty;
  // The passage marks the query's words in the text as written, or, when that marks none (a query
  // typed without the text's accents), in the text with its accents folded: read only then.
  // Planned once: the statement's text is the same for any words (the events come as one array),
  // and planning it took about a third of its time.
  const rows = await readRows<{ kind: string; id: string; slug: string; title: string; rank: number; headline: string }[]>(
    db,
    Prisma.sql`${Prisma.raw(PLANNED_ONCE)}
    WITH q AS (SELECT ties_search_query(${input.q}) AS query),
    ranked AS (
      SELECT h.kind, h.id, h.slug, h.title, h.body, ts_rank(h.vector, q.query)::float8 AS rank
        FROM (${union}) h, q
    ),
    page AS (
      SELECT * FROM ranked r ${afterCond} ORDER BY r.rank DESC, r.kind ASC, r.id ASC LIMIT ${input.limit + 1}
    )
    SELECT p.kind, p.id, p.slug, p.title, p.rank,
           CASE WHEN strpos(h.plain, ${START}) > 0 THEN h.plain
                ELSE ts_headline('english', public.unaccent('public.unaccent'::regdictionary, p.body), q.query, ${HEADLINE_OPTIONS}) END AS headline
      FROM page p, q,
      LATERAL (SELECT ts_headline('english', p.body, q.query, ${HEADLINE_OPTIONS}) AS plain) h
     ORDER BY p.rank DESC, p.kind ASC, p.id ASC`,
  );
  return pageOf(
    rows,
    input.limit,
    // Checked once by the procedure's output schema, as event summaries are (see `toEventSummary`).
    (r): SearchHit => ({
      kind: r.kind as SearchHit["kind"],
      id: r.id,
      slug: r.slug,
      title: r.title,
      rank: r.rank,
      snippet: snippetParts(r.headline),
    }),
    (r) => [r.rank, r.kind, r.id],
  );
}
