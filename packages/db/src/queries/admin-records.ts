/** Reading one record as curators edit it: its domain input (source text included), state and version. */
import type { RecordKind } from "@ties/domain";
import type { z } from "zod";
import type { Db } from "../client";
import type { RecordStore, StoredRecord } from "../records";

export interface AdminRecord<I> extends StoredRecord<I> {
  id: string;
  kind: RecordKind;
  mergedIntoId: string | null;
}

const MERGEABLE_TABLES = new Set(["Event", "Person", "Organization"]);

export async function readAdminRecord<S extends z.ZodType>(
  db: Db,
  store: RecordStore<S>,
  id: string,
): Promise<AdminRecord<z.output<S>> | null> {
  const record = await store.read(db, id);
  if (!record) return null;
  const merged = MERGEABLE_TABLES.has(store.table)
    ? await db.$queryRawUnsafe<{ mergedIntoId: string | null }[]>(`SELECT "mergedIntoId" FROM "${store.table}" WHERE id = $1`, id)
    : [];
  return { ...record, id, kind: store.kind, mergedIntoId: merged[0]?.mergedIntoId ?? null };
}
