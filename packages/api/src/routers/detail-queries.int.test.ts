/**
 * Each public detail procedure reads its record and everything it shows in a fixed, small number
 * of statements, whatever the record links to: no query per participant, link or citation. The
 * statements are counted where they leave for PostgreSQL.
 */
import { createPrismaClient, type Db } from "@ties/db";
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

  it("person.byId reads a person with positions and citations in one statement, their events in a second", async () => {
    const id = await mostLinked("EventParticipant", "personId");
    const detail = await api.person.byId({ id });
    expect(detail.events.length).toBeGreaterThan(1);
    const statements = await statementsFor(() => api.person.byId({ id }));
    expect(statements).toHaveLength(2);
  });
});
