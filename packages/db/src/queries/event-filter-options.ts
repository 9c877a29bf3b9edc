/**
 * The timeline's filter menus in one query: each area, person, organisation, agreement and event
 * type that published events have, with how many. Menus never offer a choice with no results, and
 * the page never loads whole lists of people or organisations to build them. They count what the
 * timeline lists: published events of the tracked pairs, and linked records the public may see. A
 * server's client keeps the answer until the record changes (it reads every published event).
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
 * An event names a person or an organisation once (the link tables' keys), so their menus count
 * links; it may act on an agreement more than once (signed, then entered into force), so that
 * menu counts distinct events.
 */
async function loadEventFilterOptions(db: Db, scope: Pick<PairScope, "pairs">): Promise<EventFilterOptions> {
  const tracked = pairScopeSql(Prisma.sql`parties`, scope) ?? Prisma.sql`true`;
  const rows = await db.$queryRaw<OptionRow[]>`
    WITH pub AS (SELECT id, type, "areaSlugs" FROM "Event" WHERE state = 'published' AND "mergedIntoId" IS NULL AND ${tracked})
    SELECT 'type' AS menu, type AS value, NULL::jsonb AS label, count(*)::int AS count FROM pub GROUP BY type
    UNION ALL
    SELECT 'area', a.slug, a.name::jsonb, count(*)::int
      FROM pub CROSS JOIN LATERAL unnest(pub."areaSlugs") AS s(slug) JOIN "Area" a ON a.slug = s.slug AND a.state = 'published'
      GROUP BY a.slug, a.name::text, a.name::jsonb
    UNION ALL
    SELECT 'person', p.slug, jsonb_build_object('en', p.name), count(*)::int
      FROM pub JOIN "EventParticipant" ep ON ep."eventId" = pub.id JOIN "Person" p ON p.id = ep."personId" AND p.state = 'published' AND p."mergedIntoId" IS NULL
      GROUP BY p.slug, p.name
    UNION ALL
    SELECT 'organization', o.slug, o.name::jsonb, count(*)::int
      FROM pub JOIN "EventOrganization" eo ON eo."eventId" = pub.id JOIN "Organization" o ON o.id = eo."organizationId" AND o.state = 'published' AND o."mergedIntoId" IS NULL
      GROUP BY o.slug, o.name::text, o.name::jsonb
    UNION ALL
    SELECT 'agreement', ag.slug,
           CASE WHEN ag."shortName" IS NULL THEN ag.name::jsonb ELSE jsonb_build_object('en', ag."shortName") END,
           count(DISTINCT pub.id)::int
      FROM pub JOIN "EventAgreement" ea ON ea."eventId" = pub.id JOIN "Agreement" ag ON ag.id = ea."agreementId" AND ag.state = 'published'
      GROUP BY ag.slug, ag."shortName", ag.name::text, ag.name::jsonb`;
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
