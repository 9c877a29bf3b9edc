/**
 * The timeline's menus add up "EventFacet", which triggers on "Event" and its three link tables
 * keep current. After every kind of write (bulk inserts of events and links, links added, moved
 * and removed, an agreement acted on twice, events published, merged, moved between pairs,
 * retyped, deleted with their links, a link table truncated) the counts must be exactly what a
 * fresh count holds, the menus must be those the full join over every published event gave, and
 * each organisation's agreements those its published events' links give.
 */
import type { EventFilterOptions, TrackedPair } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { mergeRecords } from "../merge";
import { createTestDatabase, type TestDatabase } from "../testing";
import { agreementsActedOnAt } from "./agreements";
import { eventFacetDrift, eventFilterOptions } from "./event-filter-options";
import { pairScopeSql } from "./pair-scope";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.drop();
});

const TRACKED: TrackedPair[] = [["KR", "CA"]];

/** The menus as counted before the summary: every published event joined to its links. */
async function recount(db: Db, pairs?: TrackedPair[]): Promise<EventFilterOptions> {
  const tracked = pairScopeSql(Prisma.sql`parties`, { pairs }) ?? Prisma.sql`true`;
  const rows = await db.$queryRaw<{ menu: string; value: string; label: EventFilterOptions["areas"][number]["label"]; count: number }[]>`
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
  const menu = (name: string) =>
    rows
      .filter((r) => r.menu === name)
      .map((r) => ({ value: r.value, label: r.label, count: r.count }))
      .sort((a, b) => a.label.en.localeCompare(b.label.en));
  return {
    types: rows
      .filter((r) => r.menu === "type")
      .map((r) => ({ value: r.value as EventFilterOptions["types"][number]["value"], count: r.count })),
    areas: menu("area"),
    people: menu("person"),
    organizations: menu("organization"),
    agreements: menu("agreement"),
  };
}

const byValue = (o: EventFilterOptions) => ({ ...o, types: [...o.types].sort((a, b) => a.value.localeCompare(b.value)) });

/** Each organisation's agreements acted on at its published events, from the links. */
async function agreementsAtEachOrganization(db: Db, read: (id: string) => Promise<string[]>) {
  const orgs = await ids(db, "Organization");
  return Object.fromEntries(await Promise.all(orgs.map(async (id) => [id, await read(id)] as const)));
}

const agreementsFromLinks = (db: Db) => (id: string) =>
  db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Agreement" a WHERE a.state = 'published' AND EXISTS (
      SELECT 1 FROM "EventAgreement" ea JOIN "EventOrganization" eo ON eo."eventId" = ea."eventId" JOIN "Event" e ON e.id = ea."eventId"
       WHERE ea."agreementId" = a.id AND eo."organizationId" = ${id} AND e.state = 'published' AND e."mergedIntoId" IS NULL)
    ORDER BY a."nameEn", a.id`.then((rows) => rows.map((r) => r.id));

async function expectMatchesRecount(db: Db) {
  expect(await eventFacetDrift(db)).toEqual([]);
  expect(
    await agreementsAtEachOrganization(db, async (id) => (await agreementsActedOnAt(db, id, { publicOnly: true })).map((a) => a.id)),
  ).toEqual(await agreementsAtEachOrganization(db, agreementsFromLinks(db)));
  expect(byValue(await eventFilterOptions(db))).toEqual(byValue(await recount(db)));
  expect(byValue(await eventFilterOptions(db, { pairs: TRACKED }))).toEqual(byValue(await recount(db, TRACKED)));
}

const ids = async (db: Db, table: string) =>
  (await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table}" WHERE state = 'published' ORDER BY id`)).map((r) => r.id);

describe("the menus' counts", () => {
  it("are the seeded record's, counted afresh", async () => {
    const options = await eventFilterOptions(t.db);
    expect(options.people.length).toBeGreaterThan(0);
    expect(options.agreements.length).toBeGreaterThan(0);
    await expectMatchesRecount(t.db);
  });

  it("follow bulk inserts, link changes, state changes, merges and deletes made outside the write path", async () => {
    const db = t.db;
    const [people, orgs, agreements] = [await ids(db, "Person"), await ids(db, "Organization"), await ids(db, "Agreement")];
    const areas = (await db.area.findMany({ where: { state: "published" }, select: { slug: true } })).map((a) => a.slug);
    expect(people.length).toBeGreaterThan(1);
    expect(agreements.length).toBeGreaterThan(1);
    await db.$executeRaw`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision, summary, "areaSlugs", state, parties, "updatedAt")
      SELECT 'facet-' || g, 'facet-' || g, CASE g % 3 WHEN 0 THEN 'meeting' WHEN 1 THEN 'summit' ELSE 'visit' END, 'CONSULT',
        '{"en":"Bulk"}'::jsonb, 'Bulk', '2020-01-01', DATE '2020-01-01', DATE '2020-01-01', 'day', '{"en":"Bulk."}'::jsonb,
        CASE g % 3 WHEN 0 THEN ARRAY[]::text[] WHEN 1 THEN ARRAY[${areas[0]}] ELSE ${areas.slice(0, 2)}::text[] END,
        CASE WHEN g % 4 = 0 THEN 'draft' ELSE 'published' END,
        CASE g % 5 WHEN 0 THEN ARRAY['US','GR'] WHEN 1 THEN ARRAY[]::text[] ELSE ARRAY['KR','CA'] END, now()
      FROM generate_series(1, 200) g`;
    await db.$executeRaw`
      INSERT INTO "EventParticipant" (id, "eventId", "personId", side)
      SELECT 'facet-p-' || g || '-' || k, 'facet-' || g, (${people}::text[])[1 + (g + k) % ${people.length}], 'KR'
        FROM generate_series(1, 200) g, generate_series(0, 1) k`;
    await db.$executeRaw`
      INSERT INTO "EventOrganization" ("eventId", "organizationId")
      SELECT 'facet-' || g, (${orgs}::text[])[1 + g % ${orgs.length}] FROM generate_series(1, 200, 2) g`;
    // Every third event acts on an agreement twice: it counts once.
    await db.$executeRaw`
      INSERT INTO "EventAgreement" ("eventId", "agreementId", action)
      SELECT 'facet-' || g, (${agreements}::text[])[1 + g % ${agreements.length}], a
        FROM generate_series(1, 200) g, unnest(ARRAY['signed', 'entered_into_force']) a WHERE g % 3 = 0 OR a = 'signed'`;
    const acted = Object.values(await agreementsAtEachOrganization(db, agreementsFromLinks(db)));
    expect(acted.filter((list) => list.length > 1).length).toBeGreaterThan(1);
    await expectMatchesRecount(db);

    // Links removed, and one of an agreement's two actions removed (still counted once), then the other.
    await db.$executeRaw`DELETE FROM "EventParticipant" WHERE "eventId" LIKE 'facet-1%' AND id LIKE '%-0'`;
    await db.$executeRaw`DELETE FROM "EventAgreement" WHERE "eventId" IN ('facet-3', 'facet-6') AND action = 'entered_into_force'`;
    await expectMatchesRecount(db);
    await db.$executeRaw`DELETE FROM "EventAgreement" WHERE "eventId" = 'facet-3'`;
    // Links moved to another event and to another record.
    await db.$executeRaw`UPDATE "EventOrganization" SET "eventId" = 'facet-4' WHERE "eventId" = 'facet-5'`;
    await db.$executeRaw`UPDATE "EventAgreement" SET "eventId" = 'facet-8' WHERE "eventId" = 'facet-9' AND action = 'entered_into_force'`;
    await db.$executeRaw`
      UPDATE "EventParticipant" SET "personId" = (
        SELECT p FROM unnest(${people}::text[]) p WHERE p NOT IN (SELECT "personId" FROM "EventParticipant" WHERE "eventId" = 'facet-7') LIMIT 1)
       WHERE id = 'facet-p-7-0'`;
    await expectMatchesRecount(db);

    // Events published, unpublished, merged, moved between pairs, retyped and given other areas.
    await db.$executeRaw`UPDATE "Event" SET state = 'published' WHERE id IN ('facet-4', 'facet-8', 'facet-12')`;
    await db.$executeRaw`UPDATE "Event" SET state = 'draft' WHERE id IN ('facet-21', 'facet-22')`;
    await db.$executeRaw`UPDATE "Event" SET "mergedIntoId" = 'facet-2' WHERE id IN ('facet-13', 'facet-14')`;
    await db.$executeRaw`UPDATE "Event" SET parties = ARRAY['JP','KR'] WHERE id LIKE 'facet-3%'`;
    await db.$executeRaw`UPDATE "Event" SET type = 'summit', "areaSlugs" = ${areas.slice(-1)}::text[] WHERE id LIKE 'facet-6%'`;
    await db.$executeRaw`UPDATE "Event" SET "titleEn" = 'Renamed' WHERE id LIKE 'facet-%'`;
    await expectMatchesRecount(db);

    // Events deleted: their links go with them.
    await db.$executeRaw`DELETE FROM "Event" WHERE id LIKE 'facet-1%'`;
    await expectMatchesRecount(db);
    await db.$executeRaw`TRUNCATE "EventOrganization"`;
    await expectMatchesRecount(db);
    await db.$executeRaw`DELETE FROM "Event" WHERE id LIKE 'facet-%'`;
    await expectMatchesRecount(db);
  });

  it("follow a merge of two people through the write path", async () => {
    const [survivor, merged] = await t.db.$queryRaw<{ id: string; version: number }[]>`
      SELECT p.id, p.version FROM "Person" p WHERE p.state = 'published' AND p."mergedIntoId" IS NULL
        AND EXISTS (SELECT 1 FROM "EventParticipant" ep WHERE ep."personId" = p.id) ORDER BY p.id LIMIT 2`;
    expect(merged).toBeDefined();
    await mergeRecords(
      t.db,
      "person",
      {
        survivor: { id: survivor!.id, baseVersion: survivor!.version },
        merged: { id: merged!.id, baseVersion: merged!.version },
      },
      { id: null },
    );
    await expectMatchesRecount(t.db);
  });
});
