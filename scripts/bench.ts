/**
 * The read path's benchmark: a throwaway PostgreSQL holding the seed record plus a deterministic
 * synthetic record of the size asked for, then each public read timed through the tRPC caller
 * beside the very statements it sent, replayed through `pg` (the floor: what the database alone
 * takes), with the ratio; optionally over HTTP against the built web app and a bare Next.js app
 * started side by side (see bench-http.ts). Prints one markdown table and writes the same figures
 * as JSON.
 *   npm run bench -- [size: seed | 100k | 1m | <events>] [--runs=200] [--budget=15] [--http] [--duration=10] [--json=.ties/bench-<size>.json]
 * Figures from a busy machine are inflated: measure on a quiet one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createCaller, createContextInner } from "@ties/api";
import { connectionConfig, createPrismaClient, type Db } from "@ties/db";
import { repoRoot } from "@ties/db/ops";
import pg from "pg";
import { withBenchDatabase } from "./bench-database";
import { type HttpFigures, runHttpBench } from "./bench-http";
import { loadSynthetic, seedVocabulary } from "./bench-synthetic";
import { percentile, timed } from "./bench-timing";

export interface CaseFigures {
  name: string;
  runs: number;
  p50: number;
  p99: number;
  statements: number;
  sqlP50: number;
  sqlP99: number;
  /** Caller p99 over raw SQL p99. */
  ratio: number;
}

export interface BenchReport {
  size: string;
  events: number;
  loadSeconds: number;
  eventsPerSecond: number;
  cases: CaseFigures[];
  http: HttpFigures | null;
  machine: { cpus: number; loadAverage: number[]; hugePages: string };
}

export function parseSize(arg: string | undefined): number {
  const s = (arg ?? "seed").toLowerCase();
  if (s === "seed") return 0;
  const m = /^(\d+(?:\.\d+)?)([km]?)$/.exec(s);
  if (!m) throw new Error(`Unknown size "${arg}": seed, 100k, 1m or a number of events`);
  return Math.round(Number(m[1]) * (m[2] === "m" ? 1_000_000 : m[2] === "k" ? 1000 : 1));
}

export async function runBench(opts: {
  size: string;
  runs: number;
  budgetSeconds: number;
  http: { durationSeconds: number; connections: number } | null;
  log?: (line: string) => void;
  /** A seeded database to run in instead of a throwaway server of its own (the test suite's smoke run). */
  database?: { db: Db; url: string };
}): Promise<BenchReport> {
  const log = opts.log ?? (() => {});
  const events = parseSize(opts.size);
  const inDatabase = <T>(run: (db: Db, url: string) => Promise<T>) =>
    opts.database ? run(opts.database.db, opts.database.url) : withBenchDatabase({ name: "bench", portFrom: 56400 }, run);
  return inDatabase(async (db, url) => {
    log(`Loading ${events} synthetic events...`);
    const loadSeconds = await loadSynthetic(db, events, log);
    const total = await db.event.count();
    log(`Loaded in ${loadSeconds.toFixed(1)} s (${total} events in the database)`);

    // The caller's own client reports each statement, so the same statements can be replayed raw.
    let recording: { text: string; values: unknown[] }[] | null = null;
    const measured = createPrismaClient(url, {
      max: 4,
      onQuery: (text, values) => recording?.push({ text, values }),
    });
    const raw = new pg.Client(connectionConfig(url));
    await raw.connect();
    try {
      const api = createCaller(createContextInner({ db: measured, surface: "public" }));
      const area = (
        await db.$queryRaw<{ slug: string }[]>`
        SELECT s AS slug FROM "Event", unnest("areaSlugs") s WHERE state = 'published' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`
      )[0]?.slug;
      const listInput = { limit: 20, area, from: "1990-01-01", to: "2020-12-31", type: "meeting" as const };
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const page: { nextCursor: string | null } = await api.event.list({ ...listInput, limit: 100, ...(cursor ? { cursor } : {}) });
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const byLinks = async (sql: string) => (await db.$queryRawUnsafe<{ id: string }[]>(sql))[0]?.id ?? "";
      const eventId = await byLinks(
        `SELECT ep."eventId" AS id FROM "EventParticipant" ep JOIN "Event" e ON e.id = ep."eventId" WHERE e.state = 'published' AND e.parties @> ARRAY['KR','CA'] GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      );
      const agreementId = await byLinks(`SELECT "agreementId" AS id FROM "EventAgreement" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
      const personId = await byLinks(`SELECT "personId" AS id FROM "EventParticipant" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
      const rarePerson = await byLinks(`SELECT "personId" AS id FROM "EventParticipant" GROUP BY 1 ORDER BY count(*) ASC, 1 LIMIT 1`);
      // Two of the vocabulary's 400 commonest words, another pair each run (a fixed sequence): words
      // on a few percent of the events each, between what a short walk and the index answer best.
      // Its SQL figure replays the first pair's statements.
      const vocabulary = seedVocabulary().slice(0, 400);
      let seed = 0x2545f491;
      const word = () => {
        seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
        return vocabulary[seed % vocabulary.length]!;
      };
      const cases: [string, () => Promise<unknown>][] = [
        ["event.list area+dates+type, first page", () => api.event.list(listInput)],
        ["event.list area+dates+type, deep page", () => api.event.list({ ...listInput, ...(cursor ? { cursor } : {}) })],
        ["search.query rare term", () => api.search.query({ q: "GSOIA" })],
        ["search.query common term", () => api.search.query({ q: "minister" })],
        ["search.query two common words, others each run", () => api.search.query({ q: `${word()} ${word()}` })],
        ["event.list q common term", () => api.event.list({ limit: 20, q: "minister" })],
        ["event.byId", () => api.event.byId({ id: eventId })],
        ["agreement.byId", () => api.agreement.byId({ id: agreementId })],
        ["person.byId (most events)", () => api.person.byId({ id: personId })],
        ["person.byId (fewest events)", () => api.person.byId({ id: rarePerson })],
        ["stats.activity", () => api.stats.activity({})],
        ["stats.activity area+dates", () => api.stats.activity({ area, from: "1995-03-15", to: "2015-10-20" })],
        ["event.filterOptions (uncached)", () => api.event.filterOptions()],
      ];
      const figures: CaseFigures[] = [];
      for (const [name, run] of cases) {
        recording = [];
        await run();
        const statements = recording;
        recording = null;
        const times = await timed(run, opts.runs, opts.budgetSeconds * 1000);
        const sqlTimes = await timed(
          async () => {
            for (const s of statements) await raw.query({ text: s.text, values: s.values });
          },
          opts.runs,
          opts.budgetSeconds * 1000,
        );
        const f: CaseFigures = {
          name,
          runs: times.length,
          p50: percentile(times, 0.5),
          p99: percentile(times, 0.99),
          statements: statements.length,
          sqlP50: percentile(sqlTimes, 0.5),
          sqlP99: percentile(sqlTimes, 0.99),
          ratio: percentile(times, 0.99) / Math.max(percentile(sqlTimes, 0.99), 0.001),
        };
        figures.push(f);
        log(`  ${name}: p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms (SQL p99 ${f.sqlP99.toFixed(1)} ms)`);
      }
      const varied =
        events > 0
          ? {
              eventIds: (
                await db.$queryRawUnsafe<{ id: string }[]>(
                  `SELECT id FROM "Event" WHERE state = 'published' AND parties @> ARRAY['KR','CA'] ORDER BY md5(id) LIMIT 20000`,
                )
              ).map((r) => r.id),
              words: seedVocabulary().slice(0, 400),
              types: (await db.$queryRawUnsafe<{ type: string }[]>(`SELECT DISTINCT type FROM "Event" ORDER BY 1`)).map((r) => r.type),
            }
          : undefined;
      const http = opts.http ? await runHttpBench({ databaseUrl: url, ...opts.http, log, ids: { eventId, agreementId }, varied }) : null;
      const os = await import("node:os");
      // Whether the server's shared memory is on huge pages: without them, each server process pays
      // a page fault for every shared page it touches first, which shows in the slowest runs.
      const hugePages =
        (await db.$queryRawUnsafe<{ huge_pages_status: string }[]>("SHOW huge_pages_status").catch(() => []))[0]?.huge_pages_status ??
        "unknown (before PostgreSQL 17)";
      return {
        size: opts.size,
        events: total,
        loadSeconds,
        eventsPerSecond: events > 0 ? events / loadSeconds : 0,
        cases: figures,
        http,
        machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), hugePages },
      };
    } finally {
      await raw.end();
      await measured.$disconnect();
    }
  });
}

export function markdownTable(r: BenchReport): string {
  const ms = (v: number) => v.toFixed(1);
  const lines = [
    `Read path at ${r.events.toLocaleString("en")} events (${r.size}); synthetic record generated in SQL in ${r.loadSeconds.toFixed(1)} s${
      r.eventsPerSecond ? ` (${Math.round(r.eventsPerSecond).toLocaleString("en")} events/s with their links; not the importer)` : ""
    }; load average ${r.machine.loadAverage.map((l) => l.toFixed(1)).join(" ")} on ${r.machine.cpus} cores; PostgreSQL's shared memory on huge pages: ${r.machine.hugePages}.`,
    "",
    "| case | runs | statements | p50 ms | p99 ms | SQL p50 ms | SQL p99 ms | p99 / SQL |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...r.cases.map(
      (c) =>
        `| ${c.name} | ${c.runs} | ${c.statements} | ${ms(c.p50)} | ${ms(c.p99)} | ${ms(c.sqlP50)} | ${ms(c.sqlP99)} | ${c.ratio.toFixed(1)} |`,
    ),
  ];
  if (r.http) {
    lines.push(
      "",
      `Over HTTP: ${r.http.connections} connections, ${r.http.durationSeconds} s each after a warm-up; web server peak resident memory ${r.http.webPeakRssMb} MB.`,
      "",
      "| target | req/s | p50 ms | p99 ms | errors | vs bare |",
      "|---|---:|---:|---:|---:|---|",
      ...r.http.targets.map((t) =>
        t.completed === 0
          ? `| ${t.name} | none completed in the run | | | ${t.errors} | |`
          : `| ${t.name} | ${Math.round(t.rps)} | ${ms(t.p50)} | ${ms(t.p99)} | ${t.errors} | ${t.floor ? `${((100 * t.rps) / t.floorRps).toFixed(0)}% of ${t.floor}` : "(floor)"} |`,
      ),
    );
  }
  return lines.join("\n");
}

async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const size = args.find((a) => !a.startsWith("--")) ?? "seed";
  const report = await runBench({
    size,
    runs: Number(flag("runs") ?? 200),
    budgetSeconds: Number(flag("budget") ?? 15),
    http: args.includes("--http")
      ? { durationSeconds: Number(flag("duration") ?? 10), connections: Number(flag("connections") ?? 10) }
      : null,
    log: (line) => console.error(line),
  });
  const json = flag("json") ?? join(repoRoot, ".ties", `bench-${size}.json`);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(markdownTable(report));
  console.log(`\nFigures written to ${json}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`Error: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });
}
