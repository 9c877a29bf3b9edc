/** Activity counts over the published record: by year and by area (the area pages' charts). */
import type { ActivityStats, RecordTotals, StatsInput, YearCount } from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";

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

export async function activityByYear(db: Db, input: StatsInput): Promise<YearCount[]> {
  const slugs = input.area ? await areaWithDescendants(db, input.area) : null;
  const areaCond = (col: string) => (slugs ? Prisma.sql`AND ${Prisma.raw(col)} && ${slugs}::text[]` : Prisma.empty);
  const rows = await db.$queryRaw<{ year: number; what: string; n: bigint }[]>`
    SELECT extract(year FROM e."dateFirst")::int AS year, 'events' AS what, count(*) AS n
      FROM "Event" e WHERE e.state = 'published' AND e."mergedIntoId" IS NULL ${areaCond(`e."areaSlugs"`)} ${dateCond(input, `e."dateFirst"`)}
      GROUP BY 1
    UNION ALL
    SELECT extract(year FROM d.day)::int, 'commitments', count(*)
      FROM (SELECT coalesce(ev."dateFirst", c."dueLast") AS day FROM "Commitment" c LEFT JOIN "Event" ev ON ev.id = c."eventId"
            WHERE c.state = 'published' ${areaCond(`c."areaSlugs"`)}) d
      WHERE d.day IS NOT NULL ${dateCond(input, "d.day")}
      GROUP BY 1
    UNION ALL
    SELECT extract(year FROM m."dateFirst")::int, 'milestones', count(*)
      FROM "Milestone" m JOIN "Agreement" a ON a.id = m."agreementId"
      WHERE a.state = 'published' ${areaCond(`a."areaSlugs"`)} ${dateCond(input, `m."dateFirst"`)}
      GROUP BY 1`;
  const byYear = new Map<number, YearCount>();
  for (const r of rows) {
    const y = byYear.get(r.year) ?? { year: r.year, events: 0, commitments: 0, milestones: 0 };
    if (r.what === "events" || r.what === "commitments" || r.what === "milestones") y[r.what] = Number(r.n);
    byYear.set(r.year, y);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export async function activityStats(db: Db, input: StatsInput): Promise<ActivityStats> {
  const slugs = input.area ? await areaWithDescendants(db, input.area) : null;
  const [byYear, counts, areas] = await Promise.all([
    activityByYear(db, input),
    db.$queryRaw<{ slug: string; what: string; n: bigint }[]>`
      SELECT s AS slug, 'events' AS what, count(*) AS n FROM "Event" e, unnest(e."areaSlugs") s
        WHERE e.state = 'published' AND e."mergedIntoId" IS NULL ${dateCond(input, `e."dateFirst"`)} GROUP BY 1
      UNION ALL
      SELECT s, 'agreements', count(*) FROM "Agreement" a, unnest(a."areaSlugs") s WHERE a.state = 'published' GROUP BY 1
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
    return { slug: a.slug, name: enName(a.name), events: n("events"), agreements: n("agreements"), commitments: n("commitments") };
  });
  return { byYear, byArea };
}

export async function recordTotals(db: Db): Promise<RecordTotals> {
  const published = { state: "published" };
  const [events, agreements, commitments, people, organizations, sources, claims] = await Promise.all([
    db.event.count({ where: { ...published, mergedIntoId: null } }),
    db.agreement.count({ where: published }),
    db.commitment.count({ where: published }),
    db.person.count({ where: { ...published, mergedIntoId: null } }),
    db.organization.count({ where: { ...published, mergedIntoId: null } }),
    db.source.count({ where: published }),
    db.claim.count({ where: published }),
  ]);
  return { events, agreements, commitments, people, organizations, sources, claims };
}
