/**
 * Test databases: each test file gets its own database cloned from a migrated template (empty,
 * or holding the seed record), so files run in parallel and never share state. The server comes
 * from the test run's global setup through TIES_TEST_PG_URL.
 */
import { randomBytes } from "node:crypto";
import { createPrismaClient, type Db } from "./client";
import { createRecord } from "./curation";
import { cloneDatabase, dropDatabase, withDatabase } from "./databases";

export const TEMPLATE_EMPTY = "ties_template";
export const TEMPLATE_SEEDED = "ties_seeded";

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env.TIES_TEST_PG_URL;
  if (!url) throw new Error("TIES_TEST_PG_URL is not set: run tests through vitest with the workspace global setup");
  return url;
}

export async function createTestDatabase(opts: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `t_${randomBytes(6).toString("hex")}`;
  await cloneDatabase(server, opts.seeded ? TEMPLATE_SEEDED : TEMPLATE_EMPTY, name);
  const url = withDatabase(server, name);
  const db = createPrismaClient(url, { max: 25 });
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await dropDatabase(server, name);
    },
  };
}

/**
 * A draft event with one citation (only a cited record may be published), for tests that publish.
 * The citation quotes the span an event of the seed record already cites, so the database must be
 * a seeded one.
 */
export async function createCitedEvent(db: Db, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const system = { actor: { id: null } };
  const event = await createRecord(db, "event", input, system);
  const quote = await db.citation.findFirstOrThrow({
    where: { targetKind: "event" },
    orderBy: { id: "asc" },
    select: { sourceId: true, quote: true, start: true, end: true },
  });
  await createRecord(db, "citation", { ...quote, target: { kind: "event", id: event.id, field: null } }, system);
  return event;
}
