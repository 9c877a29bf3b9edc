/** Reading organisations: lists and detail with positions, events, agreements and citations. */
import {
  type OrganizationDetail,
  type OrganizationListInput,
  type OrganizationSummary,
  type PublicationState,
  ZOrganizationSummary,
} from "@ties/domain";
import { type Db, PLANNED_ONCE, readRows } from "../client";
import { Prisma } from "../generated/prisma/client";
import { agreementsActedOnAt } from "./agreements";
import { afterKey, pageOf } from "./cursor";
import { citationsJson, latestEventsOf } from "./events";
import { comparePositions, toPositionView } from "./people";
import { recordIdSql } from "./record-key";
import { idsMatching } from "./search-filter";

export const organizationSummarySelect = {
  id: true,
  slug: true,
  name: true,
  nameEn: true,
  shortName: true,
  kind: true,
  countryCode: true,
  state: true,
} satisfies Prisma.OrganizationSelect;

type SummaryRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSummarySelect }>;
const toSummary = (r: SummaryRow): OrganizationSummary => ZOrganizationSummary.parse(r);

/** Ordered by English name, then id. */
export async function listOrganizations(
  db: Db,
  input: OrganizationListInput,
  opts: { publicOnly: boolean; state?: PublicationState },
): Promise<{ items: OrganizationSummary[]; nextCursor: string | null }> {
  const where: Prisma.OrganizationWhereInput[] = [{ mergedIntoId: null }];
  if (opts.publicOnly) where.push({ state: "published" });
  else if (opts.state) where.push({ state: opts.state });
  if (input.kind) where.push({ kind: input.kind });
  if (input.country) where.push({ countryCode: input.country });
  if (input.q?.trim()) where.push({ id: { in: await idsMatching(db, "Organization", input.q) } });
  if (input.cursor) {
    where.push(afterKey(input.cursor, "nameEn"));
  }
  const rows = await db.organization.findMany({
    where: { AND: where },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: organizationSummarySelect,
  });
  return pageOf(rows, input.limit, toSummary, (r) => [r.nameEn, r.id]);
}

interface OrganizationDetailRow extends SummaryRow {
  variants: string[];
  url: string | null;
  version: number;
  parent: OrganizationDetail["parent"];
  positions: (Parameters<typeof toPositionView>[0] & { person: OrganizationDetail["positions"][number]["person"] })[];
  citations: OrganizationDetail["citations"];
}

/**
 * An organisation with its parent, the positions held there (and by whom) and its citations in one
 * statement; its latest events and the agreements acted on at them in two more, all three at once:
 * each names the organisation by the id or slug it was given.
 */
export async function getOrganization(db: Db, idOrSlug: string, opts: { publicOnly: boolean }): Promise<OrganizationDetail | null> {
  const visible = (alias: string) =>
    opts.publicOnly
      ? Prisma.sql` AND ${Prisma.raw(alias)}.state = 'published' AND ${Prisma.raw(alias)}."mergedIntoId" IS NULL`
      : Prisma.empty;
  const [rows, events, agreements] = await Promise.all([
    readRows<OrganizationDetailRow[]>(
      db,
      Prisma.sql`${Prisma.raw(PLANNED_ONCE)}
    SELECT o.id, o.slug, o.name, o."nameEn", o."shortName", o.kind, o."countryCode", o.state, o.variants, o.url, o.version,
      (SELECT jsonb_build_object('id', p.id, 'slug', p.slug, 'name', p.name) FROM "Organization" p
        WHERE p.id = o."parentId" ${visible("p")}) AS parent,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', pos.id, 'role', pos.role, 'title', pos.title, 'titleVariants', pos."titleVariants",
                 'start', pos.start, 'end', pos."end", 'note', pos.note, 'organizationId', pos."organizationId",
                 'organization', jsonb_build_object('id', o.id, 'slug', o.slug, 'name', o.name),
                 'person', jsonb_build_object('id', pe.id, 'slug', pe.slug, 'name', pe.name, 'countryCode', pe."countryCode", 'state', pe.state))
                 ORDER BY pos.id)
          FROM "Position" pos JOIN "Person" pe ON pe.id = pos."personId"
          WHERE pos."organizationId" = o.id AND pe."mergedIntoId" IS NULL ${opts.publicOnly ? Prisma.sql` AND pe.state = 'published'` : Prisma.empty}), '[]') AS positions,
      ${citationsJson("organization", Prisma.sql`o.id`)} AS citations
    FROM "Organization" o
    WHERE o.id = ${recordIdSql("Organization", idOrSlug)}
      ${opts.publicOnly ? Prisma.sql` AND o.state = 'published'` : Prisma.empty}`,
    ),
    latestEventsOf(db, "organization", idOrSlug, opts),
    agreementsActedOnAt(db, idOrSlug, opts),
  ]);
  const r = rows[0];
  if (!r) return null;
  // Checked once, by the procedure's output schema (see `toEventSummary`).
  return {
    ...toSummary(r),
    variants: r.variants,
    url: r.url,
    version: r.version,
    parent: r.parent,
    positions: [...r.positions].sort(comparePositions).map((p) => ({ person: p.person, position: toPositionView(p) })),
    events: events.events,
    moreEvents: events.more,
    agreements,
    citations: r.citations,
  };
}
