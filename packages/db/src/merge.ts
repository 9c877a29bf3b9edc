/**
 * Merging duplicate events, people or organisations. Everything that points at the merged record
 * (links, participants, positions, citations, claim subjects, name variants) moves to the survivor;
 * the merged record is archived with `mergedIntoId`; the `Merge` row records exactly what moved so
 * that `unmergeRecords` can put it back. Links the survivor already had are dropped from the merged
 * record rather than duplicated, and restored on unmerge.
 */
import { type MergeableKind, type MergeInput, type MergeView, TiesError, ZMergeView, ZNameVariant, ZPublicationState } from "@ties/domain";
import { z } from "zod";
import type { Db } from "./client";
import { type Actor, bumpVersion, changeState, recordRevision, updateRecord } from "./curation";
import { json, STORES, type Tx } from "./records";

const TX_OPTIONS = { maxWait: 15_000, timeout: 60_000 } as const;

const ZParticipantRow = z.object({ eventId: z.string(), personId: z.string(), positionId: z.string().nullable(), side: z.string() });
const ZEventOrgRow = z.object({ eventId: z.string(), organizationId: z.string() });
const ZEventAgreementRow = z.object({ eventId: z.string(), agreementId: z.string(), action: z.string() });

/** What a merge moved, by natural keys (the survivor's rows may be rewritten later). */
const ZMoved = z.object({
  mergedState: ZPublicationState,
  /** Rows repointed from the merged record to the survivor. */
  participants: z.array(ZParticipantRow).default([]),
  eventOrganizations: z.array(ZEventOrgRow).default([]),
  eventAgreements: z.array(ZEventAgreementRow).default([]),
  /** Rows deleted because the survivor already had the same link; restored on unmerge. */
  droppedParticipants: z.array(ZParticipantRow).default([]),
  droppedEventOrganizations: z.array(ZEventOrgRow).default([]),
  droppedEventAgreements: z.array(ZEventAgreementRow).default([]),
  positions: z.array(z.string()).default([]),
  citations: z.array(z.string()).default([]),
  claims: z.array(z.string()).default([]),
  commitments: z.array(z.string()).default([]),
  milestones: z.array(z.string()).default([]),
  childEvents: z.array(z.string()).default([]),
  childOrganizations: z.array(z.string()).default([]),
  publishedSources: z.array(z.string()).default([]),
  /** Name variants the survivor gained. */
  addedVariants: z.array(z.unknown()).default([]),
});
type Moved = z.infer<typeof ZMoved>;

function toView(m: {
  id: string;
  recordKind: string;
  survivorId: string;
  mergedId: string;
  moved: unknown;
  at: Date;
  undoneAt: Date | null;
}): MergeView {
  const moved = ZMoved.parse(m.moved);
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries(moved)) if (Array.isArray(v) && v.length) counts[k] = v.length;
  return ZMergeView.parse({
    id: m.id,
    kind: m.recordKind,
    survivorId: m.survivorId,
    mergedId: m.mergedId,
    movedCounts: counts,
    at: m.at.toISOString(),
    undoneAt: m.undoneAt?.toISOString() ?? null,
  });
}

async function mergedIntoOf(tx: Tx, kind: MergeableKind, id: string): Promise<{ mergedIntoId: string | null } | null> {
  const select = { mergedIntoId: true } as const;
  if (kind === "event") return tx.event.findUnique({ where: { id }, select });
  if (kind === "person") return tx.person.findUnique({ where: { id }, select });
  return tx.organization.findUnique({ where: { id }, select });
}

async function moveCitationsAndClaims(tx: Tx, kind: MergeableKind, from: string, to: string, moved: Moved) {
  const citations = await tx.citation.findMany({ where: { targetKind: kind, targetId: from }, select: { id: true } });
  moved.citations = citations.map((c) => c.id);
  await tx.citation.updateMany({ where: { id: { in: moved.citations } }, data: { targetId: to } });
  const claims = await tx.claim.findMany({ where: { subjectKind: kind, subjectId: from }, select: { id: true } });
  moved.claims = claims.map((c) => c.id);
  await tx.claim.updateMany({ where: { id: { in: moved.claims } }, data: { subjectId: to } });
}

async function movePersonLinks(tx: Tx, from: string, to: string, moved: Moved) {
  const rows = await tx.eventParticipant.findMany({
    where: { personId: from },
    select: { eventId: true, personId: true, positionId: true, side: true },
  });
  const taken = new Set(
    (
      await tx.eventParticipant.findMany({
        where: { personId: to, eventId: { in: rows.map((r) => r.eventId) } },
        select: { eventId: true },
      })
    ).map((r) => r.eventId),
  );
  for (const r of rows) {
    if (taken.has(r.eventId)) {
      moved.droppedParticipants.push(r);
      await tx.eventParticipant.deleteMany({ where: { eventId: r.eventId, personId: from } });
    } else {
      moved.participants.push(r);
      await tx.eventParticipant.updateMany({ where: { eventId: r.eventId, personId: from }, data: { personId: to } });
    }
  }
  moved.positions = (await tx.position.findMany({ where: { personId: from }, select: { id: true } })).map((p) => p.id);
  await tx.position.updateMany({ where: { id: { in: moved.positions } }, data: { personId: to } });
}

async function moveOrganizationLinks(tx: Tx, from: string, to: string, moved: Moved) {
  const rows = await tx.eventOrganization.findMany({ where: { organizationId: from } });
  const taken = new Set(
    (await tx.eventOrganization.findMany({ where: { organizationId: to, eventId: { in: rows.map((r) => r.eventId) } } })).map(
      (r) => r.eventId,
    ),
  );
  for (const r of rows) {
    if (taken.has(r.eventId)) moved.droppedEventOrganizations.push(r);
    else moved.eventOrganizations.push(r);
  }
  await tx.eventOrganization.deleteMany({ where: { organizationId: from } });
  if (moved.eventOrganizations.length)
    await tx.eventOrganization.createMany({ data: moved.eventOrganizations.map((r) => ({ eventId: r.eventId, organizationId: to })) });
  moved.positions = (await tx.position.findMany({ where: { organizationId: from }, select: { id: true } })).map((p) => p.id);
  await tx.position.updateMany({ where: { id: { in: moved.positions } }, data: { organizationId: to } });
  moved.publishedSources = (await tx.source.findMany({ where: { publisherId: from }, select: { id: true } })).map((s) => s.id);
  await tx.source.updateMany({ where: { id: { in: moved.publishedSources } }, data: { publisherId: to } });
  moved.childOrganizations = (await tx.organization.findMany({ where: { parentId: from, id: { not: to } }, select: { id: true } })).map(
    (o) => o.id,
  );
  await tx.organization.updateMany({ where: { id: { in: moved.childOrganizations } }, data: { parentId: to } });
}

async function moveEventLinks(tx: Tx, from: string, to: string, moved: Moved) {
  const parts = await tx.eventParticipant.findMany({
    where: { eventId: from },
    select: { eventId: true, personId: true, positionId: true, side: true },
  });
  const havePeople = new Set(
    (await tx.eventParticipant.findMany({ where: { eventId: to }, select: { personId: true } })).map((p) => p.personId),
  );
  for (const p of parts) (havePeople.has(p.personId) ? moved.droppedParticipants : moved.participants).push(p);
  await tx.eventParticipant.deleteMany({ where: { eventId: from } });
  if (moved.participants.length)
    await tx.eventParticipant.createMany({
      data: moved.participants.map((p) => ({ eventId: to, personId: p.personId, positionId: p.positionId, side: p.side })),
    });

  const orgs = await tx.eventOrganization.findMany({ where: { eventId: from } });
  const haveOrgs = new Set((await tx.eventOrganization.findMany({ where: { eventId: to } })).map((o) => o.organizationId));
  for (const o of orgs) (haveOrgs.has(o.organizationId) ? moved.droppedEventOrganizations : moved.eventOrganizations).push(o);
  await tx.eventOrganization.deleteMany({ where: { eventId: from } });
  if (moved.eventOrganizations.length)
    await tx.eventOrganization.createMany({
      data: moved.eventOrganizations.map((o) => ({ eventId: to, organizationId: o.organizationId })),
    });

  const links = await tx.eventAgreement.findMany({ where: { eventId: from } });
  const haveLinks = new Set((await tx.eventAgreement.findMany({ where: { eventId: to } })).map((l) => `${l.agreementId}:${l.action}`));
  for (const l of links) (haveLinks.has(`${l.agreementId}:${l.action}`) ? moved.droppedEventAgreements : moved.eventAgreements).push(l);
  await tx.eventAgreement.deleteMany({ where: { eventId: from } });
  if (moved.eventAgreements.length)
    await tx.eventAgreement.createMany({
      data: moved.eventAgreements.map((l) => ({ eventId: to, agreementId: l.agreementId, action: l.action })),
    });

  moved.commitments = (await tx.commitment.findMany({ where: { eventId: from }, select: { id: true } })).map((c) => c.id);
  await tx.commitment.updateMany({ where: { id: { in: moved.commitments } }, data: { eventId: to } });
  moved.milestones = (await tx.milestone.findMany({ where: { eventId: from }, select: { id: true } })).map((m) => m.id);
  await tx.milestone.updateMany({ where: { id: { in: moved.milestones } }, data: { eventId: to } });
  moved.childEvents = (await tx.event.findMany({ where: { parentEventId: from, id: { not: to } }, select: { id: true } })).map((e) => e.id);
  await tx.event.updateMany({ where: { id: { in: moved.childEvents } }, data: { parentEventId: to } });
}

/** The survivor's content with the merged record's names added as variants. */
function withVariants(kind: MergeableKind, survivor: unknown, merged: unknown, moved: Moved): unknown {
  if (kind === "person") {
    const s = STORES.person.schema.parse(survivor);
    const m = STORES.person.schema.parse(merged);
    const known = new Set([s.name, ...s.variants.map((v) => v.name)]);
    const added = [{ name: m.name, kind: "spelling" as const }, ...m.variants].filter((v) => !known.has(v.name) && known.add(v.name));
    moved.addedVariants = added;
    return { ...s, variants: [...s.variants, ...added] };
  }
  if (kind === "organization") {
    const s = STORES.organization.schema.parse(survivor);
    const m = STORES.organization.schema.parse(merged);
    const known = new Set([s.name.en, s.name.fr, s.name.ko, s.shortName, ...s.variants]);
    const added = [m.name.en, m.name.fr, m.name.ko, m.shortName, ...m.variants].filter(
      (v): v is string => typeof v === "string" && !known.has(v) && known.add(v) !== undefined,
    );
    moved.addedVariants = added;
    return { ...s, variants: [...s.variants, ...added] };
  }
  return survivor;
}

function withoutVariants(kind: MergeableKind, survivor: unknown, moved: Moved): unknown {
  if (kind === "person") {
    const s = STORES.person.schema.parse(survivor);
    const added = new Set(
      z
        .array(ZNameVariant)
        .parse(moved.addedVariants)
        .map((v) => v.name),
    );
    return { ...s, variants: s.variants.filter((v) => !added.has(v.name)) };
  }
  if (kind === "organization") {
    const s = STORES.organization.schema.parse(survivor);
    const added = new Set(z.array(z.string()).parse(moved.addedVariants));
    return { ...s, variants: s.variants.filter((v) => !added.has(v)) };
  }
  return survivor;
}

export async function mergeRecords(db: Db, kind: MergeableKind, input: MergeInput, actor: Actor): Promise<MergeView> {
  const store = STORES[kind];
  const { survivor, merged } = input;
  const reason = input.reason ?? `Merged ${merged.id} into ${survivor.id}`;
  return db.$transaction(async (tx) => {
    for (const id of [survivor.id, merged.id]) {
      const row = await mergedIntoOf(tx, kind, id);
      if (!row) throw new TiesError("NOT_FOUND", `No ${kind} with id ${id}`);
      if (row.mergedIntoId) throw new TiesError("RULE", `The ${kind} ${id} was already merged into ${row.mergedIntoId}`);
    }
    const mergedRecord = (await store.read(tx, merged.id))!;
    const moved: Moved = ZMoved.parse({ mergedState: mergedRecord.state });
    // Archive the merged record first: it takes the merged record's base version, and refuses
    // the merge with CONFLICT when someone changed it meanwhile.
    await changeState(db, kind, merged.id, "archive", { actor, baseVersion: merged.baseVersion, reason, tx });
    if (kind === "person") await movePersonLinks(tx, merged.id, survivor.id, moved);
    if (kind === "organization") await moveOrganizationLinks(tx, merged.id, survivor.id, moved);
    if (kind === "event") await moveEventLinks(tx, merged.id, survivor.id, moved);
    await moveCitationsAndClaims(tx, kind, merged.id, survivor.id, moved);
    await tx.$executeRawUnsafe(`UPDATE "${store.table}" SET "mergedIntoId" = $1 WHERE id = $2`, survivor.id, merged.id);
    // The survivor gets a revision holding what it now has (links, and names as variants).
    const current = (await store.read(tx, survivor.id))!;
    await updateRecord(db, kind, survivor.id, withVariants(kind, current.input, mergedRecord.input, moved), {
      actor,
      baseVersion: survivor.baseVersion,
      reason,
      action: "merge",
      tx,
    });
    const row = await tx.merge.create({
      data: { recordKind: kind, survivorId: survivor.id, mergedId: merged.id, moved: json(moved), actorId: actor.id },
    });
    return toView(row);
  }, TX_OPTIONS);
}

export async function unmergeRecords(
  db: Db,
  mergeId: string,
  opts: { actor: Actor; reason?: string; kind?: MergeableKind },
): Promise<MergeView> {
  return db.$transaction(async (tx) => {
    const m = await tx.merge.findUnique({ where: { id: mergeId } });
    if (!m || (opts.kind && m.recordKind !== opts.kind))
      throw new TiesError("NOT_FOUND", `No ${opts.kind ?? ""} merge ${mergeId}`.replace("  ", " "));
    if (m.undoneAt) throw new TiesError("RULE", `Merge ${mergeId} was already undone at ${m.undoneAt.toISOString()}`);
    const kind = z.enum(["event", "person", "organization"]).parse(m.recordKind);
    const store = STORES[kind];
    const moved = ZMoved.parse(m.moved);
    const to = m.mergedId;
    const from = m.survivorId;
    const reason = opts.reason ?? `Undid the merge of ${to} into ${from}`;

    if (kind === "person") {
      for (const p of moved.participants)
        await tx.eventParticipant.updateMany({ where: { eventId: p.eventId, personId: from }, data: { personId: to } });
      if (moved.droppedParticipants.length) await tx.eventParticipant.createMany({ data: moved.droppedParticipants, skipDuplicates: true });
      await tx.position.updateMany({ where: { id: { in: moved.positions } }, data: { personId: to } });
    }
    if (kind === "organization") {
      for (const o of moved.eventOrganizations)
        await tx.eventOrganization.deleteMany({ where: { eventId: o.eventId, organizationId: from } });
      await tx.eventOrganization.createMany({
        data: [...moved.eventOrganizations, ...moved.droppedEventOrganizations],
        skipDuplicates: true,
      });
      await tx.position.updateMany({ where: { id: { in: moved.positions } }, data: { organizationId: to } });
      await tx.source.updateMany({ where: { id: { in: moved.publishedSources } }, data: { publisherId: to } });
      await tx.organization.updateMany({ where: { id: { in: moved.childOrganizations } }, data: { parentId: to } });
    }
    if (kind === "event") {
      for (const p of moved.participants) await tx.eventParticipant.deleteMany({ where: { eventId: from, personId: p.personId } });
      await tx.eventParticipant.createMany({ data: [...moved.participants, ...moved.droppedParticipants], skipDuplicates: true });
      for (const o of moved.eventOrganizations)
        await tx.eventOrganization.deleteMany({ where: { eventId: from, organizationId: o.organizationId } });
      await tx.eventOrganization.createMany({
        data: [...moved.eventOrganizations, ...moved.droppedEventOrganizations],
        skipDuplicates: true,
      });
      for (const l of moved.eventAgreements)
        await tx.eventAgreement.deleteMany({ where: { eventId: from, agreementId: l.agreementId, action: l.action } });
      await tx.eventAgreement.createMany({ data: [...moved.eventAgreements, ...moved.droppedEventAgreements], skipDuplicates: true });
      await tx.commitment.updateMany({ where: { id: { in: moved.commitments } }, data: { eventId: to } });
      await tx.milestone.updateMany({ where: { id: { in: moved.milestones } }, data: { eventId: to } });
      await tx.event.updateMany({ where: { id: { in: moved.childEvents } }, data: { parentEventId: to } });
    }
    await tx.citation.updateMany({ where: { id: { in: moved.citations } }, data: { targetId: to } });
    await tx.claim.updateMany({ where: { id: { in: moved.claims } }, data: { subjectId: to } });

    // The survivor loses the names it gained, as a new revision.
    const survivor = (await store.read(tx, from))!;
    await updateRecord(db, kind, from, withoutVariants(kind, survivor.input, moved), {
      actor: opts.actor,
      baseVersion: survivor.version,
      reason,
      action: "unmerge",
      tx,
    });
    // The merged record comes back in the state it had, as a new revision.
    const merged = (await store.read(tx, to))!;
    const version = await bumpVersion(tx, store, to, merged.version);
    await tx.$executeRawUnsafe(`UPDATE "${store.table}" SET "mergedIntoId" = NULL, state = $1 WHERE id = $2`, moved.mergedState, to);
    await recordRevision(tx, kind, to, version, { input: merged.input, state: moved.mergedState }, opts.actor, "unmerge", reason, {
      mergeId,
    });
    const row = await tx.merge.update({ where: { id: mergeId }, data: { undoneAt: new Date() } });
    return toView(row);
  }, TX_OPTIONS);
}

export async function listMerges(db: Db, kind: MergeableKind, recordId: string): Promise<MergeView[]> {
  const rows = await db.merge.findMany({
    where: { recordKind: kind, OR: [{ survivorId: recordId }, { mergedId: recordId }] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return rows.map(toView);
}
