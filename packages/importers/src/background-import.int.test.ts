/**
 * Background imports on real PostgreSQL, as the admin app runs them: the run row exists before the
 * file is read and ends with the summary; a refused file leaves its reasons and no records; a
 * dataset path outside the folder is refused.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRunById, listImportDatasets, recentImportRuns, saveUpload, settleImports, startImport } from "./background-import";

const root = mkdtempSync(join(tmpdir(), "ties-bg-import-"));
process.env.TIES_UPLOAD_DIR = join(root, "uploads");
process.env.TIES_IMPORT_DIR = join(root, "datasets");
mkdirSync(join(root, "datasets/events"), { recursive: true });
const header = "key,type,date,title,summary,parties\n";
writeFileSync(join(root, "datasets/events/a.csv"), `${header}bg-a,meeting,2025-03-07,Talks,Officials met.,KR;CA\n`);

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
  rmSync(root, { recursive: true, force: true });
});
const actor = { id: null };

describe("background imports", () => {
  it("runs an upload to the end, keeping progress and the summary in its run", async () => {
    const csv = `${header}${Array.from({ length: 30 }, (_, i) => `bg-${i},meeting,2025-03-07,Talks ${i},Officials met.,KR;CA`).join("\n")}\n`;
    const uploadId = await saveUpload("events.csv", new TextEncoder().encode(csv));
    const started = await startImport(t.db, { source: { kind: "upload", uploadId }, state: "in_review" }, actor);
    expect(started).toMatchObject({ status: "checking", active: true, file: "events.csv" });
    await settleImports();
    const run = await importRunById(t.db, started.id);
    expect(run).toMatchObject({ status: "completed", active: false, total: 30, done: 30, created: 30, errorCount: 0, state: "in_review" });
    expect(await t.db.event.count({ where: { state: "in_review", slug: { startsWith: "bg-" } } })).toBe(30);
    // The upload is gone once imported.
    await expect(startImport(t.db, { source: { kind: "upload", uploadId }, state: "draft" }, actor)).rejects.toThrow(/upload it again/);
    expect((await recentImportRuns(t.db))[0]!.id).toBe(started.id);
  });

  it("refuses a file with a bad row, keeping the line and the reason, writing nothing", async () => {
    const uploadId = await saveUpload("bad.csv", new TextEncoder().encode(`${header}bad-1,meeting,2025-02-30,Bad,Bad.,KR;CA\n`));
    const before = await t.db.event.count();
    const started = await startImport(t.db, { source: { kind: "upload", uploadId }, state: "draft" }, actor);
    await settleImports();
    const run = await importRunById(t.db, started.id);
    expect(run).toMatchObject({ status: "refused", errorCount: 1, done: 0 });
    expect(run.errors[0]).toMatchObject({ file: "bad.csv", line: 2 });
    expect(run.errors[0]!.reason).toMatch(/date/);
    expect(await t.db.event.count()).toBe(before);
  });

  it("imports a dataset from the server's folder, and nothing outside it", async () => {
    const datasets = await listImportDatasets();
    expect(datasets.map((d) => d.path)).toEqual([".", "events", "events/a.csv"]);
    const started = await startImport(t.db, { source: { kind: "dataset", path: "events" }, state: "draft" }, actor);
    await settleImports();
    expect(await importRunById(t.db, started.id)).toMatchObject({ status: "completed", created: 1, file: "events" });
    await expect(startImport(t.db, { source: { kind: "dataset", path: "../uploads" }, state: "draft" }, actor)).rejects.toThrow(
      /inside the dataset folder/,
    );
  });

  it("refuses an upload whose name is not an importable file", async () => {
    await expect(saveUpload("../../etc/passwd", new Uint8Array())).rejects.toThrow(/not an importable file name/);
  });
});
