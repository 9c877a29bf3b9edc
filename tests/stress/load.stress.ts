/**
 * Load and memory: a fixed rate of mixed public reads (home, timeline with filters, event,
 * agreement, search, REST list) for STRESS_SECONDS (60 unless set) on loopback, while curators
 * save drafts through the admin API. Zero errors, p99 reported, resident memory of both app
 * processes flat (after within 10% of before). Runs its own pair of apps so their pids are known.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createUserWithPassword } from "@ties/api/server";
import { cloneDatabase, dropDatabase, portFree, repoRoot, withDatabase } from "@ties/db/ops";
import { createPrismaClient } from "@ties/db";
import { TEMPLATE_SEEDED, testServerUrl } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnApp, stopApps, waitUntilServing } from "../../scripts/apps";
import { connectInspector, type Inspector, type MemoryFigures } from "./inspector";

const SECONDS = Number(process.env.STRESS_SECONDS ?? 60);
const RATE = Number(process.env.STRESS_RATE ?? 40);
/** The same traffic before "before" is measured (see the test). */
const WARM_SECONDS = Number(process.env.STRESS_WARM_SECONDS ?? 20);
const PASSWORD = "stress-curator-password-1";
/** Sign-in timing: tries per kind (a known account with a wrong password, an unknown account). */
const TIMING_TRIES = Number(process.env.STRESS_SIGN_IN_TRIES ?? 50);
const TIMING_ACCOUNTS = Math.ceil(TIMING_TRIES / 10);
/**
 * STRESS_INSPECT=1 starts both apps with their inspector open and, at "before" and "after", prints
 * each one's heap after a full collection (what is kept) beside its resident memory (what the
 * runtime holds); STRESS_HEAP_SNAPSHOTS=<folder> also writes heap snapshots there. The collection
 * changes what follows, so these figures come from their own runs, not from the checked ones.
 */
const INSPECT = process.env.STRESS_INSPECT === "1";
const SNAPSHOTS = process.env.STRESS_HEAP_SNAPSHOTS;

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(m?.[1] ?? 0);
}
/** The server process and what it spawned, summed (Next.js may run workers). */
function treeRssKb(pid: number): number {
  let total = rssKb(pid);
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    for (const c of children) total += treeRssKb(c);
  } catch {}
  return total;
}
/** Resident memory split into the heap and other anonymous memory, and mapped files (code), in kB. */
function rssParts(pid: number): { anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { anon: field("RssAnon"), file: field("RssFile") + field("RssShmem") };
}
/** Resident kB of each mapping of a process (/proc/<pid>/smaps), keyed by its address range and name. */
function mappings(pid: number): Map<string, { kb: number; sizeKb: number }> {
  const out = new Map<string, { kb: number; sizeKb: number }>();
  let key = "";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      key = `${head[1]} ${head[3] || "[anon]"}`;
      out.set(key, { kb: 0, sizeKb: (Number.parseInt(head[2] as string, 16) - Number.parseInt(head[1] as string, 16)) / 1024 });
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    const m = out.get(key);
    if (rss && m) m.kb = Number(rss[1]);
  }
  return out;
}
/** The mappings whose resident memory grew most between two readings of `mappings`. */
function grownMappings(before: Map<string, { kb: number; sizeKb: number }>, after: Map<string, { kb: number; sizeKb: number }>): string {
  const grown = [...after].map(([k, v]) => ({ k, v, d: v.kb - (before.get(k)?.kb ?? 0) })).filter((x) => Math.abs(x.d) >= 1024);
  grown.sort((a, b) => b.d - a.d);
  const total = grown.reduce((t, x) => t + x.d, 0);
  const fresh = [...after.keys()].filter((k) => !before.has(k)).length;
  return `${(total / 1024).toFixed(1)} MB in mappings that changed by 1 MB or more (${fresh} new mappings): ${grown
    .slice(0, 8)
    .map((x) => `${x.k} (${(x.v.sizeKb / 1024).toFixed(0)} MB mapped) ${x.d > 0 ? "+" : ""}${(x.d / 1024).toFixed(1)}`)
    .join(", ")}`;
}
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

describe("load and memory", () => {
  const name = `st_${randomBytes(4).toString("hex")}`;
  let web: ChildProcess;
  let admin: ChildProcess;
  let webUrl = "";
  let adminUrl = "";
  const inspectPorts = { web: 0, admin: 0 };
  const mapped: Record<string, Map<string, { kb: number; sizeKb: number }>> = {};
  const paths: string[] = [];
  beforeAll(async () => {
    await cloneDatabase(testServerUrl(), TEMPLATE_SEEDED, name);
    const dbUrl = withDatabase(testServerUrl(), name);
    const db = createPrismaClient(dbUrl, { max: 2 });
    for (let i = 0; i < 2; i++)
      await createUserWithPassword(db, { email: `curator${i}@stress.test`, name: `Curator ${i}`, password: PASSWORD, role: "curator" });
    // Accounts for the sign-in timing run: ten wrong passwords each stays under the per-account lockout.
    for (let i = 0; i < TIMING_ACCOUNTS; i++)
      await createUserWithPassword(db, { email: `timing${i}@stress.test`, name: `Timing ${i}`, password: PASSWORD, role: "curator" });
    const event = await db.event.findFirst({ where: { state: "published" }, select: { slug: true } });
    const agreement = await db.agreement.findFirst({ where: { state: "published" }, select: { slug: true } });
    await db.$disconnect();
    let port = 3520;
    while (!(await portFree(port))) port++;
    let port2 = port + 1;
    while (!(await portFree(port2))) port2++;
    webUrl = `http://localhost:${port}`;
    adminUrl = `http://localhost:${port2}`;
    const env = {
      ...process.env,
      DATABASE_URL: dbUrl,
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      WEB_URL: webUrl,
      ADMIN_URL: adminUrl,
      SIGN_IN_RATE_LIMIT: "1000",
      TIES_ACCESS_LOG: "0",
    };
    const inspect = async (from: number) => {
      let p = from;
      while (!(await portFree(p))) p++;
      return p;
    };
    if (INSPECT) {
      inspectPorts.web = await inspect(9400);
      inspectPorts.admin = await inspect(inspectPorts.web + 1);
    }
    const appEnv = (app: "web" | "admin") => (INSPECT ? { ...env, NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPorts[app]}` } : env);
    web = spawnApp(repoRoot, "web", port, appEnv("web"), "ignore");
    admin = spawnApp(repoRoot, "admin", port2, appEnv("admin"), "ignore");
    await Promise.all([waitUntilServing(`${webUrl}/api/health`), waitUntilServing(`${adminUrl}/api/health`)]);
    paths.push(
      "/",
      "/events",
      "/events?type=meeting",
      "/events?area=security-defence&from=2020-01-01",
      "/events?q=minerals",
      `/events/${event?.slug}`,
      `/agreements/${agreement?.slug}`,
      "/api/v1/search?q=Canada",
      "/api/v1/events?limit=20",
      "/api/v1/agreements",
    );
  });
  afterAll(async () => {
    for (const i of Object.values(inspectors)) i.close();
    await stopApps([web, admin].filter(Boolean));
    await dropDatabase(testServerUrl(), name);
  });

  /** Reads at RATE a second for `seconds`, while each curator saves a draft every half second. */
  async function runLoad(cookies: string[], seconds: number) {
    const latencies: number[] = [];
    const errors: string[] = [];
    let saves = 0;
    let saveErrors = 0;
    const pending: Promise<void>[] = [];
    const until = Date.now() + seconds * 1000;
    let n = 0;
    const reads = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (Date.now() >= until) {
          clearInterval(timer);
          resolve();
          return;
        }
        const path = paths[n++ % paths.length] as string;
        const started = performance.now();
        pending.push(
          fetch(`${webUrl}${path}`)
            .then(async (r) => {
              await r.arrayBuffer();
              latencies.push(performance.now() - started);
              if (r.status !== 200) errors.push(`${r.status} ${path}`);
            })
            .catch((e: Error) => {
              errors.push(`${e.message} ${path}`);
            }),
        );
      }, 1000 / RATE);
    });
    const curators = cookies.map(async (cookie, i) => {
      while (Date.now() < until) {
        const slug = `stress-${i}-${saves}-${randomBytes(3).toString("hex")}`;
        const r = await fetch(`${adminUrl}/api/trpc/organization.create`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: adminUrl, cookie },
          body: JSON.stringify({ data: { slug, name: { en: `Stress organisation ${slug}` }, kind: "other", url: "https://example.org" } }),
        });
        await r.arrayBuffer();
        saves++;
        if (r.status !== 200) saveErrors++;
        await new Promise((res) => setTimeout(res, 500));
      }
    });
    await Promise.all([reads, ...curators]);
    await Promise.all(pending);
    return { latencies, errors, saves, saveErrors };
  }

  const inspectors: Partial<Record<"web" | "admin", Inspector>> = {};
  const inspectorOf = async (app: "web" | "admin") => {
    inspectors[app] ??= await connectInspector(inspectPorts[app]);
    return inspectors[app];
  };

  /**
   * With STRESS_INSPECT: each app's memory as it is (and, with `collect`, after a full collection),
   * its resident memory split, and the mappings that grew since the last call; with
   * STRESS_HEAP_SNAPSHOTS, a heap snapshot (which collects first).
   */
  async function inspectApps(label: string, collect: boolean): Promise<string[]> {
    if (!INSPECT) return [];
    const lines: string[] = [];
    for (const app of ["web", "admin"] as const) {
      const pid = (app === "web" ? web : admin).pid as number;
      const inspector = await inspectorOf(app);
      const live: MemoryFigures = await inspector.memory();
      const parts = rssParts(pid);
      const maps = mappings(pid);
      const grown = mapped[app] ? `; grown since before: ${grownMappings(mapped[app], maps)}` : "";
      mapped[app] = maps;
      const spaces = (m: MemoryFigures) =>
        Object.entries(m.spaces)
          .filter(([, v]) => v.size > 0)
          .map(([k, v]) => `${k.replace(/_space$/, "")} ${mb(v.used)}/${mb(v.size)}`)
          .join(", ");
      lines.push(
        `inspect ${label} ${app}: rss ${mb(live.rss)} MB (anon ${(parts.anon / 1024).toFixed(1)}, files ${(parts.file / 1024).toFixed(1)}); ` +
          `heap used ${mb(live.heapUsed)} MB of ${mb(live.heapTotal)} committed; external ${mb(live.external)} MB (array buffers ${mb(live.arrayBuffers)}); ` +
          `rss - heap committed ${mb(live.rss - live.heapTotal)} MB; spaces used/committed: ${spaces(live)}${grown}`,
      );
      if (collect) {
        await inspector.collectGarbage();
        const kept = await inspector.memory();
        lines.push(
          `inspect ${label} ${app} after a full collection: heap used ${mb(kept.heapUsed)} MB of ${mb(kept.heapTotal)} committed, rss ${mb(kept.rss)} MB; spaces: ${spaces(kept)}`,
        );
      }
      if (SNAPSHOTS) {
        mkdirSync(SNAPSHOTS, { recursive: true });
        await inspector.snapshot(join(SNAPSHOTS, `${app}-${label}.heapsnapshot`));
      }
    }
    return lines;
  }

  it(`${RATE} reads a second for ${SECONDS} s with curators saving: no errors, p99 reported, memory flat`, async () => {
    // Warm up: compile routes, fill caches, so "before" is the steady state.
    for (let round = 0; round < 5; round++) await Promise.all(paths.map((p) => fetch(`${webUrl}${p}`).then((r) => r.arrayBuffer())));
    const cookies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await fetch(`${adminUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: adminUrl },
        body: JSON.stringify({ email: `curator${i}@stress.test`, password: PASSWORD }),
      });
      expect(r.status).toBe(200);
      cookies.push(
        r.headers
          .getSetCookie()
          .map((c) => c.split(";", 1)[0])
          .join("; "),
      );
    }
    // Warm up first, with the same traffic for WARM_SECONDS: each page's code is loaded and compiled,
    // pages and reads are kept, and the runtime's heaps reach the size this traffic needs, so
    // "before" is a served site's steady memory and growth under load is what load itself adds.
    await runLoad(cookies, WARM_SECONDS);
    await new Promise((r) => setTimeout(r, 2000));
    const before = { web: treeRssKb(web.pid as number), admin: treeRssKb(admin.pid as number) };
    const inspected = await inspectApps("before", false);
    // Resident memory through the run, every 5 s, to tell growth that levels off from growth that does not.
    const series: string[] = [];
    const sampler = setInterval(async () => {
      const rss = `${(treeRssKb(web.pid as number) / 1024).toFixed(0)}/${(treeRssKb(admin.pid as number) / 1024).toFixed(0)}`;
      if (!INSPECT) return series.push(rss);
      // With the inspector: also each app's heap committed and used, as rss(heap committed:used).
      const [w, a] = await Promise.all([inspectorOf("web"), inspectorOf("admin")].map(async (i) => (await i).memory()));
      const heap = (m?: MemoryFigures) => (m ? `${mb(m.heapTotal)}:${mb(m.heapUsed)}` : "");
      series.push(`${rss}(${heap(w)}/${heap(a)})`);
    }, 5000);
    const { latencies, errors, saves, saveErrors } = await runLoad(cookies, SECONDS);
    await new Promise((r) => setTimeout(r, 2000));
    clearInterval(sampler);
    const after = { web: treeRssKb(web.pid as number), admin: treeRssKb(admin.pid as number) };
    inspected.push(...(await inspectApps("after", true)));

    const p50 = quantile(latencies, 0.5);
    const p99 = quantile(latencies, 0.99);
    const growth = (k: "web" | "admin") => ((after[k] - before[k]) / before[k]) * 100;
    console.log(
      [
        `load: ${latencies.length} reads served in ${SECONDS} s at ${RATE}/s, ${errors.length} errors${errors.length ? ` (${errors.slice(0, 5).join(", ")})` : ""}`,
        `load: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
        `load: ${saves} curator saves, ${saveErrors} errors`,
        `memory: web ${(before.web / 1024).toFixed(1)} MB -> ${(after.web / 1024).toFixed(1)} MB (${growth("web").toFixed(1)}%), admin ${(before.admin / 1024).toFixed(1)} MB -> ${(after.admin / 1024).toFixed(1)} MB (${growth("admin").toFixed(1)}%)`,
        `memory every 5 s, web/admin MB: ${series.join(" ")}`,
        ...inspected,
      ].join("\n"),
    );
    expect(errors).toEqual([]);
    expect(saveErrors).toBe(0);
    expect(saves).toBeGreaterThan(0);
    expect(Math.abs(growth("web"))).toBeLessThan(10);
    expect(Math.abs(growth("admin"))).toBeLessThan(10);
  });

  it(`sign-in: a wrong password and an unknown account answer alike, timed over ${TIMING_TRIES} tries each`, async () => {
    const attempt = async (email: string, password: string) => {
      const started = performance.now();
      const r = await fetch(`${adminUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: adminUrl },
        body: JSON.stringify({ email, password }),
      });
      const body = await r.text();
      return { ms: performance.now() - started, status: r.status, body };
    };
    await attempt("warm-up@stress.test", "warm-up-password-1");
    const known: number[] = [];
    const unknown: number[] = [];
    const answers = new Set<string>();
    // Interleaved, so drift in the machine's load falls on both sides alike.
    for (let i = 0; i < TIMING_TRIES; i++) {
      const a = await attempt(`timing${i % TIMING_ACCOUNTS}@stress.test`, `wrong-password-${i}`);
      const b = await attempt(`nobody-${i}-${randomBytes(3).toString("hex")}@stress.test`, `wrong-password-${i}`);
      known.push(a.ms);
      unknown.push(b.ms);
      answers.add(`${a.status} ${a.body}`);
      answers.add(`${b.status} ${b.body}`);
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const gap = quantile(known, 0.5) - quantile(unknown, 0.5);
    console.log(
      [
        `sign-in timing over ${TIMING_TRIES} tries each: wrong password median ${quantile(known, 0.5).toFixed(1)} ms (mean ${mean(known).toFixed(1)}, p90 ${quantile(known, 0.9).toFixed(1)}),`,
        `unknown account median ${quantile(unknown, 0.5).toFixed(1)} ms (mean ${mean(unknown).toFixed(1)}, p90 ${quantile(unknown, 0.9).toFixed(1)}); gap of medians ${gap.toFixed(1)} ms`,
      ].join(" "),
    );
    // One answer for both: same status, same message.
    expect([...answers]).toHaveLength(1);
    expect([...answers][0]).toMatch(/^401 /);
    // Both hash the password (scrypt, tens of ms): a gap this small is noise, not a signal.
    expect(Math.abs(gap)).toBeLessThan(Math.max(25, 0.25 * quantile(known, 0.5)));
  });
});
