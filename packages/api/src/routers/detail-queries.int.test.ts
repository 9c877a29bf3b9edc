/**
 * Each public detail procedure reads its record and everything it shows in a fixed, small number
 * of statements, whatever the record links to: no query per participant, link or citation. The
 * statements are counted where they leave for PostgreSQL.
 */
import { createPrismaClient, type Db } from "@ties/db";
import { DETAIL_EVENTS_SHOWN } from "@ties/domain";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context";
import { createCaller } from "../root";

let t: TestDatabase;
let db: Db;
let api: ReturnType<typeof createCaller>;
const sent: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  db = createPrismaClient(t.url, { max: 2, onQuery: (sql) => sent.push(sql) });
  api = createCaller(createContextInner({ db }));
});
afterAll(async () => {
  await db?.$disconnect();
  await t?.drop();
});

async function statementsFor(run: () => Promise<unknown>): Promise<string[]> {
  await run();
  sent.length = 0;
  await run();
  return [...sent];
}

/** The seed record with the most rows linked to it through a table's column. */
async function mostLinked(table: string, column: string, where = "TRUE"): Promise<string> {
  const rows = await t.db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "${column}" AS id FROM "${table}" WHERE ${where} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  return rows[0]!.id;
}

describe("statements per detail procedure", () => {
  it("event.byId reads an event with its participants, organisations, agreements and citations in one statement", async () => {
    const id = await mostLinked("EventParticipant", "eventId");
    const detail = await api.event.byId({ id });
    expect(detail.participants.length).toBeGreaterThan(1);
    const statements = await statementsFor(() => api.event.byId({ id }));
    expect(statements).toHaveLength(1);
  });

  it("agreement.byId reads an agreement with its milestones, events, commitments and citations in one statement", async () => {
    const id = await mostLinked("EventAgreement", "agreementId");
    const detail = await api.agreement.byId({ id });
    expect(detail.events.length).toBeGreaterThan(1);
    const statements = await statementsFor(() => api.agreement.byId({ id }));
    expect(statements).toHaveLength(1);
  });

  it("person.byId reads a person with positions and citations in one statement, their events in a second beside it, by id or slug", async () => {
    const id = await mostLinked("EventParticipant", "personId");
    const detail = await api.person.byId({ id });
    expect(detail.events.length).toBeGreaterThan(1);
    expect(await api.person.byId({ id: detail.slug })).toEqual(detail);
    const statements = await statementsFor(() => api.person.byId({ id }));
    expect(statements).toHaveLength(2);
  });

  it("organization.byId reads an organisation with its parent and positions and citations in one statement, its events and agreements in one each beside it, by id or slug", async () => {
    const id = await mostLinked("EventOrganization", "organizationId");
    const detail = await api.organization.byId({ id });
    expect(detail.events.length).toBeGreaterThan(1);
    expect(detail.agreements.length).toBeGreaterThan(0);
    expect(await api.organization.byId({ id: detail.slug })).toEqual(detail);
    const statements = await statementsFor(() => api.organization.byId({ id }));
    expect(statements).toHaveLength(3);
  });
});

describe("events listed on a detail", () => {
  it("are the latest DETAIL_EVENTS_SHOWN, and moreEvents says when there are others", async () => {
    const personId = await mostLinked("EventParticipant", "personId");
    const agreementId = await mostLinked("EventAgreement", "agreementId");
    const organizationId = await mostLinked("EventOrganization", "organizationId");
    const before = await api.person.byId({ id: personId });
    expect(before.moreEvents).toBe(false);
    expect((await api.agreement.byId({ id: agreementId })).moreEvents).toBe(false);

    // Copies of one published event, a day apart in 2031 (later than any seed event), linked to all three.
    const template = (
      await t.db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Event" WHERE state = 'published' ORDER BY id LIMIT 1`)
    )[0]!.id;
    const columns = (
      await t.db.$queryRawUnsafe<{ c: string }[]>(
        `SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'Event' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'slug', 'date', 'dateFirst', 'dateLast')`,
      )
    ).map((r) => `"${r.c}"`);
    const copies = DETAIL_EVENTS_SHOWN + 5;
    await t.db.$executeRawUnsafe(
      `INSERT INTO "Event" (id, slug, date, "dateFirst", "dateLast", ${columns.join(", ")})
       SELECT 'many-' || g, 'many-' || g, to_char(DATE '2031-01-01' + g, 'YYYY-MM-DD'), DATE '2031-01-01' + g, DATE '2031-01-01' + g, ${columns.join(", ")}
         FROM "Event", generate_series(1, ${copies}) g WHERE id = $1`,
      template,
    );
    await t.db.$executeRawUnsafe(
      `INSERT INTO "EventParticipant" (id, "eventId", "personId", side) SELECT 'many-p-' || g, 'many-' || g, $1, 'a' FROM generate_series(1, ${copies}) g`,
      personId,
    );
    await t.db.$executeRawUnsafe(
      `INSERT INTO "EventAgreement" ("eventId", "agreementId", action) SELECT 'many-' || g, $1, 'reaffirmed' FROM generate_series(1, ${copies}) g`,
      agreementId,
    );
    await t.db.$executeRawUnsafe(
      `INSERT INTO "EventOrganization" ("eventId", "organizationId") SELECT 'many-' || g, $1 FROM generate_series(1, ${copies}) g`,
      organizationId,
    );
    const latest = Array.from({ length: DETAIL_EVENTS_SHOWN }, (_, i) => `many-${copies - i}`);

    const person = await api.person.byId({ id: personId });
    expect(person.events.map((e) => e.id)).toEqual(latest);
    expect(person.moreEvents).toBe(true);
    const agreement = await api.agreement.byId({ id: agreementId });
    expect(agreement.events.map((e) => e.id)).toEqual(latest);
    expect(agreement.moreEvents).toBe(true);
    const organization = await api.organization.byId({ id: organizationId });
    expect(organization.events.map((e) => e.id)).toEqual(latest);
    expect(organization.moreEvents).toBe(true);
    // The timeline filtered by the record lists them all.
    const all = await api.event.list({ agreement: agreementId, limit: 100 });
    expect(all.items.filter((e) => e.id.startsWith("many-"))).toHaveLength(copies);
  });
});
