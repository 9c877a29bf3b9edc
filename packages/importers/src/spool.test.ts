/**
 * The spool gives back, row by row, exactly the records the check kept: their inputs equal, their
 * JSON the text their fingerprint is taken of, awkward text intact, rows without records kept as
 * rows, rows spread over many chunks of the file, and the rows a resumed run skips left out. The
 * spool of a process killed mid-import is removed by the next one; a running one's is not.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fingerprintOf } from "@ties/db";
import { describe, expect, it } from "vitest";
import type { PlannedRecord } from "./import-plan";
import { openSpool } from "./spool";

const recordOf = (n: number, text = `Event ${n}`): PlannedRecord => ({
  kind: "event",
  id: `eve-${n}`,
  dataset: "csv",
  externalId: `event:${n}\tkey`,
  input: { slug: `e-${n}`, title: { en: text }, outcomes: [], parentEventId: null },
});

async function readAll(rows: AsyncIterable<PlannedRecord[]>) {
  const out: PlannedRecord[][] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe("the import spool", () => {
  it("gives back every row's records, with their JSON and fingerprint", async () => {
    const spool = await openSpool();
    const awkward = recordOf(1, 'Tab\there, line\nend, back\\slash, "quotes", Montréal, 서울, \u2028');
    const rows: PlannedRecord[][] = [[awkward], [], [recordOf(2), recordOf(3)]];
    // Enough rows to span many chunks, written and read.
    for (let n = 4; n < 20_000; n++) rows.push([recordOf(n, `Event ${n} ${"x".repeat(200)}`)]);
    for (const row of rows) await spool.add(row);
    const back = await readAll(spool.rows());
    expect(back).toHaveLength(rows.length);
    expect(back.map((row) => row.map(({ kind, id, dataset, externalId, input }) => ({ kind, id, dataset, externalId, input })))).toEqual(
      rows,
    );
    for (const r of back.flat().slice(0, 100)) {
      expect(r.json).toBe(JSON.stringify(r.input));
      expect(r.fingerprint).toBe(fingerprintOf(r.input));
    }
    await spool.remove();
  });

  it("skips the rows a resumed run has committed, and removes its file", async () => {
    const spool = await openSpool();
    for (let n = 0; n < 10; n++) await spool.add(n === 4 ? [] : [recordOf(n)]);
    const back = await readAll(spool.rows(3));
    expect(back.map((row) => row.map((r) => r.id))).toEqual([["eve-3"], [], ["eve-5"], ["eve-6"], ["eve-7"], ["eve-8"], ["eve-9"]]);
    expect(existsSync(spool.path)).toBe(true);
    await spool.remove();
    expect(existsSync(spool.path)).toBe(false);
  });

  it("removes the spool a killed import left behind, and not a running one's", async () => {
    const root = mkdtempSync(join(tmpdir(), "ties-spool-root-"));
    // A process that has ended: its pid names no running process any more.
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim();
    const stale = join(root, `ties-import-spool-${gone}-abc123`);
    const live = join(root, `ties-import-spool-${process.pid}-def456`);
    mkdirSync(stale);
    mkdirSync(live);
    const spool = await openSpool(root);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(spool.path.startsWith(join(root, `ties-import-spool-${process.pid}-`))).toBe(true);
    await spool.remove();
    rmSync(root, { recursive: true, force: true });
  });
});
