/**
 * The import's Node side alone, no database: the check of a synthetic events CSV (a dry run: read,
 * parse, validate, map), then the write path's work on the same records: building their rows
 * (`rowsForNewRecords`: event, revision, audit entry, key) and encoding them as COPY text, 1,000
 * records at a time. Each stage's least time over six runs, and the check's CPU time on the main
 * thread: on a shared machine the least of several runs is the one the neighbours disturbed least.
 *   npx tsx scripts/bench-import-node.ts [events=20000]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fingerprintOfJson, type NewRecord, rowsForNewRecords } from "@ties/db";
import { csvEventsFormat, runImport } from "@ties/importers";
import { copyText } from "../packages/importers/src/copy-writer";
import { writeSyntheticEvents } from "./bench-import-data";

/** CPU seconds of this process's main thread (/proc, clock ticks of 1/100 s). */
function mainThreadCpu(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const JSON_COLUMNS = new Set(["title", "location", "summary", "snapshot", "details"]);
const ARRAY_COLUMNS = new Set(["parties", "outcomes", "areaSlugs"]);
/** Column types as the COPY writer reads them from the database (here: by name, as the rows come). */
const types = new Map<string, string>();
function typesOf(rows: readonly Record<string, unknown>[]): ReadonlyMap<string, string> {
  for (const r of rows)
    for (const c in r) if (!types.has(c)) types.set(c, JSON_COLUMNS.has(c) ? "jsonb" : ARRAY_COLUMNS.has(c) ? "ARRAY" : "text");
  return types;
}

const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20_000);
const tmp = mkdtempSync(join(tmpdir(), "ties-bench-import-node-"));
try {
  const file = join(tmp, `synthetic-${n}.csv`);
  await writeSyntheticEvents(file, n);
  // The records as the write reads them back from the spool: validated, with their JSON and fingerprint.
  const records: NewRecord[] = [];
  for await (const row of csvEventsFormat.rows(file)) {
    const mapped = csvEventsFormat.map(row, file);
    if (!mapped.ok) throw new Error(mapped.problem.reason);
    for (const r of mapped.records) {
      const json = JSON.stringify(r.input);
      records.push({ ...r, input: JSON.parse(json), json, fingerprint: fingerprintOfJson(json) });
    }
  }
  const runs = { check: [] as number[], checkCpu: [] as number[], build: [] as number[], encode: [] as number[] };
  const opts = { actor: { id: null }, state: "draft" as const, importId: "imp-bench", reason: "Imported from a benchmark (imp-bench)" };
  for (let k = 0; k < 6; k++) {
    const cpu = mainThreadCpu();
    const started = performance.now();
    const s = await runImport(null as never, file, { dryRun: true });
    if (s.status !== "checked") throw new Error(`The check ended ${s.status}`);
    runs.check.push(performance.now() - started);
    runs.checkCpu.push((mainThreadCpu() - cpu) * 1000);
    let build = 0;
    let encode = 0;
    for (let i = 0; i < records.length; i += 1000) {
      const t0 = performance.now();
      const tables = await rowsForNewRecords(records.slice(i, i + 1000), opts, async () => new Map());
      const t1 = performance.now();
      let size = 0;
      for (const t of tables) {
        if (t.rows.length === 0) continue;
        const columns = typesOf(t.rows);
        const t2 = performance.now();
        for (const chunk of copyText(t.table, t.rows, columns).chunks) size += chunk.length;
        encode += performance.now() - t2;
      }
      build += t1 - t0;
      if (size === 0) throw new Error("Nothing encoded");
    }
    runs.build.push(build);
    runs.encode.push(encode);
  }
  const least = (xs: number[]) => `${Math.round(Math.min(...xs))} ms`.padStart(8);
  console.log(
    `${n} events: check ${least(runs.check)} (main thread CPU ${least(runs.checkCpu)}), build rows ${least(runs.build)}, encode ${least(runs.encode)}`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
