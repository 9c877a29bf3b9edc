/**
 * Read-API benchmark: how the public procedures behave as the record grows. Starts a throwaway
 * PostgreSQL, loads the seed record plus N synthetic published events, then times the public
 * procedures through the real tRPC caller and prints median, p95 and p99 latencies, beside the
 * same statements replayed through `pg` (the floor: what the database alone takes) with the ratio
 * of the p99s, and the p99 of a caller whose client keeps public reads until the record changes
 * (as the servers' clients do). The measured caller's client keeps nothing, so every call reaches
 * the database. Each case runs `runs` times or until its time budget is spent, whichever comes
 * first (at least 5 times), so a case that takes seconds does not hold the run for an hour.
 *   npm run bench:api -- [events=100000] [runs=200] [budget seconds per case=20]
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createCaller, createContextInner } from "@ties/api";
import { attachRecordCache, cacheUntilChange, connectionConfig, createPrismaClient, listenForRecordChanges } from "@ties/db";
import pg from "pg";
import { withBenchDatabase } from "./bench-database";
import { percentile, timed } from "./bench-timing";

const events = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 200);
const budgetMs = Number(process.argv[4] ?? 20) * 1000;

async function main() {
  await withBenchDatabase({ name: "bench", portFrom: 56400 }, async (db, url) => {
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
    console.log(`Loaded ${events} synthetic events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // What autovacuum does soon after a bulk load, done now so that every case meets the same
    // tables: statistics, the visibility map, and the search indexes' pending lists merged (GIN
    // keeps fresh entries in an unsorted list that every search reads until a vacuum).
    const t1 = performance.now();
    await db.$executeRawUnsafe(`VACUUM ANALYZE`);
    console.log(`Vacuumed and analysed in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

    // The caller's own client reports each statement, so the same statements can be replayed raw.
    let recording: { text: string; values: unknown[] }[] | null = null;
    const measured = createPrismaClient(url, { max: 4, onQuery: (text, values) => recording?.push({ text, values }) });
    const raw = new pg.Client(connectionConfig(url));
    await raw.connect();
    const kept = createPrismaClient(url, { max: 4 });
    const changes = listenForRecordChanges(url);
    attachRecordCache(kept, cacheUntilChange(changes));
    await changes.ready;
    const api = createCaller(createContextInner({ db: measured, surface: "public" }));
    const keptApi = createCaller(createContextInner({ db: kept, surface: "public" }));
    const agreementId = (
      await db.$queryRaw<{ id: string }[]>`SELECT "agreementId" AS id FROM "EventAgreement" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`
    )[0]!.id;
    const personId = (
      await db.$queryRaw<{ id: string }[]>`SELECT "personId" AS id FROM "EventParticipant" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`
    )[0]!.id;
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
    const cases: [string, (c: typeof api) => Promise<unknown>][] = [
      ["event.list first page", (c) => c.event.list({ limit: 20 })],
      ["event.list page 5,000+ deep (cursor)", (c) => c.event.list({ limit: 20, cursor: deepCursor })],
      ["event.list type=summit", (c) => c.event.list({ limit: 20, type: "summit" })],
      ["event.list area=energy, 2000-2010", (c) => c.event.list({ limit: 20, area: "energy", from: "2000-01-01", to: "2010-12-31" })],
      // Free text at three frequencies: a rare word (a few seed events), a common one (a sixth of
      // the synthetic events), one on every event, and a common word AND a rare one.
      ["event.list q='Joly' (rare)", (c) => c.event.list({ limit: 20, q: "Joly" })],
      ["event.list q='energy' (common)", (c) => c.event.list({ limit: 20, q: "energy" })],
      ["event.list q='meeting' (every row)", (c) => c.event.list({ limit: 20, q: "meeting" })],
      ["event.list q='meeting 42' (mixed)", (c) => c.event.list({ limit: 20, q: "meeting 42" })],
      ["event.list q='security Seoul' (mixed)", (c) => c.event.list({ limit: 20, q: "security Seoul" })],
      ["event.list q='critical minerals'", (c) => c.event.list({ limit: 20, q: "critical minerals" })],
      ["event.list q='energy' deep (cursor)", (c) => c.event.list({ limit: 20, q: "energy", cursor: deepTextCursor })],
      ["event.list q='energy' type=summit", (c) => c.event.list({ limit: 20, q: "energy", type: "summit" })],
      [
        "event.list q='energy' area=energy 2000-2010",
        (c) => c.event.list({ limit: 20, q: "energy", area: "energy", from: "2000-01-01", to: "2010-12-31" }),
      ],
      ["event.list q='Joly' type=visit", (c) => c.event.list({ limit: 20, q: "Joly", type: "visit" })],
      // A common word in an area whose synthetic events never say it (only seed events do).
      ["event.list q='energy' area=culture-people", (c) => c.event.list({ limit: 20, q: "energy", area: "culture-people" })],
      ["event.byId (seed event)", (c) => c.event.byId({ id: "2025-03-07-ottawa-chung-epp-consultation" })],
      ["agreement.byId (most events)", (c) => c.agreement.byId({ id: agreementId })],
      ["person.byId (most events)", (c) => c.person.byId({ id: personId })],
      ["search.query 'GSOIA'", (c) => c.search.query({ q: "GSOIA" })],
      ["search.query 'Joly' (rare)", (c) => c.search.query({ q: "Joly" })],
      ["search.query 'energy' (common)", (c) => c.search.query({ q: "energy" })],
      ["search.query 'meeting' (every row)", (c) => c.search.query({ q: "meeting" })],
      ["search.query 'meeting 42' (mixed)", (c) => c.search.query({ q: "meeting 42" })],
      ["search.query 'security Seoul' (mixed)", (c) => c.search.query({ q: "security Seoul" })],
      ["search.query 'energy' page 2 (cursor)", (c) => c.search.query({ q: "energy", cursor: searchCursor })],
      ["person.list q='Joly'", (c) => c.person.list({ limit: 20, q: "Joly" })],
      ["agreement.list q='security'", (c) => c.agreement.list({ limit: 20, q: "security" })],
      ["stats.activity", (c) => c.stats.activity({})],
      [
        "stats.activity area=energy 1995-03-15..2015-10-20",
        (c) => c.stats.activity({ area: "energy", from: "1995-03-15", to: "2015-10-20" }),
      ],
    ];
    const columns = ["runs", "median ms", "p95 ms", "p99 ms", "SQL p99", "p99/SQL", "kept p99"];
    console.log(`\n${"procedure".padEnd(50)} ${columns.map((c) => c.padStart(9)).join(" ")}`);
    try {
      for (const [name, call] of cases) {
        const run = () => call(api);
        recording = [];
        await run();
        const statements = recording;
        recording = null;
        const times = await timed(run, runs, budgetMs);
        const sqlTimes = await timed(
          async () => {
            for (const st of statements) await raw.query({ text: st.text, values: st.values });
          },
          runs,
          budgetMs,
        );
        // The same call through a caller that keeps public reads: the first call loads, the rest are kept.
        const keptTimes = await timed(() => call(keptApi), runs, budgetMs);
        const at = (t: number[], q: number) => percentile(t, q).toFixed(1);
        const ratio = percentile(times, 0.99) / Math.max(percentile(sqlTimes, 0.99), 0.001);
        const cells = [
          String(times.length),
          at(times, 0.5),
          at(times, 0.95),
          at(times, 0.99),
          at(sqlTimes, 0.99),
          ratio.toFixed(1),
          at(keptTimes, 0.99),
        ];
        console.log(`${name.padEnd(50)} ${cells.map((c) => c.padStart(9)).join(" ")}`);
      }
    } finally {
      await changes.close();
      await raw.end();
      await kept.$disconnect();
      await measured.$disconnect();
    }
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
    console.log(
      `\nevents in database: ${await db.event.count()}, process RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB, load average ${load}`,
    );
  });
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
