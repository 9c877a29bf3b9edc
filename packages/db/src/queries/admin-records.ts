/** Reading one record as curators edit it: its domain input (source text included), state and version. */
import { type RecordKind, REVIEWABLE_KINDS } from "@ties/domain";
import type { z } from "zod";
import type { Db } from "../client";
import type { RecordStore, StoredRecord } from "../records";

export interface AdminRecord<I> extends StoredRecord<I> {
  id: string;
  kind: RecordKind;
  mergedIntoId: string | null;
}

const MERGEABLE_TABLES = new Set(["Event", "Person", "Organization"]);

/** Every reviewable kind has a slug: a record page may be reached by it instead of the id. */
async function idOfSlug(db: Db, store: Pick<RecordStore, "kind" | "table">, slug: string): Promise<string | null> {
  if (!(REVIEWABLE_KINDS as readonly string[]).includes(store.kind)) return null;
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${store.table}" WHERE slug = $1`, slug);
  return rows[0]?.id ?? null;
}

export async function readAdminRecord<S extends z.ZodType>(
  db: Db,
  store: RecordStore<S>,
  idOrSlug: string,
): Promise<AdminRecord<z.output<S>> | null> {
  const found = await store.read(db, idOrSlug);
  const id = found ? idOrSlug : await idOfSlug(db, store, idOrSlug);
  const record = found ?? (id ? await store.read(db, id) : null);
  if (!record || !id) return null;
  const merged = MERGEABLE_TABLES.has(store.table)
    ? await db.$queryRawUnsafe<{ mergedIntoId: string | null }[]>(`SELECT "mergedIntoId" FROM "${store.table}" WHERE id = $1`, id)
    : [];
  return { ...record, id, kind: store.kind, mergedIntoId: merged[0]?.mergedIntoId ?? null };
}
