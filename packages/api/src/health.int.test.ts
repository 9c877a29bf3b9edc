/**
 * The health check against a real PostgreSQL: an app's first check, before it holds a connection,
 * is allowed the time to open one; a check on an open connection is held to its short limit and
 * answers 503 when the database does not answer in time; an unreachable database answers 503.
 */
import { createPrismaClient, type Db, holdsConnection } from "@ties/db";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthResponse } from "./health";

let t: TestDatabase;
const clients: Db[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await t?.drop();
});

function client(url: string, max?: number): Db {
  const db = createPrismaClient(url, { max });
  clients.push(db);
  return db;
}

/** Waits until another connection runs a query whose text holds `fragment`, so the pool's one connection is busy. */
async function untilRunning(observer: Db, fragment: string): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    const rows = await observer.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE state = 'active' AND pid <> pg_backend_pid() AND position(${fragment} in query) > 0`;
    if (rows[0]?.n) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no running query holds ${fragment}`);
}

async function check(db: Db, opts: { timeoutMs?: number; connectMs?: number }) {
  const res = await healthResponse(db, { app: "test", ...opts });
  return { status: res.status, body: (await res.json()) as { database: string; ms: number } };
}

describe("health check", () => {
  it("a first check opens the connection within its own allowance, then checks are held to the short limit", async () => {
    const db = client(t.url);
    expect(holdsConnection(db)).toBe(false);
    // No connection opens in 1 ms (a server process starts for it), so only the allowance lets this pass.
    const first = await check(db, { timeoutMs: 1, connectMs: 5_000 });
    expect(first).toMatchObject({ status: 200, body: { database: "ok" } });
    expect(holdsConnection(db)).toBe(true);
    const again = await check(db, { timeoutMs: 1_000, connectMs: 1 });
    expect(again).toMatchObject({ status: 200, body: { database: "ok" } });
  });

  it("answers 503 within the limit when the database does not answer on an open connection", async () => {
    const db = client(t.url, 1);
    await check(db, {});
    // Prisma sends a query only once it is awaited or `then` is called.
    const busy = db.$queryRaw`SELECT pg_sleep(2)::text AS slept`.then(() => undefined);
    await untilRunning(client(t.url), "pg_sleep(2)::text AS slept");
    const started = performance.now();
    const res = await check(db, { timeoutMs: 100 });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(res).toMatchObject({ status: 503, body: { database: "timeout" } });
    await busy;
  });

  it("answers 503 when the database cannot be reached", async () => {
    const url = new URL(t.url);
    url.port = "1";
    const res = await check(client(url.toString()), {});
    expect(res).toMatchObject({ status: 503, body: { database: "error" } });
  });
});
