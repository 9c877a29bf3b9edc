/**
 * Free-text filters over the stored search vectors: each searchable table keeps a generated
 * "searchVector" column (from "searchText") under a GIN index named `<Table>_search_idx`.
 *
 * Which plan is fast depends on how many rows hold the words, and PostgreSQL cannot tell for a
 * rare word: a word outside its most common elements is assumed to be on 0.5% of rows at least.
 * For "newest first, one page" it then walks the date index expecting a page within the first few
 * percent of the table, and a rare word makes it walk all of it. So the event list decides from
 * the data instead (see `eventsMatching`): a bounded walk in date order answers a common word, and
 * the search index answers the rest.
 */
import { type Db, readRows } from "../client";
import { Prisma } from "../generated/prisma/client";
import { afterEventKey } from "./cursor";

export type SearchableTable = "Event" | "Agreement" | "Person" | "Organization" | "Source";

/** The match of a row's stored search vector against a free-text query; `alias` names the row. */
export function textMatch(q: string, alias?: string): Prisma.Sql {
  const column = alias ? Prisma.raw(`${alias}."searchVector"`) : Prisma.raw(`"searchVector"`);
  return Prisma.sql`${column} @@ ties_search_query(${q})`;
}

/** The ids of a table's rows whose search text matches, from the search index (for the smaller tables' list filters). */
export async function idsMatching(db: Db, table: SearchableTable, q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE ${textMatch(q)}`);
  return rows.map((r) => r.id);
}

/**
 * How many events, newest first, `eventsMatching` reads in date order before it decides between
 * walking on and the search index. A word on at least one event in FIRST_WALK_ROWS / (count
 * wanted) fills the page within the first walk (a sixth of the events: about 130 rows for a page
 * of 20). A word absent from it is on fewer than one event in a hundred with high probability
 * (0.99^250 is 8%), so the index holds few of its matches and answers at once. Otherwise the walk
 * has measured the word's share of the events, and each further walk reads as many rows as that
 * share says the page still needs, as long as that is fewer than the index would read (the share
 * of the whole table): whichever is cheaper, so about the square root of (count wanted x events)
 * rows at most for a word of any frequency, where two fixed walks read the whole word's matches
 * (a word on one event in twenty: 50,000 rows at a million events).
 */
export const FIRST_WALK_ROWS = 250;
/**
 * The first walk of the covering index reads further: its entries cost an eighth of a table row
 * (`INDEX_WALK_ENTRY_COST`), and a word on one event in fifty or a hundred, which 250 rows would
 * meet only two to five times, is met often enough to measure its share.
 */
export const FIRST_INDEX_WALK_ROWS = 1000;
/** Walks in date order at most, the first included. */
export const MAX_WALKS = 4;

/**
 * What an entry of the covering index costs a walk, counting a row read from the table at random
 * (as the index's matches are read) as 1: read in order, many to a page, its signature checked.
 * Measured at a million events with the statements the search sends, each replayed on a new server
 * process and then twice more on it: a walk of 34,286 entries took 61-71 ms and then 13-15 ms; the
 * index's 15,866 matches of "commitment" 339 ms and then 48-63 ms, those of "recent" 186 and 22.
 * A server process pays again for each shared page it touches first, and the index touches a page
 * per match where the walk touches one per hundred entries or so, so the ratio is about the same
 * on new and warm processes.
 */
export const INDEX_WALK_ENTRY_COST = 1 / 8;

/**
 * The rows the next walk should read, or null when the index would cost less. A walk of the table
 * reads each row. A walk of the covering index reads an entry per row and, from the table, the rows
 * whose signature allows a match: `checked` of the `walked` so far (at least the matches; all of
 * them for a query whose signature requires no bit). The word's share is estimated from one match
 * fewer than the walks met, so that one or two chance matches early on do not send a rare word on
 * a long walk. The index reads each of its matches: as many as that share of the `events` says, or
 * `indexMatches` when PostgreSQL's statistics say more (the share is measured on the newest events,
 * which may say a word less often than the rest).
 */
export function nextWalkRows(
  walked: number,
  hits: number,
  wanted: number,
  events: number,
  checked?: number,
  indexMatches = 0,
): number | null {
  if (hits <= 1) return null;
  const share = (hits - 1) / walked;
  const rows = Math.ceil((wanted / share) * 1.25);
  const cost = checked === undefined ? rows : rows * (INDEX_WALK_ENTRY_COST + checked / walked);
  return cost <= Math.max(share * events, indexMatches) ? rows : null;
}

/**
 * How many events satisfy `filters` (over alias `e`) and match `q`, as PostgreSQL's statistics
 * estimate it (its plan's row count; nothing is read but the statistics).
 */
async function estimatedMatches(db: Db, filters: Prisma.Sql, q: string): Promise<number> {
  const [row] = await readRows<{ "QUERY PLAN": string | { Plan: { "Plan Rows": number } }[] }[]>(
    db,
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Event" e WHERE ${filters} AND ${textMatch(q, "e")}`,
  );
  const plan = row?.["QUERY PLAN"];
  const parsed: { Plan: { "Plan Rows": number } }[] = typeof plan === "string" ? JSON.parse(plan) : (plan ?? []);
  return parsed[0]?.Plan["Plan Rows"] ?? 0;
}

export interface EventKey {
  id: string;
  dateFirst: Date;
}

/**
 * One walk in date order: the matches among the next `rows` events, and the last event read if the
 * walk read all `rows`. The walk reads each event's search signature (see the
 * event_search_signature migration), from the covering index alone when `filters` are only the
 * published events' and the date order's (`indexWalk`); only an event whose signature has all of
 * the query's bits is checked against its stored vector, which an index walk reads by id (the
 * walk counts them, `checked`: how well the signatures rule events out decides how far to walk). The
 * match is a scalar subquery inside CASE, so that PostgreSQL runs it only for those events (an
 * EXISTS became one hashed read of every match, and a lateral join ran for every row).
 */
async function walk(db: Db, filters: Prisma.Sql, q: string, count: number, rows: number, indexWalk: boolean) {
  // A walk of the table has each row's vector in hand; a walk of the index reads it by id, and only
  // for the events whose signature allows a match.
  const vector = indexWalk ? Prisma.empty : Prisma.sql`, e."searchVector" AS vector`;
  const match = indexWalk
    ? Prisma.sql`(SELECT ${textMatch(q, "e")} FROM "Event" e WHERE e.id = v.id)`
    : Prisma.sql`v.vector @@ ties_search_query(${q})`;
  const walked = await readRows<(EventKey & { hit: boolean; n: bigint; checked: bigint; events: number })[]>(
    db,
    Prisma.sql`
    SELECT w.id, w."dateFirst", w.hit, w.n, w.checked, (SELECT reltuples FROM pg_class WHERE oid = '"Event"'::regclass)::float8 AS events FROM (
      SELECT v.id, v."dateFirst", v.n, v.checked,
             CASE WHEN v.maybe THEN ${match} ELSE FALSE END AS hit
        FROM (
          SELECT r.*, row_number() OVER walk AS n, count(*) FILTER (WHERE r.maybe) OVER walk AS checked
            FROM (
              SELECT e.id, e."dateFirst", (e."searchSignature" & s.bits) = s.bits AS maybe${vector}
                FROM "Event" e, (SELECT ties_query_signature(ties_search_query(${q})) AS bits) s WHERE ${filters}
               ORDER BY e."dateFirst" DESC, e.id DESC LIMIT ${rows}
            ) r
          WINDOW walk AS (ORDER BY r."dateFirst" DESC, r.id DESC ROWS UNBOUNDED PRECEDING)
        ) v
      OFFSET 0
    ) w
    WHERE w.hit OR w.n = ${rows}
    LIMIT ${count}`,
  );
  const edge = walked.find((r) => Number(r.n) === rows);
  return {
    hits: walked.filter((r) => r.hit).map(({ id, dateFirst }) => ({ id, dateFirst })),
    after: edge ? afterEventKey(edge.dateFirst.toISOString().slice(0, 10), edge.id) : null,
    /** The walked events read from the table for the exact match (all of them when the walk read all `rows`). */
    checked: edge ? Number(edge.checked) : 0,
    /** The table's estimated size (PostgreSQL's statistics; -1 before they were first taken). */
    events: walked[0]?.events ?? -1,
  };
}

/**
 * The type and area an event list is narrowed to besides its words. Each event's words are also
 * indexed under its type and each of its areas ("Event_facets_idx", see the event_search_facets
 * migration), so that a word within a type or an area is one posting list of its matches instead
 * of two long ones to intersect.
 */
export interface EventFacets {
  type?: string | undefined;
  area?: string | undefined;
}

/** How `eventsMatching` may read: the facets, and whether its walks can read the covering index alone. */
export interface MatchOptions extends EventFacets {
  /**
   * The conditions are only the published events' (state and not merged) and the date order's
   * bounds, which the covering index holds: its walks then read the index alone, and walk further.
   */
  indexWalk?: boolean;
}

/** The match of an event's facet lexemes (alias `e`) against `q` within each facet given; null without facets. */
function facetMatch(q: string, facets: EventFacets): Prisma.Sql | null {
  const names = [facets.type ? `type:${facets.type}` : null, facets.area ? `area:${facets.area}` : null].filter((n) => n !== null);
  if (names.length === 0) return null;
  const query = Prisma.join(
    names.map((name) => Prisma.sql`ties_facet_query(ties_search_query(${q}), ${name})`),
    " && ",
  );
  return Prisma.sql`ties_facet_vector(e."searchVector", e.type, e."areaSlugs") @@ (${query})`;
}

/**
 * The first `count` events (newest first: "dateFirst" DESC, id DESC) that satisfy `where` (over
 * alias `e`) and match `q`, with a plan bounded whatever the word's frequency:
 *  1. walk the newest events that satisfy `where` in date order, checking each one's signature
 *     and then, where it allows a match, its stored vector (reads, not computations):
 *     FIRST_WALK_ROWS (FIRST_INDEX_WALK_ROWS when `opts.indexWalk`: the walks then read the
 *     covering index alone), then (without facets) as many more as the word's share of the walked
 *     events says the page needs, while that costs less than the index would (`nextWalkRows`; an
 *     index walk asks PostgreSQL's statistics how many matches the index would read before it
 *     gives way). A common word fills the page here and stops the walk;
 *  2. if the walks ended before the page was full, take the rest from an index, sorted: with a
 *     type or an area (`opts`, which `where` must also require), the facet index's matches of
 *     the word within them, checked against the other filters; otherwise the GIN bitmap of the
 *     words, intersected with the other filters and the older-than-the-walk bound. The CTE is
 *     materialised so that the planner cannot turn it back into a date walk, nor intersect the
 *     facet's few matches with the long lists of the type, area or word indexes.
 */
export async function eventsMatching(db: Db, where: Prisma.Sql[], q: string, count: number, opts: MatchOptions = {}): Promise<EventKey[]> {
  const join = (extra: Prisma.Sql[]) => (where.length + extra.length ? Prisma.join([...where, ...extra], " AND ") : Prisma.sql`TRUE`);
  const facet = facetMatch(q, opts);
  const found: EventKey[] = [];
  let after: Prisma.Sql | null = null;
  // Within a type or an area the facet index holds only the word's matches there, fewer than a
  // second walk would read (one event in six or fewer passes the filter, so each walked match costs
  // several rows), so one walk decides.
  let rows: number | null = opts.indexWalk ? FIRST_INDEX_WALK_ROWS : FIRST_WALK_ROWS;
  let walked = 0;
  let checked = 0;
  let indexMatches: number | undefined;
  for (let n = 0; rows !== null && n < (facet ? 1 : MAX_WALKS); n++) {
    const step = await walk(db, join(after ? [after] : []), q, count - found.length, rows, opts.indexWalk === true);
    found.push(...step.hits);
    if (found.length >= count || !step.after) return found;
    after = step.after;
    walked += rows;
    checked += step.checked;
    const events = Math.max(step.events, walked);
    rows = nextWalkRows(walked, found.length, count - found.length, events, opts.indexWalk ? checked : undefined);
    // Before an index walk gives way to the index, how many matches the index would read (unless
    // this was the last walk allowed). Asked once: a later walk's bound leaves out a few hundred
    // of the matches at most, which does not change the choice.
    if (rows === null && opts.indexWalk && found.length > 1 && n + 1 < MAX_WALKS) {
      indexMatches ??= await estimatedMatches(db, join([after]), q);
      rows = nextWalkRows(walked, found.length, count - found.length, events, checked, indexMatches);
    }
  }
  const rest = facet
    ? await readRows<EventKey[]>(
        db,
        Prisma.sql`
        WITH e AS MATERIALIZED (
          SELECT e.id, e."dateFirst", e."dateLast", e.state, e."mergedIntoId", e.parties, e.type, e."areaSlugs", e."searchVector"
            FROM "Event" e WHERE ${facet}
        )
        SELECT e.id, e."dateFirst" FROM e WHERE ${join(after ? [after] : [])} AND ${textMatch(q, "e")}
        ORDER BY e."dateFirst" DESC, e.id DESC LIMIT ${count - found.length}`,
      )
    : await readRows<EventKey[]>(
        db,
        Prisma.sql`
        WITH m AS MATERIALIZED (
          SELECT e.id, e."dateFirst" FROM "Event" e WHERE ${join(after ? [after] : [])} AND ${textMatch(q, "e")}
        )
        SELECT id, "dateFirst" FROM m ORDER BY "dateFirst" DESC, id DESC LIMIT ${count - found.length}`,
      );
  return [...found, ...rest];
}

/** The words of a search box, for the small tables that have no search vector: each must appear. */
export function wordsOf(q: string | undefined): string[] {
  return (q ?? "")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}
