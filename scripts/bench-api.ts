/**
 * Read-API benchmark: how the public procedures behave as the record grows. Starts a throwaway
 * PostgreSQL, loads the seed record plus N synthetic published events, then times the public
 * procedures through the real tRPC caller and prints median, p95 and p99 latencies. Each case runs
 * `runs` times or until its time budget is spent, whichever comes first (at least 5 times), so a
 * case that takes seconds does not hold the run for an hour.
 *   npm run bench:api -- [events=100000] [runs=200] [budget seconds per case=20]
 */
import { performance } from "node:perf_hooks";
import { createCaller, createContextInner } from "@ties/api";
import { withBenchDatabase } from "./bench-database";
import { percentile, timed } from "./bench-timing";

const events = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 200);
const budgetMs = Number(process.argv[4] ?? 20) * 1000;

async function main() {
  await withBenchDatabase({ name: "bench", portFrom: 56400 }, async (db) => {
    const t0 = performance.now();
    // Synthetic events spread over 75 years, with the same columns the write path fills.
    await db.$executeRawUnsafe(`
      INSERT INTO "Event" (id, slug, type, "ploverCode", "ploverMode", title, "titleEn", date, "dateFirst", "dateLast", precision,
        parties, location, summary, outcomes, "areaSlugs", state, version, "searchText", "createdAt", "updatedAt")
      SELECT 'bench-' || g, 'bench-event-' || g,
        (ARRAY['meeting','visit','summit','dialogue_round','phone_call','signing'])[1 + g % 6], 'CONSULT', 'visit',
        jsonb_build_object('en', 'Synthetic meeting ' || g), 'Synthetic meeting ' || g,
        to_char(d, 'YYYY-MM-DD'), d, d, 'day',
        -- Four in five between the tracked pair, the rest between another pair (not shown publicly).
        CASE WHEN g % 5 = 0 THEN ARRAY['US','GR'] ELSE ARRAY['KR','CA'] END, '{}'::jsonb,
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
    // A cursor a few thousand matches into a common word's results.
    let deepTextCursor: string | null = null;
    for (let i = 0; i < 30; i++) {
      const page = await api.event.list({ limit: 100, q: "energy", ...(deepTextCursor ? { cursor: deepTextCursor } : {}) });
      if (!page.nextCursor) break;
      deepTextCursor = page.nextCursor;
    }
    const searchCursor = (await api.search.query({ q: "energy" })).nextCursor;
    const cases: [string, () => Promise<unknown>][] = [
      ["event.list first page", () => api.event.list({ limit: 20 })],
      ["event.list page 5,000+ deep (cursor)", () => api.event.list({ limit: 20, cursor: deepCursor })],
      ["event.list type=summit", () => api.event.list({ limit: 20, type: "summit" })],
      ["event.list area=energy, 2000-2010", () => api.event.list({ limit: 20, area: "energy", from: "2000-01-01", to: "2010-12-31" })],
      // Free text at three frequencies: a rare word (a few seed events), a common one (a sixth of
      // the synthetic events), one on every event, and a common word AND a rare one.
      ["event.list q='Joly' (rare)", () => api.event.list({ limit: 20, q: "Joly" })],
      ["event.list q='energy' (common)", () => api.event.list({ limit: 20, q: "energy" })],
      ["event.list q='meeting' (every row)", () => api.event.list({ limit: 20, q: "meeting" })],
      ["event.list q='meeting 42' (mixed)", () => api.event.list({ limit: 20, q: "meeting 42" })],
      ["event.list q='security Seoul' (mixed)", () => api.event.list({ limit: 20, q: "security Seoul" })],
      ["event.list q='critical minerals'", () => api.event.list({ limit: 20, q: "critical minerals" })],
      ["event.list q='energy' deep (cursor)", () => api.event.list({ limit: 20, q: "energy", cursor: deepTextCursor })],
      ["event.list q='energy' type=summit", () => api.event.list({ limit: 20, q: "energy", type: "summit" })],
      [
        "event.list q='energy' area=energy 2000-2010",
        () => api.event.list({ limit: 20, q: "energy", area: "energy", from: "2000-01-01", to: "2010-12-31" }),
      ],
      ["event.list q='Joly' type=visit", () => api.event.list({ limit: 20, q: "Joly", type: "visit" })],
      ["event.byId (seed event)", () => api.event.byId({ id: "2025-03-07-ottawa-chung-epp-consultation" })],
      ["search.query 'GSOIA'", () => api.search.query({ q: "GSOIA" })],
      ["search.query 'Joly' (rare)", () => api.search.query({ q: "Joly" })],
      ["search.query 'energy' (common)", () => api.search.query({ q: "energy" })],
      ["search.query 'meeting' (every row)", () => api.search.query({ q: "meeting" })],
      ["search.query 'meeting 42' (mixed)", () => api.search.query({ q: "meeting 42" })],
      ["search.query 'security Seoul' (mixed)", () => api.search.query({ q: "security Seoul" })],
      ["search.query 'energy' page 2 (cursor)", () => api.search.query({ q: "energy", cursor: searchCursor })],
      ["person.list q='Joly'", () => api.person.list({ limit: 20, q: "Joly" })],
      ["agreement.list q='security'", () => api.agreement.list({ limit: 20, q: "security" })],
      ["stats.activity", () => api.stats.activity({})],
    ];
    console.log(
      `\n${"procedure".padEnd(46)} ${"runs".padStart(5)} ${"median ms".padStart(10)} ${"p95 ms".padStart(10)} ${"p99 ms".padStart(10)}`,
    );
    for (const [name, run] of cases) {
      const times = await timed(run, runs, budgetMs);
      const at = (q: number) => percentile(times, q).toFixed(1);
      console.log(
        `${name.padEnd(46)} ${String(times.length).padStart(5)} ${at(0.5).padStart(10)} ${at(0.95).padStart(10)} ${at(0.99).padStart(10)}`,
      );
    }
    console.log(`\nevents in database: ${await db.event.count()}, process RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  });
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
