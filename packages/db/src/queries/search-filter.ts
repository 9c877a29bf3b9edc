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
import type { Db } from "../client";
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
 * How many events, newest first, the first step of `eventsMatching` reads before it turns to the
 * search index. A word on at least one event in PROBE_ROWS / (count wanted) fills the page in this
 * walk (a sixth of the events: about 130 rows read for a page of 20); a rarer word leaves the rest
 * to the index, which then holds at most about that share of the table.
 */
export const PROBE_ROWS = 2000;

export interface EventKey {
  id: string;
  dateFirst: Date;
}

/**
 * The first `count` events (newest first: "dateFirst" DESC, id DESC) that satisfy `where` (over
 * alias `e`) and match `q`. Two steps, each with a plan whatever the word's frequency:
 *  1. walk the newest PROBE_ROWS events that satisfy `where` in date order, checking the stored
 *     vector (a read, not a computation); a common word fills the page here and stops the walk;
 *  2. if the walk ended before the page was full, take the rest from the search index: the GIN
 *     bitmap of the words, intersected with the other filters and the older-than-the-walk bound,
 *     sorted. The CTE is materialised so that the planner cannot turn it back into a date walk.
 */
export async function eventsMatching(db: Db, where: Prisma.Sql[], q: string, count: number): Promise<EventKey[]> {
  const filters = where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`;
  const walked = await db.$queryRaw<(EventKey & { hit: boolean; n: bigint })[]>`
    SELECT w.id, w."dateFirst", w.hit, w.n FROM (
      SELECT e.id, e."dateFirst", ${textMatch(q, "e")} AS hit,
             row_number() OVER (ORDER BY e."dateFirst" DESC, e.id DESC) AS n
        FROM "Event" e WHERE ${filters}
       ORDER BY e."dateFirst" DESC, e.id DESC LIMIT ${PROBE_ROWS}
    ) w
    WHERE w.hit OR w.n = ${PROBE_ROWS}
    LIMIT ${count}`;
  const hits = walked.filter((r) => r.hit).map(({ id, dateFirst }) => ({ id, dateFirst }));
  const edge = walked.find((r) => Number(r.n) === PROBE_ROWS);
  if (hits.length >= count || !edge) return hits;
  const older = afterEventKey(edge.dateFirst.toISOString().slice(0, 10), edge.id);
  const rest = await db.$queryRaw<EventKey[]>`
    WITH m AS MATERIALIZED (
      SELECT e.id, e."dateFirst" FROM "Event" e WHERE ${filters} AND ${older} AND ${textMatch(q, "e")}
    )
    SELECT id, "dateFirst" FROM m ORDER BY "dateFirst" DESC, id DESC LIMIT ${count - hits.length}`;
  return [...hits, ...rest];
}
