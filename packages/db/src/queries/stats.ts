/**
 * Activity counts over the published record: by year and by area (the area pages' charts). Public
 * figures count only records of the tracked pairs (and those with no parties), as the lists show.
 */
import { type ActivityStats, addDays, periodEnd, periodStart, type RecordTotals, type StatsInput, type YearCount } from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { type PairScope, pairScopeSql, pairScopeWhere } from "./pair-scope";

/** `AND <the pair scope over column>`, or nothing when every pair counts. */
function scopeCond(column: string, pairs: PairScope["pairs"]): Prisma.Sql {
  const scope = pairScopeSql(Prisma.raw(column), { pairs });
  return scope ? Prisma.sql`AND ${scope}` : Prisma.empty;
}

const enName = (v: unknown) =>
  typeof v === "object" && v !== null && "en" in v && typeof v.en === "string" ? { ...v, en: v.en } : { en: "" };

/** An area's slug with the slugs of every area below it. */
export async function areaWithDescendants(db: Db, slug: string): Promise<string[]> {
  const areas = await db.area.findMany({ select: { slug: true, parentSlug: true } });
  const out = new Set([slug]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of areas) {
      if (a.parentSlug && out.has(a.parentSlug) && !out.has(a.slug)) {
        out.add(a.slug);
        grew = true;
      }
    }
  }
  return [...out];
}

/** `AND col >= from AND col <= to` for the date bounds a stats request gives (either may be absent). */
function dateCond(input: Pick<StatsInput, "from" | "to">, col: string): Prisma.Sql {
  return Prisma.sql`${input.from ? Prisma.sql`AND ${Prisma.raw(col)} >= ${input.from}::date` : Prisma.empty} ${
    input.to ? Prisma.sql`AND ${Prisma.raw(col)} <= ${input.to}::date` : Prisma.empty
  }`;
}

/** The activity summaries, by the unit of time each counts in. */
const SUMMARIES = { month: { table: "EventActivity", key: "month" }, year: { table: "EventActivityYear", key: "year" } } as const;

/**
 * Published events by year and by area over a date range, added up from "EventActivity" (counts
 * per month, list of areas and parties, kept by triggers on "Event"). Whole months inside the range come
 * from the summary; the part-months at either end, when the range starts or ends mid-month, are
 * counted from the events themselves through the date index, so the figures are exact. With an
 * area, only rows tagged with it (or an area below it) are added up: they are all its year counts
 * need, and all the counts of the areas it lists, so the work follows the area's share of the
 * record rather than the whole record's.
 */
async function eventActivity(
  db: Db,
  input: Pick<StatsInput, "from" | "to">,
  slugs: string[] | null,
  pairs: PairScope["pairs"],
): Promise<{ byYear: Map<number, number>; byArea: Map<string, number> }> {
  const inAreas = (col: string) => (slugs ? Prisma.sql`AND ${Prisma.raw(col)} && ${slugs}::text[]` : Prisma.empty);
  // The events' own area index is not asked: the date index finds a part-month's few events first.
  const published = Prisma.sql`e.state = 'published' AND e."mergedIntoId" IS NULL ${scopeCond(`e.parties`, pairs)}`;
  const months = wholeMonths(input);
  // Rows of a summary over [first, end) of its periods (null: no bound).
  const summary = (per: keyof typeof SUMMARIES, first: string | null, end: string | null) => {
    const { table, key } = SUMMARIES[per];
    const at = Prisma.raw(`a."${key}"`);
    return Prisma.sql`SELECT ${at} AS month, a."areaSlugs", a.events AS n FROM ${Prisma.raw(`"${table}"`)} a
          WHERE a.events <> 0 ${scopeCond(`a.parties`, pairs)} ${inAreas(`a."areaSlugs"`)} ${first ? Prisma.sql`AND ${at} >= ${first}::date` : Prisma.empty}
            ${end ? Prisma.sql`AND ${at} < ${end}::date` : Prisma.empty}`;
  };
  // The events of [from, to) counted one by one, added or (less) taken away.
  const eventCounts = (from: string, to: string, less = false) =>
    Prisma.sql`SELECT date_trunc('month', e."dateFirst")::date, e."areaSlugs", ${Prisma.raw(less ? "-" : "")}count(*)::int FROM "Event" e
      WHERE ${published} AND e."dateFirst" >= ${from}::date AND e."dateFirst" < ${to}::date GROUP BY 1, 2`;
  // The days [from, to) of the month starting on `start`: their events, or the month's summary rows
  // less the events of its other days, whichever has fewer days to read.
  const partMonth = (start: string, from: string, to: string) => {
    const end = nextMonth(start);
    if (daysBetween(start, from) + daysBetween(to, end) >= daysBetween(from, to)) return eventCounts(from, to);
    const rest = [...(start < from ? [eventCounts(start, from, true)] : []), ...(to < end ? [eventCounts(to, end, true)] : [])];
    return Prisma.sql`${summary("month", start, end)} ${Prisma.join(
      rest.map((r) => Prisma.sql`UNION ALL ${r}`),
      " ",
    )}`;
  };
  const years = months && wholeYears(months);
  const counts = months
    ? Prisma.sql`
        ${
          years
            ? Prisma.sql`${summary("year", years.first, years.end)}
                ${months.first && years.first && months.first < years.first ? Prisma.sql`UNION ALL ${summary("month", months.first, years.first)}` : Prisma.empty}
                ${months.end && years.end && years.end < months.end ? Prisma.sql`UNION ALL ${summary("month", years.end, months.end)}` : Prisma.empty}`
            : summary("month", months.first, months.end)
        }
        ${input.from && months.first && input.from < months.first ? Prisma.sql`UNION ALL ${partMonth(monthOf(input.from), input.from, months.first)}` : Prisma.empty}
        ${input.to && months.end && months.end <= input.to ? Prisma.sql`UNION ALL ${partMonth(months.end, months.end, nextDay(input.to))}` : Prisma.empty}`
    : Prisma.sql`
        SELECT date_trunc('month', e."dateFirst")::date AS month, e."areaSlugs", count(*)::int AS n FROM "Event" e
          WHERE ${published} ${dateCond(input, `e."dateFirst"`)} GROUP BY 1, 2`;
  const rows = await db.$queryRaw<{ what: "year" | "area"; key: string; n: bigint }[]>`
    WITH all_counts AS MATERIALIZED (${counts}), counts AS (SELECT * FROM all_counts WHERE TRUE ${inAreas(`"areaSlugs"`)})
    SELECT 'year' AS what, extract(year FROM month)::int::text AS key, sum(n) AS n FROM counts GROUP BY 2 HAVING sum(n) > 0
    UNION ALL
    SELECT 'area', s, sum(x.n) FROM (SELECT "areaSlugs", sum(n) AS n FROM counts GROUP BY 1) x, unnest(x."areaSlugs") s
      GROUP BY 2 HAVING sum(x.n) > 0`;
  const byYear = new Map<number, number>();
  const byArea = new Map<string, number>();
  for (const r of rows) {
    if (r.what === "year") byYear.set(Number(r.key), Number(r.n));
    else byArea.set(r.key, Number(r.n));
  }
  return { byYear, byArea };
}

/**
 * The whole calendar months inside a date range, as [first, end): `first` the first month starting
 * on or after `from`, `end` the month after the last one ending on or before `to` (null: no bound).
 * Null when the range holds no whole month.
 */
export function wholeMonths(input: Pick<StatsInput, "from" | "to">): { first: string | null; end: string | null } | null {
  const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  let first: string | null = null;
  let end: string | null = null;
  if (input.from) {
    const [y, m, d] = input.from.split("-").map(Number) as [number, number, number];
    first = d === 1 ? input.from : monthStart(y, m);
  }
  if (input.to) {
    const next = new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000);
    end = monthStart(next.getUTCFullYear(), next.getUTCMonth());
  }
  return first && end && first >= end ? null : { first, end };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const nextDay = (day: string) => addDays(day, 1);
const monthOf = (day: string) => periodStart(day.slice(0, 7));
const nextMonth = (first: string) => addDays(periodEnd(first.slice(0, 7)), 1);

/**
 * The whole calendar years inside a range of whole months [first, end), as [first, end) of their
 * first days (null: no bound); null when the range holds no whole year.
 */
export function wholeYears(months: { first: string | null; end: string | null }): { first: string | null; end: string | null } | null {
  const first =
    months.first === null
      ? null
      : months.first.endsWith("-01-01")
        ? months.first
        : `${String(Number(months.first.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
  const end = months.end === null ? null : `${months.end.slice(0, 4)}-01-01`;
  return first && end && first >= end ? null : { first, end };
}

async function otherActivityByYear(db: Db, input: StatsInput, slugs: string[] | null, pairs: PairScope["pairs"]) {
  const areaCond = (col: string) => (slugs ? Prisma.sql`AND ${Prisma.raw(col)} && ${slugs}::text[]` : Prisma.empty);
  return db.$queryRaw<{ year: number; what: "commitments" | "milestones"; n: bigint }[]>`
    SELECT extract(year FROM d.day)::int AS year, 'commitments' AS what, count(*) AS n
      FROM (SELECT coalesce(ev."dateFirst", c."dueLast") AS day FROM "Commitment" c LEFT JOIN "Event" ev ON ev.id = c."eventId"
            WHERE c.state = 'published' ${areaCond(`c."areaSlugs"`)}) d
      WHERE d.day IS NOT NULL ${dateCond(input, "d.day")}
      GROUP BY 1
    UNION ALL
    SELECT extract(year FROM m."dateFirst")::int, 'milestones', count(*)
      FROM "Milestone" m JOIN "Agreement" a ON a.id = m."agreementId"
      WHERE a.state = 'published' ${scopeCond(`a.parties`, pairs)} ${areaCond(`a."areaSlugs"`)} ${dateCond(input, `m."dateFirst"`)}
      GROUP BY 1`;
}

function yearCounts(events: Map<number, number>, others: { year: number; what: "commitments" | "milestones"; n: bigint }[]): YearCount[] {
  const byYear = new Map<number, YearCount>();
  const at = (year: number) => byYear.get(year) ?? byYear.set(year, { year, events: 0, commitments: 0, milestones: 0 }).get(year)!;
  for (const [year, n] of events) at(year).events = n;
  for (const r of others) at(r.year)[r.what] = Number(r.n);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** `pairs`: the tracked pairs a public read counts (undefined: every record). */
export async function activityByYear(db: Db, input: StatsInput, opts: { pairs?: PairScope["pairs"] } = {}): Promise<YearCount[]> {
  const slugs = input.area ? await areaWithDescendants(db, input.area) : null;
  const [events, others] = await Promise.all([
    eventActivity(db, input, slugs, opts.pairs),
    otherActivityByYear(db, input, slugs, opts.pairs),
  ]);
  return yearCounts(events.byYear, others);
}

/** `pairs`: the tracked pairs a public read counts (undefined: every record). */
export async function activityStats(db: Db, input: StatsInput, opts: { pairs?: PairScope["pairs"] } = {}): Promise<ActivityStats> {
  const slugs = input.area ? await areaWithDescendants(db, input.area) : null;
  const [events, others, counts, areas] = await Promise.all([
    eventActivity(db, input, slugs, opts.pairs),
    otherActivityByYear(db, input, slugs, opts.pairs),
    db.$queryRaw<{ slug: string; what: "agreements" | "commitments"; n: bigint }[]>`
      SELECT s AS slug, 'agreements' AS what, count(*) AS n FROM "Agreement" a, unnest(a."areaSlugs") s
        WHERE a.state = 'published' ${scopeCond(`a.parties`, opts.pairs)} GROUP BY 1
      UNION ALL
      SELECT s, 'commitments', count(*) FROM "Commitment" c, unnest(c."areaSlugs") s WHERE c.state = 'published' GROUP BY 1`,
    db.area.findMany({
      where: { state: "published", ...(slugs ? { slug: { in: slugs } } : {}) },
      orderBy: { slug: "asc" },
      select: { slug: true, name: true },
    }),
  ]);
  const byArea = areas.map((a) => {
    const n = (what: string) => Number(counts.find((c) => c.slug === a.slug && c.what === what)?.n ?? 0);
    return {
      slug: a.slug,
      name: enName(a.name),
      events: events.byArea.get(a.slug) ?? 0,
      agreements: n("agreements"),
      commitments: n("commitments"),
    };
  });
  return { byYear: yearCounts(events.byYear, others), byArea };
}

/** `pairs`: the tracked pairs a public read counts (undefined: every record). */
export async function recordTotals(db: Db, opts: { pairs?: PairScope["pairs"] } = {}): Promise<RecordTotals> {
  const published = { state: "published" };
  const [events, agreements, commitments, people, organizations, sources, claims] = await Promise.all([
    // Every published, unmerged event is in the activity summary exactly once.
    db.$queryRaw<
      { n: bigint | null }[]
    >`SELECT sum(a.events) AS n FROM "EventActivity" a WHERE TRUE ${scopeCond(`a.parties`, opts.pairs)}`.then((r) => Number(r[0]?.n ?? 0)),
    db.agreement.count({ where: { ...published, ...pairScopeWhere({ pairs: opts.pairs }) } }),
    db.commitment.count({ where: published }),
    db.person.count({ where: { ...published, mergedIntoId: null } }),
    db.organization.count({ where: { ...published, mergedIntoId: null } }),
    db.source.count({ where: published }),
    db.claim.count({ where: published }),
  ]);
  return { events, agreements, commitments, people, organizations, sources, claims };
}

/**
 * Where "EventActivity" (by month) or "EventActivityYear" (by year) differs from a fresh count
 * over the events, by (period, areas, parties): none while the triggers keep them exactly (tests,
 * and a check an operator may run). `month` is the first day of the period counted.
 */
export async function activitySummaryDrift(
  db: Db,
): Promise<{ per: "month" | "year"; month: Date; areas: string; partyKey: string; kept: number; counted: number }[]> {
  const drift = (per: keyof typeof SUMMARIES) => {
    const { table, key } = SUMMARIES[per];
    return Prisma.sql`
    (WITH counted AS (
      SELECT date_trunc(${per}::text, e."dateFirst")::date AS month, array_to_string(e."areaSlugs", ' ') AS areas,
             coalesce(array_to_string(e.parties, ' '), '') AS "partyKey", count(*) AS n
        FROM "Event" e WHERE e.state = 'published' AND e."mergedIntoId" IS NULL GROUP BY 1, 2, 3
    ), kept AS (
      SELECT a.${Prisma.raw(`"${key}"`)} AS month, a.areas, a."partyKey", a.events::bigint AS n FROM ${Prisma.raw(`"${table}"`)} a WHERE a.events <> 0
    )
    SELECT ${per}::text AS per, coalesce(k.month, c.month) AS month, coalesce(k.areas, c.areas) AS areas,
           coalesce(k."partyKey", c."partyKey") AS "partyKey", coalesce(k.n, 0) AS kept, coalesce(c.n, 0) AS counted
      FROM kept k FULL JOIN counted c ON (k.month, k.areas, k."partyKey") = (c.month, c.areas, c."partyKey")
     WHERE k.n IS DISTINCT FROM c.n)`;
  };
  const rows = await db.$queryRaw<{ per: "month" | "year"; month: Date; areas: string; partyKey: string; kept: bigint; counted: bigint }[]>`
    ${drift("month")} UNION ALL ${drift("year")} ORDER BY 1, 2, 3, 4`;
  return rows.map((r) => ({ ...r, kept: Number(r.kept), counted: Number(r.counted) }));
}
