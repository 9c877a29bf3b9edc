// `npm test`: install when needed, build once, then typecheck, lint and every test tier
// (unit, integration against a real PostgreSQL, end-to-end in a real Chromium), ending with a
// plain "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { ensureInstalled, root } from "./bootstrap.mjs";

ensureInstalled();
const bin = (name) => `${root}node_modules/.bin/${name}`;
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
};
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  const ok = r.status === 0;
  console.log(`=== ${name}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

// `biome ci` checks formatting and lint together and fails on any drift from biome.json. Until the
// tree has been formatted in one commit, the format check only reports (lint still fails the run);
// set this to true in that same commit.
const ENFORCE_FORMAT = true;

for (const [name, cmd, args] of [
  ["build", bin("turbo"), ["run", "build", "--output-logs=errors-only"]],
  ["typecheck", bin("turbo"), ["run", "typecheck", "--output-logs=errors-only"]],
  ["typecheck (scripts and tests)", bin("tsc"), ["-p", "tsconfig.json"]],
  ENFORCE_FORMAT ? ["format and lint (biome ci)", bin("biome"), ["ci", "."]] : ["lint", bin("biome"), ["lint", "."]],
]) {
  if (step(name, cmd, args)) passed++;
  else failed++;
}
if (!ENFORCE_FORMAT) {
  const r = spawnSync(bin("biome"), ["format", "."], { cwd: root, encoding: "utf8", env });
  const drift = (`${r.stdout}${r.stderr}`.match(/Found (\d+) errors?/) ?? [])[1] ?? "0";
  console.log(
    `\n=== format check (reporting only): ${r.status === 0 ? "every file is formatted" : `${drift} files differ from biome format`}`,
  );
}

mkdirSync(`${root}.ties`, { recursive: true });
const report = `${root}.ties/vitest-report.json`;
const testsOk = step("tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed += r.numPassedTests ?? 0;
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (skipped > 0) console.log(`\n${skipped} tests skipped (see the report above for which and why)`);
  // A run that failed without a failing test (a setup error, a crashed worker) is one failure.
  failed += (r.numFailedTests ?? 0) + (!testsOk && !r.numFailedTests ? 1 : 0);
} else {
  failed++;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
