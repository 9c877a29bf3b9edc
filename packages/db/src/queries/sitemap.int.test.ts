/**
 * The sitemap's slices: every published record of each kind once, in slices that join up, and
 * only what the public lists show (drafts, merged records and other pairs' events left out),
 * compared with the public list functions on the seeded record.
 */
import type { TrackedPair } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { listAgreements } from "./agreements";
import { listEvents } from "./events";
import { listPeople } from "./people";
import { listSources } from "./sources";
import { publishedCounts, publishedSlugs, SITEMAP_KINDS } from "./sitemap";

let t: TestDatabase;
const TRACKED: TrackedPair[] = [["KR", "CA"]];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.drop();
});

/** Every item of a keyset list, page after page. */
async function everything<T>(read: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await read(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe("the sitemap's slices", () => {
  it("list what the public lists list, each once", async () => {
    const pub = { publicOnly: true, pairs: TRACKED };
    const lists = {
      event: (await everything((cursor) => listEvents(t.db, { limit: 100, cursor }, pub))).map((e) => e.slug),
      agreement: (await everything((cursor) => listAgreements(t.db, { limit: 100, cursor }, pub))).map((a) => a.slug),
      person: (await everything((cursor) => listPeople(t.db, { limit: 100, cursor }, { publicOnly: true }))).map((p) => p.slug),
      source: (await everything((cursor) => listSources(t.db, { limit: 100, cursor }, { publicOnly: true }))).map((s) => s.slug),
    };
    const counts = await publishedCounts(t.db, { pairs: TRACKED });
    for (const [kind, slugs] of Object.entries(lists) as [keyof typeof lists, string[]][]) {
      expect(slugs.length, kind).toBeGreaterThan(0);
      expect(counts[kind], kind).toBe(slugs.length);
      const all = await publishedSlugs(t.db, kind, { offset: 0, limit: 10_000 }, { pairs: TRACKED });
      expect([...all].sort(), kind).toEqual([...slugs].sort());
    }
    expect(Object.keys(counts).sort()).toEqual([...SITEMAP_KINDS].sort());
  });

  it("join up slice after slice, with no record twice", async () => {
    const whole = await publishedSlugs(t.db, "event", { offset: 0, limit: 10_000 });
    const slices: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 3) slices.push(...(await publishedSlugs(t.db, "event", { offset, limit: 3 })));
    expect(slices).toEqual(whole);
    expect(await publishedSlugs(t.db, "event", { offset: whole.length, limit: 3 })).toEqual([]);
  });

  it("leave out other pairs' events", async () => {
    const everyPair = await publishedSlugs(t.db, "event", { offset: 0, limit: 10_000 });
    const other = await publishedSlugs(t.db, "event", { offset: 0, limit: 10_000 }, { pairs: [["US", "JP"]] });
    expect(other.length).toBeLessThan(everyPair.length);
    expect((await publishedCounts(t.db, { pairs: [["US", "JP"]] })).event).toBe(other.length);
  });
});
