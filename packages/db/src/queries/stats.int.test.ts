/**
 * The activity statistics add up "EventActivity", which triggers on "Event" keep current. After
 * every kind of write (create, publish, edit, archive, merge, bulk insert, delete) the figures
 * must be exactly those of a full recount over the events, for every kind of date range.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ActivityStats, StatsInput } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { changeState, createRecord, updateRecord } from "../curation";
import { Prisma } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { activityStats, areaWithDescendants, recordTotals, wholeMonths } from "./stats";

let t: TestDatabase;
const system = { actor: { id: null } };

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.drop();
});

/** The event figures counted from every published event, as the statistics did before the summary. */
async function recount(db: Db, input: StatsInput): Promise<{ byYear: Record<number, number>; byArea: Record<string, number> }> {
  const slugs = input.area ? await areaWithDescendants(db, input.area) : null;
  const dates = Prisma.sql`${input.from ? Prisma.sql`AND e."dateFirst" >= ${input.from}::date` : Prisma.empty} ${
    input.to ? Prisma.sql`AND e."dateFirst" <= ${input.to}::date` : Prisma.empty
  }`;
  const years = await db.$queryRaw<{ year: number; n: bigint }[]>`
    SELECT extract(year FROM e."dateFirst")::int AS year, count(*) AS n FROM "Event" e
      WHERE e.state = 'published' AND e."mergedIntoId" IS NULL ${slugs ? Prisma.sql`AND e."areaSlugs" && ${slugs}::text[]` : Prisma.empty} ${dates}
      GROUP BY 1`;
  const areas = await db.$queryRaw<{ slug: string; n: bigint }[]>`
    SELECT s AS slug, count(*) AS n FROM "Event" e, unnest(e."areaSlugs") s
      WHERE e.state = 'published' AND e."mergedIntoId" IS NULL ${dates} GROUP BY 1`;
  return {
    byYear: Object.fromEntries(years.map((r) => [r.year, Number(r.n)])),
    byArea: Object.fromEntries(areas.map((r) => [r.slug, Number(r.n)])),
  };
}

function eventFigures(s: ActivityStats) {
  return {
    byYear: Object.fromEntries(s.byYear.filter((y) => y.events > 0).map((y) => [y.year, y.events])),
    byArea: Object.fromEntries(s.byArea.filter((a) => a.events > 0).map((a) => [a.slug, a.events])),
  };
}

/** The recount, limited to the areas the statistics list (published ones, under the area asked for). */
async function expected(db: Db, input: StatsInput) {
  const full = await recount(db, input);
  const listed = new Set((await activityStats(db, input)).byArea.map((a) => a.slug));
  return { byYear: full.byYear, byArea: Object.fromEntries(Object.entries(full.byArea).filter(([slug]) => listed.has(slug))) };
}

const RANGES: StatsInput[] = [
  {},
  { from: "2020-01-01" },
  { from: "2019-06-15" },
  { to: "2024-12-31" },
  { to: "2023-07-09" },
  { from: "2018-03-02", to: "2025-02-27" },
  { from: "2024-02-01", to: "2024-02-29" },
  { from: "2025-03-03", to: "2025-03-20" },
  { from: "2025-03-31", to: "2025-04-01" },
];

async function expectMatchesRecount(db: Db) {
  const areas = await db.area.findMany({ where: { state: "published" }, select: { slug: true }, orderBy: { slug: "asc" } });
  const inputs = [
    ...RANGES,
    ...areas.slice(0, 3).flatMap((a) => [{ area: a.slug }, { area: a.slug, from: "2019-06-15", to: "2025-03-20" }]),
  ];
  for (const input of inputs) {
    expect({ input, ...eventFigures(await activityStats(db, input)) }).toEqual({ input, ...(await expected(db, input)) });
  }
  const published = await db.event.count({ where: { state: "published", mergedIntoId: null } });
  expect((await recordTotals(db)).events).toBe(published);
}

const event = (slug: string, date: string, areaSlugs: string[]) => ({
  slug,
  type: "meeting",
  title: { en: `Activity test ${slug}` },
  date,
  parties: ["KR", "CA"],
  summary: { en: "Officials met." },
  areaSlugs,
});

describe("whole months of a date range", () => {
  it("takes the months wholly inside the range and leaves the part-months at either end", () => {
    expect(wholeMonths({})).toEqual({ first: null, end: null });
    expect(wholeMonths({ from: "2020-01-01", to: "2020-12-31" })).toEqual({ first: "2020-01-01", end: "2021-01-01" });
    expect(wholeMonths({ from: "2020-01-02", to: "2020-12-30" })).toEqual({ first: "2020-02-01", end: "2020-12-01" });
    expect(wholeMonths({ from: "2024-02-01", to: "2024-02-29" })).toEqual({ first: "2024-02-01", end: "2024-03-01" });
    expect(wholeMonths({ from: "2025-03-03", to: "2025-03-20" })).toBeNull();
    expect(wholeMonths({ from: "2025-03-31", to: "2025-04-01" })).toBeNull();
  });
});

describe("activity statistics kept on write", () => {
  it("match a full recount on the seed record, and the summary holds one count per month and areas", async () => {
    await expectMatchesRecount(t.db);
    const rows = await t.db.eventActivity.count();
    expect(rows).toBeGreaterThan(0);
  });

  it("count an event from the moment it is published until it is archived, in its year and areas", async () => {
    const [area] = await t.db.area.findMany({ where: { state: "published" }, select: { slug: true }, take: 1, orderBy: { slug: "asc" } });
    const slug = area!.slug;
    const before = await activityStats(t.db, {});
    const yearOf = (s: ActivityStats, y: number) => s.byYear.find((x) => x.year === y)?.events ?? 0;
    const areaOf = (s: ActivityStats) => s.byArea.find((x) => x.slug === slug)?.events ?? 0;

    const created = await createRecord(t.db, "event", event("activity-published", "2011-05-17", [slug]), system);
    expect(await activityStats(t.db, {})).toEqual(before);
    // A public event cites a source: borrow a quote the seed already cites.
    const quote = await t.db.citation.findFirstOrThrow({
      where: { targetKind: "event" },
      select: { sourceId: true, quote: true, start: true, end: true },
    });
    await createRecord(t.db, "citation", { ...quote, target: { kind: "event", id: created.id, field: null } }, system);

    const published = await changeState(t.db, "event", created.id, "publish", { ...system, baseVersion: created.version });
    const after = await activityStats(t.db, {});
    expect(yearOf(after, 2011)).toBe(yearOf(before, 2011) + 1);
    expect(areaOf(after)).toBe(areaOf(before) + 1);
    await expectMatchesRecount(t.db);

    // An edit that moves the event to another year and drops its area moves its count with it.
    const edited = await updateRecord(t.db, "event", created.id, event("activity-published", "2012-01-31", []), {
      ...system,
      baseVersion: published.version,
    });
    const moved = await activityStats(t.db, {});
    expect(yearOf(moved, 2011)).toBe(yearOf(before, 2011));
    expect(yearOf(moved, 2012)).toBe(yearOf(before, 2012) + 1);
    expect(areaOf(moved)).toBe(areaOf(before));
    await expectMatchesRecount(t.db);

    await changeState(t.db, "event", created.id, "archive", { ...system, baseVersion: edited.version });
    expect(await activityStats(t.db, {})).toEqual(before);
    await expectMatchesRecount(t.db);
  });

  it("follow bulk inserts, merges and deletes made outside the write path", async () => {
    const areas = (await t.db.area.findMany({ where: { state: "published" }, select: { slug: true } })).map((a) => a.slug);
    await t.db.$executeRaw`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision, summary, "areaSlugs", state, parties, "updatedAt")
      SELECT 'bulk-' || g, 'bulk-activity-' || g, 'meeting', 'CONSULT', '{"en":"Bulk"}'::jsonb, 'Bulk', to_char(d, 'YYYY-MM-DD'), d, d, 'day',
        '{"en":"Bulk."}'::jsonb,
        CASE g % 3 WHEN 0 THEN ARRAY[]::text[] WHEN 1 THEN ARRAY[${areas[0]}] ELSE ${areas.slice(0, 2)}::text[] END,
        CASE WHEN g % 4 = 0 THEN 'draft' ELSE 'published' END, ARRAY['KR','CA'], now()
      FROM generate_series(1, 500) g, LATERAL (SELECT DATE '2015-01-01' + (g * 37 % 3650) AS d) x`;
    await expectMatchesRecount(t.db);

    await t.db.$executeRaw`UPDATE "Event" SET "mergedIntoId" = 'bulk-2' WHERE id IN ('bulk-1', 'bulk-5', 'bulk-9')`;
    await t.db.$executeRaw`UPDATE "Event" SET state = 'published' WHERE id IN ('bulk-4', 'bulk-8')`;
    await t.db.$executeRaw`UPDATE "Event" SET "dateFirst" = "dateFirst" + 400 WHERE id LIKE 'bulk-1%'`;
    await t.db.$executeRaw`DELETE FROM "Event" WHERE id LIKE 'bulk-3%'`;
    await expectMatchesRecount(t.db);

    await t.db.$executeRaw`DELETE FROM "Event" WHERE id LIKE 'bulk-%'`;
    await expectMatchesRecount(t.db);
  });

  it("are built by the migration's backfill exactly as the triggers keep them", async () => {
    const dir = join(import.meta.dirname, "../../prisma/migrations");
    const migration = readdirSync(dir).find((d) => d.endsWith("_event_activity"));
    const sql = readFileSync(join(dir, migration!, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.lastIndexOf(`INSERT INTO "EventActivity"`)).trim();
    const kept = await t.db.$queryRaw<
      unknown[]
    >`SELECT month, areas, "areaSlugs", events FROM "EventActivity" WHERE events <> 0 ORDER BY 1, 2`;
    await t.db.$transaction([t.db.$executeRaw`DELETE FROM "EventActivity"`, t.db.$executeRawUnsafe(backfill)]);
    const rebuilt = await t.db.$queryRaw<unknown[]>`SELECT month, areas, "areaSlugs", events FROM "EventActivity" ORDER BY 1, 2`;
    expect(rebuilt).toEqual(kept);
    expect(rebuilt.length).toBeGreaterThan(0);
  });
});
