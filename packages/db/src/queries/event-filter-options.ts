/**
 * The timeline's filter menus in one query: each area, person, organisation, agreement and event
 * type that published events have, with how many. Menus never offer a choice with no results, and
 * the page never loads whole lists of people or organisations to build them. They count what the
 * timeline lists: published events of the tracked pairs, and linked records the public may see. A
 * server's client keeps the answer until the record changes.
 */
import { type EventFilterOptions, type FilterOption, ZEventFilterOptions } from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { recordCacheFor } from "../record-changes";
import { type PairScope, pairScopeSql } from "./pair-scope";

interface OptionRow {
  menu: "type" | "area" | "person" | "organization" | "agreement";
  value: string;
  label: unknown;
  count: number;
}

export function eventFilterOptions(db: Db, scope: Pick<PairScope, "pairs"> = {}): Promise<EventFilterOptions> {
  const cache = recordCacheFor(db);
  const load = () => loadEventFilterOptions(db, scope);
  return cache ? cache(`eventFilterOptions ${JSON.stringify(scope.pairs ?? null)}`, load) : load();
}

/**
 * Read from the counts the triggers keep ("EventFacet", see the event_facet migration): a few rows
 * per menu value and parties, so the tracked pairs' counts are a sum over thousands of rows whatever
 * the number of events. Records the public may not see are left out here, where they are named.
 */
async function loadEventFilterOptions(db: Db, scope: Pick<PairScope, "pairs">): Promise<EventFilterOptions> {
  const tracked = pairScopeSql(Prisma.sql`parties`, scope) ?? Prisma.sql`true`;
  const rows = await db.$queryRaw<OptionRow[]>`
    WITH f AS (
      SELECT menu, value, sum(events)::int AS count FROM "EventFacet"
       WHERE menu IN ('type', 'area', 'person', 'organization', 'agreement') AND ${tracked}
       GROUP BY menu, value HAVING sum(events) > 0
    )
    SELECT 'type' AS menu, f.value, NULL::jsonb AS label, f.count FROM f WHERE f.menu = 'type'
    UNION ALL
    SELECT 'area', a.slug, a.name::jsonb, f.count FROM f JOIN "Area" a ON f.menu = 'area' AND a.slug = f.value AND a.state = 'published'
    UNION ALL
    SELECT 'person', p.slug, jsonb_build_object('en', p.name), f.count
      FROM f JOIN "Person" p ON f.menu = 'person' AND p.id = f.value AND p.state = 'published' AND p."mergedIntoId" IS NULL
    UNION ALL
    SELECT 'organization', o.slug, o.name::jsonb, f.count
      FROM f JOIN "Organization" o ON f.menu = 'organization' AND o.id = f.value AND o.state = 'published' AND o."mergedIntoId" IS NULL
    UNION ALL
    SELECT 'agreement', ag.slug, CASE WHEN ag."shortName" IS NULL THEN ag.name::jsonb ELSE jsonb_build_object('en', ag."shortName") END, f.count
      FROM f JOIN "Agreement" ag ON f.menu = 'agreement' AND ag.id = f.value AND ag.state = 'published'`;
  const menu = (name: OptionRow["menu"]): FilterOption[] =>
    rows
      .filter((r) => r.menu === name)
      .map((r) => ({ value: r.value, label: r.label as FilterOption["label"], count: r.count }))
      .sort((a, b) => a.label.en.localeCompare(b.label.en));
  return ZEventFilterOptions.parse({
    types: rows.filter((r) => r.menu === "type").map((r) => ({ value: r.value, count: r.count })),
    areas: menu("area"),
    people: menu("person"),
    organizations: menu("organization"),
    agreements: menu("agreement"),
  });
}

/**
 * Where "EventFacet" differs from a fresh count over the events and their links, by (menu, value,
 * parties): none while the triggers keep it exactly (tests, and a check an operator may run).
 */
export async function eventFacetDrift(db: Db): Promise<{ menu: string; value: string; partyKey: string; kept: number; counted: number }[]> {
  const rows = await db.$queryRaw<{ menu: string; value: string; partyKey: string; kept: number; counted: number }[]>`
    WITH kept AS (SELECT menu, value, "partyKey", sum(events)::int AS events FROM "EventFacet" GROUP BY 1, 2, 3 HAVING sum(events) <> 0)
    SELECT coalesce(k.menu, c.menu) AS menu, coalesce(k.value, c.value) AS value, coalesce(k."partyKey", c."partyKey") AS "partyKey",
           coalesce(k.events, 0) AS kept, coalesce(c.events, 0) AS counted
      FROM kept k FULL JOIN ties_event_facet_counted() c ON (k.menu, k.value, k."partyKey") = (c.menu, c.value, c."partyKey")
     WHERE k.events IS DISTINCT FROM c.events
     ORDER BY 1, 2, 3`;
  return rows;
}
