/**
 * The timeline's menus and its spelling-tolerant word filter against the seeded record: each menu
 * value has published events, its count is the number the filter then finds, and British and
 * American spellings find the same events.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context";
import { createCaller } from "../root";

let t: TestDatabase;
let api: ReturnType<typeof createCaller>;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  api = createCaller(createContextInner({ db: t.db }));
});
afterAll(async () => {
  await t?.drop();
});

describe("event.filterOptions", () => {
  it("offers only values with published events, each with the count the filter finds", async () => {
    const options = await api.event.filterOptions();
    expect(options.areas.length).toBeGreaterThan(0);
    expect(options.people.length).toBeGreaterThan(0);
    expect(options.organizations.length).toBeGreaterThan(0);
    expect(options.agreements.length).toBeGreaterThan(0);
    const total = (await api.event.list({ limit: 100 })).items.length;
    expect(options.types.reduce((n, o) => n + o.count, 0)).toBe(total);
    for (const o of options.types) expect((await api.event.list({ type: o.value, limit: 100 })).items).toHaveLength(o.count);
    for (const o of options.areas) expect((await api.event.list({ area: o.value, limit: 100 })).items, o.value).toHaveLength(o.count);
    for (const o of options.people) expect((await api.event.list({ person: o.value, limit: 100 })).items, o.value).toHaveLength(o.count);
    for (const o of options.organizations)
      expect((await api.event.list({ organization: o.value, limit: 100 })).items, o.value).toHaveLength(o.count);
    for (const o of options.agreements)
      expect((await api.event.list({ agreement: o.value, limit: 100 })).items, o.value).toHaveLength(o.count);
  });
});

describe("spelling variants", () => {
  it("finds the same events and records for 'defense' and 'defence'", async () => {
    const ids = async (q: string) => (await api.event.list({ q, limit: 100 })).items.map((e) => e.id).sort();
    const uk = await ids("defence");
    expect(uk.length).toBeGreaterThan(1);
    expect(await ids("defense")).toEqual(uk);
    const hits = async (q: string) => (await api.search.query({ q, limit: 100 })).items.map((h) => `${h.kind}:${h.id}`).sort();
    expect(await hits("defense")).toEqual(await hits("defence"));
    // Accents still do not matter.
    expect(await hits("Mélanie Joly")).toEqual(await hits("Melanie Joly"));
  });
});
