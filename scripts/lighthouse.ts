/**
 * `npm run lighthouse`: Lighthouse 12.8.2 (mobile profile) on the built public site's content pages.
 * Starts a throwaway PostgreSQL with the seed record and the built web app, audits the home page,
 * the timeline, an event, an agreement and a source, and prints the four category scores, the
 * compressed JavaScript each page transfers and the compressed size of its HTML. Build first
 * (`npm run build`). Not part of `npm test`.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "@ties/db";
import { ensureDatabase, loadSeed, migrateDeploy, portFree, startEmbeddedPostgres } from "@ties/db/ops";
import { seedRecord } from "@ties/db/seed";
import { spawnApp, stopApps, waitUntilServing } from "./apps";

const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage";
const PAGES: [string, string][] = [
  ["home", "/en"],
  ["timeline", "/en/events"],
  ["event", "/en/events/2025-03-07-ottawa-chung-epp-consultation"],
  ["agreement", "/en/agreements/canada-korea-free-trade-agreement"],
  ["source", "/en/sources/analysis-2025-03-korea-canada-ottawa-meeting"],
];

async function freePort(from: number): Promise<number> {
  let port = from;
  while (!(await portFree(port))) port++;
  return port;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
}

async function main() {
  const root = join(import.meta.dirname, "..");
  const dir = mkdtempSync(join(tmpdir(), "ties-lighthouse-"));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: await freePort(56600), ephemeral: true });
  const apps = [];
  try {
    const url = pg.urlFor("lighthouse");
    await ensureDatabase(url, "lighthouse");
    await migrateDeploy(url);
    const db = createPrismaClient(url, { max: 2 });
    await loadSeed(db, seedRecord);
    await db.$disconnect();
    const port = await freePort(3600);
    const web = `http://localhost:${port}`;
    const server = spawnApp(
      root,
      "web",
      port,
      { ...process.env, DATABASE_URL: url, WEB_URL: web, NEXT_TELEMETRY_DISABLED: "1" },
      "pipe",
      "pipe",
    );
    const serverLog: string[] = [];
    for (const stream of [server.stdout, server.stderr])
      stream?.on("data", (d: Buffer) => serverLog.push(...String(d).split("\n").filter(Boolean)));
    server.on("exit", (code, signal) => {
      if (code !== 0)
        console.error(`The web server stopped (${signal ?? `exit ${code}`}); its last lines:\n${serverLog.slice(-15).join("\n")}`);
    });
    apps.push(server);
    await waitUntilServing(`${web}/en`);
    console.log(
      `${"page".padEnd(10)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"best".padStart(5)} ${"seo".padStart(5)} ${"JS (KB, compressed)".padStart(20)} ${"HTML (KB, compressed)".padStart(22)}`,
    );
    for (const [name, path] of PAGES) {
      // Warm the server so the first audit does not measure start-up. Tried twice: while an audit
      // runs this process waits, and the server closes the kept-alive connection of the last fetch.
      await fetch(`${web}${path}`).catch(() => fetch(`${web}${path}`));
      const out = join(dir, `${name}.json`);
      execFileSync(
        "npx",
        [
          "-y",
          "lighthouse@12.8.2",
          `${web}${path}`,
          "--quiet",
          "--output=json",
          `--output-path=${out}`,
          `--chrome-flags=${FLAGS}`,
          "--only-categories=performance,accessibility,best-practices,seo",
        ],
        { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "ignore", "inherit"] },
      );
      const report = JSON.parse(readFileSync(out, "utf8")) as Report;
      const score = (k: string) => String(Math.round((report.categories[k]?.score ?? 0) * 100)).padStart(5);
      const transferred = (type: string) =>
        (report.audits["network-requests"]?.details?.items ?? [])
          .filter((r) => r.resourceType === type)
          .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const kb = (bytes: number, width: number) => (bytes / 1024).toFixed(1).padStart(width);
      console.log(
        `${name.padEnd(10)} ${score("performance")} ${score("accessibility")} ${score("best-practices")} ${score("seo")} ${kb(transferred("Script"), 20)} ${kb(transferred("Document"), 22)}`,
      );
    }
  } finally {
    await stopApps(apps);
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
