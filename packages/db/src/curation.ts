/**
 * The write path every curated change takes: validate with the domain schema, check the revision
 * the change was based on, write the rows, and record a revision and an audit entry, all in one
 * transaction. A save based on a stale revision is refused with a CONFLICT naming who changed
 * the record and when: never a silent overwrite.
 */
import {
  type AuditAction,
  diffSnapshots,
  MERGEABLE_KINDS,
  type PublicationState,
  parseOrThrow,
  type RecordKind,
  TiesError,
  type ZHistoryEntry,
  ZPublicationState,
  type ZWriteResult,
} from "@ties/domain";
import { z } from "zod";
import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";
import { assertPublishable, type Dependency, publicationProblems } from "./publication-rules";
import { json, type RecordStore, storeFor, type Tx } from "./records";

export interface Actor {
  id: string | null;
  name?: string;
}

export type WriteResult = z.infer<typeof ZWriteResult>;

const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** PostgreSQL's "try again" failures: a serialization failure or a deadlock between two writers. */
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01"]);

function isWriteRace(e: unknown): boolean {
  const seen = new Set<unknown>();
  let err: unknown = e;
  // The pg driver adapter wraps the driver's error; Prisma itself reports P2034.
  while (err && typeof err === "object" && !seen.has(err)) {
    seen.add(err);
    const o = err as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown }; cause?: unknown; message?: unknown };
    if (o.code === "P2034") return true;
    for (const c of [o.code, o.originalCode, o.meta?.code]) if (typeof c === "string" && RETRYABLE_SQLSTATES.has(c)) return true;
    if (typeof o.message === "string" && /deadlock detected|could not serialize access/.test(o.message)) return true;
    err = o.cause;
  }
  return false;
}

/**
 * Turns a transaction lost to a concurrent writer (deadlock, serialization failure) into the
 * CONFLICT every stale save gets, so that no race between curators ends as an internal error.
 */
export function writeRaceToConflict(e: unknown): unknown {
  if (e instanceof TiesError || !isWriteRace(e)) return e;
  return new TiesError("CONFLICT", "Another change to the same records was saved at the same moment. Reload and try again.", {
    currentVersion: null,
    baseVersion: null,
    changedBy: null,
    changedAt: null,
  });
}

/** Runs a write in a transaction, or in the caller's, mapping lost races to CONFLICT. */
export async function inTransaction<T>(db: Db, run: (tx: Tx) => Promise<T>, opts: { tx?: Tx; timeout?: number } = {}): Promise<T> {
  if (opts.tx) return run(opts.tx);
  try {
    return await db.$transaction(run, { ...TX_OPTIONS, ...(opts.timeout ? { timeout: opts.timeout } : {}) });
  } catch (e) {
    throw writeRaceToConflict(e);
  }
}

/** Locks rows of one table in id order, so that two writers taking the same rows cannot deadlock. */
export async function lockRows(tx: Tx, store: RecordStore, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length === 0) return;
  await tx.$queryRawUnsafe(`SELECT id FROM "${store.table}" WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, sorted);
}

function mustStore(kind: RecordKind): RecordStore {
  const store = storeFor(kind);
  if (!store) throw new TiesError("VALIDATION", `Records of kind "${kind}" cannot be curated`);
  return store;
}

export function newId(kind: RecordKind): string {
  const rand = globalThis.crypto.randomUUID().replace(/-/g, "").slice(0, 16);
  return `${kind.slice(0, 3)}-${rand}`;
}

/** Writes the revision and the audit entry of one change; callers hold the transaction. */
export async function recordRevision(
  tx: Tx,
  kind: RecordKind,
  id: string,
  version: number,
  snapshot: { input: unknown; state: PublicationState },
  actor: Actor,
  action: AuditAction,
  reason: string,
  details: Record<string, unknown> = {},
) {
  await tx.revision.create({
    data: { recordKind: kind, recordId: id, version, snapshot: json(snapshot), authorId: actor.id, reason },
  });
  await tx.auditEntry.create({
    data: { action, recordKind: kind, recordId: id, actorId: actor.id, details: json({ version, reason, ...details }) },
  });
}

/**
 * The input as the store reads it back (defaults it fills in, such as an event's category from
 * its type, included). Revisions keep this form, so that a later state change, which snapshots
 * what the store reads, does not show the filled-in defaults as a change of content.
 */
async function storedInput(tx: Tx, store: RecordStore, id: string, written: unknown): Promise<unknown> {
  return (await store.read(tx, id))?.input ?? written;
}

/** Claims the next version of a record if it is still at `baseVersion`; otherwise explains the conflict. */
export async function bumpVersion(tx: Tx, store: RecordStore, id: string, baseVersion: number): Promise<number> {
  const n = await tx.$executeRawUnsafe(`UPDATE "${store.table}" SET version = version + 1 WHERE id = $1 AND version = $2`, id, baseVersion);
  if (n === 1) return baseVersion + 1;
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM "${store.table}" WHERE id = $1`, id);
  if (rows.length === 0) throw new TiesError("NOT_FOUND", `No ${store.kind} with id ${id}`);
  const last = await tx.revision.findFirst({
    where: { recordKind: store.kind, recordId: id },
    orderBy: { version: "desc" },
  });
  // Curators know each other by name; an e-mail address is not theirs to hand round.
  const author = last?.authorId ? await tx.user.findUnique({ where: { id: last.authorId }, select: { name: true } }) : null;
  const who = author ? author.name : "the system";
  const when = last?.createdAt.toISOString() ?? "an unknown time";
  throw new TiesError(
    "CONFLICT",
    `This ${store.kind} changed since revision ${baseVersion}: ${who} saved revision ${rows[0]!.version} at ${when}. Reload and apply your change again.`,
    { currentVersion: rows[0]!.version, baseVersion, changedBy: author?.name ?? null, changedAt: last?.createdAt.toISOString() ?? null },
  );
}

export async function createRecord(
  db: Db,
  kind: RecordKind,
  rawInput: unknown,
  opts: { actor: Actor; reason?: string; id?: string; state?: PublicationState; tx?: Tx },
): Promise<WriteResult> {
  const store = mustStore(kind);
  const input = parseOrThrow(store.schema, rawInput, `The ${kind}`);
  const id = opts.id ?? newId(kind);
  const state = store.hasState ? (opts.state ?? "draft") : "published";
  const run = async (tx: Tx) => {
    await store.write(tx, id, input, { create: true, state, version: 1 });
    await recordRevision(
      tx,
      kind,
      id,
      1,
      { input: await storedInput(tx, store, id, input), state },
      opts.actor,
      "create",
      opts.reason ?? "Created",
    );
    return { id, version: 1, state };
  };
  try {
    return await inTransaction(db, run, opts);
  } catch (e) {
    throw uniqueToValidation(e, kind);
  }
}

export async function updateRecord(
  db: Db,
  kind: RecordKind,
  id: string,
  rawInput: unknown,
  opts: { actor: Actor; baseVersion: number; reason?: string; action?: AuditAction; tx?: Tx; state?: PublicationState },
): Promise<WriteResult> {
  const store = mustStore(kind);
  const input = parseOrThrow(store.schema, rawInput, `The ${kind}`);
  try {
    const run = async (tx: Tx) => {
      const version = await bumpVersion(tx, store, id, opts.baseVersion);
      const current = await store.read(tx, id);
      // A restore may take a published record back to a draft, so that it is reviewed again.
      const state = store.hasState && opts.state ? opts.state : current!.state;
      await store.write(tx, id, input, { create: false, state, version });
      // A published record stays whole: an edit may not link it to what the public cannot see.
      if (state === "published") await assertPublishable(tx, kind, id);
      const stored = await storedInput(tx, store, id, input);
      const changes = diffSnapshots(current!.input, stored).map((c) => c.path);
      await recordRevision(tx, kind, id, version, { input: stored, state }, opts.actor, opts.action ?? "update", opts.reason ?? "Edited", {
        changes,
        ...(state !== current!.state ? { from: current!.state, to: state } : {}),
      });
      return { id, version, state };
    };
    return await inTransaction(db, run, opts);
  } catch (e) {
    throw uniqueToValidation(e, kind);
  }
}

/**
 * Applies a change to the record's current content (a verdict, a grade) as one update: the
 * content is read and rewritten in the same transaction, and the base revision still decides.
 */
export async function patchRecord(
  db: Db,
  kind: RecordKind,
  id: string,
  patch: (current: unknown) => unknown,
  opts: { actor: Actor; baseVersion: number; reason?: string; action?: AuditAction },
): Promise<WriteResult> {
  const store = mustStore(kind);
  return inTransaction(db, async (tx) => {
    const current = await store.read(tx, id);
    if (!current) throw new TiesError("NOT_FOUND", `No ${kind} with id ${id}`);
    return updateRecord(db, kind, id, patch(current.input), { ...opts, tx });
  });
}

/**
 * Gives records whose linked rows another change moved (a merge repointing participants,
 * positions, citations...) a new revision holding what they now have, with an audit entry. Their
 * version moves on, so a curator who loaded one before cannot save over the change unseen.
 */
export async function reviseLinkedRecords(
  tx: Tx,
  kind: RecordKind,
  ids: Iterable<string>,
  opts: { actor: Actor; action: AuditAction; reason: string; details?: Record<string, unknown> },
): Promise<void> {
  const store = mustStore(kind);
  for (const id of [...new Set(ids)].sort()) {
    const current = await store.read(tx, id);
    if (!current) continue;
    const version = await bumpVersion(tx, store, id, current.version);
    await store.refresh?.(tx, id);
    await recordRevision(tx, kind, id, version, { input: current.input, state: current.state }, opts.actor, opts.action, opts.reason, {
      ...opts.details,
      linksMoved: true,
    });
  }
}

/** Which publication states each workflow step may start from. */
const TRANSITIONS: Record<
  "submit" | "reject" | "publish" | "unpublish" | "archive" | "unarchive",
  { from: PublicationState[]; to: PublicationState }
> = {
  submit: { from: ["draft"], to: "in_review" },
  // An editor sends a submission back to its curator instead of publishing it (the reason, when
  // given, is kept in the revision).
  reject: { from: ["in_review"], to: "draft" },
  publish: { from: ["draft", "in_review"], to: "published" },
  unpublish: { from: ["published"], to: "draft" },
  archive: { from: ["draft", "in_review", "published"], to: "archived" },
  // Back to a draft, to be reviewed again; a merged record comes back only by undoing its merge.
  unarchive: { from: ["archived"], to: "draft" },
};
export type WorkflowStep = keyof typeof TRANSITIONS;

export async function changeState(
  db: Db,
  kind: RecordKind,
  id: string,
  step: WorkflowStep,
  opts: { actor: Actor; baseVersion: number; reason?: string; tx?: Tx },
): Promise<WriteResult> {
  const store = mustStore(kind);
  if (!store.hasState) throw new TiesError("VALIDATION", `A ${kind} is published with the record it belongs to`);
  const rule = TRANSITIONS[step];
  const run = async (tx: Tx): Promise<WriteResult> => {
    const version = await bumpVersion(tx, store, id, opts.baseVersion);
    const current = (await store.read(tx, id))!;
    if (!rule.from.includes(current.state)) {
      throw new TiesError("RULE", `Cannot ${step} a ${kind} that is ${current.state.replace("_", " ")}`);
    }
    if (step === "unarchive" && (MERGEABLE_KINDS as readonly string[]).includes(kind)) {
      const rows = await tx.$queryRawUnsafe<{ mergedIntoId: string | null }[]>(
        `SELECT "mergedIntoId" FROM "${store.table}" WHERE id = $1`,
        id,
      );
      const into = rows[0]?.mergedIntoId;
      if (into) throw new TiesError("RULE", `This ${kind} was merged into ${into}: undo the merge to bring it back`);
    }
    if (rule.to === "published") await assertPublishable(tx, kind, id);
    await tx.$executeRawUnsafe(
      `UPDATE "${store.table}" SET state = $1, "updatedAt" = now()${store.kind === "event" && rule.to === "published" ? `, "publishedAt" = now()` : ""} WHERE id = $2`,
      rule.to,
      id,
    );
    // Search text holds only what the public may read once the record is out: recompute it now.
    if (rule.to === "published") await store.refresh?.(tx, id);
    await recordRevision(tx, kind, id, version, { input: current.input, state: rule.to }, opts.actor, step, opts.reason ?? step, {
      from: current.state,
      to: rule.to,
    });
    return { id, version, state: rule.to };
  };
  return inTransaction(db, run, opts);
}

/**
 * Publishes a record together with the unpublished records it needs (the sources it cites, its
 * draft participants, organisations, agreements, parent event), each through the same checks,
 * all in one transaction: either everything goes public or nothing does.
 */
export async function publishWithDependencies(
  db: Db,
  kind: RecordKind,
  id: string,
  opts: { actor: Actor; baseVersion: number; reason?: string },
): Promise<WriteResult & { alsoPublished: Dependency[] }> {
  return inTransaction(db, async (tx) => {
    const alsoPublished: Dependency[] = [];
    const publishNeeds = async (k: RecordKind, recordId: string, depth: number): Promise<void> => {
      for (const problem of await publicationProblems(tx, k, recordId)) {
        const d = problem.dependency;
        if (!d || !["draft", "in_review"].includes(d.state) || alsoPublished.some((a) => a.kind === d.kind && a.id === d.id)) continue;
        if (depth < 3) await publishNeeds(d.kind, d.id, depth + 1);
        const store = mustStore(d.kind);
        const current = await store.read(tx, d.id);
        if (!current || !["draft", "in_review"].includes(current.state)) continue;
        await changeState(db, d.kind, d.id, "publish", {
          actor: opts.actor,
          baseVersion: current.version,
          reason: `Published with ${k} ${recordId}`,
          tx,
        });
        alsoPublished.push(d);
      }
    };
    await publishNeeds(kind, id, 0);
    const result = await changeState(db, kind, id, "publish", { ...opts, tx });
    return { ...result, alsoPublished };
  });
}

const ZSnapshot = z.object({ input: z.unknown(), state: ZPublicationState });

export type HistoryEntry = z.infer<typeof ZHistoryEntry>;

export async function recordHistory(db: Db | Tx, kind: RecordKind, id: string): Promise<HistoryEntry[]> {
  const revisions = await db.revision.findMany({ where: { recordKind: kind, recordId: id }, orderBy: { version: "asc" } });
  if (revisions.length === 0) throw new TiesError("NOT_FOUND", `No history for ${kind} ${id}`);
  const authors = await db.user.findMany({
    where: { id: { in: revisions.map((r) => r.authorId).filter((a): a is string => !!a) } },
    select: { id: true, name: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  let previous: z.infer<typeof ZSnapshot> | null = null;
  return revisions.map((r) => {
    const snap = ZSnapshot.parse(r.snapshot);
    const changes = diffSnapshots(previous ?? {}, snap);
    previous = snap;
    return {
      version: r.version,
      authorId: r.authorId,
      authorName: r.authorId ? (names.get(r.authorId) ?? null) : null,
      reason: r.reason,
      createdAt: r.createdAt.toISOString(),
      state: snap.state,
      changes,
    };
  });
}

/**
 * Restores the content of an earlier revision as a new revision (history is never rewritten). On a
 * published record the restored content is a draft to be reviewed again, unless `live` says the
 * editor confirmed it goes straight to the public.
 */
export async function restoreRevision(
  db: Db,
  kind: RecordKind,
  id: string,
  version: number,
  opts: { actor: Actor; baseVersion: number; reason?: string; live?: boolean },
): Promise<WriteResult> {
  const rev = await db.revision.findUnique({ where: { recordKind_recordId_version: { recordKind: kind, recordId: id, version } } });
  if (!rev) throw new TiesError("NOT_FOUND", `No revision ${version} of ${kind} ${id}`);
  const snap = ZSnapshot.parse(rev.snapshot);
  const current = await mustStore(kind).read(db, id);
  const asDraft = current?.state === "published" && !opts.live;
  return updateRecord(db, kind, id, snap.input, {
    actor: opts.actor,
    baseVersion: opts.baseVersion,
    action: "restore",
    reason: opts.reason ?? (asDraft ? `Restored revision ${version} as a draft` : `Restored revision ${version}`),
    ...(asDraft ? { state: "draft" as const } : {}),
  });
}

/**
 * The field a unique constraint guards. Prisma's own engine names it in `meta.target`; through the
 * pg driver adapter it may come as the adapter's constraint fields or only in the message, as the
 * constraint name (`Event_slug_key`, `Position_personId_role_key`).
 */
function uniqueField(err: { meta?: Record<string, unknown>; message?: string }): string {
  const target = err.meta?.target;
  if (Array.isArray(target) && target.length) return target.join(".");
  if (typeof target === "string" && target) return target.replace(/^[A-Za-z]+_(.+)_key$/, "$1").replace(/_/g, ".");
  const adapter = err.meta?.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } } | undefined;
  const fields = adapter?.cause?.constraint?.fields;
  if (Array.isArray(fields) && fields.length) return fields.map((f) => String(f).replace(/"/g, "")).join(".");
  const index = adapter?.cause?.constraint?.index;
  const name = typeof index === "string" ? index : /constraint "?([A-Za-z0-9_]+)"?/.exec(err.message ?? "")?.[1];
  const m = name ? /^[A-Za-z]+_(.+)_key$/.exec(name) : null;
  return m ? m[1]!.replace(/_/g, ".") : "value";
}

function uniqueToValidation(e: unknown, kind: string): unknown {
  const err = e as Prisma.PrismaClientKnownRequestError;
  if (err?.code === "P2002") {
    const field = uniqueField(err);
    return new TiesError("VALIDATION", `Another ${kind} already uses this ${field}`, { fields: { [field]: ["Already in use"] } });
  }
  if (err?.code === "P2003") {
    return new TiesError("VALIDATION", `The ${kind} refers to a record that does not exist`, {
      fields: { _: [String(err.meta?.field_name ?? "reference")] },
    });
  }
  return e;
}
