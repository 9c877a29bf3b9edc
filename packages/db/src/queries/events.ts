/** Reading events: filtered, keyset-paginated lists and full detail. */
import {
  DETAIL_EVENTS_SHOWN,
  type EventDetail,
  type EventListInput,
  type EventSummary,
  type PublicationState,
  type RecentEvent,
  ZRecentEvent,
} from "@ties/domain";
import { type Db, PLANNED_ONCE, readRows } from "../client";
import { Prisma } from "../generated/prisma/client";
import { afterEventKey, decodeDateCursor, invalidCursor, pageOf } from "./cursor";
import { eventsMatching } from "./search-filter";
import { type PairScope, pairScopeSql, pairScopeWhere } from "./pair-scope";
import { type KeyedTable, recordIdSql } from "./record-key";

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

/** The columns of `eventSummarySelect` for raw statements over "Event" e. */
export const EVENT_SUMMARY_COLUMNS = Object.keys(eventSummarySelect)
  .map((c) => `e."${c}"`)
  .join(", ");

/**
 * A row as the domain's event summary, field by field. It is not parsed here: each read that
 * returns it is a procedure whose output schema checks the answer once on its way out, and a
 * second parse per row cost a sixth of a list answer's time. The casts name what the writes
 * guarantee: what the domain's input schema lets an event be stored with.
 */
export function toEventSummary(r: SummaryRow): EventSummary {
  return {
    id: r.id,
    slug: r.slug,
    type: r.type as EventSummary["type"],
    plover: { code: r.ploverCode, mode: r.ploverMode } as EventSummary["plover"],
    title: r.title as EventSummary["title"],
    date: r.date,
    dateFirst: day(r.dateFirst),
    dateLast: day(r.dateLast),
    precision: r.precision as EventSummary["precision"],
    parties: r.parties,
    location: r.location as EventSummary["location"],
    summary: r.summary as EventSummary["summary"],
    areaSlugs: r.areaSlugs,
    state: r.state as EventSummary["state"],
  };
}

/** The link tables that tie events to a person or an organisation, by the column naming the record. */
const EVENT_LINKS = {
  person: { table: "Person", from: Prisma.sql`"EventParticipant" l JOIN "Event" e ON e.id = l."eventId" WHERE l."personId"` },
  organization: {
    table: "Organization",
    from: Prisma.sql`"EventOrganization" l JOIN "Event" e ON e.id = l."eventId" WHERE l."organizationId"`,
  },
} as const satisfies Record<string, { table: KeyedTable; from: Prisma.Sql }>;

/**
 * The latest events a person or an organisation took part in, as their pages list them
 * (`DETAIL_EVENTS_SHOWN`), and whether there are more: read from the record's links in the order
 * of their events' first day, which each link carries, so the read stops at the page's count
 * however many events the record has. The record is named by id or slug and resolved in the same
 * statement, so the read can run beside the record's own.
 */
export async function latestEventsOf(
  db: Db,
  link: keyof typeof EVENT_LINKS,
  idOrSlug: string,
  opts: { publicOnly: boolean },
): Promise<{ events: EventSummary[]; more: boolean }> {
  const { table, from } = EVENT_LINKS[link];
  const rows = await readRows<SummaryRow[]>(
    db,
    Prisma.sql`${Prisma.raw(PLANNED_ONCE)}
    SELECT ${Prisma.raw(EVENT_SUMMARY_COLUMNS)} FROM ${from} = ${recordIdSql(table, idOrSlug)}
      AND e."mergedIntoId" IS NULL ${opts.publicOnly ? Prisma.sql`AND e.state = 'published'` : Prisma.empty}
    ORDER BY l."eventDateFirst" DESC, l."eventId" COLLATE "C" DESC LIMIT ${DETAIL_EVENTS_SHOWN + 1}`,
  );
  return { events: rows.slice(0, DETAIL_EVENTS_SHOWN).map(toEventSummary), more: rows.length > DETAIL_EVENTS_SHOWN };
}

/**
 * A keyset query over every filter, in one statement. With free text, `eventsMatching` first
 * finds the page's ids (so that a broad text match never travels to the database as a list of
 * ids), in date order or from the search index by how common the words are (from the facet index
 * when a type or an area narrows them too), and the rows are then read by id.
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
  const ordered = input.q?.trim()
    ? await rowsInOrder(
        db,
        await eventsMatching(db, where, input.q, input.limit + 1, {
          type: input.type,
          area: input.area,
          indexWalk: walksIndex(input, opts.publicOnly, scope),
        }),
      )
    : await readRows<SummaryRow[]>(
        db,
        Prisma.sql`
        SELECT ${Prisma.raw(EVENT_SUMMARY_COLUMNS)} FROM "Event" e WHERE ${Prisma.join(where, " AND ")}
        ORDER BY e."dateFirst" DESC, e.id DESC LIMIT ${input.limit + 1}`,
      );
  return pageOf(ordered, input.limit, toEventSummary, (r) => [r.dateFirst.toISOString(), r.id]);
}

/**
 * Whether a list's free-text walk can read the covering index of published events alone: public,
 * and narrowed by nothing but a last day (which bounds the first day the index is ordered by).
 */
function walksIndex(input: EventListInput, publicOnly: boolean, scope: Prisma.Sql | null): boolean {
  const narrowed = input.from || input.type || input.area || input.person || input.organization || input.agreement;
  return publicOnly && !narrowed && scope === null;
}

/**
 * Events by id, in the order given, through a statement planned once (a findMany would be
 * compiled again on every call).
 */
async function rowsInOrder(db: Db, keys: { id: string }[]): Promise<SummaryRow[]> {
  const rows = await readRows<SummaryRow[]>(
    db,
    Prisma.sql`${Prisma.raw(PLANNED_ONCE)}
    SELECT ${Prisma.raw(EVENT_SUMMARY_COLUMNS)} FROM "Event" e WHERE e.id = ANY(${keys.map((k) => k.id)}::text[])`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return keys.flatMap((k) => (byId.has(k.id) ? [byId.get(k.id)!] : []));
}

interface EventDetailRow extends SummaryRow {
  outcomes: string[];
  version: number;
  parentEventId: string | null;
  participants: EventDetail["participants"];
  organizations: EventDetail["organizations"];
  agreements: EventDetail["agreements"];
  citations: EventDetail["citations"];
}

/**
 * An event with everything its page shows, in one statement: its participants, organisations,
 * agreements and citations come as JSON arrays from correlated subqueries. The public sees links
 * only to records it may see itself: published, not merged away.
 */
export async function getEvent(
  db: Db,
  idOrSlug: string,
  opts: { publicOnly: boolean; pairs?: PairScope["pairs"] },
): Promise<EventDetail | null> {
  const visible = (alias: string) =>
    opts.publicOnly
      ? Prisma.sql` AND ${Prisma.raw(alias)}.state = 'published' AND ${Prisma.raw(alias)}."mergedIntoId" IS NULL`
      : Prisma.empty;
  const scope = pairScopeSql(Prisma.sql`e.parties`, { pairs: opts.pairs });
  const rows = await readRows<EventDetailRow[]>(
    db,
    Prisma.sql`${Prisma.raw(PLANNED_ONCE)}
    SELECT e.id, e.slug, e.type, e."ploverCode", e."ploverMode", e.title, e.date, e."dateFirst", e."dateLast", e.precision,
      e.parties, e.location, e.summary, e."areaSlugs", e.state, e.outcomes, e.version,
      (SELECT pe.id FROM "Event" pe WHERE pe.id = e."parentEventId" ${visible("pe")}) AS "parentEventId",
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('personId', ep."personId", 'personSlug', p.slug, 'name', p.name, 'side', ep.side,
                 'title', pos.title->>'en') ORDER BY ep.id)
          FROM "EventParticipant" ep JOIN "Person" p ON p.id = ep."personId" LEFT JOIN "Position" pos ON pos.id = ep."positionId"
          WHERE ep."eventId" = e.id ${visible("p")}), '[]') AS participants,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', o.id, 'slug', o.slug, 'name', o.name) ORDER BY eo."organizationId")
          FROM "EventOrganization" eo JOIN "Organization" o ON o.id = eo."organizationId"
          WHERE eo."eventId" = e.id ${visible("o")}), '[]') AS organizations,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'shortName', a."shortName", 'action', ea.action)
                 ORDER BY ea."agreementId", ea.action)
          FROM "EventAgreement" ea JOIN "Agreement" a ON a.id = ea."agreementId"
          WHERE ea."eventId" = e.id ${opts.publicOnly ? Prisma.sql` AND a.state = 'published'` : Prisma.empty}), '[]') AS agreements,
      ${citationsJson("event", Prisma.sql`e.id`)} AS citations
    FROM "Event" e
    WHERE e.id = ${recordIdSql("Event", idOrSlug)}
      ${opts.publicOnly ? Prisma.sql` AND e.state = 'published'` : Prisma.empty}
      ${scope ? Prisma.sql` AND ${scope}` : Prisma.empty}`,
  );
  const r = rows[0];
  if (!r) return null;
  // Checked by the procedure's output schema, as a summary is (see `toEventSummary`).
  return {
    ...toEventSummary(r),
    outcomes: r.outcomes,
    parentEventId: r.parentEventId,
    version: r.version,
    participants: r.participants,
    organizations: r.organizations,
    agreements: r.agreements,
    citations: r.citations,
  };
}

/**
 * A record's citations with the public metadata of their sources, as a JSON array from one
 * subquery (for a detail page's single statement); the order and fields of `citationsFor`.
 */
export function citationsJson(kind: string, id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((
    SELECT jsonb_agg(jsonb_build_object('id', c.id, 'sourceId', s.id, 'sourceSlug', s.slug, 'sourceTitle', s.title,
             'publisherName', s."publisherName", 'sourceUrl', s.url, 'sourcePublishedAt', s."publishedAt", 'grade', s.grade,
             'gradeReason', s."gradeReason", 'field', c.field, 'quote', c.quote, 'start', c.start, 'end', c."end")
             ORDER BY c.field NULLS LAST, c.id)
      FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."targetKind" = ${kind} AND c."targetId" = ${id} AND s.state = 'published'), '[]')`;
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
