/** Reading events: filtered, keyset-paginated lists and full detail. */
import {
  type EventDetail,
  type EventListInput,
  type EventSummary,
  type PublicationState,
  type RecentEvent,
  ZEventDetail,
  ZEventSummary,
  ZRecentEvent,
} from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { afterEventKey, decodeDateCursor, invalidCursor, pageOf } from "./cursor";
import { eventsMatching } from "./search-filter";
import { type PairScope, pairScopeSql, pairScopeWhere } from "./pair-scope";

const day = (d: Date) => d.toISOString().slice(0, 10);

export const eventSummarySelect = {
  id: true,
  slug: true,
  type: true,
  ploverCode: true,
  ploverMode: true,
  title: true,
  date: true,
  dateFirst: true,
  dateLast: true,
  precision: true,
  parties: true,
  location: true,
  summary: true,
  areaSlugs: true,
  state: true,
} satisfies Prisma.EventSelect;

type SummaryRow = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }>;

export function toEventSummary(r: SummaryRow): EventSummary {
  return ZEventSummary.parse({
    ...r,
    plover: { code: r.ploverCode, mode: r.ploverMode },
    dateFirst: day(r.dateFirst),
    dateLast: day(r.dateLast),
  });
}

/**
 * The page's ids come from a keyset query over every filter, so that a broad text match never
 * travels to the database as a list of ids; with free text, `eventsMatching` reads them in date
 * order or from the search index by how common the words are. The rows are then read by id.
 */
export async function listEvents(
  db: Db,
  input: EventListInput,
  opts: { publicOnly: boolean; state?: PublicationState; pairs?: PairScope["pairs"] },
): Promise<{ items: EventSummary[]; nextCursor: string | null }> {
  const where: Prisma.Sql[] = [Prisma.sql`e."mergedIntoId" IS NULL`];
  const scope = pairScopeSql(Prisma.sql`e.parties`, { pairs: opts.pairs, pair: input.pair });
  if (scope) where.push(scope);
  const state = opts.publicOnly ? "published" : opts.state;
  if (state) where.push(Prisma.sql`e.state = ${state}`);
  // A linked record filters public lists only when the public may see it.
  const linkedVisible = (alias: string) =>
    opts.publicOnly
      ? Prisma.sql` AND ${Prisma.raw(alias)}.state = 'published' AND ${Prisma.raw(alias)}."mergedIntoId" IS NULL`
      : Prisma.empty;
  if (input.from) where.push(Prisma.sql`e."dateLast" >= ${input.from}::date`);
  if (input.to) where.push(Prisma.sql`e."dateFirst" <= ${input.to}::date`);
  if (input.type) where.push(Prisma.sql`e.type = ${input.type}`);
  if (input.area) where.push(Prisma.sql`${input.area} = ANY(e."areaSlugs")`);
  if (input.person)
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventParticipant" ep JOIN "Person" p ON p.id = ep."personId"
      WHERE ep."eventId" = e.id AND (p.id = ${input.person} OR p.slug = ${input.person})${linkedVisible("p")})`);
  if (input.organization)
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventOrganization" eo JOIN "Organization" o ON o.id = eo."organizationId"
      WHERE eo."eventId" = e.id AND (o.id = ${input.organization} OR o.slug = ${input.organization})${linkedVisible("o")})`);
  if (input.agreement)
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventAgreement" ea JOIN "Agreement" a ON a.id = ea."agreementId"
      WHERE ea."eventId" = e.id AND (a.id = ${input.agreement} OR a.slug = ${input.agreement})${
        opts.publicOnly ? Prisma.sql` AND a.state = 'published'` : Prisma.empty
      })`);
  if (input.cursor) {
    const { at, id } = decodeDateCursor(input.cursor);
    if (!at) throw invalidCursor();
    where.push(afterEventKey(day(at), id));
  }
  const page = input.q?.trim()
    ? await eventsMatching(db, where, input.q, input.limit + 1)
    : await db.$queryRaw<{ id: string }[]>`
        SELECT e.id FROM "Event" e WHERE ${Prisma.join(where, " AND ")}
        ORDER BY e."dateFirst" DESC, e.id DESC LIMIT ${input.limit + 1}`;
  const rows = await db.event.findMany({ where: { id: { in: page.map((r) => r.id) } }, select: eventSummarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = page.flatMap((r) => (byId.has(r.id) ? [byId.get(r.id)!] : []));
  return pageOf(ordered, input.limit, toEventSummary, (r) => [r.dateFirst.toISOString(), r.id]);
}

export async function getEvent(
  db: Db,
  idOrSlug: string,
  opts: { publicOnly: boolean; pairs?: PairScope["pairs"] },
): Promise<EventDetail | null> {
  // The public sees an event's links only to records it may see itself: published, not merged away.
  const visible = opts.publicOnly ? { state: "published", mergedIntoId: null } : {};
  const r = await db.event.findFirst({
    where: {
      OR: [{ id: idOrSlug }, { slug: idOrSlug }],
      ...(opts.publicOnly ? { state: "published" } : {}),
      ...pairScopeWhere({ pairs: opts.pairs }),
    },
    select: {
      ...eventSummarySelect,
      outcomes: true,
      parentEventId: true,
      parent: { select: { state: true, mergedIntoId: true } },
      version: true,
      participants: {
        where: { person: visible },
        orderBy: { id: "asc" },
        select: {
          personId: true,
          side: true,
          person: { select: { slug: true, name: true } },
          position: { select: { title: true } },
        },
      },
      organizations: { where: { organization: visible }, select: { organization: { select: { id: true, slug: true, name: true } } } },
      agreements: { select: { action: true, agreement: { select: { id: true, slug: true, name: true, shortName: true, state: true } } } },
    },
  });
  if (!r) return null;
  const citations = await citationsFor(db, "event", r.id);
  return ZEventDetail.parse({
    ...toEventSummary(r),
    outcomes: r.outcomes,
    parentEventId:
      r.parent && (!opts.publicOnly || (r.parent.state === "published" && r.parent.mergedIntoId === null)) ? r.parentEventId : null,
    version: r.version,
    participants: r.participants.map((p) => ({
      personId: p.personId,
      personSlug: p.person.slug,
      name: p.person.name,
      side: p.side,
      title: (p.position?.title as { en?: string } | null)?.en ?? null,
    })),
    organizations: r.organizations.map((o) => o.organization),
    agreements: r.agreements
      .filter((a) => !opts.publicOnly || a.agreement.state === "published")
      .map((a) => ({
        id: a.agreement.id,
        slug: a.agreement.slug,
        name: a.agreement.name,
        shortName: a.agreement.shortName,
        action: a.action,
      })),
    citations,
  });
}

/**
 * Citations of a record, with the public metadata of their sources. A reviewer's preview also
 * shows those whose source is not published yet (publishing the record publishes them along).
 */
export async function citationsFor(db: Db, kind: string, id: string, opts: { publishedSourcesOnly?: boolean } = {}) {
  const rows = await db.citation.findMany({
    where: { targetKind: kind, targetId: id, ...(opts.publishedSourcesOnly === false ? {} : { source: { state: "published" } }) },
    orderBy: [{ field: "asc" }, { id: "asc" }],
    select: {
      id: true,
      field: true,
      quote: true,
      start: true,
      end: true,
      source: {
        select: { id: true, slug: true, title: true, publisherName: true, url: true, publishedAt: true, grade: true, gradeReason: true },
      },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    sourceId: c.source.id,
    sourceSlug: c.source.slug,
    sourceTitle: c.source.title,
    publisherName: c.source.publisherName,
    sourceUrl: c.source.url,
    sourcePublishedAt: c.source.publishedAt,
    grade: c.source.grade,
    gradeReason: c.source.gradeReason,
    field: c.field,
    quote: c.quote,
    start: c.start,
    end: c.end,
  }));
}

/** The latest published events by publication time (for feeds), with when each last changed. */
export async function recentlyPublishedEvents(db: Db, limit: number, scope: PairScope = {}): Promise<RecentEvent[]> {
  const rows = await db.event.findMany({
    where: { state: "published", mergedIntoId: null, ...pairScopeWhere(scope) },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: { ...eventSummarySelect, publishedAt: true, updatedAt: true },
  });
  return rows.map(({ publishedAt, updatedAt, ...r }) =>
    ZRecentEvent.parse({ ...toEventSummary(r), publishedAt: (publishedAt ?? updatedAt).toISOString(), updatedAt: updatedAt.toISOString() }),
  );
}
