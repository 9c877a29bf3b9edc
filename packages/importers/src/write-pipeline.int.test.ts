/**
 * Three batches written at once end with exactly what one at a time writes: published events all
 * in one month (the batches' activity counts fall on the same summary rows), a key met again in
 * the next batch and one two batches later (updates of records a batch before created), drafts
 * (whose event rows the batches write at the same time), and the checkpoint counting every row.
 * Real PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activitySummaryDrift, eventFacetDrift } from "@ties/db";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "./run-import";

const tmp = mkdtempSync(join(tmpdir(), "ties-pipeline-"));
const HEADER = "key,type,date,title,summary,parties,city,country";

function csv(name: string, rows: string[]): string {
  const file = join(tmp, name);
  writeFileSync(file, [HEADER, ...rows].join("\n"));
  return file;
}

/** 120 events of May 2021, in two pairs: every batch adds to the same activity summary rows. */
const oneMonth = csv(
  "one-month.csv",
  Array.from(
    { length: 120 },
    (_, i) =>
      `m${i},meeting,2021-05-${String(1 + (i % 28)).padStart(2, "0")},Meeting ${i},Item ${i}.,${i % 2 ? "KR;CA" : "US;GR"},Ottawa,CA`,
  ),
);
/**
 * Key d3 comes back in the next batch (of ten rows) and key d5 two batches later, each with another
 * title: those rows update them.
 */
const repeated = csv(
  "repeated.csv",
  Array.from({ length: 30 }, (_, i) =>
    i === 14
      ? "d3,meeting,2022-01-03,Meeting three again,Item three.,KR;CA,Ottawa,CA"
      : i === 25
        ? "d5,meeting,2022-01-05,Meeting five again,Item five.,KR;CA,Ottawa,CA"
        : `d${i},meeting,2022-01-${String(1 + (i % 28)).padStart(2, "0")},Meeting ${i},Item ${i}.,KR;CA,Ottawa,CA`,
  ),
);

/** 200 drafts: no activity count, so the batches write their event rows at once. */
const drafts = csv(
  "drafts.csv",
  Array.from({ length: 200 }, (_, i) => `x${i},visit,2023-0${1 + (i % 9)}-11,Visit ${i},Draft ${i}.,KR;CA,Seoul,KR`),
);

let three: TestDatabase;
let one: TestDatabase;
beforeAll(async () => {
  [three, one] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([three?.drop(), one?.drop()]);
  rmSync(tmp, { recursive: true, force: true });
});

/** What an import leaves, without what differs between runs (times, run ids, generated ids). */
async function recordOf(t: TestDatabase) {
  const q = <T>(sql: string) => t.db.$queryRawUnsafe<T[]>(sql);
  return {
    events: await q(
      `SELECT id, slug, "titleEn", state, version, "dateFirst" FROM "Event" WHERE id IN (SELECT "recordId" FROM "ExternalKey") ORDER BY id`,
    ),
    keys: await q(`SELECT dataset, "externalId", "recordId", fingerprint FROM "ExternalKey" ORDER BY 1, 2`),
    revisions: await q(`SELECT "recordKind", "recordId", version, snapshot FROM "Revision" WHERE reason LIKE 'Imported%' ORDER BY 1, 2, 3`),
    audits: await q(
      `SELECT action, "recordKind", "recordId", details->'version' AS version FROM "AuditEntry" WHERE details->>'importId' IS NOT NULL ORDER BY 2, 3, 4, 1`,
    ),
    activity: await q(`SELECT month, areas, "partyKey", events FROM "EventActivity" ORDER BY 1, 2, 3`),
    runs: await q(`SELECT file, status, total, done, created, updated, unchanged FROM "ImportRun" ORDER BY "startedAt"`),
  };
}

describe("three batches written at once", () => {
  it("end with the records, revisions, activity counts and checkpoint of one batch at a time", async () => {
    const timings = new Map<string, number>();
    for (const [t, writers] of [
      [three, 3],
      [one, 1],
    ] as const) {
      const a = await runImport(t.db, oneMonth, { publish: true, batchSize: 10, writers, timings: writers === 3 ? timings : undefined });
      expect(a).toMatchObject({ status: "completed", created: 120 });
      const b = await runImport(t.db, repeated, { publish: true, batchSize: 10, writers });
      expect(b).toMatchObject({ status: "completed", created: 28, updated: 2 });
      expect(await activitySummaryDrift(t.db)).toEqual([]);
      expect(await eventFacetDrift(t.db)).toEqual([]);
    }
    // Published batches in one month went together: none waited for a lock and was written again.
    expect(timings.has("write: batches written alone (after a first try)")).toBe(false);
    const [a, b] = [await recordOf(three), await recordOf(one)];
    const scrub = (r: unknown) => JSON.parse(JSON.stringify(r).replace(/imp-[0-9a-f]{16}/g, "RUN"));
    expect(scrub(a)).toEqual(scrub(b));
    expect(a.runs).toEqual([
      expect.objectContaining({ status: "completed", total: 120, done: 120, created: 120 }),
      expect.objectContaining({ status: "completed", total: 30, done: 30, created: 28, updated: 2 }),
    ]);
    expect(a.events.find((e) => (e as { titleEn: string }).titleEn === "Meeting three again")).toMatchObject({ version: 2 });
    expect(a.events.find((e) => (e as { titleEn: string }).titleEn === "Meeting five again")).toMatchObject({ version: 2 });
  }, 300_000);

  it("end with the records of one batch at a time for drafts, written side by side", async () => {
    const timings = new Map<string, number>();
    for (const [t, writers] of [
      [three, 3],
      [one, 1],
    ] as const) {
      const s = await runImport(t.db, drafts, { batchSize: 10, writers, timings: writers === 3 ? timings : undefined });
      expect(s).toMatchObject({ status: "completed", created: 200 });
      expect(await activitySummaryDrift(t.db)).toEqual([]);
      expect(await eventFacetDrift(t.db)).toEqual([]);
    }
    expect(timings.has("write: batches written alone (after a first try)")).toBe(false);
    const [a, b] = [await recordOf(three), await recordOf(one)];
    const scrub = (r: unknown) => JSON.parse(JSON.stringify(r).replace(/imp-[0-9a-f]{16}/g, "RUN"));
    expect(scrub(a)).toEqual(scrub(b));
    expect(a.events.filter((e) => (e as { state: string }).state === "draft")).toHaveLength(200);
    expect(a.runs.at(-1)).toMatchObject({ status: "completed", total: 200, done: 200, created: 200 });
  }, 300_000);
});
