/**
 * The client factory's read path: `readRows` gives the values `$queryRaw` gives, and a statement
 * marked PLANNED_ONCE is prepared once per connection under one name while others are not.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db, IDLE_CONNECTION_MS, PLANNED_ONCE, preparedStatementName, readRows } from "./client";
import { Prisma } from "./generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "./testing";

let t: TestDatabase;
let one: Db;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  // One connection: every statement below meets the same session's prepared statements.
  one = createPrismaClient(t.url, { max: 1 });
});

afterAll(async () => {
  await one?.$disconnect();
  await t?.drop();
});

const sessions = async () =>
  Number((await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()`)[0]!.n);

const prepared = (db: Db) =>
  readRows<{ name: string; statement: string }[]>(db, Prisma.sql`SELECT name, statement FROM pg_prepared_statements ORDER BY name`);

describe("readRows", () => {
  it("types every value as $queryRaw does", async () => {
    const query = Prisma.sql`
      SELECT DATE '2025-03-07' AS day, TIMESTAMPTZ '2025-03-07 10:11:12+02' AS at, 9007199254740993::int8 AS big, 42::int4 AS small,
        0.5::float8 AS rank, ARRAY['KR','CA']::text[] AS parties, jsonb_build_object('en', 'Seoul', 'n', 1) AS title,
        NULL::text AS none, true AS yes, ${"it's"}::text AS quoted, e.id, e."dateFirst"
      FROM "Event" e ORDER BY e.id LIMIT 3`;
    const raw = await t.db.$queryRaw<unknown[]>(query);
    const read = await readRows<unknown[]>(t.db, query);
    expect(read).toHaveLength(3);
    expect(read).toEqual(raw);
    const [row] = read as Record<string, unknown>[];
    expect(row!.day).toEqual(new Date("2025-03-07T00:00:00.000Z"));
    expect(row!.big).toBe(9007199254740993n);
  });

  it("prepares a PLANNED_ONCE statement once per connection under its name, and no other", async () => {
    const marked = Prisma.sql`${Prisma.raw(PLANNED_ONCE)} SELECT id FROM "Event" WHERE id = ${"none"}`;
    const plain = Prisma.sql`SELECT id FROM "Event" WHERE slug = ${"none"}`;
    const name = preparedStatementName(marked.text)!;
    expect(name).toMatch(/^ties_[0-9a-f]{20}$/);
    expect(preparedStatementName(plain.text)).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      await readRows(one, marked);
      await readRows(one, plain);
      // Prisma's own raw reads name the same statement the same way on the shared pool.
      await one.$queryRaw(marked);
    }
    const statements = await prepared(one);
    expect(statements.filter((s) => s.name === name)).toHaveLength(1);
    expect(statements.every((s) => s.statement.startsWith(PLANNED_ONCE))).toBe(true);
  });

  it("runs statements planned once on connections that keep one plan for them, and others planned per call", async () => {
    const mode = async (q: Prisma.Sql) => (await readRows<{ mode: string }[]>(one, q))[0]!.mode;
    expect(await mode(Prisma.sql`${Prisma.raw(PLANNED_ONCE)} SELECT current_setting('plan_cache_mode') AS mode`)).toBe(
      "force_generic_plan",
    );
    expect(await mode(Prisma.sql`SELECT current_setting('plan_cache_mode') AS mode`)).toBe("auto");
  });

  it("plans every statement without parallel workers, keeping the server options the URL gives", async () => {
    const setting = async (db: Db, q: Prisma.Sql) => (await readRows<{ v: string }[]>(db, q))[0]!.v;
    const parallel = Prisma.sql`SELECT current_setting('max_parallel_workers_per_gather') AS v`;
    expect(await setting(one, parallel)).toBe("0");
    expect(await setting(one, Prisma.sql`${Prisma.raw(PLANNED_ONCE)} ${parallel}`)).toBe("0");
    expect((await one.$queryRaw<{ v: string }[]>`SELECT current_setting('max_parallel_workers_per_gather') AS v`)[0]!.v).toBe("0");
    const url = new URL(t.url);
    url.searchParams.set("options", "-c statement_timeout=12345");
    const withOptions = createPrismaClient(url.toString(), { max: 1 });
    try {
      expect(await setting(withOptions, Prisma.sql`SELECT current_setting('statement_timeout') AS v`)).toBe("12345ms");
      expect(await setting(withOptions, parallel)).toBe("0");
      const generic = Prisma.sql`${Prisma.raw(PLANNED_ONCE)} SELECT current_setting('statement_timeout') || ' ' || current_setting('plan_cache_mode') AS v`;
      expect(await setting(withOptions, generic)).toBe("12345ms force_generic_plan");
    } finally {
      await withOptions.$disconnect();
    }
  });

  it("reads through $queryRaw for a client it did not make", async () => {
    const wrapped = new Proxy(t.db, {}) as Db;
    expect(await readRows<{ n: number }[]>(wrapped, Prisma.sql`SELECT 1::int4 AS n`)).toEqual([{ n: 1 }]);
  });

  it("closes the pool on disconnect when only readRows used it", async () => {
    const short = createPrismaClient(t.url, { max: 1 });
    expect(await readRows<{ n: number }[]>(short, Prisma.sql`SELECT 2::int4 AS n`)).toEqual([{ n: 2 }]);
    const before = await sessions();
    await short.$disconnect();
    await expect.poll(sessions).toBe(before - 1);
  });
});

describe("the pools' connections", () => {
  it("stay open between requests far longer than pg's default 10 seconds, and close once idle for IDLE_CONNECTION_MS", async () => {
    const db = createPrismaClient(t.url, { max: 1 });
    const backend = async (q: Prisma.Sql) => (await readRows<{ pid: number }[]>(db, q))[0]!.pid;
    const plain = Prisma.sql`SELECT pg_backend_pid() AS pid`;
    const once = Prisma.sql`${Prisma.raw(PLANNED_ONCE)} SELECT pg_backend_pid() AS pid`;
    try {
      const first = [await backend(plain), await backend(once)];
      // The pools start their idle timers on release; only those are faked.
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      const idle = async (ms: number) => {
        await backend(plain);
        await backend(once);
        vi.advanceTimersByTime(ms);
        // A closed connection leaves its pool on the next turns of the event loop.
        await new Promise((r) => setImmediate(r));
        return [await backend(plain), await backend(once)];
      };
      expect(await idle(60_000)).toEqual(first);
      const after = await idle(IDLE_CONNECTION_MS + 1_000);
      expect(after[0]).not.toBe(first[0]);
      expect(after[1]).not.toBe(first[1]);
    } finally {
      vi.useRealTimers();
      await db.$disconnect();
    }
  });
});
