/** Reading events: filtered, keyset-paginated lists and full detail. */
import { type EventDetail, type EventListInput, type EventSummary, type PublicationState, ZEventDetail, ZEventSummary } from "@ties/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { decodeDateCursor, encodeCursor, invalidCursor } from "./cursor";

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

export async function listEvents(
  db: Db,
  input: EventListInput,
  opts: { publicOnly: boolean; state?: PublicationState },
): Promise<{ items: EventSummary[]; nextCursor: string | null }> {
  const where: Prisma.EventWhereInput[] = [{ mergedIntoId: null }];
  if (opts.publicOnly) where.push({ state: "published" });
  else if (opts.state) where.push({ state: opts.state });
  if (input.from) where.push({ dateLast: { gte: new Date(`${input.from}T00:00:00Z`) } });
  if (input.to) where.push({ dateFirst: { lte: new Date(`${input.to}T00:00:00Z`) } });
  if (input.type) where.push({ type: input.type });
  if (input.area) where.push({ areaSlugs: { has: input.area } });
  if (input.person) where.push({ participants: { some: { person: { OR: [{ id: input.person }, { slug: input.person }] } } } });
  if (input.organization)
    where.push({ organizations: { some: { organization: { OR: [{ id: input.organization }, { slug: input.organization }] } } } });
  if (input.agreement) where.push({ agreements: { some: { agreement: { OR: [{ id: input.agreement }, { slug: input.agreement }] } } } });
  if (input.q?.trim()) {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Event" WHERE ties_search_vector("searchText") @@ ties_search_query(${input.q})`;
    where.push({ id: { in: ids.map((r) => r.id) } });
  }
  if (input.cursor) {
    const { at, id } = decodeDateCursor(input.cursor);
    if (!at) throw invalidCursor();
    where.push({ OR: [{ dateFirst: { lt: at } }, { dateFirst: at, id: { lt: id } }] });
  }
  const rows = await db.event.findMany({
    where: { AND: where },
    orderBy: [{ dateFirst: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: eventSummarySelect,
  });
  const items = rows.slice(0, input.limit).map(toEventSummary);
  const last = rows.length > input.limit ? rows[input.limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([last.dateFirst.toISOString(), last.id]) : null };
}

export async function getEvent(db: Db, idOrSlug: string, opts: { publicOnly: boolean }): Promise<EventDetail | null> {
  const r = await db.event.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...(opts.publicOnly ? { state: "published" } : {}) },
    select: {
      ...eventSummarySelect,
      outcomes: true,
      parentEventId: true,
      version: true,
      participants: {
        orderBy: { id: "asc" },
        select: {
          personId: true,
          side: true,
          person: { select: { slug: true, name: true } },
          position: { select: { title: true } },
        },
      },
      organizations: { select: { organization: { select: { id: true, slug: true, name: true } } } },
      agreements: { select: { action: true, agreement: { select: { id: true, slug: true, name: true, shortName: true, state: true } } } },
    },
  });
  if (!r) return null;
  const citations = await citationsFor(db, "event", r.id);
  return ZEventDetail.parse({
    ...toEventSummary(r),
    outcomes: r.outcomes,
    parentEventId: r.parentEventId,
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

/** Citations of a record, with the public metadata of their sources. */
export async function citationsFor(db: Db, kind: string, id: string) {
  const rows = await db.citation.findMany({
    where: { targetKind: kind, targetId: id, source: { state: "published" } },
    orderBy: [{ field: "asc" }, { id: "asc" }],
    select: {
      id: true,
      field: true,
      quote: true,
      start: true,
      end: true,
      source: { select: { id: true, slug: true, title: true, publisherName: true, grade: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    sourceId: c.source.id,
    sourceSlug: c.source.slug,
    sourceTitle: c.source.title,
    publisherName: c.source.publisherName,
    grade: c.source.grade,
    field: c.field,
    quote: c.quote,
    start: c.start,
    end: c.end,
  }));
}
