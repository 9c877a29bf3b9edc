/** Reading cooperation areas, with their activity over time. */
import { type AreaDetail, type AreaListInput, type AreaSummary, type PublicationState, ZAreaDetail, ZAreaSummary } from "@ties/domain";
import type { Db } from "../client";
import { wordsOf } from "./search-filter";
import type { Prisma } from "../generated/prisma/client";
import { afterKey, pageOf } from "./cursor";
import type { PairScope } from "./pair-scope";
import { activityByYear } from "./stats";

export const areaSummarySelect = { id: true, slug: true, name: true, parentSlug: true, state: true } satisfies Prisma.AreaSelect;

/** Ordered by slug (unique), then id. */
export async function listAreas(
  db: Db,
  input: AreaListInput,
  opts: { publicOnly: boolean; state?: PublicationState },
): Promise<{ items: AreaSummary[]; nextCursor: string | null }> {
  const where: Prisma.AreaWhereInput[] = [];
  if (opts.publicOnly) where.push({ state: "published" });
  else if (opts.state) where.push({ state: opts.state });
  if (input.parent) where.push({ parentSlug: input.parent });
  for (const word of wordsOf(input.q))
    where.push({ OR: [{ slug: { contains: word.toLowerCase() } }, { name: { path: ["en"], string_contains: word } }] });
  if (input.cursor) {
    where.push(afterKey(input.cursor, "slug"));
  }
  const rows = await db.area.findMany({
    where: { AND: where },
    orderBy: [{ slug: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: areaSummarySelect,
  });
  return pageOf(
    rows,
    input.limit,
    (r) => ZAreaSummary.parse(r),
    (r) => [r.slug, r.id],
  );
}

/** `pairs`: the tracked pairs its activity counts, as the public statistics do (undefined: every record). */
export async function getArea(
  db: Db,
  idOrSlug: string,
  opts: { publicOnly: boolean; pairs?: PairScope["pairs"] },
): Promise<AreaDetail | null> {
  const pub = opts.publicOnly ? { state: "published" } : {};
  const r = await db.area.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...pub },
    select: { ...areaSummarySelect, version: true },
  });
  if (!r) return null;
  const children = await db.area.findMany({ where: { parentSlug: r.slug, ...pub }, orderBy: { slug: "asc" }, select: areaSummarySelect });
  return ZAreaDetail.parse({ ...r, children, activityByYear: await activityByYear(db, { area: r.slug }, { pairs: opts.pairs }) });
}
