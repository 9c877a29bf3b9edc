/** Keyset cursors: opaque strings holding the sort key of the last item of a page. */
import { TiesError } from "@ties/domain";
import { Prisma } from "../generated/prisma/client";

export function encodeCursor(parts: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function invalidCursor(): TiesError {
  return new TiesError("VALIDATION", "The cursor is not valid", { fields: { cursor: ["Not a cursor this list produced"] } });
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === "string" || typeof p === "number")) return parts;
  } catch {}
  throw invalidCursor();
}

/** A cursor of [sort value, id] where both are strings; the sort value may be null (sorted last). */
export function decodeKeyCursor(cursor: string): { key: string | null; id: string } {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.length === 2 && (typeof parts[0] === "string" || parts[0] === null) && typeof parts[1] === "string") {
      return { key: parts[0], id: parts[1] };
    }
  } catch {}
  throw invalidCursor();
}

/** A cursor holding a date key (ISO), validated so that a forged value cannot reach the database as garbage. */
export function decodeDateCursor(cursor: string): { at: Date | null; id: string } {
  const { key, id } = decodeKeyCursor(cursor);
  if (key === null) return { at: null, id };
  const at = new Date(key);
  // PostgreSQL dates run from 4713 BC; a forged cursor must not reach it as an unstorable value.
  if (Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1 || at.getUTCFullYear() > 9999) throw invalidCursor();
  return { at, id };
}

/** Cuts a page out of `limit + 1` fetched rows and makes the cursor from the last row kept. */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  map: (r: R) => T,
  key: (r: R) => (string | number | null)[],
): { items: T[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const last = rows.length > limit ? kept.at(-1) : undefined;
  return { items: kept.map(map), nextCursor: last ? encodeCursor(key(last)) : null };
}

/**
 * The keyset condition "after this row" for a list sorted by one text column, then id: rows whose
 * key is greater, or equal with a greater id. `field` is the sort column.
 */
export function afterKey<F extends string>(
  cursor: string,
  field: F,
): { OR: [Record<F, { gt: string }>, Record<F, string> & { id: { gt: string } }] } {
  const { key, id } = decodeKeyCursor(cursor);
  const k = key ?? "";
  const greater = { [field]: { gt: k } } as Record<F, { gt: string }>;
  const equal = { [field]: k, id: { gt: id } } as Record<F, string> & { id: { gt: string } };
  return { OR: [greater, equal] };
}

/**
 * The keyset condition "after this event" for events listed newest first ("dateFirst" DESC, id
 * DESC; alias `e`). The first term repeats what the rest implies so that the date index starts at
 * the cursor instead of reading and discarding every newer event.
 */
export function afterEventKey(day: string, id: string): Prisma.Sql {
  return Prisma.sql`(e."dateFirst" <= ${day}::date AND (e."dateFirst" < ${day}::date OR (e."dateFirst" = ${day}::date AND e.id < ${id})))`;
}
