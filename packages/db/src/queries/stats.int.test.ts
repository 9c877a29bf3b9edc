/**
 * The activity statistics add up "EventActivity", which triggers on "Event" keep current. After
 * every kind of write (create, publish, edit, unpublish, archive, merge, bulk import, raw bulk
 * insert, delete) the summary must hold exactly what a fresh GROUP BY over the events counts, and
 * the figures must be those of a full recount, for every kind of date range, with and without the
 * tracked pairs' scope.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ActivityStats, StatsInput, TrackedPair } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { writeBulk } from "../bulk-write";
import { changeState, createRecord, updateRecord } from "../curation";
import { Prisma } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { mergeRecords } from "../merge";
import { getArea } from "./areas";
import { pairScopeSql } from "./pair-scope";
import { activityByYear, activityStats, activitySummaryDrift, areaWithDescendants, recordTotals, wholeMonths, wholeYears } from "./stats";

let t: TestDatabase;
const system = { actor: { id: null } };

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.drop();
});

/** The public scope of a deployment tracking Korea-Canada: the statistics count no other pair. */
const TRACKED: TrackedPair[] = [["KR", "CA"]];

/** The event figures counted from every published event, as the statistics did before the summary. */
async function recount(
  db: Db,
  input: StatsInput,
  pairs?: TrackedPair[],
): Promise<{ byYear: Record<number, number>; byArea: Record<string, number> }> {
  const slugs = input.area ? await areaWithDescendants(db, input.area) : null;
  const scope = pairScopeSql(Prisma.sql`e.parties`, { pairs });
  const dates = Prisma.sql`${input.from ? Prisma.sql`AND e."dateFirst" >= ${input.from}::date` : Prisma.empty} ${
    input.to ? Prisma.sql`AND e."dateFirst" <= ${input.to}::date` : Prisma.empty
  } ${scope ? Prisma.sql`AND ${scope}` : Prisma.empty}`;
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
async function expected(db: Db, input: StatsInput, pairs?: TrackedPair[]) {
  const full = await recount(db, input, pairs);
  const listed = new Set((await activityStats(db, input, { pairs })).byArea.map((a) => a.slug));
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
  // Ranges starting and ending inside months that hold events, on days that make the part-months
  // read both ways: their own days, or the whole month less the others.
  const days = await db.$queryRaw<{ day: string }[]>`
    SELECT DISTINCT to_char("dateFirst", 'YYYY-MM-DD') AS day FROM "Event" WHERE state = 'published' ORDER BY 1 LIMIT 4`;
  const aroundEvents = days.flatMap(({ day }) => {
    const [y, m] = [Number(day.slice(0, 4)), day.slice(5, 7)];
    return [
      { from: `${y}-${m}-02`, to: `${y + 1}-12-30` },
      { from: `${y - 1}-01-02`, to: `${y}-${m}-28` },
      { from: `${y}-${m}-02`, to: `${y}-${m}-28` },
      { from: day, to: `${y + 2}-${m}-03` },
    ];
  });
  const inputs = [
    ...RANGES,
    ...aroundEvents,
    ...areas.slice(0, 3).flatMap((a) => [{ area: a.slug }, { area: a.slug, from: "2019-06-15", to: "2025-03-20" }]),
  ];
  expect(await activitySummaryDrift(db)).toEqual([]);
  for (const pairs of [undefined, TRACKED]) {
    for (const input of inputs) {
      expect({ input, pairs, ...eventFigures(await activityStats(db, input, { pairs })) }).toEqual({
        input,
        pairs,
        ...(await expected(db, input, pairs)),
      });
    }
  }
  // An area's page charts the same counts as the statistics, within the same pairs.
  for (const pairs of [undefined, TRACKED]) {
    for (const { slug } of areas) {
      const area = await getArea(db, slug, { publicOnly: true, pairs });
      expect({ slug, pairs, byYear: area?.activityByYear }).toEqual({
        slug,
        pairs,
        byYear: await activityByYear(db, { area: slug }, { pairs }),
      });
    }
  }
  const published = await db.event.count({ where: { state: "published", mergedIntoId: null } });
  expect((await recordTotals(db)).events).toBe(published);
  const [tracked] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Event" WHERE state = 'published' AND "mergedIntoId" IS NULL AND (cardinality(parties) = 0 OR parties @> ARRAY['KR','CA'])`;
  expect((await recordTotals(db, { pairs: TRACKED })).events).toBe(Number(tracked!.n));
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

describe("whole years of a range of whole months", () => {
  it("takes the years wholly inside the months and leaves the months at either end", () => {
    expect(wholeYears({ first: null, end: null })).toEqual({ first: null, end: null });
    expect(wholeYears({ first: "2018-04-01", end: "2025-03-01" })).toEqual({ first: "2019-01-01", end: "2025-01-01" });
    expect(wholeYears({ first: "2020-01-01", end: "2021-01-01" })).toEqual({ first: "2020-01-01", end: "2021-01-01" });
    expect(wholeYears({ first: "2019-07-01", end: null })).toEqual({ first: "2020-01-01", end: null });
    expect(wholeYears({ first: "0999-02-01", end: null })).toEqual({ first: "1000-01-01", end: null });
    expect(wholeYears({ first: "2020-02-01", end: "2020-12-01" })).toBeNull();
    expect(wholeYears({ first: "2020-02-01", end: "2021-12-01" })).toBeNull();
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

    // Unpublished, it no longer counts; published again, it does; archived, it is gone for good.
    const unpublished = await changeState(t.db, "event", created.id, "unpublish", { ...system, baseVersion: edited.version });
    expect(await activityStats(t.db, {})).toEqual(before);
    await expectMatchesRecount(t.db);
    const again = await changeState(t.db, "event", created.id, "publish", { ...system, baseVersion: unpublished.version });
    expect(yearOf(await activityStats(t.db, {}), 2012)).toBe(yearOf(before, 2012) + 1);
    await changeState(t.db, "event", created.id, "archive", { ...system, baseVersion: again.version });
    expect(await activityStats(t.db, {})).toEqual(before);
    await expectMatchesRecount(t.db);
  });

  it("follow a merge through the write path: the merged event stops counting", async () => {
    const quote = await t.db.citation.findFirstOrThrow({
      where: { targetKind: "event" },
      select: { sourceId: true, quote: true, start: true, end: true },
    });
    const publishedEvent = async (slug: string, date: string, parties: string[]) => {
      const created = await createRecord(t.db, "event", { ...event(slug, date, []), parties }, system);
      await createRecord(t.db, "citation", { ...quote, target: { kind: "event", id: created.id, field: null } }, system);
      return changeState(t.db, "event", created.id, "publish", { ...system, baseVersion: created.version });
    };
    const survivor = await publishedEvent("activity-survivor", "2013-04-02", ["KR", "CA"]);
    const merged = await publishedEvent("activity-merged", "2013-09-20", ["KR", "CA"]);
    await expectMatchesRecount(t.db);
    const before = await recordTotals(t.db);
    await mergeRecords(
      t.db,
      "event",
      { survivor: { id: survivor.id, baseVersion: survivor.version }, merged: { id: merged.id, baseVersion: merged.version } },
      system.actor,
    );
    expect((await recordTotals(t.db)).events).toBe(before.events - 1);
    await expectMatchesRecount(t.db);
  });

  it("follow imports through the bulk writer, created and then updated, with parties of several pairs", async () => {
    const areas = (await t.db.area.findMany({ where: { state: "published" }, select: { slug: true } })).map((a) => a.slug);
    const partiesOf = (i: number) => (i % 3 === 0 ? ["US", "GR"] : i % 3 === 1 ? ["KR", "CA"] : ["CA", "KR"]);
    const records = (shift: number) =>
      Array.from({ length: 60 }, (_, i) => ({
        kind: "event" as const,
        id: `evt-activity-import-${i}`,
        dataset: "activity-test",
        externalId: String(i),
        input: {
          ...event(`activity-import-${i}`, `${2000 + ((i + shift) % 20)}-0${1 + (i % 9)}-1${i % 10}`, areas.slice(0, 1 + (i % 3))),
          parties: partiesOf(i),
        },
      }));
    const opts = { actor: { id: null }, state: "published" as const, importId: "activity-import", reason: "Imported from activity-test" };
    const created = await writeBulk(t.db, records(0), opts);
    expect(created.created).toBe(60);
    await expectMatchesRecount(t.db);
    // The same records again, each moved by a few years: updated in place.
    const updated = await writeBulk(t.db, records(7), opts);
    expect(updated.updated).toBe(60);
    await expectMatchesRecount(t.db);
  });

  it("follow bulk inserts, merges and deletes made outside the write path", async () => {
    const areas = (await t.db.area.findMany({ where: { state: "published" }, select: { slug: true } })).map((a) => a.slug);
    await t.db.$executeRaw`
      INSERT INTO "Event" (id, slug, type, "ploverCode", title, "titleEn", date, "dateFirst", "dateLast", precision, summary, "areaSlugs", state, parties, "updatedAt")
      SELECT 'bulk-' || g, 'bulk-activity-' || g, 'meeting', 'CONSULT', '{"en":"Bulk"}'::jsonb, 'Bulk', to_char(d, 'YYYY-MM-DD'), d, d, 'day',
        '{"en":"Bulk."}'::jsonb,
        CASE g % 3 WHEN 0 THEN ARRAY[]::text[] WHEN 1 THEN ARRAY[${areas[0]}] ELSE ${areas.slice(0, 2)}::text[] END,
        CASE WHEN g % 4 = 0 THEN 'draft' ELSE 'published' END,
        CASE g % 5 WHEN 0 THEN ARRAY['US','GR'] WHEN 1 THEN ARRAY[]::text[] ELSE ARRAY['KR','CA'] END, now()
      FROM generate_series(1, 500) g, LATERAL (SELECT DATE '2015-01-01' + (g * 37 % 3650) AS d) x`;
    await expectMatchesRecount(t.db);

    await t.db.$executeRaw`UPDATE "Event" SET "mergedIntoId" = 'bulk-2' WHERE id IN ('bulk-1', 'bulk-5', 'bulk-9')`;
    await t.db.$executeRaw`UPDATE "Event" SET state = 'published' WHERE id IN ('bulk-4', 'bulk-8')`;
    await t.db.$executeRaw`UPDATE "Event" SET parties = ARRAY['JP','KR'] WHERE id LIKE 'bulk-2%'`;
    await t.db.$executeRaw`UPDATE "Event" SET "dateFirst" = "dateFirst" + 400 WHERE id LIKE 'bulk-1%'`;
    await t.db.$executeRaw`DELETE FROM "Event" WHERE id LIKE 'bulk-3%'`;
    await expectMatchesRecount(t.db);

    await t.db.$executeRaw`DELETE FROM "Event" WHERE id LIKE 'bulk-%'`;
    await expectMatchesRecount(t.db);
  });

  it("are built by the migration's backfill exactly as the triggers keep them", async () => {
    const dir = join(import.meta.dirname, "../../prisma/migrations");
    // The latest migration that rebuilds the summary.
    const migration = readdirSync(dir)
      .sort()
      .findLast((d) => d.endsWith("_event_activity") || d.endsWith("_event_activity_parties"));
    const sql = readFileSync(join(dir, migration!, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.lastIndexOf(`INSERT INTO "EventActivity"`)).trim();
    const kept = await t.db.$queryRaw<
      unknown[]
    >`SELECT month, areas, "areaSlugs", "partyKey", parties, events FROM "EventActivity" WHERE events <> 0 ORDER BY 1, 2, 4`;
    await t.db.$transaction([t.db.$executeRaw`DELETE FROM "EventActivity"`, t.db.$executeRawUnsafe(backfill)]);
    const rebuilt = await t.db.$queryRaw<
      unknown[]
    >`SELECT month, areas, "areaSlugs", "partyKey", parties, events FROM "EventActivity" ORDER BY 1, 2, 4`;
    expect(rebuilt).toEqual(kept);
    expect(rebuilt.length).toBeGreaterThan(0);
  });
});
