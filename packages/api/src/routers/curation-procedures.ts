/**
 * The curation procedures every record kind shares, built from the kind's record store: its
 * domain schema types adminById, create and update exactly (clients get the kind's own input
 * type); history, restore and the review workflow need no schema of their own. Each kind's router
 * adds its public reads, lists and any procedures of its own. Every write goes through the
 * audited write path in @ties/db.
 */
import {
  changeState,
  createRecord,
  type Db,
  readAdminRecord,
  type RecordStore,
  recordHistory,
  restoreRevision,
  updateRecord,
  type WorkflowStep,
} from "@ties/db";
import {
  ZCreateInput,
  ZHistoryEntry,
  ZHistoryInput,
  ZRestoreInput,
  ZSendBackInput,
  ZStateChangeInput,
  ZUpdateInput,
  ZWriteResult,
} from "@ties/domain";
import { z } from "zod";
import type { SessionUser } from "../context";
import { actorOf, assertMayCreate, assertMayEdit } from "../edit-policy";
import { requireFound } from "../require-found";
import { curatorProcedure, editorProcedure } from "../trpc";

interface WriteContext {
  db: Db;
  user: SessionUser;
}

export async function createFor(store: RecordStore, ctx: WriteContext, input: { data: unknown; reason?: string }) {
  await assertMayCreate(ctx.db, ctx.user, store, input.data);
  return createRecord(ctx.db, store.kind, input.data, { actor: actorOf(ctx.user), reason: input.reason });
}

export async function updateFor(
  store: RecordStore,
  ctx: WriteContext,
  input: { id: string; baseVersion: number; data: unknown; reason?: string },
) {
  await assertMayEdit(ctx.db, ctx.user, store, input.id, input.data);
  return updateRecord(ctx.db, store.kind, input.id, input.data, {
    actor: actorOf(ctx.user),
    baseVersion: input.baseVersion,
    reason: input.reason,
  });
}

export async function adminRecordFor<S extends z.ZodType>(store: RecordStore<S>, db: Db, id: string) {
  const r = requireFound(await readAdminRecord(db, store, id), store.kind, id);
  return { id: r.id, kind: r.kind, state: r.state, version: r.version, mergedIntoId: r.mergedIntoId, data: r.input };
}

/** History with field-level diffs, and restoring an earlier revision as a new one. */
export function historyProcedures(store: RecordStore) {
  return {
    history: curatorProcedure
      .input(ZHistoryInput)
      .output(z.array(ZHistoryEntry))
      .query(({ ctx, input }) => recordHistory(ctx.db, store.kind, input.id)),
    restore: editorProcedure
      .input(ZRestoreInput)
      .output(ZWriteResult)
      .mutation(({ ctx, input }) =>
        restoreRevision(ctx.db, store.kind, input.id, input.version, {
          actor: actorOf(ctx.user),
          baseVersion: input.baseVersion,
          reason: input.reason,
          live: input.live,
        }),
      ),
  };
}

function step(
  store: RecordStore,
  s: WorkflowStep,
  procedure: typeof curatorProcedure,
  input: typeof ZStateChangeInput | typeof ZSendBackInput = ZStateChangeInput,
) {
  return procedure
    .input(input)
    .output(ZWriteResult)
    .mutation(({ ctx, input }) =>
      changeState(ctx.db, store.kind, input.id, s, { actor: actorOf(ctx.user), baseVersion: input.baseVersion, reason: input.reason }),
    );
}

/** Curators submit for review; editors publish or send back, unpublish, archive and bring back from the archive. */
export function workflowProcedures(store: RecordStore) {
  return {
    submit: step(store, "submit", curatorProcedure),
    // The comment is what the curator reads on their record and dashboard: sending back needs one.
    reject: step(store, "reject", editorProcedure, ZSendBackInput),
    publish: step(store, "publish", editorProcedure),
    unpublish: step(store, "unpublish", editorProcedure),
    archive: step(store, "archive", editorProcedure),
    unarchive: step(store, "unarchive", editorProcedure),
  };
}

/**
 * Creating and updating a record, its history and restore. The parsers come from the store's
 * schema, so each kind's procedures take its exact input type. (adminById stays in each kind's
 * router: tRPC cannot check a handler's result against an output parser whose type is generic.)
 */
export function editProcedures<S extends z.ZodType>(store: RecordStore<S>) {
  // The parsed input's type depends on S, which TypeScript cannot see through inside this
  // function; the handlers take it in the shape every kind shares.
  type Created = { data: z.output<S>; reason?: string };
  type Updated = { id: string; baseVersion: number; data: z.output<S>; reason?: string };
  return {
    create: curatorProcedure
      .input(ZCreateInput(store.schema))
      .output(ZWriteResult)
      .mutation(({ ctx, input }) => createFor(store, ctx, input as Created)),
    update: curatorProcedure
      .input(ZUpdateInput(store.schema))
      .output(ZWriteResult)
      .mutation(({ ctx, input }) => updateFor(store, ctx, input as Updated)),
    ...historyProcedures(store),
  };
}

/** Everything curators do with a record kind that has its own publication state. */
export function recordProcedures<S extends z.ZodType>(store: RecordStore<S>) {
  return { ...editProcedures(store), ...workflowProcedures(store) };
}
