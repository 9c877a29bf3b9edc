/**
 * A deterministic synthetic record for benchmarks, shaped like a real one: people, organisations,
 * agreements and sources in proportion to the events; events between several pairs (four in five
 * the tracked one), more of them in recent decades, most types rare and a few common, one or two
 * areas each, participants and organisations drawn so that a few appear everywhere, agreement
 * links and a citation per event. Titles and summaries draw words from the seed record's own
 * English text by rank (Zipf), so there are common words and rare ones, as in real text.
 *
 * Everything is generated inside PostgreSQL from a hash of the row number: the same size gives
 * the same rows on every run.
 */
import { performance } from "node:perf_hooks";
import type { Db } from "@ties/db";
import { seedRecord } from "@ties/db/seed";

/** The English words of the seed record, most frequent first. */
export function seedVocabulary(): string[] {
  const texts: string[] = [];
  const en = (v: unknown) => (v && typeof v === "object" && "en" in v && typeof v.en === "string" ? v.en : "");
  for (const e of seedRecord.events) texts.push(en(e.title), en(e.summary), ...(e.outcomes ?? []));
  for (const a of seedRecord.agreements) texts.push(en(a.name), en(a.summary));
  for (const s of seedRecord.sources) texts.push(s.title);
  for (const c of seedRecord.commitments) texts.push(en(c.text));
  const counts = new Map<string, number>();
  for (const w of texts
    .join(" ")
    .toLowerCase()
    .match(/[a-z][a-z'-]{2,}/g) ?? [])
    counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

export interface SyntheticSizes {
  events: number;
  people: number;
  organizations: number;
  agreements: number;
  sources: number;
}

export function sizesFor(events: number): SyntheticSizes {
  return {
    events,
    people: Math.max(40, Math.round(events / 250)),
    organizations: Math.max(15, Math.round(events / 5000)),
    agreements: Math.max(8, Math.round(events / 20000)),
    sources: Math.max(20, Math.round(events / 50)),
  };
}

/** Loads `events` synthetic events and what they link to; returns seconds taken. */
export async function loadSynthetic(db: Db, events: number, log: (line: string) => void = () => {}): Promise<number> {
  if (events <= 0) return 0;
  const t0 = performance.now();
  const n = sizesFor(events);
  const words = seedVocabulary();
  const areas = (await db.area.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((a) => a.slug);
  const run = (sql: string, ...values: unknown[]) => db.$executeRawUnsafe(sql, ...values);
  // A uniform number in [0, 1) from a row number and a salt; the same on every run.
  await run(`CREATE OR REPLACE FUNCTION bench_u(g bigint, salt int) RETURNS float8 IMMUTABLE LANGUAGE sql
    AS $$ SELECT (hashint8(g * 7919 + salt) & 2147483647)::float8 / 2147483648 $$`);
  // A rank from 1 to n drawn with probability about 1/rank (a few very common, a long rare tail).
  await run(`CREATE OR REPLACE FUNCTION bench_zipf(g bigint, salt int, n int) RETURNS int IMMUTABLE LANGUAGE sql
    AS $$ SELECT least(n, floor(exp(bench_u(g, salt) * ln(n + 1)))::int) $$`);
  await run(`CREATE TEMP TABLE bench_words (rank int PRIMARY KEY, word text) ON COMMIT PRESERVE ROWS`);
  await run(`INSERT INTO bench_words SELECT ordinality, w FROM unnest($1::text[]) WITH ORDINALITY AS t(w, ordinality)`, words);
  await run(`CREATE TEMP TABLE bench_areas (i int PRIMARY KEY, slug text)`);
  await run(`INSERT INTO bench_areas SELECT ordinality, s FROM unnest($1::text[]) WITH ORDINALITY AS t(s, ordinality)`, areas);
  const V = words.length;
  const A = areas.length;
  const word = (g: string, salt: number) => `(SELECT word FROM bench_words WHERE rank = bench_zipf(${g}, ${salt}, ${V}))`;
  const countries = `(ARRAY['KR','CA','US','JP','GR','FR'])`;

  await run(`INSERT INTO "Person" (id, slug, name, "countryCode", state, "searchText", "updatedAt")
    SELECT 'bp-' || g, 'bench-person-' || g, initcap(${word("g", 1)}) || ' ' || initcap(${word("g", 2)}) || ' ' || g,
      ${countries}[1 + (g % 6)], 'published', initcap(${word("g", 1)}) || ' ' || initcap(${word("g", 2)}) || ' ' || g, now()
    FROM generate_series(1, ${n.people}) g`);
  await run(`INSERT INTO "Organization" (id, slug, name, "nameEn", kind, "countryCode", state, "searchText", "updatedAt")
    SELECT 'bo-' || g, 'bench-organization-' || g, jsonb_build_object('en', 'Ministry of ' || initcap(${word("g", 3)}) || ' ' || g),
      'Ministry of ' || initcap(${word("g", 3)}) || ' ' || g, 'ministry', ${countries}[1 + (g % 6)], 'published',
      'Ministry of ' || ${word("g", 3)} || ' ' || g, now()
    FROM generate_series(1, ${n.organizations}) g`);
  await run(`INSERT INTO "Agreement" (id, slug, name, "nameEn", kind, parties, "areaSlugs", state, "searchText", "updatedAt")
    SELECT 'ba-' || g, 'bench-agreement-' || g, jsonb_build_object('en', initcap(${word("g", 4)}) || ' agreement ' || g),
      initcap(${word("g", 4)}) || ' agreement ' || g, (ARRAY['treaty','mou','action_plan','joint_statement'])[1 + g % 4],
      ARRAY['KR','CA'], ARRAY[(SELECT slug FROM bench_areas WHERE i = 1 + g % ${A})], 'published', ${word("g", 4)} || ' agreement ' || g, now()
    FROM generate_series(1, ${n.agreements}) g`);
  await run(`INSERT INTO "Source" (id, slug, kind, title, "publisherName", url, "publishedAt", state, grade, "gradeReason", "searchText", "updatedAt")
    SELECT 'bs-' || g, 'bench-source-' || g, (ARRAY['official','news','analysis'])[1 + g % 3],
      'Release on ' || ${word("g", 5)} || ' ' || g, 'Ministry ' || (1 + g % 7), 'https://example.org/release/' || g,
      to_char(DATE '1950-01-01' + (g % 27000), 'YYYY-MM-DD'), 'published', 'B', 'Official record', 'Release on ' || ${word("g", 5)}, now()
    FROM generate_series(1, ${n.sources}) g`);

  // Dates: the square root of a uniform number puts more events in recent decades.
  await run(`INSERT INTO "Event" (id, slug, type, "ploverCode", "ploverMode", title, "titleEn", date, "dateFirst", "dateLast", precision,
      parties, location, summary, outcomes, "areaSlugs", state, version, "searchText", "publishedAt", "createdAt", "updatedAt")
    SELECT 'be-' || g, 'bench-event-' || g, x.type, 'CONSULT', 'visit', jsonb_build_object('en', x.title), x.title,
      to_char(x.d, 'YYYY-MM-DD'), x.d, x.d, 'day', x.parties, '{}'::jsonb, jsonb_build_object('en', x.summary), '{}', x.areas,
      'published', 1, x.title || ' ' || x.summary, now(), now(), now()
    FROM generate_series(1, ${n.events}) g,
    LATERAL (SELECT
      DATE '1950-01-01' + floor(27375 * sqrt(bench_u(g, 10)))::int AS d,
      (ARRAY['meeting','meeting','meeting','meeting','visit','visit','phone_call','phone_call','dialogue_round','summit','signing','joint_statement','exercise','commemoration','other'])[1 + floor(bench_u(g, 11) * 15)::int] AS type,
      CASE WHEN bench_u(g, 12) < 0.8 THEN ARRAY['KR','CA'] ELSE
        (CASE floor(bench_u(g, 13) * 4)::int WHEN 0 THEN ARRAY['US','GR'] WHEN 1 THEN ARRAY['JP','KR'] WHEN 2 THEN ARRAY['CA','FR'] ELSE ARRAY['KR','US'] END) END AS parties,
      CASE WHEN bench_u(g, 14) < 0.3
        THEN ARRAY[(SELECT slug FROM bench_areas WHERE i = bench_zipf(g, 15, ${A})), (SELECT slug FROM bench_areas WHERE i = 1 + (bench_zipf(g, 15, ${A}) % ${A}))]
        ELSE ARRAY[(SELECT slug FROM bench_areas WHERE i = bench_zipf(g, 15, ${A}))] END AS areas,
      initcap(${word("g", 20)}) || ' ' || ${word("g", 21)} || ' ' || ${word("g", 22)} || ' ' || g AS title,
      ${Array.from({ length: 12 }, (_, i) => word("g", 30 + i)).join(" || ' ' || ")} || '.' AS summary) x`);
  log(`  events inserted: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Participants: none to three per event, drawn so that a few people appear very often.
  // Each link carries its event's first day, as Ties's own writers give it.
  const day = `(SELECT "dateFirst" FROM "Event" WHERE id = 'be-' || g)`;
  await run(`INSERT INTO "EventParticipant" (id, "eventId", "personId", side, "eventDateFirst")
    SELECT DISTINCT ON (g, p) 'bep-' || g || '-' || k, 'be-' || g, 'bp-' || p, ${countries}[1 + (p % 6)], ${day}
    FROM generate_series(1, ${n.events}) g, generate_series(1, 3) k,
      LATERAL (SELECT bench_zipf(g * 4 + k, 50, ${n.people}) AS p) x
    WHERE k <= floor(bench_u(g, 51) * 4)
    ON CONFLICT DO NOTHING`);
  await run(`INSERT INTO "EventOrganization" ("eventId", "organizationId", "eventDateFirst")
    SELECT 'be-' || g, 'bo-' || bench_zipf(g, 60, ${n.organizations}), ${day} FROM generate_series(1, ${n.events}) g WHERE bench_u(g, 61) < 0.5`);
  await run(`INSERT INTO "EventAgreement" ("eventId", "agreementId", action, "eventDateFirst")
    SELECT 'be-' || g, 'ba-' || (1 + floor(bench_u(g, 70) * ${n.agreements})::int), (ARRAY['reaffirmed','signed','proposed'])[1 + g % 3], ${day}
    FROM generate_series(1, ${n.events}) g WHERE bench_u(g, 71) < 0.03`);
  await run(`INSERT INTO "Citation" (id, "sourceId", "targetKind", "targetId", field, quote, start, "end")
    SELECT 'bc-' || g, 'bs-' || (1 + g % ${n.sources}), 'event', 'be-' || g, NULL, 'Officials met.', 0, 14
    FROM generate_series(1, ${n.events}) g`);
  // What autovacuum does soon after a bulk load, done now so that every case meets the same table:
  // statistics, hint bits and the visibility map set, and the search indexes' pending entries merged
  // (GIN keeps fresh entries in an unsorted list that every search reads until a vacuum).
  // The benchmark's server commits asynchronously: a synchronous commit first puts the log on disk
  // up to here, without which the vacuum cannot mark the newest pages all-visible.
  await db.$transaction([run(`SET LOCAL synchronous_commit = on`), run(`ANALYZE`)]);
  await run(`VACUUM`);
  return (performance.now() - t0) / 1000;
}
