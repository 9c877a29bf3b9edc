/**
 * Free text at every frequency is answered without reading the table row by row: over tens of
 * thousands of events, a rare word, a common word and a common word AND a rare one each get a
 * plan that reads a bounded number of rows in date order or starts from the search index, and
 * never computes a search vector per row. A word within a type or an area, even where each is on
 * a sixth of the events and never both, answers from the facet index with only the combination's
 * matches. The assertions are on the plans PostgreSQL reports for the very statements the list
 * and the search send, not on times.
 */
import type { EventListInput } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db, PLANNED_ONCE, readRows } from "../client";
import { Prisma } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { listEvents } from "./events";
import { CANDIDATES_PER_KIND, searchRecords } from "./search";
import { FIRST_INDEX_WALK_ROWS, INDEX_WALK_ENTRY_COST } from "./search-filter";

const EVENTS = 30_000;

/**
 * The most rows walked in date order for `count` matches: the first walk, then about the square
 * root of (count x events) rows, which is where walking on would cost more than the index.
 */
const walkBound = (count: number) => FIRST_INDEX_WALK_ROWS + 2 * Math.sqrt(1.25 * count * EVENTS);
/** A page of the list asks for one more than it shows. */
const LIST_COUNT = 21;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  "Lossy Heap Blocks"?: number;
  "Heap Fetches"?: number;
  Output?: string[];
  Filter?: string;
  "Index Cond"?: string;
  "Recheck Cond"?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * A client that runs every raw query the code under test sends twice: once under EXPLAIN ANALYZE
 * (the plan is kept) and once for real (the rows are returned).
 */
function explaining(db: Db, plans: PlanNode[]): Db {
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (prop !== "$queryRaw") return typeof value === "function" ? value.bind(target) : value;
      return async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
        const sql = query instanceof Prisma.Sql ? query : new Prisma.Sql(query, values as Prisma.Sql[]);
        // The list's page rows, read by id once the walk has found them, are not part of the walk
        // (the search's ranking, also planned once, reads the vectors and is explained).
        if (sql.text.startsWith(PLANNED_ONCE) && !sql.text.includes("searchVector")) return target.$queryRaw(sql);
        // The walk's question to the statistics is a plan already, and reads no row.
        if (sql.text.startsWith("EXPLAIN")) return target.$queryRaw(sql);
        const [row] = await target.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>`EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) ${sql}`;
        plans.push(row!["QUERY PLAN"][0]!.Plan);
        return target.$queryRaw(sql);
      };
    },
  });
}

/** What the plans read from the events table: rows scanned outside the search index, and whether the index was used. */
function eventReads(plans: PlanNode[]) {
  const all = plans.flatMap(nodes);
  const scans = all.filter((n) => n["Relation Name"] === "Event" && /Scan/.test(n["Node Type"]) && n["Node Type"] !== "Bitmap Heap Scan");
  const bitmapHeap = all.filter((n) => n["Relation Name"] === "Event" && n["Node Type"] === "Bitmap Heap Scan");
  const examined = (n: PlanNode) => (n["Actual Rows"] + (n["Rows Removed by Filter"] ?? 0)) * n["Actual Loops"];
  // A walk's exact check of an event its signature lets through: one row read by id.
  const isCheck = (n: PlanNode) => /\bid = v\.id\b/.test(n["Index Cond"] ?? "");
  return {
    walked: scans.filter((n) => !isCheck(n)).reduce((sum, n) => sum + examined(n), 0),
    checks: scans.filter(isCheck).reduce((sum, n) => sum + n["Actual Loops"], 0),
    fromIndex: all.some((n) => n["Node Type"] === "Bitmap Index Scan" && n["Index Name"] === "Event_search_idx"),
    fromFacets: all.some((n) => n["Node Type"] === "Bitmap Index Scan" && n["Index Name"] === "Event_facets_idx"),
    // A lossy bitmap would make PostgreSQL recheck, and so compute, each row's facet vector.
    lossy: bitmapHeap.some((n) => (n["Lossy Heap Blocks"] ?? 0) > 0),
    bitmapRows: bitmapHeap.reduce((sum, n) => sum + examined(n) + (n["Rows Removed by Index Recheck"] ?? 0), 0),
    seqScan: all.some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "Event"),
    // Any expression that builds a vector from text, in a filter, a condition or an output.
    computed: all
      .flatMap((n) => [n.Filter, n["Index Cond"], n["Recheck Cond"], ...(n.Output ?? [])])
      .filter((e) => e && /ties_search_vector|to_tsvector/.test(e)),
  };
}

type Facets = Pick<EventListInput, "type" | "area">;

async function reference(db: Db, q: string, facets: Facets = {}): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Event" WHERE "searchVector" @@ ties_search_query(${q}) AND state = 'published' AND "mergedIntoId" IS NULL
      ${facets.type ? Prisma.sql`AND type = ${facets.type}` : Prisma.empty}
      ${facets.area ? Prisma.sql`AND ${facets.area} = ANY("areaSlugs")` : Prisma.empty}
    ORDER BY "dateFirst" DESC, id DESC`;
  return rows.map((r) => r.id);
}

async function listAll(db: Db, q: string, limit: number, extra: Facets = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listEvents>> = await listEvents(
      db,
      { limit, q, ...extra, ...(cursor ? { cursor } : {}) },
      { publicOnly: true },
    );
    ids.push(...page.items.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe("free-text plans over tens of thousands of events", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    // Every event says "meeting" and its number; a sixth say "energy"; one in 97 says "solar"; three
    // (old and new) say "zircon", each also an "energy" event; "quartz" is on one in 150 events from
    // 2000 on and one in 20 before. Dates run over 75 years, shuffled.
    // A third are summits and half are in the area "north", but no "energy" event is either.
    // Committed synchronously (a test server commits asynchronously, and the vacuum below cannot
    // mark a page all-visible until the commit that wrote it is on disk).
    // A loaded machine may take longer than a transaction's default five seconds to write them.
    await t.db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL synchronous_commit = on`);
        await tx.$executeRawUnsafe(`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision,
        summary, "areaSlugs", state, "searchText", "updatedAt")
      SELECT 'ev-' || g, 'ev-' || g, (ARRAY['meeting','visit','summit'])[1 + g % 3], 'CONSULT',
        jsonb_build_object('en', 'Meeting ' || g), 'Meeting ' || g, to_char(d, 'YYYY-MM-DD'), d, d, 'day',
        jsonb_build_object('en', 'Officials met.'), ARRAY[(ARRAY['north','south'])[1 + g % 2]], 'published',
        'Synthetic meeting ' || g || ' on ' || (ARRAY['trade','energy','culture','security','climate','health'])[1 + g % 6]
          || CASE WHEN g % 97 = 0 THEN ' and solar power' ELSE '' END
          || CASE WHEN g IN (7, 15007, 29995) THEN ' and zircon' ELSE '' END
          || CASE WHEN g % (CASE WHEN x.d < DATE '2000-01-01' THEN 20 ELSE 150 END) = 0 THEN ' and quartz' ELSE '' END,
        now()
      FROM generate_series(1, ${EVENTS}) AS g, LATERAL (SELECT DATE '1950-01-01' + (g::bigint * 7919 % 27375)::int AS d) AS x`);
      },
      { timeout: 120_000 },
    );
    // As autovacuum would after a bulk load: the covering index's walks then read no table page.
    await t.db.$executeRawUnsafe(`VACUUM ANALYZE "Event"`);
  });
  afterAll(async () => t?.drop());

  const words = [
    { name: "a rare word", q: "zircon", matches: 3 },
    { name: "a common word", q: "energy", matches: EVENTS / 6 },
    { name: "a common word AND a rare one", q: "meeting 42", matches: 1 },
  ];

  for (const w of words) {
    it(`the event list with ${w.name} reads at most the probe and the index, computing no vector`, async () => {
      const plans: PlanNode[] = [];
      const db = explaining(t.db, plans);
      const first = await listEvents(db, { limit: 20, q: w.q }, { publicOnly: true });
      expect(first.items.map((e) => e.id)).toEqual((await reference(t.db, w.q)).slice(0, 20));
      const reads = eventReads(plans);
      expect(reads.computed).toEqual([]);
      expect(reads.seqScan).toBe(false);
      expect(reads.walked).toBeLessThanOrEqual(walkBound(LIST_COUNT));
      if (w.matches < 20) {
        // The first walk does not meet the word, so the rest comes from the search index at once,
        // reading only the matches.
        expect(reads.walked).toBeLessThanOrEqual(FIRST_INDEX_WALK_ROWS);
        expect(reads.fromIndex).toBe(true);
        expect(reads.bitmapRows).toBeLessThanOrEqual(w.matches);
      } else {
        // A common word fills the page within a few hundred rows of the date order.
        expect(reads.walked).toBeLessThanOrEqual(20 * 6 * 2);
      }
    });

    it(`a deep page of the event list with ${w.name} has the same bounds`, async () => {
      const all = await reference(t.db, w.q);
      // A cursor from the list itself, half way through the matches (none when there is one match).
      const seen = Math.floor(all.length / 2);
      const cursor = seen > 0 ? (await listEvents(t.db, { limit: seen, q: w.q }, { publicOnly: true })).nextCursor : null;
      const plans: PlanNode[] = [];
      const page = await listEvents(explaining(t.db, plans), { limit: 20, q: w.q, ...(cursor ? { cursor } : {}) }, { publicOnly: true });
      expect(page.items.map((e) => e.id)).toEqual(all.slice(seen, seen + 20));
      const reads = eventReads(plans);
      expect(reads.computed).toEqual([]);
      expect(reads.seqScan).toBe(false);
      expect(reads.walked).toBeLessThanOrEqual(walkBound(LIST_COUNT));
      expect(reads.bitmapRows).toBeLessThanOrEqual(Math.max(w.matches < 20 ? w.matches : 0, 20 * 6 * 2));
    });

    it(`search with ${w.name} ranks a bounded set of candidates, computing no vector`, async () => {
      const plans: PlanNode[] = [];
      const hits = await searchRecords(explaining(t.db, plans), { q: w.q, limit: 20 });
      expect(hits.items.length).toBe(Math.min(20, w.matches));
      const reads = eventReads(plans);
      expect(reads.computed).toEqual([]);
      expect(reads.seqScan).toBe(false);
      expect(reads.walked).toBeLessThanOrEqual(walkBound(CANDIDATES_PER_KIND));
      if (w.matches < 20) expect(reads.fromIndex).toBe(true);
    });
  }

  it("search with a word on one event in 97 ranks its matches from the index, and with a common word walks only as far as it needs", async () => {
    const solar: PlanNode[] = [];
    await searchRecords(explaining(t.db, solar), { q: "solar", limit: 20 });
    const rare = eventReads(solar);
    expect(rare.walked).toBeLessThanOrEqual(FIRST_INDEX_WALK_ROWS);
    expect(rare.fromIndex).toBe(true);
    // The word's matches, then the chosen candidates read by id to be ranked.
    expect(rare.bitmapRows).toBeLessThanOrEqual(Math.ceil(EVENTS / 97) + CANDIDATES_PER_KIND);
    const energy: PlanNode[] = [];
    await searchRecords(explaining(t.db, energy), { q: "energy", limit: 20 });
    const common = eventReads(energy);
    expect(common.fromIndex).toBe(false);
    // A sixth of the events hold it: the candidates are within about six times as many rows.
    expect(common.walked).toBeLessThanOrEqual(FIRST_INDEX_WALK_ROWS + CANDIDATES_PER_KIND * 6 * 1.5);
  });

  // Words within a type, an area or both: "energy" is on a sixth of the events, summits and the
  // area "north" are a third and a half of them, and no "energy" event is either.
  const combinations: { name: string; q: string; facets: Facets }[] = [
    { name: "a common word in a type that never has it", q: "energy", facets: { type: "summit" } },
    { name: "a common word in an area that never has it", q: "energy", facets: { area: "north" } },
    { name: "a word on one event in 97, within a type", q: "solar", facets: { type: "summit" } },
    { name: "a word on one event in 97, within an area", q: "solar", facets: { area: "north" } },
    { name: "a word on one event in 97, within a type and an area", q: "solar", facets: { type: "summit", area: "north" } },
    { name: "a rare word within a type", q: "zircon", facets: { type: "visit" } },
    { name: "a quoted phrase within a type", q: '"meeting 42"', facets: { type: "meeting" } },
    { name: "a common word in the type that always has it", q: "energy", facets: { type: "visit" } },
  ];

  for (const c of combinations) {
    it(`the event list with ${c.name} answers from the facet index or a short walk`, async () => {
      const all = await reference(t.db, c.q, c.facets);
      const plans: PlanNode[] = [];
      const first = await listEvents(explaining(t.db, plans), { limit: 20, q: c.q, ...c.facets }, { publicOnly: true });
      expect(first.items.map((e) => e.id)).toEqual(all.slice(0, 20));
      const reads = eventReads(plans);
      expect(reads.computed).toEqual([]);
      expect(reads.seqScan).toBe(false);
      expect(reads.lossy).toBe(false);
      // The word's own index is never intersected with the type's or the area's.
      expect(reads.fromIndex).toBe(false);
      if (all.length >= 20 * 20) {
        // A common combination fills the page within a few hundred rows of the date order.
        expect(reads.walked).toBeLessThanOrEqual(20 * 6 * 2);
      } else {
        // One walk of the type or area (its rows and those the filter passes over), then the
        // combination's matches and no other rows.
        expect(reads.walked).toBeLessThanOrEqual(walkBound(LIST_COUNT));
        expect(reads.fromFacets).toBe(true);
        expect(reads.bitmapRows).toBeLessThanOrEqual(all.length);
      }
    });
  }

  it("walks on for a word the newest events under-represent, when the statistics say the index holds more", async () => {
    // The first walk meets "quartz" on about one event in 150, which would leave the page to the
    // index; the statistics count about a thousand older matches, more than the walk would cost.
    const plans: PlanNode[] = [];
    const first = await listEvents(explaining(t.db, plans), { limit: 20, q: "quartz" }, { publicOnly: true });
    const all = await reference(t.db, "quartz");
    expect(first.items.map((e) => e.id)).toEqual(all.slice(0, 20));
    const reads = eventReads(plans);
    expect(reads.fromIndex).toBe(false);
    expect(reads.walked).toBeGreaterThan(FIRST_INDEX_WALK_ROWS);
    // No further than what reading the matches from the table would have cost (an entry costs an eighth).
    expect(reads.walked).toBeLessThanOrEqual(FIRST_INDEX_WALK_ROWS + all.length / INDEX_WALK_ENTRY_COST);
  });

  it("pages through a word within a type or an area, and a negated word, exactly as a full recount", async () => {
    for (const c of combinations.filter((x) => x.facets.type !== "visit" || x.q !== "energy")) {
      expect({ c, ids: await listAll(t.db, c.q, 20, c.facets) }).toEqual({ c, ids: await reference(t.db, c.q, c.facets) });
    }
    expect(await listAll(t.db, "solar -energy", 20, { type: "summit", area: "north" })).toEqual(
      await reference(t.db, "solar -energy", { type: "summit", area: "north" }),
    );
  });

  it("rewrites any query into a facet's lexemes: quotes, backslashes, operators and accents", async () => {
    const queries = [
      "O'Brien energy",
      "energy\\ solar",
      "energy:* | solar",
      '"solar power" -trade',
      "énergie solar",
      "'",
      "& | ! <->",
      "or -",
    ];
    for (const q of queries) {
      for (const facets of [{ type: "summit" }, { area: "north" }, { type: "visit", area: "south" }] as Facets[]) {
        const page = await listEvents(t.db, { limit: 20, q, ...facets }, { publicOnly: true });
        expect({ q, facets, ids: page.items.map((e) => e.id) }).toEqual({
          q,
          facets,
          ids: (await reference(t.db, q, facets)).slice(0, 20),
        });
      }
    }
  });

  it("the search's walk reads the covering index alone, and the table only where an event's signature allows a match", async () => {
    const plans: PlanNode[] = [];
    const hits = await searchRecords(explaining(t.db, plans), { q: "energy", limit: 20 });
    expect(hits.items).toHaveLength(20);
    const walks = plans.flatMap(nodes).filter((n) => n["Index Name"] === "Event_published_walk_idx");
    expect(walks.length).toBeGreaterThan(0);
    expect(walks.every((n) => n["Node Type"] === "Index Only Scan" && n["Heap Fetches"] === 0)).toBe(true);
    const entries = walks.reduce((sum, n) => sum + n["Actual Rows"] * n["Actual Loops"], 0);
    const { checks } = eventReads(plans);
    // A sixth of the events say "energy": the walk meets the candidates within about six times as
    // many entries, and reads from the table little more than the matches it keeps.
    expect(entries).toBeGreaterThanOrEqual(CANDIDATES_PER_KIND);
    expect(checks).toBeGreaterThanOrEqual(CANDIDATES_PER_KIND);
    expect(checks).toBeLessThanOrEqual(CANDIDATES_PER_KIND * 1.1 + 5);
    expect(checks).toBeLessThan(entries / 4);
  });

  it("a signature never rules out a match: quotes, backslashes, accents, phrases, alternatives and negations", async () => {
    const texts = [
      "O'Brien's café in Montréal",
      "a back\\slash in C:\\path\\to and \\\\server",
      "l'accord sur l'énergie, signé à Ottawa",
      "e-mail trade@example.org about https://example.org/a'b?q=1",
      "a 25% tariff on 3.5 billion dollars of steel",
      'Korea–Canada don\'t-stop "quoted words" here',
      "대한민국 캐나다 정상회담",
    ];
    const queries = texts.flatMap((text) => {
      const words = text.split(/\s+/);
      return [
        text,
        `"${text}"`,
        ...words,
        ...words.slice(1).map((w, i) => `${words[i]} ${w}`),
        `${words[0]} or zircon`,
        `${words[0]} -zircon`,
      ];
    });
    const rows = await t.db.$queryRaw<{ text: string; q: string }[]>`
      WITH t AS (SELECT unnest(${texts}::text[]) AS text), q AS (SELECT unnest(${queries}::text[]) AS q),
      s AS (SELECT t.text, q.q, ties_search_vector(t.text) AS v, ties_search_query(q.q) AS query FROM t, q)
      SELECT text, q FROM s WHERE v @@ query
        AND (ties_search_signature(v) & ties_query_signature(query)) <> ties_query_signature(query)`;
    expect(rows).toEqual([]);
    // And it does rule out: a word none of the texts has.
    const [kept] = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM unnest(${texts}::text[]) AS text
       WHERE (ties_search_signature(ties_search_vector(text)) & ties_query_signature(ties_search_query('zircon')))
           = ties_query_signature(ties_search_query('zircon'))`;
    expect(kept!.n).toBeLessThan(texts.length);
  });

  it("pages through every match, across the end of the date walk, in date order", async () => {
    for (const q of [
      "zircon",
      "solar",
      "energy zircon",
      "meeting 42",
      "O'Brien energy",
      '"solar power" -trade',
      "énergie solar",
      "energy or zircon",
    ]) {
      expect(await listAll(t.db, q, 20)).toEqual(await reference(t.db, q));
    }
    const summits = await t.db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Event" WHERE "searchVector" @@ ties_search_query('solar') AND type = 'summit' ORDER BY "dateFirst" DESC, id DESC`;
    expect(await listAll(t.db, "solar", 7, { type: "summit" })).toEqual(summits.map((r) => r.id));
  });

  it("the list filtered by a type and a date range reads that type's events in date order: about one page", async () => {
    // A type on one event in sixteen, as most types are in a real record (the three above are a third each).
    await t.db.$executeRawUnsafe(`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision,
        summary, state, "searchText", "updatedAt")
      SELECT 'sg-' || g, 'sg-' || g, 'signing', 'AGREE', jsonb_build_object('en', 'Signing ' || g), 'Signing ' || g,
        to_char(d, 'YYYY-MM-DD'), d, d, 'day', jsonb_build_object('en', 'Signed.'), 'published', 'Signing ' || g, now()
      FROM generate_series(1, ${EVENTS / 15}) AS g, LATERAL (SELECT DATE '1950-01-01' + (g::bigint * 104729 % 27375)::int AS d) AS x`);
    await t.db.$executeRawUnsafe(`ANALYZE "Event"`);
    for (const type of ["signing", "visit"] as const) {
      const plans: PlanNode[] = [];
      const page = await listEvents(
        explaining(t.db, plans),
        { limit: 20, type, from: "1960-01-01", to: "1990-12-31" },
        { publicOnly: true },
      );
      const expected = await t.db.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Event" WHERE type = ${type} AND "dateLast" >= '1960-01-01' AND "dateFirst" <= '1990-12-31'
        ORDER BY "dateFirst" DESC, id DESC LIMIT 20`;
      expect(page.items.map((e) => e.id)).toEqual(expected.map((r) => r.id));
      // In date order across every type, the rare type would take about 16 rows read for each it keeps.
      if (type === "signing") expect(eventReads(plans).walked).toBeLessThanOrEqual(LIST_COUNT);
    }
  });

  it("plans the search's ranking once per connection, whatever its words and candidates", async () => {
    const one = createPrismaClient(t.url, { max: 1 });
    try {
      for (const q of ["energy", "solar", "zircon energy"]) await searchRecords(one, { q, limit: 20 });
      const statements = await readRows<{ statement: string }[]>(
        one,
        Prisma.sql`${Prisma.raw(PLANNED_ONCE)} SELECT statement FROM pg_prepared_statements`,
      );
      expect(statements.filter((s) => s.statement.includes("ts_rank"))).toHaveLength(1);
    } finally {
      await one.$disconnect();
    }
  });
});
