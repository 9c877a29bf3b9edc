/**
 * The curation procedures every record kind shares. Each kind's router declares its own
 * create/update/adminById with its domain schema (so clients get exact types) and hands the work
 * to the functions here; history, restore and the review workflow need no schema of their own.
 * Every write goes through the audited write path in @ties/db.
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
import { ZHistoryEntry, ZHistoryInput, ZRestoreInput, ZStateChangeInput, ZWriteResult } from "@ties/domain";
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
        }),
      ),
  };
}

function step(store: RecordStore, s: WorkflowStep, procedure: typeof curatorProcedure) {
  return procedure
    .input(ZStateChangeInput)
    .output(ZWriteResult)
    .mutation(({ ctx, input }) =>
      changeState(ctx.db, store.kind, input.id, s, { actor: actorOf(ctx.user), baseVersion: input.baseVersion, reason: input.reason }),
    );
}

/** Curators submit for review; editors publish, unpublish, archive and bring back from the archive. */
export function workflowProcedures(store: RecordStore) {
  return {
    submit: step(store, "submit", curatorProcedure),
    publish: step(store, "publish", editorProcedure),
    unpublish: step(store, "unpublish", editorProcedure),
    archive: step(store, "archive", editorProcedure),
    unarchive: step(store, "unarchive", editorProcedure),
  };
}
