/** Keyset cursors: opaque strings holding the sort key of the last item of a page. */
import { TiesError } from "@ties/domain";

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === "string" || typeof p === "number")) return parts;
  } catch {}
  throw new TiesError("VALIDATION", "The cursor is not valid", { fields: { cursor: ["Not a cursor this list produced"] } });
}
