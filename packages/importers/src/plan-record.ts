/** Builds a planned record, validating its input with the domain schema of its kind. */
import { type CuratedKind, STORES } from "@ties/db";
import type { PlannedRecord } from "./import-plan";
import { stableId } from "./stable-id";

export class InvalidRecord extends Error {}

export function planRecord(kind: CuratedKind, dataset: string, externalId: string, input: unknown, id?: string): PlannedRecord {
  const r = STORES[kind].schema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new InvalidRecord(`${kind} ${externalId}: ${issue.path.join(".") || "value"}: ${issue.message}`);
  }
  return { kind, id: id ?? stableId(kind, dataset, externalId), dataset, externalId, input: r.data };
}
