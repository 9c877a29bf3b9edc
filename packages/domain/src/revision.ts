/** Revisions and audit entries: every change to every record, with who, when, what and why. */
import { z } from "zod";
import { ZId, ZRecordKind } from "./common";

export const ROLES = ["curator", "editor", "admin"] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

/** A stored role as the domain knows it (a value written by another tool may not be one). */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Curators write drafts; editors also review and publish; admins also manage users. */
export function roleAtLeast(role: Role | null | undefined, needed: Role): boolean {
  if (!role) return false;
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "submit",
  "reject",
  "publish",
  "unpublish",
  "archive",
  "unarchive",
  "restore",
  "merge",
  "unmerge",
  "verdict",
  "grade",
  "role",
  "import",
  "delete",
] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof ZAuditAction>;

export const ZRevision = z.object({
  id: ZId,
  recordKind: ZRecordKind,
  recordId: ZId,
  version: z.number().int().positive(),
  snapshot: z.record(z.string(), z.unknown()),
  authorId: ZId.nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type Revision = z.infer<typeof ZRevision>;

export const ZFieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof ZFieldChange>;

/** Field-level differences between two snapshots, by dotted path; arrays compare as wholes. */
export function diffSnapshots(before: unknown, after: unknown, path = ""): FieldChange[] {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffSnapshots(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return stableJson(before) === stableJson(after) ? [] : [{ path, before, after }];
}

/** JSON with object keys sorted, so that key order (which JSONB storage does not keep) is no change. */
function stableJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
