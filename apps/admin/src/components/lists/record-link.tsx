/** A link to a record by its slug (or its label alone when the record is gone or has no page of its own). */
import type { RecordRef } from "@ties/domain";
import { isListedKind, recordHref } from "./record-paths";

export function RecordLink({ record, fallback }: { record: RecordRef | null; fallback: string }) {
  if (!record) return <>{fallback}</>;
  if (!record.slug || !isListedKind(record.kind)) return <>{record.label || fallback}</>;
  return <a href={recordHref(record.kind, record.slug)}>{record.label || record.slug}</a>;
}
