/**
 * The COPY path of the bulk writer writes exactly the rows the audited per-record path writes:
 * the same records, links, revisions, audit entries and external keys, for real dataset rows and
 * for text holding tabs, line breaks, backslashes, quotes and accents. Real PostgreSQL.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "./run-import";

const VISITS_2020 = join(import.meta.dirname, "../../../../shared/data/historyatstate/visits/2020.xml");
const tmp = mkdtempSync(join(tmpdir(), "ties-copy-"));
const awkward = join(tmp, "awkward.csv");
writeFileSync(
  awkward,
  [
    "key,type,date,title,summary,parties,city,country,outcomes,title_fr",
    'a1,meeting,2025-03-07,"Tab\there, back\\slash","Line one\nline two, ""quoted"", \\N and \\t as text",KR;CA,Montréal,CA,"One;Two",Réunion à Montréal',
    'a2,phone_call,2025-04,"Braces {a,b} and ""quotes""","Empty city, no outcomes.",KR CA,,,,',
  ].join("\n"),
);

let viaCopy: TestDatabase;
let viaRecords: TestDatabase;
beforeAll(async () => {
  [viaCopy, viaRecords] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([viaCopy?.drop(), viaRecords?.drop()]);
  rmSync(tmp, { recursive: true, force: true });
});

/** Every imported row, without what differs between two runs (times, run ids, generated ids). */
async function rowsOf(t: TestDatabase, importIds: string[]) {
  const q = <T>(sql: string) => t.db.$queryRawUnsafe<T[]>(sql);
  const runs = new RegExp(importIds.join("|"), "g");
  const scrub = (rows: unknown[]) => JSON.parse(JSON.stringify(rows).replace(runs, "RUN"));
  return {
    events: await q(
      `SELECT id, slug, type, "ploverCode", "ploverMode", title, "titleEn", date, "dateFirst", "dateLast", precision, parties,
        location, summary, outcomes, "areaSlugs", "parentEventId", state, version, "searchText", "searchVector"::text AS vector
       FROM "Event" WHERE id IN (SELECT "recordId" FROM "ExternalKey") ORDER BY id`,
    ),
    participants: await q(`SELECT id, "eventId", "personId", "positionId", side FROM "EventParticipant" ORDER BY id`),
    people: await q(`SELECT id, slug, name, "countryCode", state, "searchText" FROM "Person" WHERE id LIKE 'per-%' ORDER BY id`),
    positions: await q(`SELECT * FROM "Position" WHERE id LIKE 'pos-%' ORDER BY id`).then((rows) =>
      rows.map((r) => ({ ...(r as object), createdAt: 0, updatedAt: 0 })),
    ),
    citations: await q(`SELECT id, "sourceId", "targetKind", "targetId", field, quote, start, "end" FROM "Citation" ORDER BY id`),
    revisions: scrub(
      await q(
        `SELECT "recordKind", "recordId", version, snapshot, "authorId", reason FROM "Revision" WHERE reason LIKE 'Imported%' ORDER BY 1, 2, 3`,
      ),
    ),
    audits: scrub(
      await q(
        `SELECT action, "recordKind", "recordId", "actorId", details FROM "AuditEntry" WHERE details->>'importId' IS NOT NULL ORDER BY 2, 3, 1`,
      ),
    ),
    keys: scrub(
      await q(`SELECT dataset, "externalId", "recordKind", "recordId", fingerprint, "importId" FROM "ExternalKey" ORDER BY 1, 2`),
    ),
  };
}

describe("the COPY path of the bulk writer", () => {
  it("writes the same rows as the audited per-record path", async () => {
    const files = [awkward, ...(existsSync(VISITS_2020) ? [VISITS_2020] : [])];
    const ids: Record<"copy" | "records", string[]> = { copy: [], records: [] };
    for (const file of files) {
      const timings = new Map<string, number>();
      const a = await runImport(viaCopy.db, file, { timings, publish: true });
      const b = await runImport(viaRecords.db, file, { copy: false, publish: true });
      expect(a).toMatchObject({ status: "completed", created: b.created, updated: 0 });
      expect(a.created).toBeGreaterThan(0);
      // The first path did stream its events with COPY.
      expect(timings.has("copy Event")).toBe(true);
      ids.copy.push(a.importId!);
      ids.records.push(b.importId!);
    }
    const [a, b] = [await rowsOf(viaCopy, ids.copy), await rowsOf(viaRecords, ids.records)];
    expect(a.events.length).toBeGreaterThan(1);
    expect(a.revisions).toHaveLength(a.keys.length);
    expect(a.audits).toHaveLength(a.keys.length);
    expect(a).toEqual(b);

    const tabbed = await viaCopy.db.event.findFirstOrThrow({ where: { slug: { startsWith: "a1-" } } });
    // The domain folds a title's tab into a space; the backslash stays.
    expect(tabbed.titleEn).toBe("Tab here, back\\slash");
    expect(tabbed.summary).toEqual({ en: 'Line one\nline two, "quoted", \\N and \\t as text' });
    expect(tabbed.outcomes).toEqual(["One", "Two"]);
  });

  it("finds everything unchanged on a second import, and leaves an edited row to the audited path", async () => {
    const again = await runImport(viaCopy.db, awkward, { publish: true });
    expect(again).toMatchObject({ status: "completed", created: 0, updated: 0, unchanged: 2 });
    const edited = join(tmp, "awkward-edited.csv");
    writeFileSync(edited, `${readFileSync(awkward, "utf8").replace("Empty city, no outcomes.", "Edited.")}\n`);
    const s = await runImport(viaCopy.db, edited, { publish: true });
    expect(s).toMatchObject({ status: "completed", created: 0, updated: 1, unchanged: 1 });
    const e = await viaCopy.db.event.findFirstOrThrow({ where: { slug: { startsWith: "a2-" } } });
    expect(e).toMatchObject({ version: 2, summary: { en: "Edited." } });
  });
});
