/** Events with their participants, organisations and agreement links. */
import { dateBounds, type EventInput, eventParties, type PublicationState, ploverFor, ZEventInput } from "@ties/domain";
import { dayDate, json, joinSearch, type RecordStore, stateOf, type Tx } from "./record-store";

/** What free-text search matches an event by: its texts and its published participants' names (never a draft's). */
async function eventSearchText(tx: Tx, e: EventInput): Promise<string> {
  const people = e.participants.length
    ? await tx.person.findMany({ where: { id: { in: e.participants.map((p) => p.personId) }, state: "published" }, select: { name: true } })
    : [];
  return eventSearchTextWith(
    e,
    people.map((p) => p.name),
  );
}

export function eventSearchTextWith(e: EventInput, participantNames: string[]): string {
  return joinSearch(e.title.en, e.title.fr, e.summary.en, e.summary.fr, e.outcomes, e.location.city, e.location.place, participantNames);
}

/**
 * An event's own row (without its links), its JSON columns the input's own values, not copies:
 * the bulk writer, which creates many at once, writes each out once as JSON text.
 */
export function eventRowValues(e: EventInput, meta: { state: PublicationState; version: number }, searchText: string) {
  const bounds = dateBounds(e.date);
  const plover = e.plover ?? ploverFor(e.type);
  return {
    slug: e.slug,
    type: e.type,
    ploverCode: plover.code,
    ploverMode: plover.mode,
    title: e.title as unknown,
    titleEn: e.title.en,
    date: e.date,
    dateFirst: dayDate(bounds.first)!,
    dateLast: dayDate(bounds.last)!,
    precision: bounds.precision,
    parties: eventParties(e),
    location: e.location as unknown,
    summary: e.summary as unknown,
    outcomes: e.outcomes,
    areaSlugs: e.areaSlugs,
    parentEventId: e.parentEventId,
    state: meta.state,
    version: meta.version,
    searchText,
  };
}

/** An event's own row (without its links), its JSON columns copied as Prisma takes them. */
export function eventRow(e: EventInput, meta: { state: PublicationState; version: number }, searchText: string) {
  return { ...eventRowValues(e, meta, searchText), title: json(e.title), location: json(e.location), summary: json(e.summary) };
}

/**
 * An event's participant, organisation and agreement rows, each with the event's first day (which
 * triggers would otherwise correct with a second write).
 */
export function eventLinkRows(id: string, e: EventInput) {
  const link = { eventId: id, eventDateFirst: dayDate(dateBounds(e.date).first)! };
  return {
    participants: e.participants.map((p) => ({ ...link, personId: p.personId, positionId: p.positionId, side: p.side })),
    organizations: [...new Set(e.organizationIds)].map((organizationId) => ({ ...link, organizationId })),
    agreements: e.agreementLinks.map((l) => ({ ...link, agreementId: l.agreementId, action: l.action })),
  };
}

export const eventStore: RecordStore<typeof ZEventInput> = {
  kind: "event",
  schema: ZEventInput,
  table: "Event",
  hasState: true,
  async write(tx, id, e, meta) {
    const data = eventRow(e, meta, await eventSearchText(tx, e));
    // publishedAt is when the event went public: set by the publish step, or here when an event is created published.
    if (meta.create) await tx.event.create({ data: { id, ...data, ...(meta.state === "published" ? { publishedAt: new Date() } : {}) } });
    else {
      await tx.event.update({ where: { id }, data });
      await tx.eventParticipant.deleteMany({ where: { eventId: id } });
      await tx.eventOrganization.deleteMany({ where: { eventId: id } });
      await tx.eventAgreement.deleteMany({ where: { eventId: id } });
    }
    const links = eventLinkRows(id, e);
    if (links.participants.length) await tx.eventParticipant.createMany({ data: links.participants });
    if (links.organizations.length) await tx.eventOrganization.createMany({ data: links.organizations });
    if (links.agreements.length) await tx.eventAgreement.createMany({ data: links.agreements, skipDuplicates: true });
  },
  async read(tx, id) {
    const r = await tx.event.findUnique({
      where: { id },
      include: { participants: { orderBy: { id: "asc" } }, organizations: true, agreements: true },
    });
    if (!r) return null;
    const input = ZEventInput.parse({
      slug: r.slug,
      type: r.type,
      plover: { code: r.ploverCode, mode: r.ploverMode },
      title: r.title,
      date: r.date,
      parties: r.parties,
      location: r.location,
      summary: r.summary,
      outcomes: r.outcomes,
      participants: r.participants.map((p) => ({ personId: p.personId, positionId: p.positionId, side: p.side })),
      organizationIds: r.organizations.map((o) => o.organizationId).sort(),
      areaSlugs: r.areaSlugs,
      agreementLinks: r.agreements.map((a) => ({ agreementId: a.agreementId, action: a.action })),
      parentEventId: r.parentEventId,
    });
    return { input, state: stateOf(r.state), version: r.version };
  },
  async refresh(tx, id) {
    const current = await eventStore.read(tx, id);
    if (current) await tx.event.update({ where: { id }, data: { searchText: await eventSearchText(tx, current.input) } });
  },
  label: (e) => e.title.en,
};
