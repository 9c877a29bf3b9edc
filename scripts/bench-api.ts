/**
 * Read-API benchmark: how the public procedures behave as the record grows. Starts a throwaway
 * PostgreSQL, loads the seed record plus N synthetic published events, then times the public
 * procedures through the real tRPC caller and prints median and p95 latencies.
 *   npm run bench:api -- [events=100000] [runs=30]
 */
import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createCaller, createContextInner } from "@ties/api";
import { createPrismaClient } from "@ties/db";
import { ensureDatabase, loadSeed, migrateDeploy, portFree, startEmbeddedPostgres } from "@ties/db/ops";
import { seedRecord } from "@ties/db/seed";

const events = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 30);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "ties-bench-"));
  chmodSync(dir, 0o755);
  let port = 56400;
  while (!(await portFree(port))) port++;
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port, ephemeral: true });
  try {
    const url = pg.urlFor("bench");
    await ensureDatabase(url, "bench");
    await migrateDeploy(url);
    const db = createPrismaClient(url, { max: 10 });
    await loadSeed(db, seedRecord);
    const t0 = performance.now();
    // Synthetic events spread over 75 years, with the same columns the write path fills.
    await db.$executeRawUnsafe(`
      INSERT INTO "Event" (id, slug, type, "ploverCode", "ploverMode", title, "titleEn", date, "dateFirst", "dateLast", precision,
        location, summary, outcomes, "areaSlugs", state, version, "searchText", "createdAt", "updatedAt")
      SELECT 'bench-' || g, 'bench-event-' || g,
        (ARRAY['meeting','visit','summit','dialogue_round','phone_call','signing'])[1 + g % 6], 'CONSULT', 'visit',
        jsonb_build_object('en', 'Synthetic meeting ' || g), 'Synthetic meeting ' || g,
        to_char(d, 'YYYY-MM-DD'), d, d, 'day', '{}'::jsonb,
        jsonb_build_object('en', 'Officials met to discuss ' || (ARRAY['trade','energy','critical minerals','security','climate','culture'])[1 + g % 6] || '.'),
        '{}', ARRAY[(ARRAY['economy-trade','energy','critical-minerals','security-defence','climate','culture-people'])[1 + g % 6]],
        'published', 1,
        'Synthetic meeting ' || g || ' officials discuss ' || (ARRAY['trade','energy','critical minerals','security','climate','culture'])[1 + g % 6],
        now(), now()
      FROM generate_series(1, ${events}) AS g, LATERAL (SELECT DATE '1950-01-01' + (g::bigint * 7919 % 27375)::int AS d) AS x`);
    await db.$executeRawUnsafe(`ANALYZE`);
    console.log(`Loaded ${events} synthetic events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const api = createCaller(createContextInner({ db, surface: "public" }));
    const firstPage = await api.event.list({ limit: 20 });
    let deepCursor: string | null = firstPage.nextCursor;
    for (let i = 0; i < 50 && deepCursor; i++) deepCursor = (await api.event.list({ limit: 100, cursor: deepCursor })).nextCursor;
    const cases: [string, () => Promise<unknown>][] = [
      ["event.list first page", () => api.event.list({ limit: 20 })],
      ["event.list page 5,000+ deep (cursor)", () => api.event.list({ limit: 20, cursor: deepCursor })],
      ["event.list type=summit", () => api.event.list({ limit: 20, type: "summit" })],
      ["event.list area=energy, 2000-2010", () => api.event.list({ limit: 20, area: "energy", from: "2000-01-01", to: "2010-12-31" })],
      ["event.list q='critical minerals'", () => api.event.list({ limit: 20, q: "critical minerals" })],
      ["event.byId (seed event)", () => api.event.byId({ id: "2025-03-07-ottawa-chung-epp-consultation" })],
      ["search.query 'GSOIA'", () => api.search.query({ q: "GSOIA" })],
      ["search.query 'energy'", () => api.search.query({ q: "energy" })],
      ["stats.activity", () => api.stats.activity({})],
    ];
    console.log(`\n${"procedure".padEnd(40)} ${"median ms".padStart(10)} ${"p95 ms".padStart(10)}`);
    for (const [name, run] of cases) {
      await run();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        await run();
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
      console.log(`${name.padEnd(40)} ${at(0.5).padStart(10)} ${at(0.95).padStart(10)}`);
    }
    console.log(`\nevents in database: ${await db.event.count()}, process RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    await db.$disconnect();
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
