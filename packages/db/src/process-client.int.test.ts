/**
 * A server's bundles each evaluate this package anew (Next.js bundles pages, route handlers and
 * the start-up hook apart): a client made by one copy must be the one every copy uses, with its
 * pool, its URL and its kept reads found by all of them. Two copies are made here by importing
 * the package again after clearing the module registry, as a second bundle would.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});

afterAll(async () => {
  await t?.drop();
});

it("a client made by one copy of the package has its pool, URL and kept reads in another copy", async () => {
  const first = await import("./index");
  vi.resetModules();
  const second = await import("./index");
  expect(second.processClient, "two copies of the package").not.toBe(first.processClient);

  const db = first.processClient(t.url);
  await first.processRecordChanges(t.url).ready;
  expect(second.processClient(t.url)).toBe(db);
  expect(second.processRecordChanges(t.url)).toBe(first.processRecordChanges(t.url));
  expect(second.recordCacheFor(db)).toBeDefined();
  expect(second.recordCacheFor(db)).toBe(first.recordCacheFor(db));
  expect(second.connectionUrlOf(db)).toBe(t.url);

  // A read made through the second copy is kept for the first: the same answer, not a new one.
  const load = vi.fn(async () => ({ at: Date.now() }));
  const kept = second.recordCacheFor(db);
  const a = await kept?.("probe", load);
  const b = await first.recordCacheFor(db)?.("probe", load);
  expect(b).toBe(a);
  expect(load).toHaveBeenCalledTimes(1);

  await first.processRecordChanges(t.url).close();
  await db.$disconnect();
});
