/** Reading people: lists, detail with positions over time and events, and who held a role on a day. */
import {
  comparePartialDates,
  type HolderView,
  type HoldersInput,
  holdersOn,
  type PersonDetail,
  type PersonListInput,
  type PersonSummary,
  type PositionView,
  type PublicationState,
  ZHolderView,
  ZPersonSummary,
  ZPositionView,
} from "@ties/domain";
import { type Db, PLANNED_ONCE, readRows } from "../client";
import { Prisma } from "../generated/prisma/client";
import { afterKey, pageOf } from "./cursor";
import { citationsJson, latestEventsOf } from "./events";
import { recordIdSql } from "./record-key";
import { idsMatching } from "./search-filter";

export const personSummarySelect = { id: true, slug: true, name: true, countryCode: true, state: true } satisfies Prisma.PersonSelect;

export const positionViewSelect = {
  id: true,
  role: true,
  title: true,
  titleVariants: true,
  start: true,
  end: true,
  note: true,
  organizationId: true,
  organization: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.PositionSelect;

type PositionRow = Prisma.PositionGetPayload<{ select: typeof positionViewSelect }>;

export function toPositionView(p: PositionRow): PositionView {
  return ZPositionView.parse({ ...p, organization: p.organization });
}

/** Earliest first; a position with no known start sorts by its end; open-ended last among equals. */
export function comparePositions(a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }): number {
  const ka = a.start ?? a.end;
  const kb = b.start ?? b.end;
  if (ka && kb && ka !== kb) return comparePartialDates(ka, kb);
  if (!ka !== !kb) return ka ? -1 : 1;
  return (a.end === null ? 1 : 0) - (b.end === null ? 1 : 0);
}

/** Ordered by display name, then id. */
export async function listPeople(
  db: Db,
  input: PersonListInput,
  opts: { publicOnly: boolean; state?: PublicationState },
): Promise<{ items: PersonSummary[]; nextCursor: string | null }> {
  const where: Prisma.PersonWhereInput[] = [{ mergedIntoId: null }];
  if (opts.publicOnly) where.push({ state: "published" });
  else if (opts.state) where.push({ state: opts.state });
  if (input.country) where.push({ countryCode: input.country });
  if (input.organization)
    where.push({
      positions: {
        some: {
          organization: {
            OR: [{ id: input.organization }, { slug: input.organization }],
            ...(opts.publicOnly ? { state: "published", mergedIntoId: null } : {}),
          },
        },
      },
    });
  if (input.q?.trim()) where.push({ id: { in: await idsMatching(db, "Person", input.q) } });
  if (input.cursor) {
    where.push(afterKey(input.cursor, "name"));
  }
  const rows = await db.person.findMany({
    where: { AND: where },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: personSummarySelect,
  });
  return pageOf(
    rows,
    input.limit,
    (r) => ZPersonSummary.parse(r),
    (r) => [r.name, r.id],
  );
}

interface PersonDetailRow {
  id: string;
  slug: string;
  name: string;
  countryCode: string | null;
  state: string;
  familyName: string | null;
  givenName: string | null;
  variants: unknown;
  summary: unknown;
  version: number;
  positions: PositionRow[];
  citations: PersonDetail["citations"];
}

/**
 * A person with positions and citations in one statement, and their latest events in a second
 * (`latestEventsOf`) at the same time: each names the person by the id or slug it was given.
 */
export async function getPerson(db: Db, idOrSlug: string, opts: { publicOnly: boolean }): Promise<PersonDetail | null> {
  const published = (alias: string) => (opts.publicOnly ? Prisma.sql` AND ${Prisma.raw(alias)}.state = 'published'` : Prisma.empty);
  const [rows, { events, more }] = await Promise.all([
    readRows<PersonDetailRow[]>(
      db,
      Prisma.sql`${Prisma.raw(PLANNED_ONCE)}
    SELECT p.id, p.slug, p.name, p."countryCode", p.state, p."familyName", p."givenName", p.variants, p.summary, p.version,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', pos.id, 'role', pos.role, 'title', pos.title, 'titleVariants', pos."titleVariants",
                 'start', pos.start, 'end', pos."end", 'note', pos.note, 'organizationId', pos."organizationId",
                 'organization', jsonb_build_object('id', o.id, 'slug', o.slug, 'name', o.name)) ORDER BY pos.id)
          FROM "Position" pos JOIN "Organization" o ON o.id = pos."organizationId"
          WHERE pos."personId" = p.id ${opts.publicOnly ? Prisma.sql` AND o.state = 'published' AND o."mergedIntoId" IS NULL` : Prisma.empty}), '[]') AS positions,
      ${citationsJson("person", Prisma.sql`p.id`)} AS citations
    FROM "Person" p
    WHERE p.id = ${recordIdSql("Person", idOrSlug)}
      ${published("p")}`,
    ),
    latestEventsOf(db, "person", idOrSlug, opts),
  ]);
  const r = rows[0];
  if (!r) return null;
  // Checked once, by the procedure's output schema (see `toEventSummary`).
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    countryCode: r.countryCode,
    state: r.state as PersonDetail["state"],
    familyName: r.familyName,
    givenName: r.givenName,
    variants: r.variants as PersonDetail["variants"],
    summary: (r.summary ?? null) as PersonDetail["summary"],
    positions: [...r.positions].sort(comparePositions).map(toPositionView),
    events,
    moreEvents: more,
    citations: r.citations,
    version: r.version,
  };
}

/** Who held a role at an organisation on a day, by the domain rule `holdersOn` (imprecise bounds give "possible"). */
export async function positionHolders(db: Db, input: HoldersInput, opts: { publicOnly: boolean }): Promise<HolderView[]> {
  const org = await db.organization.findFirst({
    where: {
      OR: [{ id: input.organization }, { slug: input.organization }],
      ...(opts.publicOnly ? { state: "published", mergedIntoId: null } : {}),
    },
    select: { id: true },
  });
  if (!org) return [];
  const rows = await db.position.findMany({
    where: { organizationId: org.id, person: { mergedIntoId: null, ...(opts.publicOnly ? { state: "published" } : {}) } },
    select: { ...positionViewSelect, person: { select: personSummarySelect } },
    orderBy: { id: "asc" },
  });
  const spans = rows.map((p) => ({ ...p, title: ZPositionView.shape.title.parse(p.title) }));
  return holdersOn(spans, { role: input.role, organizationId: org.id, day: input.date }).map(({ position, certainty }) =>
    ZHolderView.parse({ person: position.person, position: toPositionView(position), certainty }),
  );
}
