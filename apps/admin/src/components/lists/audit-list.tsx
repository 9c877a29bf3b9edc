/**
 * The audit log as a list: who did what to which record and why, filtered by user, record, kind,
 * action and date, each entry linking to the record and to the revision it made in its history.
 */
import "server-only";
import {
  AUDIT_ACTIONS,
  type AuditEntryView,
  REVIEWABLE_KINDS,
  ZAuditAction,
  ZAuditListInput,
  ZDay,
  ZReviewableKind,
  zSearchText,
} from "@ties/domain";
import { z } from "zod";
import type { ListKind } from "./list-page";
import { RecordLink } from "./record-link";
import { historyHref, isListedKind, KIND_NAMES } from "./record-paths";

export function whenOf(at: string): string {
  return `${at.slice(0, 16).replace("T", " ")} UTC`;
}

function change(e: AuditEntryView) {
  if (!isListedKind(e.recordKind) || !e.version) return "—";
  return <a href={historyHref(e.recordKind, e.record?.slug ?? e.recordId, e.version)}>Revision {e.version}</a>;
}

export const auditList: ListKind<AuditEntryView> = {
  path: "/audit",
  names: { one: "entry", many: "entries" },
  title: "Audit log",
  filters: async (api) => [
    {
      name: "actor",
      label: "User",
      control: "select",
      schema: z.string().min(1).max(64),
      options: (await api.audit.actors()).map((a) => ({ value: a.id, label: a.name })),
    },
    {
      name: "kind",
      label: "Kind",
      control: "select",
      schema: ZReviewableKind,
      options: REVIEWABLE_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k].one })),
    },
    { name: "record", label: "Record (slug or id)", control: "search", schema: zSearchText(120) },
    {
      name: "action",
      label: "Action",
      control: "select",
      schema: ZAuditAction,
      options: AUDIT_ACTIONS.map((a) => ({ value: a, label: a })),
    },
    { name: "from", label: "From", control: "date", schema: ZDay },
    { name: "to", label: "To", control: "date", schema: ZDay },
  ],
  columns: [
    { header: "When", cell: (e) => <time dateTime={e.at}>{whenOf(e.at)}</time> },
    { header: "Who", cell: (e) => e.actorName ?? "system" },
    { header: "Action", cell: (e) => e.action },
    {
      header: "Record",
      cell: (e) => (
        <>
          {isListedKind(e.recordKind) ? KIND_NAMES[e.recordKind].one : e.recordKind}:{" "}
          <RecordLink record={e.record} fallback={`${e.recordId} (no longer exists)`} />
        </>
      ),
    },
    { header: "Change", cell: change },
    { header: "Reason", cell: (e) => e.reason ?? "—" },
  ],
  load: (api, input) => api.audit.list(ZAuditListInput.parse(input)),
};
