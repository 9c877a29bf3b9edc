/**
 * The public site's resident memory under the HTTP benchmark's load, taken apart: the web server is
 * loaded as `npm run bench -- --http` loads it (autocannon on loopback, WEB_MEMORY_CONNECTIONS
 * connections, WEB_MEMORY_SECONDS per target after a third as long of warm-up, the same targets
 * in the same order), and its peak resident memory is printed with what made it up at that moment
 * (heap committed and used, memory outside the heap, kept answers). With a bare Next.js app built
 * by the benchmark (node_modules/.cache/ties-bench/bare-next), the same is measured for it, loaded
 * on its own pages, for comparison (WEB_MEMORY_BARE=0 leaves it out). TIES_NODE_FLAGS sets the runtime flags (see scripts/apps.ts);
 * the process needs a WebSocket (node --experimental-websocket on Node 20). With TIES_MEMORY_PROBES=1:
 *
 *   TIES_MEMORY_PROBES=1 NODE_OPTIONS=--experimental-websocket TIES_E2E=0 npx vitest run --config tests/stress/vitest.config.ts tests/stress/web-memory.stress.ts
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cloneDatabase, dropDatabase, repoRoot, withDatabase } from "@ties/db/ops";
import { createPrismaClient } from "@ties/db";
import { TEMPLATE_SEEDED, testServerUrl } from "@ties/db/testing";
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appNodeFlags, spawnApp, stopApps, waitUntilServing } from "../../scripts/apps";
import { freePort, groupRssMb } from "../../scripts/bench-http";
import { connectInspector, type Inspector } from "./inspector";

const SECONDS = Number(process.env.WEB_MEMORY_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.WEB_MEMORY_CONNECTIONS ?? 10);
const BARE_DIR = join(repoRoot, "node_modules/.cache/ties-bench/bare-next");

function rssFilesMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/RssFile:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** CPU time the process has used (user and system), in ms: per request, a measure the machine's load hardly moves. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

interface Peak {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  files: number;
  kept: number;
}

/**
 * Loads each of `targets` in turn while sampling the server's memory (resident memory of its
 * process group every 250 ms, and through its inspector the heap every second), and returns the
 * figures at the sample with the highest resident memory, with throughput per target.
 */
async function loadAndSample(child: ChildProcess, inspector: Inspector, all: [string, string][]) {
  // WEB_MEMORY_ONLY=<pattern> loads only the targets whose name matches (to compare one page's throughput).
  const only = process.env.WEB_MEMORY_ONLY ? new RegExp(process.env.WEB_MEMORY_ONLY) : null;
  const targets = all.filter(([name]) => !only || only.test(name));
  const pid = child.pid as number;
  let peak: Peak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, files: 0, kept: 0 };
  let last = { heapTotal: 0, heapUsed: 0, external: 0, kept: 0 };
  let sampling = true;
  const heapSampler = (async () => {
    while (sampling) {
      try {
        const m = await inspector.memory();
        const kept = await inspector.evaluate<number>("globalThis[Symbol.for('ties.kept-responses')]?.bytes ?? 0");
        last = { heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), kept: mb(kept) };
      } catch {}
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  const rssSampler = setInterval(() => {
    const rss = groupRssMb(pid);
    if (rss > peak.rss) peak = { rss, files: rssFilesMb(pid), ...last };
  }, 250);
  const rates: string[] = [];
  try {
    for (const [name, url] of targets) {
      const first = await fetch(url);
      await first.arrayBuffer();
      expect(first.status, `${name}: ${url}`).toBe(200);
      await autocannon({ url, connections: CONNECTIONS, duration: Math.max(1, Math.round(SECONDS / 3)) });
      const cpu = cpuMs(pid);
      const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
      const perRequest = (cpuMs(pid) - cpu) / Math.max(1, r.requests.total);
      rates.push(
        `${name} ${Math.round(r.requests.average)} req/s, ${perRequest.toFixed(2)} CPU ms/request (p99 ${r.latency.p99} ms, ${r.errors + r.timeouts + r.non2xx} errors)`,
      );
    }
  } finally {
    clearInterval(rssSampler);
    sampling = false;
    await heapSampler;
  }
  const m = await inspector.memory();
  const keptAtEnd = await inspector.evaluate<number>("globalThis[Symbol.for('ties.kept-responses')]?.bytes ?? -1");
  await inspector.collectGarbage();
  const idle = await inspector.memory();
  return {
    peak,
    rates,
    end: { kept: mb(keptAtEnd), rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsedAfterGc: mb(idle.heapUsed), rssAfterGc: mb(idle.rss) },
  };
}

function describePeak(name: string, r: Awaited<ReturnType<typeof loadAndSample>>): string {
  const p = r.peak;
  const f = (x: number) => x.toFixed(0);
  return [
    `${name}: peak resident ${f(p.rss)} MB = heap committed ${f(p.heapTotal)} (used ${f(p.heapUsed)}) + outside the heap ${f(p.rss - p.heapTotal)} ` +
      `(mapped files ${f(p.files)}, external buffers ${f(p.external)} of which kept answers ${f(p.kept)}, other native ${f(p.rss - p.heapTotal - p.files - p.external)})`,
    `${name}: at the end ${f(r.end.rss)} MB resident, heap committed ${f(r.end.heapTotal)} MB, kept answers ${r.end.kept.toFixed(2)} MB; after a full collection heap used ${f(r.end.heapUsedAfterGc)} MB, resident ${f(r.end.rssAfterGc)} MB`,
    `${name}: ${r.rates.join("; ")}`,
  ].join("\n");
}

describe.skipIf(process.env.TIES_MEMORY_PROBES !== "1" || typeof WebSocket === "undefined")(
  "web server memory under the HTTP benchmark's load",
  () => {
    const name = `wm_${randomBytes(4).toString("hex")}`;
    const children: ChildProcess[] = [];
    const inspectors: Inspector[] = [];
    afterAll(async () => {
      for (const i of inspectors) i.close();
      await stopApps(children);
      await dropDatabase(testServerUrl(), name);
    });
    let dbUrl = "";
    let ids = { event: "", agreement: "" };
    beforeAll(async () => {
      await cloneDatabase(testServerUrl(), TEMPLATE_SEEDED, name);
      dbUrl = withDatabase(testServerUrl(), name);
      const db = createPrismaClient(dbUrl, { max: 2 });
      const event = await db.event.findFirst({ where: { state: "published" }, select: { slug: true } });
      const agreement = await db.agreement.findFirst({ where: { state: "published" }, select: { slug: true } });
      await db.$disconnect();
      ids = { event: encodeURIComponent(event?.slug ?? ""), agreement: encodeURIComponent(agreement?.slug ?? "") };
    });

    it(`the web server, ${CONNECTIONS} connections, ${SECONDS} s per target`, async () => {
      const port = await freePort(56700);
      const inspectPort = await freePort(9460);
      const web = spawnApp(
        repoRoot,
        "web",
        port,
        { ...process.env, DATABASE_URL: dbUrl, TIES_ACCESS_LOG: "0", NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` },
        "ignore",
        "ignore",
      );
      children.push(web);
      const url = `http://127.0.0.1:${port}`;
      await waitUntilServing(`${url}/api/health`);
      const inspector = await connectInspector(inspectPort);
      inspectors.push(inspector);
      const batch = encodeURIComponent(JSON.stringify({ 0: { limit: 20 } }));
      const r = await loadAndSample(web, inspector, [
        ["REST list", `${url}/api/v1/events?limit=20`],
        ["REST detail", `${url}/api/v1/events/${ids.event}`],
        ["tRPC batch", `${url}/api/trpc/event.list,stats.totals?batch=1&input=${batch}`],
        ["home", `${url}/en`],
        ["timeline", `${url}/en/events`],
        ["timeline filtered", `${url}/en/events?type=meeting&from=2000-01-01`],
        ["event", `${url}/en/events/${ids.event}`],
        ["agreement", `${url}/en/agreements/${ids.agreement}`],
      ]);
      console.log(`\nflags: ${appNodeFlags(process.env).join(" ") || "(none)"}\n${describePeak("web", r)}`);
    });

    it.skipIf(!existsSync(join(BARE_DIR, ".next/BUILD_ID")) || process.env.WEB_MEMORY_BARE === "0")(
      "a bare Next.js app of the same version, loaded the same way",
      async () => {
        const port = await freePort(56800);
        const inspectPort = await freePort(9480);
        const bare = spawn(
          process.execPath,
          [`--inspect=127.0.0.1:${inspectPort}`, join(repoRoot, "apps/web/node_modules/next/dist/bin/next"), "start", "-p", String(port)],
          { cwd: BARE_DIR, env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true },
        );
        children.push(bare);
        const url = `http://127.0.0.1:${port}`;
        await waitUntilServing(url);
        const inspector = await connectInspector(inspectPort);
        inspectors.push(inspector);
        const r = await loadAndSample(bare, inspector, [
          ["route handler", `${url}/api/items`],
          ["dynamic page", `${url}/dynamic`],
          ["static page", `${url}/`],
        ]);
        console.log(`\n${describePeak("bare Next.js", r)}`);
      },
    );
  },
);
