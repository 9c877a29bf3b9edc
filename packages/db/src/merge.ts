/**
 * Merging duplicate events, people or organisations. Everything that points at the merged record
 * (links, participants, positions, citations, claim subjects, name variants) moves to the survivor;
 * the merged record is archived with `mergedIntoId`; the `Merge` row records exactly what moved so
 * that `unmergeRecords` can put it back. Links the survivor already had are dropped from the merged
 * record rather than duplicated, and restored on unmerge.
 */
import {
  type MergeableKind,
  type MergeInput,
  type MergeView,
  type RecordKind,
  TiesError,
  ZMergeView,
  ZNameVariant,
  ZPublicationState,
} from "@ties/domain";
import { z } from "zod";
import type { Db } from "./client";
import {
  type Actor,
  bumpVersion,
  changeState,
  inTransaction,
  lockRows,
  recordRevision,
  reviseLinkedRecords,
  updateRecord,
} from "./curation";
import type { Merge } from "./generated/prisma/client";
import { json, STORES, type Tx } from "./records";

const TX_TIMEOUT = 60_000;

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
  /** Set by the unmerge: what stayed with the survivor because it had been edited away since. */
  notRestored: z.record(z.string(), z.array(z.string())).default({}),
});
type Moved = z.infer<typeof ZMoved>;

function toView(m: Merge): MergeView {
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
    notRestored: moved.notRestored,
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

/**
 * The records other than the two merged ones whose rows a merge (or unmerge) moved: they get a
 * revision of their own, so that a save from before the move is refused and history shows it.
 */
async function linkedParents(tx: Tx, kind: MergeableKind, moved: Moved): Promise<[RecordKind, string[]][]> {
  const parents: [RecordKind, string[]][] = [
    ["citation", moved.citations],
    ["claim", moved.claims],
  ];
  if (kind === "person") {
    parents.push(["event", [...moved.participants, ...moved.droppedParticipants].map((p) => p.eventId)], ["position", moved.positions]);
  }
  if (kind === "organization") {
    parents.push(
      ["event", [...moved.eventOrganizations, ...moved.droppedEventOrganizations].map((o) => o.eventId)],
      ["position", moved.positions],
      ["source", moved.publishedSources],
      ["organization", moved.childOrganizations],
    );
  }
  if (kind === "event") {
    const milestones = moved.milestones.length
      ? await tx.milestone.findMany({ where: { id: { in: moved.milestones } }, select: { agreementId: true } })
      : [];
    parents.push(["commitment", moved.commitments], ["agreement", milestones.map((m) => m.agreementId)], ["event", moved.childEvents]);
  }
  return parents;
}

async function reviseParents(
  tx: Tx,
  kind: MergeableKind,
  moved: Moved,
  opts: { actor: Actor; action: "merge" | "unmerge"; reason: string; mergeId?: string },
) {
  for (const [parentKind, ids] of await linkedParents(tx, kind, moved)) {
    await reviseLinkedRecords(tx, parentKind, ids, {
      actor: opts.actor,
      action: opts.action,
      reason: opts.reason,
      details: opts.mergeId ? { mergeId: opts.mergeId } : {},
    });
  }
}

export async function mergeRecords(db: Db, kind: MergeableKind, input: MergeInput, actor: Actor): Promise<MergeView> {
  const store = STORES[kind];
  const { survivor, merged } = input;
  const reason = input.reason ?? `Merged ${merged.id} into ${survivor.id}`;
  return inTransaction(
    db,
    async (tx) => {
      // Both rows, in id order: two opposite merges at once wait for each other instead of deadlocking.
      await lockRows(tx, store, [survivor.id, merged.id]);
      for (const id of [survivor.id, merged.id]) {
        const row = await mergedIntoOf(tx, kind, id);
        if (!row) throw new TiesError("NOT_FOUND", `No ${kind} with id ${id}`);
        if (row.mergedIntoId) throw new TiesError("RULE", `The ${kind} ${id} was already merged into ${row.mergedIntoId}`);
      }
      const mergedRecord = (await store.read(tx, merged.id))!;
      const moved: Moved = ZMoved.parse({ mergedState: mergedRecord.state });
      if (kind === "person") await movePersonLinks(tx, merged.id, survivor.id, moved);
      if (kind === "organization") await moveOrganizationLinks(tx, merged.id, survivor.id, moved);
      if (kind === "event") await moveEventLinks(tx, merged.id, survivor.id, moved);
      await moveCitationsAndClaims(tx, kind, merged.id, survivor.id, moved);
      // Archived after its links left, so that its last revision holds what it still has. The
      // merged record's base version decides: CONFLICT when someone changed it meanwhile.
      await changeState(db, kind, merged.id, "archive", { actor, baseVersion: merged.baseVersion, reason, tx });
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
      await reviseParents(tx, kind, moved, { actor, action: "merge", reason, mergeId: row.id });
      return toView(row);
    },
    { timeout: TX_TIMEOUT },
  );
}

/** Which of `ids` a query still finds pointing at the survivor; the rest are reported as not restored. */
function split(ids: string[], still: { id: string }[]): { back: string[]; left: string[] } {
  const found = new Set(still.map((r) => r.id));
  return { back: ids.filter((id) => found.has(id)), left: ids.filter((id) => !found.has(id)) };
}

/**
 * Puts back what a merge moved, as far as it still points at the survivor: links edited away
 * since stay where they are and are reported in `notRestored`. Refused while a later merge
 * involving either record is in force (undo that one first), since its rows would be torn apart.
 */
export async function unmergeRecords(
  db: Db,
  mergeId: string,
  opts: { actor: Actor; reason?: string; kind?: MergeableKind },
): Promise<MergeView> {
  return inTransaction(
    db,
    async (tx) => {
      const m0 = await tx.merge.findUnique({ where: { id: mergeId } });
      if (!m0 || (opts.kind && m0.recordKind !== opts.kind))
        throw new TiesError("NOT_FOUND", `No ${opts.kind ?? ""} merge ${mergeId}`.replace("  ", " "));
      const kind = z.enum(["event", "person", "organization"]).parse(m0.recordKind);
      const store = STORES[kind];
      await lockRows(tx, store, [m0.survivorId, m0.mergedId]);
      // Read again under the lock: a concurrent unmerge of the same merge has finished by now.
      const m = (await tx.merge.findUnique({ where: { id: mergeId } }))!;
      if (m.undoneAt) throw new TiesError("RULE", `Merge ${mergeId} was already undone at ${m.undoneAt.toISOString()}`);
      const moved = ZMoved.parse(m.moved);
      const to = m.mergedId;
      const from = m.survivorId;
      const reason = opts.reason ?? `Undid the merge of ${to} into ${from}`;

      const survivorRow = await mergedIntoOf(tx, kind, from);
      if (survivorRow?.mergedIntoId)
        throw new TiesError("RULE", `The ${kind} ${from} was itself merged into ${survivorRow.mergedIntoId} since: undo that merge first`);
      const mergedRow = await mergedIntoOf(tx, kind, to);
      if (mergedRow?.mergedIntoId !== from) throw new TiesError("RULE", `The ${kind} ${to} is no longer merged into ${from}`);
      const later = await tx.merge.findFirst({
        where: {
          recordKind: kind,
          undoneAt: null,
          id: { not: m.id },
          at: { gte: m.at },
          OR: [{ survivorId: { in: [from, to] } }, { mergedId: { in: [from, to] } }],
        },
        orderBy: { at: "desc" },
      });
      if (later)
        throw new TiesError(
          "RULE",
          `A later merge (${later.mergedId} into ${later.survivorId}, ${later.id}) involves this ${kind}: undo it first`,
        );

      const back: Moved = ZMoved.parse({ mergedState: moved.mergedState, addedVariants: moved.addedVariants });
      const notRestored: Record<string, string[]> = {};
      const report = (what: string, keys: string[]) => {
        if (keys.length) notRestored[what] = [...(notRestored[what] ?? []), ...keys];
      };

      if (kind === "person") {
        for (const p of moved.participants) {
          const clash = await tx.eventParticipant.count({ where: { eventId: p.eventId, personId: to } });
          const n = clash
            ? 0
            : (await tx.eventParticipant.updateMany({ where: { eventId: p.eventId, personId: from }, data: { personId: to } })).count;
          if (n) back.participants.push(p);
          else report("participants", [p.eventId]);
        }
        for (const p of moved.droppedParticipants) {
          // It duplicated the survivor's own participation: it comes back only where that is still there.
          const still = await tx.eventParticipant.count({ where: { eventId: p.eventId, personId: from } });
          const clash = await tx.eventParticipant.count({ where: { eventId: p.eventId, personId: to } });
          if (still && !clash) {
            await tx.eventParticipant.create({ data: p });
            back.droppedParticipants.push(p);
          } else report("droppedParticipants", [p.eventId]);
        }
        const positions = split(
          moved.positions,
          await tx.position.findMany({ where: { id: { in: moved.positions }, personId: from }, select: { id: true } }),
        );
        await tx.position.updateMany({ where: { id: { in: positions.back } }, data: { personId: to } });
        back.positions = positions.back;
        report("positions", positions.left);
      }
      if (kind === "organization") {
        for (const o of moved.eventOrganizations) {
          const n = (await tx.eventOrganization.deleteMany({ where: { eventId: o.eventId, organizationId: from } })).count;
          if (n) {
            await tx.eventOrganization.createMany({ data: [o], skipDuplicates: true });
            back.eventOrganizations.push(o);
          } else report("eventOrganizations", [o.eventId]);
        }
        for (const o of moved.droppedEventOrganizations) {
          const still = await tx.eventOrganization.count({ where: { eventId: o.eventId, organizationId: from } });
          if (still) {
            await tx.eventOrganization.createMany({ data: [o], skipDuplicates: true });
            back.droppedEventOrganizations.push(o);
          } else report("droppedEventOrganizations", [o.eventId]);
        }
        const positions = split(
          moved.positions,
          await tx.position.findMany({ where: { id: { in: moved.positions }, organizationId: from }, select: { id: true } }),
        );
        await tx.position.updateMany({ where: { id: { in: positions.back } }, data: { organizationId: to } });
        back.positions = positions.back;
        report("positions", positions.left);
        const sources = split(
          moved.publishedSources,
          await tx.source.findMany({ where: { id: { in: moved.publishedSources }, publisherId: from }, select: { id: true } }),
        );
        await tx.source.updateMany({ where: { id: { in: sources.back } }, data: { publisherId: to } });
        back.publishedSources = sources.back;
        report("publishedSources", sources.left);
        const children = split(
          moved.childOrganizations,
          await tx.organization.findMany({ where: { id: { in: moved.childOrganizations }, parentId: from }, select: { id: true } }),
        );
        await tx.organization.updateMany({ where: { id: { in: children.back } }, data: { parentId: to } });
        back.childOrganizations = children.back;
        report("childOrganizations", children.left);
      }
      if (kind === "event") {
        for (const p of moved.participants) {
          const n = (await tx.eventParticipant.deleteMany({ where: { eventId: from, personId: p.personId } })).count;
          if (n) back.participants.push(p);
          else report("participants", [p.personId]);
        }
        for (const o of moved.eventOrganizations) {
          const n = (await tx.eventOrganization.deleteMany({ where: { eventId: from, organizationId: o.organizationId } })).count;
          if (n) back.eventOrganizations.push(o);
          else report("eventOrganizations", [o.organizationId]);
        }
        for (const l of moved.eventAgreements) {
          const n = (await tx.eventAgreement.deleteMany({ where: { eventId: from, agreementId: l.agreementId, action: l.action } })).count;
          if (n) back.eventAgreements.push(l);
          else report("eventAgreements", [`${l.agreementId}:${l.action}`]);
        }
        // The merged event's own links come back with it, the dropped duplicates included.
        await tx.eventParticipant.createMany({ data: [...back.participants, ...moved.droppedParticipants], skipDuplicates: true });
        await tx.eventOrganization.createMany({
          data: [...back.eventOrganizations, ...moved.droppedEventOrganizations],
          skipDuplicates: true,
        });
        await tx.eventAgreement.createMany({ data: [...back.eventAgreements, ...moved.droppedEventAgreements], skipDuplicates: true });
        const commitments = split(
          moved.commitments,
          await tx.commitment.findMany({ where: { id: { in: moved.commitments }, eventId: from }, select: { id: true } }),
        );
        await tx.commitment.updateMany({ where: { id: { in: commitments.back } }, data: { eventId: to } });
        back.commitments = commitments.back;
        report("commitments", commitments.left);
        const milestones = split(
          moved.milestones,
          await tx.milestone.findMany({ where: { id: { in: moved.milestones }, eventId: from }, select: { id: true } }),
        );
        await tx.milestone.updateMany({ where: { id: { in: milestones.back } }, data: { eventId: to } });
        back.milestones = milestones.back;
        report("milestones", milestones.left);
        const children = split(
          moved.childEvents,
          await tx.event.findMany({ where: { id: { in: moved.childEvents }, parentEventId: from }, select: { id: true } }),
        );
        await tx.event.updateMany({ where: { id: { in: children.back } }, data: { parentEventId: to } });
        back.childEvents = children.back;
        report("childEvents", children.left);
      }
      const citations = split(
        moved.citations,
        await tx.citation.findMany({ where: { id: { in: moved.citations }, targetKind: kind, targetId: from }, select: { id: true } }),
      );
      await tx.citation.updateMany({ where: { id: { in: citations.back } }, data: { targetId: to } });
      back.citations = citations.back;
      report("citations", citations.left);
      const claims = split(
        moved.claims,
        await tx.claim.findMany({ where: { id: { in: moved.claims }, subjectKind: kind, subjectId: from }, select: { id: true } }),
      );
      await tx.claim.updateMany({ where: { id: { in: claims.back } }, data: { subjectId: to } });
      back.claims = claims.back;
      report("claims", claims.left);

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
      await store.refresh?.(tx, to);
      await recordRevision(tx, kind, to, version, { input: merged.input, state: moved.mergedState }, opts.actor, "unmerge", reason, {
        mergeId,
        notRestored,
      });
      await reviseParents(tx, kind, back, { actor: opts.actor, action: "unmerge", reason, mergeId });
      const row = await tx.merge.update({ where: { id: mergeId }, data: { undoneAt: new Date(), moved: json({ ...moved, notRestored }) } });
      return toView(row);
    },
    { timeout: TX_TIMEOUT },
  );
}

export async function listMerges(db: Db, kind: MergeableKind, recordId: string): Promise<MergeView[]> {
  const rows = await db.merge.findMany({
    where: { recordKind: kind, OR: [{ survivorId: recordId }, { mergedId: recordId }] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  return rows.map(toView);
}
