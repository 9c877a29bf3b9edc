/**
 * Import benchmark: writes a deterministic synthetic events CSV (100,000 rows by default), imports
 * it into a throwaway PostgreSQL in a process of its own, and prints events per second and that
 * process's peak memory; then the same for the whole HistoryAtState folder when it is present.
 *   npm run bench:import -- [events=100000] [--no-datasets] [--profile] [--writers=2]
 * `--profile` prints where the import's time went, stage by stage, and writes a CPU profile of the
 * import process (`--cpu-prof`) to `ties-import-profiles` in the temporary folder. `--writers=1`
 * writes one batch at a time, as the importer did before it wrote two at once; `--writers=3` three.
 * Each line also gives the CPU time the import process and the PostgreSQL server spent on it:
 * on a shared machine the time on the clock depends on the neighbours, the work done much less.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@ties/db";
import { repoRoot } from "@ties/db/ops";
import { runImport } from "@ties/importers";
import { withBenchDatabase } from "./bench-database";
import { writeSyntheticEvents } from "./bench-import-data";

interface ChildResult {
  status: string;
  rows: number;
  records: number;
  created: number;
  seconds: number;
  peakMb: number;
  /** CPU seconds of the import process (user and system), from the start of the import. */
  cpu: number;
  /** CPU seconds of the PostgreSQL server (every process of it) during the import. */
  pgCpu?: number;
  refused: unknown[];
}

/** Fields of /proc/<pid>/stat after the command name (in parentheses, which may hold spaces). */
function statOf(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU seconds the PostgreSQL server has spent so far: its postmaster, its live processes and the
 * backends it has reaped (a connection's backend exits with it). Clock ticks of 1/100 s.
 */
function serverCpu(postmaster: number): number {
  const own = statOf(postmaster);
  if (!own) return 0;
  // utime, stime, cutime, cstime are fields 14-17 of the stat line (11-14 after the name).
  let ticks = [11, 12, 13, 14].reduce((t, i) => t + Number(own[i]), 0);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === postmaster) continue;
    const f = statOf(Number(entry));
    if (f && Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / 100;
}

/** Imports in a child process, so its peak memory is the import's own. */
async function importInChild(url: string, path: string, profile: boolean, writers: number): Promise<ChildResult> {
  const flags = profile ? ["--cpu-prof", "--cpu-prof-dir", join(tmpdir(), "ties-import-profiles")] : [];
  const args = [
    ...flags,
    "--import",
    "tsx",
    fileURLToPath(import.meta.url),
    "--child",
    url,
    path,
    String(writers),
    ...(profile ? ["--profile"] : []),
  ];
  const probe = createPrismaClient(url, { max: 1 });
  const { pid } = (await probe.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid"))[0]!;
  const postmaster = Number(statOf(pid)?.[1]);
  await probe.$disconnect();
  const pgBefore = serverCpu(postmaster);
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`The import process exited with ${code}`);
  // The import's connections have closed; their backends exit a moment later.
  await new Promise((r) => setTimeout(r, 500));
  return { ...(JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult), pgCpu: serverCpu(postmaster) - pgBefore };
}

async function child(url: string, path: string, writers: number, profile: boolean) {
  const db = createPrismaClient(url, { max: 4 });
  const timings = profile ? new Map<string, number>() : undefined;
  const cpuBefore = process.cpuUsage();
  const s = await runImport(db, path, { timings, writers });
  const used = process.cpuUsage(cpuBefore);
  await db.$disconnect();
  if (timings) {
    // Stages nest (a table's statement inside its batch's transaction), so they do not add up.
    console.error(`Stages of the import (${s.seconds.toFixed(1)} s in all):`);
    for (const [stage, ms] of [...timings].sort((a, b) => b[1] - a[1]))
      console.error(`  ${stage.padEnd(48)} ${(ms / 1000).toFixed(2).padStart(8)} s`);
  }
  const peakMb = process.resourceUsage().maxRSS / 1024;
  // The import's own CPU time, without the process's start-up.
  const cpu = (used.user + used.system) / 1e6;
  process.stdout.write(
    `${JSON.stringify({ status: s.status, rows: s.rows, records: s.records, created: s.created, seconds: s.seconds, peakMb, cpu, refused: s.refused })}\n`,
  );
}

function line(label: string, r: ChildResult, unit: string) {
  if (r.status !== "completed") throw new Error(`${label}: ${r.status} ${JSON.stringify(r.refused.slice(0, 3))}`);
  console.log(
    `${label.padEnd(34)} ${String(r.rows).padStart(7)} ${unit} ${r.seconds.toFixed(1).padStart(7)} s ${String(Math.round(r.rows / r.seconds)).padStart(7)} ${unit}/s  peak ${Math.round(r.peakMb)} MB (${r.records} records, ${r.created} created)  cpu: import ${r.cpu.toFixed(1)} s, server ${(r.pgCpu ?? 0).toFixed(1)} s`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const profile = args.includes("--profile");
  const writers = Number(/^--writers=(\d+)$/.exec(args.find((a) => a.startsWith("--writers=")) ?? "")?.[1] ?? 2);
  const datasets = join(repoRoot, "../shared/data/historyatstate");
  const tmp = mkdtempSync(join(tmpdir(), "ties-bench-import-"));
  try {
    const file = join(tmp, `synthetic-${n}.csv`);
    await writeSyntheticEvents(file, n);
    await withBenchDatabase({ name: "bench-import", portFrom: 56600 }, async (_db, url) => {
      line(`synthetic CSV (${n} events)`, await importInChild(url, file, profile, writers), "events");
    });
    if (!args.includes("--no-datasets") && existsSync(datasets)) {
      await withBenchDatabase({ name: "bench-import", portFrom: 56600 }, async (_db, url) => {
        line("HistoryAtState folder", await importInChild(url, datasets, profile, writers), "events");
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child")
  await child(process.argv[3]!, process.argv[4]!, Number(process.argv[5]), process.argv[6] === "--profile");
else await main();
