/** Reading organisations: lists and detail with positions, events, agreements and citations. */
import {
  DETAIL_EVENTS_SHOWN,
  type OrganizationDetail,
  type OrganizationListInput,
  type OrganizationSummary,
  type PublicationState,
  ZOrganizationDetail,
  ZOrganizationSummary,
} from "@ties/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { agreementSummarySelect, toAgreementSummary } from "./agreements";
import { afterKey, pageOf } from "./cursor";
import { citationsFor, listEvents } from "./events";
import { comparePositions, personSummarySelect, positionViewSelect, toPositionView } from "./people";
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

export async function getOrganization(db: Db, idOrSlug: string, opts: { publicOnly: boolean }): Promise<OrganizationDetail | null> {
  const pub = opts.publicOnly ? { state: "published" } : {};
  const r = await db.organization.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...pub },
    select: {
      ...organizationSummarySelect,
      variants: true,
      url: true,
      parentId: true,
      version: true,
      positions: {
        where: { person: { ...pub, mergedIntoId: null } },
        select: { ...positionViewSelect, person: { select: personSummarySelect } },
      },
    },
  });
  if (!r) return null;
  const parent = r.parentId
    ? await db.organization.findFirst({
        where: { id: r.parentId, ...(opts.publicOnly ? { state: "published", mergedIntoId: null } : {}) },
        select: { id: true, slug: true, name: true },
      })
    : null;
  const [events, agreements] = await Promise.all([
    listEvents(db, { limit: DETAIL_EVENTS_SHOWN, organization: r.id }, { publicOnly: opts.publicOnly }),
    db.agreement.findMany({
      where: { ...pub, events: { some: { event: { ...pub, organizations: { some: { organizationId: r.id } } } } } },
      orderBy: [{ nameEn: "asc" }, { id: "asc" }],
      take: 100,
      select: agreementSummarySelect,
    }),
  ]);
  return ZOrganizationDetail.parse({
    ...toSummary(r),
    variants: r.variants,
    url: r.url,
    version: r.version,
    parent,
    positions: [...r.positions].sort(comparePositions).map((p) => ({ person: p.person, position: toPositionView(p) })),
    events: events.items,
    moreEvents: events.nextCursor !== null,
    agreements: agreements.map(toAgreementSummary),
    citations: await citationsFor(db, "organization", r.id),
  });
}
