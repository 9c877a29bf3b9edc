/**
 * An agreement's, a person's and an organisation's pages list their latest events from their
 * links in the order of their events' first day, which each link carries and triggers keep. After
 * links are added (with a wrong day or none given), events move to other days, links move to other
 * events and events are unpublished or merged, each page must list what ordering the events
 * themselves gives.
 */
import { DETAIL_EVENTS_SHOWN } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { getAgreement } from "./agreements";
import { getOrganization } from "./organizations";
import { getPerson } from "./people";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.drop();
});

/** Forty events on scattered days, one in seven a draft, ids `<prefix>-1` to `<prefix>-40`. */
const talks = (prefix: string) => Prisma.sql`
  SELECT ${prefix} || '-' || g, ${prefix} || '-' || g, 'meeting', 'CONSULT', '{"en":"Talks"}'::jsonb, 'Talks', d::text, d, d, 'day',
         '{"en":"Talks."}'::jsonb, CASE WHEN g % 7 = 0 THEN 'draft' ELSE 'published' END, ARRAY['KR','CA'], now()
    FROM generate_series(1, 40) g, LATERAL (SELECT DATE '2030-01-01' + ((g * 37) % 400) AS d) x`;

/** The latest published events acting on the agreement, ordered by the events themselves. */
const latestFromEvents = (db: Db, agreementId: string) =>
  db.$queryRaw<{ id: string; action: string }[]>`
    SELECT ea."eventId" AS id, ea.action FROM "EventAgreement" ea JOIN "Event" e ON e.id = ea."eventId"
     WHERE ea."agreementId" = ${agreementId} AND e.state = 'published' AND e."mergedIntoId" IS NULL
     ORDER BY e."dateFirst" DESC, e.id COLLATE "C" DESC, ea.action LIMIT ${DETAIL_EVENTS_SHOWN}`;

/** Links whose day is not their event's, in every link table. */
async function expectNoStaleDays(db: Db) {
  const [counted] = await db.$queryRaw<{ stale: number }[]>`
    SELECT count(*)::int AS stale FROM (
      SELECT "eventId", "eventDateFirst" FROM "EventAgreement" UNION ALL
      SELECT "eventId", "eventDateFirst" FROM "EventParticipant" UNION ALL
      SELECT "eventId", "eventDateFirst" FROM "EventOrganization") l JOIN "Event" e ON e.id = l."eventId"
     WHERE l."eventDateFirst" IS DISTINCT FROM e."dateFirst"`;
  expect(counted?.stale).toBe(0);
}

async function expectListedInEventOrder(db: Db, agreementId: string) {
  await expectNoStaleDays(db);
  const detail = await getAgreement(db, agreementId, { publicOnly: true });
  expect(detail?.events.map((e) => ({ id: e.id, action: e.action }))).toEqual(await latestFromEvents(db, agreementId));
}

describe("an agreement's latest events", () => {
  it("follow their events' days, links moved, and events unpublished or merged", async () => {
    const db = t.db;
    const [agreement] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Agreement" WHERE state = 'published' ORDER BY id LIMIT 1`;
    const id = agreement!.id;
    await db.$executeRaw`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision, summary, state, parties, "updatedAt")
      ${talks("latest")}`;
    // Writers may give any day (or none): each link takes its event's.
    await db.$executeRaw`
      INSERT INTO "EventAgreement" ("eventId", "agreementId", action, "eventDateFirst")
      SELECT 'latest-' || g, ${id}, a, DATE '1900-01-01'
        FROM generate_series(1, 40) g, unnest(ARRAY['signed', 'entered_into_force']) a WHERE g % 5 = 0 OR a = 'signed'`;
    await expectListedInEventOrder(db, id);

    await db.$executeRaw`UPDATE "Event" SET "dateFirst" = "dateFirst" + 500, "dateLast" = "dateLast" + 500 WHERE id IN ('latest-3', 'latest-11', 'latest-12')`;
    await db.$executeRaw`UPDATE "Event" SET "dateFirst" = DATE '2029-06-01', "dateLast" = DATE '2029-06-01' WHERE id LIKE 'latest-2%'`;
    await expectListedInEventOrder(db, id);

    await db.$executeRaw`UPDATE "EventAgreement" SET "eventId" = 'latest-7' WHERE "eventId" = 'latest-5' AND action = 'entered_into_force'`;
    await db.$executeRaw`UPDATE "EventAgreement" SET "eventDateFirst" = DATE '2999-01-01' WHERE "eventId" = 'latest-1'`;
    await db.$executeRaw`UPDATE "Event" SET state = 'published' WHERE id = 'latest-7'`;
    await db.$executeRaw`UPDATE "Event" SET state = 'draft' WHERE id = 'latest-11'`;
    await db.$executeRaw`UPDATE "Event" SET "mergedIntoId" = 'latest-1' WHERE id = 'latest-12'`;
    await expectListedInEventOrder(db, id);

    await db.$executeRaw`DELETE FROM "Event" WHERE id LIKE 'latest-%'`;
    await expectListedInEventOrder(db, id);
  });
});

/** How each record names its links, and its page. */
const RECORDS = {
  person: {
    table: Prisma.raw('"EventParticipant"'),
    column: Prisma.raw('"personId"'),
    link: (prefix: string, id: string) => Prisma.sql`
      INSERT INTO "EventParticipant" (id, "eventId", "personId", side, "eventDateFirst")
      SELECT ${prefix} || '-link-' || g, ${prefix} || '-' || g, ${id}, 'KR', CASE WHEN g % 2 = 0 THEN DATE '1900-01-01' END
        FROM generate_series(1, 40) g WHERE g % 4 <> 0`,
    page: (db: Db, id: string) => getPerson(db, id, { publicOnly: true }),
  },
  organization: {
    table: Prisma.raw('"EventOrganization"'),
    column: Prisma.raw('"organizationId"'),
    link: (prefix: string, id: string) => Prisma.sql`
      INSERT INTO "EventOrganization" ("eventId", "organizationId", "eventDateFirst")
      SELECT ${prefix} || '-' || g, ${id}, CASE WHEN g % 2 = 0 THEN DATE '1900-01-01' END
        FROM generate_series(1, 40) g WHERE g % 4 <> 0`,
    page: (db: Db, id: string) => getOrganization(db, id, { publicOnly: true }),
  },
} as const;

describe.each(["person", "organization"] as const)("a %s's latest events", (kind) => {
  it("follow their events' days, links moved, and events unpublished or merged", async () => {
    const db = t.db;
    const { table, column, link, page } = RECORDS[kind];
    const [record] = await db.$queryRaw<{ id: string }[]>`
      SELECT l.${column} AS id FROM ${table} l GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
    const id = record!.id;
    const prefix = `latest-${kind}`;
    const expectListed = async () => {
      await expectNoStaleDays(db);
      const fromEvents = await db.$queryRaw<{ id: string }[]>`
        SELECT l."eventId" AS id FROM ${table} l JOIN "Event" e ON e.id = l."eventId"
         WHERE l.${column} = ${id} AND e.state = 'published' AND e."mergedIntoId" IS NULL
         ORDER BY e."dateFirst" DESC, e.id COLLATE "C" DESC LIMIT ${DETAIL_EVENTS_SHOWN}`;
      const listed = await page(db, id);
      expect(listed?.events.map((e) => e.id)).toEqual(fromEvents.map((e) => e.id));
    };
    await db.$executeRaw`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision, summary, state, parties, "updatedAt")
      ${talks(prefix)}`;
    // Writers may give any day (or none): each link takes its event's.
    await db.$executeRaw(link(prefix, id));
    await expectListed();

    await db.$executeRaw`UPDATE "Event" SET "dateFirst" = "dateFirst" + 500, "dateLast" = "dateLast" + 500 WHERE id IN (${`${prefix}-3`}, ${`${prefix}-11`})`;
    await expectListed();

    await db.$executeRaw`UPDATE ${table} SET "eventId" = ${`${prefix}-8`} WHERE "eventId" = ${`${prefix}-5`} AND ${column} = ${id}`;
    await db.$executeRaw`UPDATE ${table} SET "eventDateFirst" = DATE '2999-01-01' WHERE "eventId" = ${`${prefix}-1`}`;
    await db.$executeRaw`UPDATE "Event" SET state = 'draft' WHERE id = ${`${prefix}-11`}`;
    await db.$executeRaw`UPDATE "Event" SET "mergedIntoId" = ${`${prefix}-1`} WHERE id = ${`${prefix}-10`}`;
    await expectListed();

    await db.$executeRaw`DELETE FROM "Event" WHERE id LIKE ${`${prefix}-%`}`;
    await expectListed();
  });
});
