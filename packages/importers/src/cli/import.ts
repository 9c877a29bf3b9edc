/**
 * npm run import -- <file|folder> [--publish] [--dry-run] [--batch N]
 * Imports HistoryAtState visits/travels XML or events CSV, showing a progress bar, then prints
 * what was created, updated, unchanged or refused. Exits non-zero when the input is refused.
 */
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { type ImportSummary, runImport } from "../run-import";
import { openDatabase } from "@ties/db/ops";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { publish: { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false }, batch: { type: "string" } },
});
const path = positionals[0];
if (!path) {
  console.error("Usage: npm run import -- <file|folder> [--publish] [--dry-run]");
  process.exit(2);
}

function report(s: ImportSummary) {
  const files = s.files.length === 1 ? s.files[0] : `${s.files.length} files`;
  if (s.status === "refused") {
    console.error(`Refused ${files}: nothing was written.`);
    for (const p of s.refused) console.error(`  ${p.file}${p.line ? `:${p.line}` : ""}${p.column ? `:${p.column}` : ""}: ${p.reason}`);
    return;
  }
  const rate = s.rows / Math.max(s.seconds, 0.001);
  console.log(
    `${s.status === "checked" ? "Checked (dry run, nothing written)" : "Imported"} ${files}: ${s.rows} rows, ${s.records} records in ${s.seconds.toFixed(1)} s (${Math.round(rate)} rows/s)`,
  );
  if (s.status === "completed") {
    console.log(
      `  created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, refused 0${s.resumed ? " (resumed an interrupted run)" : ""}`,
    );
    console.log(`  import ${s.importId}; records land as ${values.publish ? "published" : "drafts in the review queue"}`);
  }
}

const bar = new SingleBar({
  format: "{phase} [{bar}] {percentage}% | {value}/{total} rows | {speed} rows/s | {eta_formatted} left | {errors} errors",
  hideCursor: true,
  etaBuffer: 50,
});
const started = Date.now();
let barStarted = false;

const conn = await openDatabase();
try {
  const summary = await runImport(conn.db, path, {
    publish: values.publish,
    dryRun: values["dry-run"],
    batchSize: values.batch ? Number(values.batch) : undefined,
    onProgress: (p) => {
      const speed = Math.round(p.done / Math.max((Date.now() - started) / 1000, 0.001));
      if (p.phase === "writing" && !barStarted) {
        bar.start(p.total, p.done, { phase: "writing ", speed, errors: 0 });
        barStarted = true;
      } else if (barStarted) bar.update(p.done, { speed, errors: p.errors });
      else if (process.stderr.isTTY) process.stderr.write(`\rchecking ${p.done} rows (${p.errors} errors)`);
    },
  });
  if (barStarted) bar.stop();
  report(summary);
  process.exitCode = summary.status === "refused" ? 1 : 0;
} catch (e) {
  if (barStarted) bar.stop();
  console.error(`Error: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await conn.close();
}
