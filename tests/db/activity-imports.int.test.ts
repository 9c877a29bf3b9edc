/**
 * Imports keep the activity summary exact: events streamed by the COPY path of the bulk writer,
 * the same file through the audited per-record path, and a second import that edits them leave
 * "EventActivity" equal to a fresh GROUP BY over the events, with parties of several pairs.
 * Real PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activitySummaryDrift, eventFacetDrift, recordTotals } from "@ties/db";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { runImport } from "@ties/importers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const tmp = mkdtempSync(join(tmpdir(), "ties-activity-"));
const PARTIES = ["KR;CA", "US;GR", "CA;KR", "JP;KR"];

/** A CSV of events over twenty years and four pairs; `shift` moves every date by that many years. */
function eventsFile(name: string, shift: number): string {
  const rows = Array.from({ length: 120 }, (_, i) => {
    const date = `${2000 + ((i + shift) % 20)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    return `k${i},meeting,${date},Activity import ${i},Officials met about item ${i}.,${PARTIES[i % 4]},Ottawa,CA,,`;
  });
  const file = join(tmp, name);
  writeFileSync(file, ["key,type,date,title,summary,parties,city,country,outcomes,title_fr", ...rows].join("\n"));
  return file;
}

let viaCopy: TestDatabase;
let viaRecords: TestDatabase;
beforeAll(async () => {
  [viaCopy, viaRecords] = await Promise.all([createTestDatabase({ seeded: true }), createTestDatabase({ seeded: true })]);
});
afterAll(async () => {
  await Promise.all([viaCopy?.drop(), viaRecords?.drop()]);
  rmSync(tmp, { recursive: true, force: true });
});

async function expectExact(t: TestDatabase) {
  expect(await activitySummaryDrift(t.db)).toEqual([]);
  expect(await eventFacetDrift(t.db)).toEqual([]);
  const published = await t.db.event.count({ where: { state: "published", mergedIntoId: null } });
  expect((await recordTotals(t.db)).events).toBe(published);
}

describe("the activity summary across imports", () => {
  it("counts events streamed with COPY exactly as events written one by one", async () => {
    const file = eventsFile("events.csv", 0);
    const timings = new Map<string, number>();
    const a = await runImport(viaCopy.db, file, { publish: true, timings });
    const b = await runImport(viaRecords.db, file, { publish: true, copy: false });
    expect(a).toMatchObject({ status: "completed", created: 120 });
    expect(b).toMatchObject({ status: "completed", created: 120 });
    // The first import did stream its events with COPY.
    expect(timings.has("copy Event")).toBe(true);
    await expectExact(viaCopy);
    await expectExact(viaRecords);
    const summary = (t: TestDatabase) =>
      t.db.$queryRaw`SELECT month, areas, "partyKey", events FROM "EventActivity" WHERE events <> 0 ORDER BY 1, 2, 3`;
    expect(await summary(viaCopy)).toEqual(await summary(viaRecords));
  });

  it("moves the counts when a second import edits the events' dates", async () => {
    const s = await runImport(viaCopy.db, eventsFile("events-moved.csv", 5), { publish: true });
    expect(s).toMatchObject({ status: "completed", created: 0, updated: 120 });
    await expectExact(viaCopy);
  });
});
