/**
 * Accepting a suggestion: in one transaction, the suggestion is locked and checked still pending
 * (two curators accepting it at once get one record and one CONFLICT), the record it proposes is
 * created as a draft, or, for a suggestion that matches a known record, the known record gets the
 * citation (and the facts the curator picked), and a citation to the exact span is written.
 * Each kind is its own small step over a shared context.
 */
import {
  agreementDraft,
  applyEdits,
  citationSpan,
  commitmentDraft,
  dateBounds,
  type EventSuggestion,
  eventDraft,
  eventSlug,
  isAcceptableSuggestionKind,
  MERGEABLE_KINDS,
  MILESTONE_OF_ACTION,
  organizationDraft,
  type ParticipantInput,
  type PersonSuggestion,
  personDraft,
  type RecordKind,
  type SuggestionAcceptInput,
  type SuggestionAcceptResult,
  slugify,
  TiesError,
  ZAgreementSuggestion,
  ZAreaSuggestion,
  ZCommitmentSuggestion,
  ZEventSuggestion,
  ZOrganizationSuggestion,
  ZPersonSuggestion,
  ZQuoteSuggestion,
} from "@ties/domain";
import type { Db } from "../client";
import { type Actor, changeState, createRecord, inTransaction, updateRecord } from "../curation";
import { agreementStore, commitmentStore, eventStore, organizationStore, personStore, type RecordStore, STORES, type Tx } from "../records";
import { uniqueSlug } from "./unique-slug";

type SuggestionRow = NonNullable<Awaited<ReturnType<Tx["suggestion"]["findUnique"]>>>;

export interface AcceptOptions {
  actor: Actor;
  /** Editors may change published records; curators only add citations to them. */
  mayEditPublished: boolean;
}

interface AcceptContext extends AcceptOptions {
  db: Db;
  tx: Tx;
  row: SuggestionRow;
  source: { id: string; text: string; language: string; pair: string[] };
  mode: "new" | "merge";
  edits: Record<string, unknown> | undefined;
}

interface Accepted {
  kind: RecordKind;
  id: string;
  created: boolean;
  /** The field of the record the citation supports, when it supports one field. */
  field?: string;
}

const LOCKED = ["published", "archived"];

async function lockPending(tx: Tx, id: string): Promise<SuggestionRow> {
  await tx.$queryRawUnsafe(`SELECT id FROM "Suggestion" WHERE id = $1 FOR UPDATE`, id);
  const row = await tx.suggestion.findUnique({ where: { id } });
  if (!row) throw new TiesError("NOT_FOUND", `No suggestion with id ${id}`);
  if (row.status !== "pending") {
    const who = row.decidedBy ? await tx.user.findUnique({ where: { id: row.decidedBy }, select: { name: true } }) : null;
    throw new TiesError(
      "CONFLICT",
      `This suggestion was already ${row.status}${who ? ` by ${who.name}` : ""}${row.decidedAt ? ` at ${row.decidedAt.toISOString()}` : ""}.`,
      { currentVersion: null, baseVersion: null, changedBy: who?.name ?? null, changedAt: row.decidedAt?.toISOString() ?? null },
    );
  }
  return row;
}

/** Follows merges to the record that survives. */
async function survivor(tx: Tx, store: RecordStore, id: string): Promise<string> {
  const mergeable = (MERGEABLE_KINDS as readonly string[]).includes(store.kind);
  let current = id;
  for (let i = 0; i < 10; i++) {
    const rows = await tx.$queryRawUnsafe<{ mergedIntoId: string | null }[]>(
      `SELECT ${mergeable ? `"mergedIntoId"` : `NULL AS "mergedIntoId"`} FROM "${store.table}" WHERE id = $1`,
      current,
    );
    if (rows.length === 0) throw new TiesError("NOT_FOUND", `The matched ${store.kind} ${current} no longer exists`);
    if (!rows[0]!.mergedIntoId) return current;
    current = rows[0]!.mergedIntoId;
  }
  return current;
}

/** Applies the curator's picked facts to an existing record, if the curator may change it. */
async function updateExisting(
  ctx: AcceptContext,
  store: RecordStore,
  id: string,
  change: (input: Record<string, unknown>) => Record<string, unknown>,
) {
  const current = await store.read(ctx.tx, id);
  if (!current) throw new TiesError("NOT_FOUND", `No ${store.kind} with id ${id}`);
  const next = change(current.input as Record<string, unknown>);
  if (JSON.stringify(next) === JSON.stringify(current.input)) return;
  if (LOCKED.includes(current.state) && !ctx.mayEditPublished) {
    throw new TiesError(
      "FORBIDDEN",
      `This ${store.kind} is ${current.state}: an editor changes its facts. Accept without changes to add the citation only.`,
    );
  }
  await updateRecord(ctx.db, store.kind, id, next, {
    actor: ctx.actor,
    baseVersion: current.version,
    reason: "Facts added from a source",
    tx: ctx.tx,
  });
}

async function createDraft(ctx: AcceptContext, store: RecordStore, draft: object, reason: string): Promise<string> {
  const written = await createRecord(ctx.db, store.kind, applyEdits(draft, ctx.edits), { actor: ctx.actor, reason, tx: ctx.tx });
  return written.id;
}

async function writeCitation(ctx: AcceptContext, target: Accepted, start: number, end: number): Promise<string | null> {
  const span = citationSpan(ctx.source.text, start, end);
  if (!span) return null;
  const c = await createRecord(
    ctx.db,
    "citation",
    { sourceId: ctx.source.id, target: { kind: target.kind, id: target.id, field: target.field ?? null }, ...span },
    { actor: ctx.actor, reason: "Cited from the source it was suggested from", tx: ctx.tx },
  );
  return c.id;
}

async function markAccepted(ctx: AcceptContext, row: SuggestionRow, accepted: Accepted, citationId: string | null) {
  await ctx.tx.suggestion.update({
    where: { id: row.id },
    data: {
      status: "accepted",
      recordKind: accepted.kind,
      recordId: accepted.id,
      created: accepted.created,
      citationId,
      decidedBy: ctx.actor.id,
      decidedAt: new Date(),
    },
  });
}

/* ---------- people, as records of their own and as participants ---------- */

async function acceptPerson(ctx: AcceptContext, p: PersonSuggestion): Promise<Accepted> {
  if (ctx.mode === "merge" && ctx.row.matchId) {
    const id = await survivor(ctx.tx, personStore, ctx.row.matchId);
    if (ctx.edits) await updateExisting(ctx, personStore, id, (input) => applyEdits(input, ctx.edits));
    return { kind: "person", id, created: false };
  }
  const slug = await uniqueSlug(ctx.tx, personStore, p.name);
  const id = await createDraft(ctx, personStore, personDraft(p, { slug }), "Accepted from a suggestion");
  await addPositionAsWritten(ctx, id, p);
  return { kind: "person", id, created: true };
}

/** A new person's title as the source wrote it, at an organisation of their country when one is known. */
async function addPositionAsWritten(ctx: AcceptContext, personId: string, p: PersonSuggestion) {
  if (!p.title || !p.side) return;
  const org = await ctx.tx.organization.findFirst({
    where: { countryCode: p.side, mergedIntoId: null, state: { not: "archived" }, kind: { in: ["government", "ministry"] } },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  if (!org) return;
  await createRecord(
    ctx.db,
    "position",
    { personId, organizationId: org.id, role: slugify(p.title, 60), title: { en: p.title }, titleVariants: [p.title] },
    { actor: ctx.actor, reason: "Title as the source wrote it", tx: ctx.tx },
  );
}

/**
 * The person record a participant's name stands for: the known person, the record a suggestion
 * for the same name already produced, that suggestion accepted now, or a new draft person.
 */
async function participantPerson(ctx: AcceptContext, name: string, personId: string | null, side: string | null): Promise<string> {
  if (personId) return survivor(ctx.tx, personStore, personId);
  const same = await ctx.tx.suggestion.findFirst({
    where: { sourceId: ctx.source.id, kind: "person", payload: { path: ["name"], equals: name } },
    orderBy: { start: "asc" },
  });
  if (same?.status === "accepted" && same.recordId) return same.recordId;
  if (same?.status === "pending") {
    const payload = ZPersonSuggestion.parse(same.payload);
    const sub: AcceptContext = { ...ctx, row: same, edits: undefined, mode: same.matchId ? "merge" : "new" };
    const accepted = await acceptPerson(sub, payload);
    await markAccepted(sub, same, accepted, await writeCitation(sub, accepted, same.start, same.end));
    return accepted.id;
  }
  const slug = await uniqueSlug(ctx.tx, personStore, name);
  const written = await createRecord(
    ctx.db,
    "person",
    { slug, name, countryCode: side },
    { actor: ctx.actor, reason: "Participant of an event accepted from a suggestion", tx: ctx.tx },
  );
  // The passage that names the participant is the new person's citation.
  await writeCitation(ctx, { kind: "person", id: written.id, created: true }, ctx.row.start, ctx.row.end);
  return written.id;
}

/** The position a person held on a day, when their positions say. */
async function positionOn(tx: Tx, personId: string, day: string): Promise<string | null> {
  const d = new Date(`${day}T00:00:00Z`);
  const pos = await tx.position.findFirst({
    where: { personId, AND: [{ OR: [{ startDay: null }, { startDay: { lte: d } }] }, { OR: [{ endDay: null }, { endDay: { gte: d } }] }] },
    orderBy: { startDay: "desc" },
    select: { id: true },
  });
  return pos?.id ?? null;
}

async function resolveParticipants(ctx: AcceptContext, e: EventSuggestion): Promise<ParticipantInput[]> {
  const day = dateBounds(e.date).first;
  const out: ParticipantInput[] = [];
  for (const p of e.participants) {
    const personId = await participantPerson(ctx, p.name, p.personId, p.side);
    if (out.some((o) => o.personId === personId)) continue;
    const person = await ctx.tx.person.findUnique({ where: { id: personId }, select: { countryCode: true } });
    const side = p.side ?? person?.countryCode ?? e.location.countryCode ?? ctx.source.pair[0] ?? "KR";
    out.push({ personId, positionId: await positionOn(ctx.tx, personId, day), side });
  }
  return out;
}

/* ---------- one step per kind ---------- */

async function acceptEvent(ctx: AcceptContext): Promise<Accepted> {
  const e = ZEventSuggestion.parse(ctx.row.payload);
  const participants = await resolveParticipants(ctx, e);
  if (ctx.mode === "merge" && ctx.row.matchId) {
    const id = await survivor(ctx.tx, eventStore, ctx.row.matchId);
    // New participants are facts the curator picks; without edits the merge adds the citation only.
    if (ctx.edits) await updateExisting(ctx, eventStore, id, (input) => applyEdits(input, ctx.edits));
    return { kind: "event", id, created: false };
  }
  const slug = await uniqueSlug(ctx.tx, eventStore, eventSlug(e));
  const sentence = ctx.source.text.slice(ctx.row.start, ctx.row.end);
  const draft = eventDraft(e, { participants, language: ctx.source.language, sentence, slug });
  return { kind: "event", id: await createDraft(ctx, eventStore, draft, "Accepted from a suggestion"), created: true };
}

async function acceptAgreement(ctx: AcceptContext): Promise<Accepted> {
  const a = ZAgreementSuggestion.parse(ctx.row.payload);
  const milestone = a.action && a.date ? MILESTONE_OF_ACTION[a.action] : null;
  if (ctx.mode === "merge" && ctx.row.matchId) {
    const id = await survivor(ctx.tx, agreementStore, ctx.row.matchId);
    const date = a.date?.includes("/") ? dateBounds(a.date).first : a.date;
    await updateExisting(ctx, agreementStore, id, (input) => {
      const withEdits = applyEdits(input, ctx.edits);
      const milestones = (withEdits.milestones ?? []) as { kind: string; date: string }[];
      if (!milestone || !date || milestones.some((m) => m.kind === milestone)) return withEdits;
      return { ...withEdits, milestones: [...milestones, { kind: milestone, date, party: null, eventId: null }] };
    });
    return { kind: "agreement", id, created: false, ...(milestone ? { field: "milestones" } : {}) };
  }
  const slug = await uniqueSlug(ctx.tx, agreementStore, a.name);
  const draft = agreementDraft(a, {
    slug,
    parties: ctx.source.pair.length ? ctx.source.pair : ["KR", "CA"],
    language: ctx.source.language,
  });
  return { kind: "agreement", id: await createDraft(ctx, agreementStore, draft, "Accepted from a suggestion"), created: true };
}

/** The event accepted from the same source that a later passage (a pledge, a quote) belongs to. */
async function eventOfSource(ctx: AcceptContext, before: number): Promise<string | null> {
  const events = await ctx.tx.suggestion.findMany({
    where: { sourceId: ctx.source.id, kind: "event", status: "accepted", recordId: { not: null } },
    orderBy: { start: "asc" },
    select: { start: true, recordId: true },
  });
  const earlier = events.filter((e) => e.start <= before);
  return (earlier[earlier.length - 1] ?? events[0])?.recordId ?? null;
}

async function acceptCommitment(ctx: AcceptContext): Promise<Accepted> {
  const c = ZCommitmentSuggestion.parse(ctx.row.payload);
  const eventId = await eventOfSource(ctx, ctx.row.start);
  const slug = await uniqueSlug(ctx.tx, commitmentStore, `${c.due ?? ""} ${c.text.slice(0, 60)}`);
  const draft = commitmentDraft(c, { slug, eventId, language: ctx.source.language });
  return { kind: "commitment", id: await createDraft(ctx, commitmentStore, draft, "Accepted from a suggestion"), created: true };
}

async function acceptOrganization(ctx: AcceptContext): Promise<Accepted> {
  const o = ZOrganizationSuggestion.parse(ctx.row.payload);
  if (ctx.mode === "merge" && ctx.row.matchId) {
    const id = await survivor(ctx.tx, organizationStore, ctx.row.matchId);
    if (ctx.edits) await updateExisting(ctx, organizationStore, id, (input) => applyEdits(input, ctx.edits));
    return { kind: "organization", id, created: false };
  }
  const slug = await uniqueSlug(ctx.tx, organizationStore, o.name);
  return {
    kind: "organization",
    id: await createDraft(ctx, organizationStore, organizationDraft(o, { slug }), "Accepted from a suggestion"),
    created: true,
  };
}

/** A quote supports its speaker's record when the speaker is known, otherwise the event the passage reports. */
async function acceptQuote(ctx: AcceptContext): Promise<Accepted> {
  const q = ZQuoteSuggestion.parse(ctx.row.payload);
  if (q.speaker || ctx.row.matchId) {
    // No catch here: a failed statement aborts the transaction, so the error must reach the caller.
    const id = await participantPerson(ctx, q.speaker ?? "", ctx.row.matchId, null);
    return { kind: "person", id, created: false };
  }
  const eventId = await eventOfSource(ctx, ctx.row.start);
  if (!eventId) throw new TiesError("RULE", "This quote names no speaker: accept the event it reports first, then the quote");
  return { kind: "event", id: eventId, created: false, field: "summary" };
}

/** An area tags the events accepted from the same source. */
async function acceptArea(ctx: AcceptContext): Promise<Accepted> {
  const a = ZAreaSuggestion.parse(ctx.row.payload);
  const area = await ctx.tx.area.findUnique({ where: { slug: a.slug }, select: { slug: true } });
  if (!area) throw new TiesError("RULE", `There is no area "${a.slug}" yet: create it first`);
  const eventId = await eventOfSource(ctx, ctx.row.start);
  if (!eventId) throw new TiesError("RULE", "Accept an event from this source first: an area tags the events it reports");
  await updateExisting(ctx, eventStore, eventId, (input) => {
    const slugs = (input.areaSlugs ?? []) as string[];
    return slugs.includes(a.slug) ? input : { ...input, areaSlugs: [...slugs, a.slug] };
  });
  return { kind: "event", id: eventId, created: false, field: "areaSlugs" };
}

const STEPS: Record<string, (ctx: AcceptContext) => Promise<Accepted>> = {
  event: acceptEvent,
  agreement: acceptAgreement,
  commitment: acceptCommitment,
  person: (ctx) => acceptPerson(ctx, ZPersonSuggestion.parse(ctx.row.payload)),
  organization: acceptOrganization,
  quote: acceptQuote,
  area: acceptArea,
};

export async function acceptSuggestion(db: Db, input: SuggestionAcceptInput, opts: AcceptOptions): Promise<SuggestionAcceptResult> {
  return inTransaction(db, async (tx) => {
    const row = await lockPending(tx, input.id);
    const kind = row.kind as Parameters<typeof isAcceptableSuggestionKind>[0];
    if (!isAcceptableSuggestionKind(kind)) {
      throw new TiesError("RULE", `A ${kind} is part of the records that use it: accept the event, agreement or commitment instead`);
    }
    const source = await tx.source.findUnique({
      where: { id: row.sourceId },
      select: { id: true, text: true, language: true, pair: true },
    });
    if (!source) throw new TiesError("NOT_FOUND", `The source of suggestion ${row.id} no longer exists`);
    const mode = input.mode ?? (row.matchId ? "merge" : "new");
    if (mode === "merge" && !row.matchId) throw new TiesError("RULE", "This suggestion matches no known record: accept it as a new one");
    const ctx: AcceptContext = { ...opts, db, tx, row, source, mode, edits: input.edits };
    const accepted = await STEPS[kind]!(ctx);
    const citationId = await writeCitation(ctx, accepted, row.start, row.end);
    await markAccepted(ctx, row, accepted, citationId);
    return { kind: accepted.kind, id: accepted.id, created: accepted.created, citationId };
  });
}

export async function rejectSuggestion(db: Db, input: { id: string; reason?: string }, actor: Actor): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await lockPending(tx, input.id);
    await tx.suggestion.update({
      where: { id: input.id },
      data: { status: "rejected", reason: input.reason ?? null, decidedBy: actor.id, decidedAt: new Date() },
    });
    await tx.auditEntry.create({
      data: {
        action: "reject",
        recordKind: "source",
        recordId: row.sourceId,
        actorId: actor.id,
        details: { suggestionId: input.id, reason: input.reason ?? null },
      },
    });
  });
}

/**
 * Takes a decision back while the record it produced is still a draft: the citation goes, a
 * record the acceptance created is archived, and the suggestion is pending again.
 */
export async function undoSuggestion(db: Db, id: string, actor: Actor): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.$queryRawUnsafe(`SELECT id FROM "Suggestion" WHERE id = $1 FOR UPDATE`, id);
    const row = await tx.suggestion.findUnique({ where: { id } });
    if (!row) throw new TiesError("NOT_FOUND", `No suggestion with id ${id}`);
    if (row.status === "pending") throw new TiesError("RULE", "This suggestion has not been decided yet");
    if (row.status === "accepted" && row.recordKind && row.recordId) {
      const store = STORES[row.recordKind as keyof typeof STORES] as RecordStore | undefined;
      const current = store ? await store.read(tx, row.recordId) : null;
      if (row.created && current && current.state !== "draft") {
        throw new TiesError(
          "RULE",
          `The ${row.recordKind} this suggestion produced is ${current.state.replace("_", " ")}: it can no longer be undone here`,
        );
      }
      if (row.citationId) {
        await tx.citation.deleteMany({ where: { id: row.citationId } });
        await tx.auditEntry.create({
          data: {
            action: "delete",
            recordKind: "citation",
            recordId: row.citationId,
            actorId: actor.id,
            details: { reason: "Suggestion undone" },
          },
        });
      }
      if (row.created && current && store) {
        await changeState(db, store.kind, row.recordId, "archive", {
          actor,
          baseVersion: current.version,
          reason: "Suggestion undone",
          tx,
        });
      }
    }
    await tx.suggestion.update({
      where: { id },
      data: {
        status: "pending",
        recordKind: null,
        recordId: null,
        created: false,
        citationId: null,
        decidedBy: null,
        decidedAt: null,
        reason: null,
      },
    });
  });
}
