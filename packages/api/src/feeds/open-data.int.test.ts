/** The open dataset holds what the public may see, and its version moves with the content, not the clock. */
import { createRecord } from "@ties/db";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context";
import { createCaller } from "../root";
import { openDataset, openDatasetText } from "./open-data";

let t: TestDatabase;
const api = () => createCaller(createContextInner({ db: t.db, surface: "public" }));
const info = (today: string) => ({ siteUrl: "https://ties.example", today });

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => t?.drop());

describe("open dataset", () => {
  it("keeps its version from day to day while nothing changes, and changes it when a record is published", async () => {
    const before = await openDataset(api(), info("2026-11-22"));
    expect(before.licence.url).toContain("creativecommons.org/licenses/by/4.0");
    expect(before.counts.events).toBe(before.events.length);
    // A later day changes computed commitment statuses but not the records.
    expect((await openDataset(api(), info("2027-06-01"))).version).toBe(before.version);

    await createRecord(
      t.db,
      "event",
      { slug: "new-call", type: "phone_call", title: { en: "A new call" }, date: "2026-11-20", summary: { en: "A call." } },
      { actor: { id: null }, state: "draft" },
    );
    expect((await openDataset(api(), info("2026-11-22"))).version).toBe(before.version);

    await createRecord(
      t.db,
      "event",
      { slug: "published-call", type: "phone_call", title: { en: "A published call" }, date: "2026-11-21", summary: { en: "A call." } },
      { actor: { id: null }, state: "published" },
    );
    const after = await openDataset(api(), info("2026-11-22"));
    expect(after.version).not.toBe(before.version);
    expect(after.events.map((e) => e.slug)).toContain("published-call");
    expect(after.events.map((e) => e.slug)).not.toContain("new-call");
  });

  it("includes each agreement's status timeline", async () => {
    const data = await openDataset(api(), info("2026-11-22"));
    const ckfta = data.agreements.find((a) => a.shortName === "CKFTA");
    expect(ckfta?.milestones.map((m) => [m.kind, m.date])).toEqual([
      ["signed", "2014-09-22"],
      ["in_force", "2015-01-01"],
    ]);
  });

  it("is written a page at a time as indented JSON, its version returned at the end", async () => {
    const writer = openDatasetText(api(), info("2026-11-22"));
    const pieces: string[] = [];
    let next = await writer.next();
    for (; !next.done; next = await writer.next()) pieces.push(next.value);
    const text = pieces.join("");
    const data = JSON.parse(text);
    expect(text).toBe(JSON.stringify(data, null, 2));
    expect(next.value).toBe(data.version);
    for (const kind of ["events", "agreements", "commitments", "people", "organizations", "areas", "sources", "claims"]) {
      expect(data.counts[kind]).toBe(data[kind].length);
    }
    expect(data.events.length).toBeGreaterThan(0);
    // Every kind's pages arrive as their own pieces: no piece holds the whole record.
    expect(pieces.length).toBeGreaterThan(8);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(text.length / 2);
  });
});
