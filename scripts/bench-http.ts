/**
 * The HTTP half of the benchmark: the built web app and a bare Next.js app (the same installed
 * `next`, generated here: a constant route handler, a constant dynamic page and a constant static
 * page) started side by side, each loaded in turn with autocannon on loopback after a warm-up, so
 * every Ties figure has the framework's own floor from the same run beside it. The web server's
 * resident memory (its whole process group) is sampled under load.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { portFree, repoRoot } from "@ties/db/ops";
import autocannon from "autocannon";
import { spawnApp, stopApps, waitUntilServing } from "./apps";

export interface HttpTarget {
  name: string;
  /** Requests answered during the measured run (0: every request outlasted it). */
  completed: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The bare target this one is compared with, and its throughput. */
  floor: string | null;
  floorRps: number;
}

export interface HttpFigures {
  connections: number;
  durationSeconds: number;
  webPeakRssMb: number;
  targets: HttpTarget[];
}

const BARE_ITEMS = JSON.stringify({
  items: Array.from({ length: 20 }, (_, i) => ({ id: `evt-${i}`, title: { en: `Meeting ${i}` }, date: "2025-03-07" })),
  nextCursor: null,
});

/** Writes the bare app under node_modules/.cache (ignored), reusing the web app's installed next and react. */
function writeBareApp(): string {
  const dir = join(repoRoot, "node_modules/.cache/ties-bench/bare-next");
  const stamp = JSON.stringify({
    next: readFileSync(join(repoRoot, "apps/web/node_modules/next/package.json"), "utf8").length,
    BARE_ITEMS,
  });
  if (
    existsSync(join(dir, ".next/BUILD_ID")) &&
    existsSync(join(dir, "stamp.json")) &&
    readFileSync(join(dir, "stamp.json"), "utf8") === stamp
  )
    return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app/dynamic"), { recursive: true });
  mkdirSync(join(dir, "app/api/items"), { recursive: true });
  symlinkSync(join(repoRoot, "apps/web/node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true, type: "module" }));
  writeFileSync(join(dir, "next.config.mjs"), "export default {};\n");
  // Plain JavaScript with createElement: no JSX or TypeScript set-up to bring along.
  writeFileSync(
    join(dir, "app/layout.js"),
    `import { createElement as h } from "react";\nexport default function Layout({ children }) { return h("html", { lang: "en" }, h("body", null, children)); }\n`,
  );
  const page = (what: string) =>
    `import { createElement as h } from "react";\nexport default function Page() { return h("main", null, h("h1", null, "${what}"), h("ol", null, Array.from({ length: 20 }, (_, i) => h("li", { key: i }, "Meeting " + i)))); }\n`;
  writeFileSync(join(dir, "app/page.js"), page("Static"));
  writeFileSync(join(dir, "app/dynamic/page.js"), `export const dynamic = "force-dynamic";\n${page("Dynamic")}`);
  writeFileSync(
    join(dir, "app/api/items/route.js"),
    `export const dynamic = "force-dynamic";\nconst body = ${JSON.stringify(BARE_ITEMS)};\nexport function GET() { return new Response(body, { headers: { "content-type": "application/json" } }); }\n`,
  );
  const r = spawnSyncNext(dir, ["build"]);
  if (r !== 0) throw new Error(`The bare Next.js app did not build (exit ${r})`);
  writeFileSync(join(dir, "stamp.json"), stamp);
  return dir;
}

function nextBin(): string {
  return join(repoRoot, "apps/web/node_modules/next/dist/bin/next");
}

function spawnSyncNext(dir: string, args: string[]): number {
  const r = spawnSync(process.execPath, [nextBin(), ...args], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return r.status ?? 1;
}

export async function freePort(from: number): Promise<number> {
  for (let p = from; p < from + 200; p++) if (await portFree(p)) return p;
  throw new Error(`No free port from ${from}`);
}

/** Resident memory of every process in a process group, in MB (Linux /proc). */
export function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}

/**
 * Paths drawn from a fixed-seed generator: a filtered list (a type and a three-year window from any
 * day in 75 years), an event's detail, a search for two words of the vocabulary.
 */
function variedRequests(v: { eventIds: string[]; words: string[]; types: string[] }) {
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const day = (offset: number) => new Date(Date.UTC(1950, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    list: () => {
      const from = Math.floor(next() * 27_375);
      return `/api/v1/events?limit=20&type=${pick(v.types)}&from=${day(from)}&to=${day(from + 3 * 365)}`;
    },
    detail: () => `/api/v1/events/${encodeURIComponent(pick(v.eventIds))}`,
    search: () => `/api/v1/search?q=${encodeURIComponent(`${pick(v.words)} ${pick(v.words)}`)}`,
  };
}

async function load(url: string, connections: number, duration: number, requests?: autocannon.Request[]) {
  const opts = { url, connections, duration, ...(requests ? { requests } : {}) };
  await autocannon({ ...opts, duration: Math.max(1, Math.round(duration / 3)) });
  const r = await autocannon(opts);
  return {
    completed: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

export async function runHttpBench(opts: {
  databaseUrl: string;
  durationSeconds: number;
  connections: number;
  ids: { eventId: string; agreementId: string };
  /**
   * With a synthetic record: published event ids and words to draw requests from, so that each
   * request asks for something else and none is answered from a cache (see `variedRequests`).
   */
  varied?: { eventIds: string[]; words: string[]; types: string[] };
  log: (line: string) => void;
}): Promise<HttpFigures> {
  if (!existsSync(join(repoRoot, "apps/web/.next/BUILD_ID")))
    throw new Error("Build the web app first: npx turbo run build --filter=@ties/web");
  opts.log("Building the bare Next.js app...");
  const bareDir = writeBareApp();
  const children: ChildProcess[] = [];
  try {
    const webPort = await freePort(56500);
    const web = spawnApp(repoRoot, "web", webPort, { ...process.env, DATABASE_URL: opts.databaseUrl }, "ignore", "ignore");
    children.push(web);
    const barePort = await freePort(webPort + 1);
    const bare = spawn(process.execPath, [nextBin(), "start", "-p", String(barePort)], {
      cwd: bareDir,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    });
    children.push(bare);
    const webUrl = `http://127.0.0.1:${webPort}`;
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await Promise.all([waitUntilServing(`${webUrl}/api/health`), waitUntilServing(bareUrl)]);

    const d = opts.durationSeconds;
    const c = opts.connections;
    const targets: HttpTarget[] = [];
    const floors = new Map<string, number>();
    const measure = async (name: string, url: string, floor: string | null, requests?: autocannon.Request[]) => {
      // A target that does not answer 200 (a batch with a failed call answers 207) measures an error, not a read.
      const first = await fetch(url);
      await first.arrayBuffer();
      if (first.status !== 200) throw new Error(`${name}: ${url} answered ${first.status}, not 200`);
      const r = await load(url, c, d, requests);
      if (!floor) floors.set(name, r.rps);
      targets.push({ name, ...r, floor, floorRps: floor ? (floors.get(floor) ?? 0) : r.rps });
      opts.log(`  ${name}: ${Math.round(r.rps)} req/s, p99 ${r.p99} ms, ${r.errors} errors`);
    };
    await measure("bare route handler", `${bareUrl}/api/items`, null);
    await measure("bare dynamic page", `${bareUrl}/dynamic`, null);
    await measure("bare static page", `${bareUrl}/`, null);

    let peak = 0;
    const sampler = setInterval(() => {
      if (web.pid) peak = Math.max(peak, groupRssMb(web.pid));
    }, 250);
    try {
      const event = encodeURIComponent(opts.ids.eventId);
      const agreement = encodeURIComponent(opts.ids.agreementId);
      // stats.totals takes no input: the batch gives none for it.
      const batchInput = encodeURIComponent(JSON.stringify({ 0: { limit: 20 } }));
      await measure("REST event list", `${webUrl}/api/v1/events?limit=20`, "bare route handler");
      await measure("REST event detail", `${webUrl}/api/v1/events/${event}`, "bare route handler");
      await measure(
        "tRPC batch (list + totals)",
        `${webUrl}/api/trpc/event.list,stats.totals?batch=1&input=${batchInput}`,
        "bare route handler",
      );
      await measure("home page", `${webUrl}/en`, "bare static page");
      await measure("timeline page", `${webUrl}/en/events`, "bare static page");
      await measure("timeline filtered (uncached)", `${webUrl}/en/events?type=meeting&from=2000-01-01`, "bare dynamic page");
      await measure("event page", `${webUrl}/en/events/${event}`, "bare static page");
      await measure("agreement page", `${webUrl}/en/agreements/${agreement}`, "bare static page");
      if (opts.varied) {
        // A different request each time (hundreds of thousands of combinations): what a cache
        // cannot answer, the figures to compare with a CMS that keeps nothing.
        const v = variedRequests(opts.varied);
        await measure("REST filtered list, each request different", `${webUrl}${v.list()}`, "bare route handler", [
          { setupRequest: (r) => ({ ...r, path: v.list() }) },
        ]);
        await measure("REST event detail, each request different", `${webUrl}${v.detail()}`, "bare route handler", [
          { setupRequest: (r) => ({ ...r, path: v.detail() }) },
        ]);
        await measure("REST search, each request different", `${webUrl}${v.search()}`, "bare route handler", [
          { setupRequest: (r) => ({ ...r, path: v.search() }) },
        ]);
      }
    } finally {
      clearInterval(sampler);
    }
    return { connections: c, durationSeconds: d, webPeakRssMb: Math.round(peak), targets };
  } finally {
    await stopApps(children);
  }
}
