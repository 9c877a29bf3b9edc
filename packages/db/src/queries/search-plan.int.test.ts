/**
 * Free text at every frequency is answered without reading the table row by row: over tens of
 * thousands of events, a rare word, a common word and a common word AND a rare one each get a
 * plan that reads a bounded number of rows in date order or starts from the search index, and
 * never computes a search vector per row. The assertions are on the plans PostgreSQL reports for
 * the very statements the list and the search send, not on times.
 */
import type { EventListInput } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { listEvents } from "./events";
import { searchRecords } from "./search";
import { FIRST_WALK_ROWS, PROBE_ROWS } from "./search-filter";

const EVENTS = 30_000;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
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
  return {
    walked: scans.reduce((sum, n) => sum + examined(n), 0),
    fromIndex: all.some((n) => n["Node Type"] === "Bitmap Index Scan" && n["Index Name"] === "Event_search_idx"),
    bitmapRows: bitmapHeap.reduce((sum, n) => sum + examined(n) + (n["Rows Removed by Index Recheck"] ?? 0), 0),
    seqScan: all.some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "Event"),
    // Any expression that builds a vector from text, in a filter, a condition or an output.
    computed: all
      .flatMap((n) => [n.Filter, n["Index Cond"], n["Recheck Cond"], ...(n.Output ?? [])])
      .filter((e) => e && /ties_search_vector|to_tsvector/.test(e)),
  };
}

async function reference(db: Db, q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Event" WHERE "searchVector" @@ ties_search_query(${q}) AND state = 'published' AND "mergedIntoId" IS NULL
    ORDER BY "dateFirst" DESC, id DESC`;
  return rows.map((r) => r.id);
}

async function listAll(db: Db, q: string, limit: number, extra: Pick<EventListInput, "type"> = {}): Promise<string[]> {
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
    // (old and new) say "zircon", each also an "energy" event. Dates run over 75 years, shuffled.
    await t.db.$executeRawUnsafe(`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision,
        summary, state, "searchText", "updatedAt")
      SELECT 'ev-' || g, 'ev-' || g, (ARRAY['meeting','visit','summit'])[1 + g % 3], 'CONSULT',
        jsonb_build_object('en', 'Meeting ' || g), 'Meeting ' || g, to_char(d, 'YYYY-MM-DD'), d, d, 'day',
        jsonb_build_object('en', 'Officials met.'), 'published',
        'Synthetic meeting ' || g || ' on ' || (ARRAY['trade','energy','culture','security','climate','health'])[1 + g % 6]
          || CASE WHEN g % 97 = 0 THEN ' and solar power' ELSE '' END
          || CASE WHEN g IN (7, 15007, 29995) THEN ' and zircon' ELSE '' END,
        now()
      FROM generate_series(1, ${EVENTS}) AS g, LATERAL (SELECT DATE '1950-01-01' + (g::bigint * 7919 % 27375)::int AS d) AS x`);
    await t.db.$executeRawUnsafe(`ANALYZE "Event"`);
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
      expect(reads.walked).toBeLessThanOrEqual(PROBE_ROWS);
      if (w.matches < 20) {
        // The first walk does not meet the word, so the rest comes from the search index at once,
        // reading only the matches.
        expect(reads.walked).toBeLessThanOrEqual(FIRST_WALK_ROWS);
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
      expect(reads.walked).toBeLessThanOrEqual(PROBE_ROWS);
      expect(reads.bitmapRows).toBeLessThanOrEqual(Math.max(w.matches < 20 ? w.matches : 0, 20 * 6 * 2));
    });

    it(`search with ${w.name} ranks a bounded set of candidates, computing no vector`, async () => {
      const plans: PlanNode[] = [];
      const hits = await searchRecords(explaining(t.db, plans), { q: w.q, limit: 20 });
      expect(hits.items.length).toBe(Math.min(20, w.matches));
      const reads = eventReads(plans);
      expect(reads.computed).toEqual([]);
      expect(reads.seqScan).toBe(false);
      expect(reads.walked).toBeLessThanOrEqual(PROBE_ROWS);
      if (w.matches < 20) expect(reads.fromIndex).toBe(true);
    });
  }

  it("pages through every match, across the end of the date walk, in date order", async () => {
    for (const q of ["zircon", "solar", "energy zircon", "meeting 42"]) {
      expect(await listAll(t.db, q, 20)).toEqual(await reference(t.db, q));
    }
    const summits = await t.db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Event" WHERE "searchVector" @@ ties_search_query('solar') AND type = 'summit' ORDER BY "dateFirst" DESC, id DESC`;
    expect(await listAll(t.db, "solar", 7, { type: "summit" })).toEqual(summits.map((r) => r.id));
  });
});
