/**
 * Each public procedure reads what it shows in a fixed, small number of statements: a detail
 * whatever its record links to (no query per participant, link or citation), a list whatever the
 * size of its page (no query per item). The statements are counted where they leave for PostgreSQL.
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

describe("statements per list procedure, the same for a page of 2 and of 50", () => {
  const lists: [string, number, (limit: number) => Promise<{ items: unknown[] }>][] = [
    ["event.list", 1, (limit) => api.event.list({ limit })],
    ["event.list by dates", 1, (limit) => api.event.list({ from: "1960-01-01", to: "2030-12-31", limit })],
    ["agreement.list", 2, (limit) => api.agreement.list({ limit })],
    ["commitment.list", 1, (limit) => api.commitment.list({ limit })],
    ["person.list", 1, (limit) => api.person.list({ limit })],
    ["organization.list", 1, (limit) => api.organization.list({ limit })],
    ["area.list", 1, (limit) => api.area.list({ limit })],
    ["source.list", 1, (limit) => api.source.list({ limit })],
    // The claims, then their subjects and sources of every kind in one statement each.
    ["claim.list", 3, (limit) => api.claim.list({ limit })],
    ["search.query", 2, (limit) => api.search.query({ q: "Korea", limit })],
  ];
  for (const [name, expected, list] of lists) {
    it(`${name} in ${expected}`, async () => {
      const [few, many] = [await list(2), await list(50)];
      expect(many.items.length).toBeGreaterThan(few.items.length);
      expect(await statementsFor(() => list(2))).toHaveLength(expected);
      expect(await statementsFor(() => list(50))).toHaveLength(expected);
    });
  }
  it("event.recent in 1", async () => {
    expect((await api.event.recent({ limit: 50 })).length).toBeGreaterThan(2);
    expect(await statementsFor(() => api.event.recent({ limit: 2 }))).toHaveLength(1);
    expect(await statementsFor(() => api.event.recent({ limit: 50 }))).toHaveLength(1);
  });
});

describe("statements per other public procedure", () => {
  it("are a fixed few for the other details, the holders of an office, the filter menus and the statistics", async () => {
    const commitment = await mostLinked("Citation", "targetId", `"targetKind" = 'commitment'`);
    const source = await mostLinked("Citation", "sourceId");
    const claim = (await api.claim.list({ limit: 1 })).items[0]!.slug;
    const counts = {
      "commitment.byId": (await statementsFor(() => api.commitment.byId({ id: commitment }))).length,
      "source.byId": (await statementsFor(() => api.source.byId({ id: source }))).length,
      "claim.bySlug": (await statementsFor(() => api.claim.bySlug({ slug: claim }))).length,
      "area.bySlug": (await statementsFor(() => api.area.bySlug({ slug: "economy-trade" }))).length,
      "person.holders": (
        await statementsFor(() =>
          api.person.holders({ role: "foreign-minister", organization: "ministry-of-foreign-affairs-korea", date: "2024-07-18" }),
        )
      ).length,
      "event.filterOptions": (await statementsFor(() => api.event.filterOptions())).length,
      "stats.activity": (await statementsFor(() => api.stats.activity({}))).length,
      "stats.totals": (await statementsFor(() => api.stats.totals())).length,
    };
    expect(counts).toEqual({
      "commitment.byId": 7,
      "source.byId": 6,
      "claim.bySlug": 4,
      "area.bySlug": 5,
      "person.holders": 4,
      "event.filterOptions": 1,
      "stats.activity": 4,
      "stats.totals": 7,
    });
  });
});

describe("references to records of every kind", () => {
  it("are resolved in one statement: a source's supports and its claims' subjects together", async () => {
    const id = await mostLinked("Citation", "sourceId");
    const detail = await api.source.byId({ id });
    expect(new Set(detail.supports.map((s) => s.target.kind)).size).toBeGreaterThan(2);
    const statements = await statementsFor(() => api.source.byId({ id }));
    expect(statements.filter((sql) => sql.includes("UNION ALL"))).toHaveLength(1);
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
