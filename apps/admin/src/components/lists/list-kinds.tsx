/**
 * What each record kind's list shows: its columns, its filters (named as the kind's list
 * procedure names its input) and the procedure that reads it. The list page itself is shared.
 */
import "server-only";
import {
  type AgreementSummary,
  type AreaSummary,
  type ClaimSummary,
  type CommitmentSummary,
  type EventSummary,
  type OrganizationSummary,
  type PersonSummary,
  type SourceSummary,
  AGREEMENT_KIND_LABEL,
  AGREEMENT_STATUS_LABEL,
  AGREEMENT_STATUSES,
  AGREEMENT_KINDS,
  CLAIM_VERDICTS,
  COMMITMENT_STATUS_LABEL,
  COMMITMENT_STATUSES,
  ENUM_LABELS,
  EVENT_TYPE_LABEL,
  EVENT_TYPES,
  ORGANIZATION_KINDS,
  type PublicationState,
  type ReviewableKind,
  SOURCE_GRADES,
  SOURCE_KINDS,
  VERDICT_LABEL,
  ZAdminListState,
  ZAgreementKind,
  ZAgreementListInput,
  ZAgreementStatus,
  ZAreaListInput,
  ZClaimListInput,
  ZClaimVerdict,
  ZCommitmentListInput,
  ZCommitmentStatus,
  ZDay,
  ZEventListInput,
  ZEventType,
  ZOrganizationKind,
  ZOrganizationListInput,
  ZPersonListInput,
  ZSourceGrade,
  ZSourceKind,
  ZSourceListInput,
  zSearchText,
} from "@ties/domain";
import type { ListColumn, ListFilter, ListKind } from "./list-page";
import { recordHref } from "./record-paths";

const labels = ENUM_LABELS.en;
const optionsOf = <V extends string>(values: readonly V[], label: Record<V, string>) => values.map((v) => ({ value: v, label: label[v] }));

const words: ListFilter = { name: "q", label: "Words", control: "search", schema: zSearchText(200) };
const date = (name: string, label: string): ListFilter => ({ name, label, control: "date", schema: ZDay });

function link(kind: ReviewableKind, slug: string, text: string) {
  return <a href={recordHref(kind, slug)}>{text || slug}</a>;
}
const stateColumn: ListColumn<{ state: PublicationState }> = {
  header: "State",
  cell: (r) => <span className="state-badge">{r.state.replace("_", " ")}</span>,
};

export const eventList: ListKind<EventSummary> = {
  kind: "event",
  title: "Events",
  filters: [
    words,
    { name: "type", label: "Type", control: "select", schema: ZEventType, options: optionsOf(EVENT_TYPES, EVENT_TYPE_LABEL) },
    date("from", "From"),
    date("to", "To"),
  ],
  columns: [
    { header: "Title", cell: (e) => link("event", e.slug, e.title.en) },
    { header: "Date", cell: (e) => e.date },
    { header: "Type", cell: (e) => EVENT_TYPE_LABEL[e.type] },
    stateColumn,
  ],
  load: (api, input) => api.event.adminList(ZEventListInput.extend(ZAdminListState.shape).parse(input)),
};

export const agreementList: ListKind<AgreementSummary> = {
  kind: "agreement",
  title: "Agreements",
  filters: [
    words,
    {
      name: "status",
      label: "Status",
      control: "select",
      schema: ZAgreementStatus,
      options: optionsOf(AGREEMENT_STATUSES, AGREEMENT_STATUS_LABEL),
    },
    { name: "kind", label: "Kind", control: "select", schema: ZAgreementKind, options: optionsOf(AGREEMENT_KINDS, AGREEMENT_KIND_LABEL) },
  ],
  columns: [
    { header: "Name", cell: (a) => link("agreement", a.slug, a.shortName ? `${a.name.en} (${a.shortName})` : a.name.en) },
    { header: "Kind", cell: (a) => AGREEMENT_KIND_LABEL[a.kind] },
    { header: "Status", cell: (a) => AGREEMENT_STATUS_LABEL[a.status] },
    stateColumn,
  ],
  load: (api, input) => api.agreement.adminList(ZAgreementListInput.extend(ZAdminListState.shape).parse(input)),
};

export const commitmentList: ListKind<CommitmentSummary> = {
  kind: "commitment",
  title: "Commitments",
  filters: [
    words,
    {
      name: "status",
      label: "Status",
      control: "select",
      schema: ZCommitmentStatus,
      options: optionsOf(COMMITMENT_STATUSES, COMMITMENT_STATUS_LABEL),
    },
    date("dueFrom", "Due from"),
    date("dueTo", "Due by"),
  ],
  columns: [
    { header: "Commitment", cell: (c) => link("commitment", c.slug, c.text.en) },
    { header: "Due", cell: (c) => c.dueText ?? c.dueBy ?? "—" },
    { header: "Status", cell: (c) => `${COMMITMENT_STATUS_LABEL[c.status]}${c.late ? " (late)" : ""}` },
    stateColumn,
  ],
  load: (api, input) => api.commitment.adminList(ZCommitmentListInput.extend(ZAdminListState.shape).parse(input)),
};

export const personList: ListKind<PersonSummary> = {
  kind: "person",
  title: "People",
  filters: [words],
  columns: [
    { header: "Name", cell: (p) => link("person", p.slug, p.name) },
    { header: "Country", cell: (p) => p.countryCode ?? "—" },
    stateColumn,
  ],
  load: (api, input) => api.person.adminList(ZPersonListInput.extend(ZAdminListState.shape).parse(input)),
};

export const organizationList: ListKind<OrganizationSummary> = {
  kind: "organization",
  title: "Organisations",
  filters: [
    words,
    {
      name: "kind",
      label: "Kind",
      control: "select",
      schema: ZOrganizationKind,
      options: optionsOf(ORGANIZATION_KINDS, labels.organizationKind),
    },
  ],
  columns: [
    { header: "Name", cell: (o) => link("organization", o.slug, o.shortName ? `${o.name.en} (${o.shortName})` : o.name.en) },
    { header: "Kind", cell: (o) => labels.organizationKind[o.kind] },
    { header: "Country", cell: (o) => o.countryCode ?? "—" },
    stateColumn,
  ],
  load: (api, input) => api.organization.adminList(ZOrganizationListInput.extend(ZAdminListState.shape).parse(input)),
};

export const areaList: ListKind<AreaSummary> = {
  kind: "area",
  title: "Areas",
  filters: [words],
  columns: [
    { header: "Name", cell: (a) => link("area", a.slug, a.name.en) },
    { header: "Within", cell: (a) => (a.parentSlug ? link("area", a.parentSlug, a.parentSlug) : "—") },
    stateColumn,
  ],
  load: (api, input) => api.area.adminList(ZAreaListInput.extend(ZAdminListState.shape).parse(input)),
};

export const sourceList: ListKind<SourceSummary> = {
  kind: "source",
  title: "Sources",
  filters: [
    words,
    { name: "grade", label: "Grade", control: "select", schema: ZSourceGrade, options: optionsOf(SOURCE_GRADES, labels.grade) },
    { name: "kind", label: "Kind", control: "select", schema: ZSourceKind, options: optionsOf(SOURCE_KINDS, labels.sourceKind) },
    date("from", "Published from"),
    date("to", "Published to"),
  ],
  columns: [
    { header: "Title", cell: (s) => link("source", s.slug, s.title) },
    { header: "Publisher", cell: (s) => s.publisherName },
    { header: "Published", cell: (s) => s.publishedAt ?? "—" },
    { header: "Grade", cell: (s) => s.grade },
    stateColumn,
  ],
  load: (api, input) => api.source.adminList(ZSourceListInput.extend(ZAdminListState.shape).parse(input)),
};

export const claimList: ListKind<ClaimSummary> = {
  kind: "claim",
  title: "Claims",
  filters: [
    words,
    { name: "verdict", label: "Verdict", control: "select", schema: ZClaimVerdict, options: optionsOf(CLAIM_VERDICTS, VERDICT_LABEL) },
  ],
  columns: [
    { header: "Statement", cell: (c) => link("claim", c.slug, c.statement) },
    { header: "Verdict", cell: (c) => VERDICT_LABEL[c.verdict] },
    { header: "Source", cell: (c) => link("source", c.source.slug, c.source.title) },
    stateColumn,
  ],
  load: (api, input) => api.claim.adminList(ZClaimListInput.extend(ZAdminListState.shape).parse(input)),
};
