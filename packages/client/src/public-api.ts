/**
 * The public API of a Ties site as TypeScript types: every public procedure with its input and
 * output, and the record types they use. Generated from the server's router by
 * scripts/generate-public-api.ts; do not edit by hand.
 */
import type { TRPC_ERROR_CODE_NUMBER, TRPCBuiltRouter, TRPCQueryProcedure } from "@trpc/server";

/** What a failed call carries: `data.code`, the HTTP status, and for invalid input the field messages. */
export type TiesErrorShape = {
  message: string;
  data: {
    code:
      | "BAD_GATEWAY"
      | "BAD_REQUEST"
      | "CLIENT_CLOSED_REQUEST"
      | "CONFLICT"
      | "FORBIDDEN"
      | "GATEWAY_TIMEOUT"
      | "INTERNAL_SERVER_ERROR"
      | "METHOD_NOT_SUPPORTED"
      | "NOT_FOUND"
      | "NOT_IMPLEMENTED"
      | "PARSE_ERROR"
      | "PAYLOAD_TOO_LARGE"
      | "PAYMENT_REQUIRED"
      | "PRECONDITION_FAILED"
      | "PRECONDITION_REQUIRED"
      | "SERVICE_UNAVAILABLE"
      | "TIMEOUT"
      | "TOO_MANY_REQUESTS"
      | "UNAUTHORIZED"
      | "UNPROCESSABLE_CONTENT"
      | "UNSUPPORTED_MEDIA_TYPE";
    httpStatus: number;
    path: string | undefined;
    fields: Record<string, string[]> | null;
    conflict: Record<string, unknown> | null;
  };
  code: TRPC_ERROR_CODE_NUMBER;
};

export type ActivityStats = { byYear: YearCount[]; byArea: AreaCount[] };
export type AdminCitation = {
  id: string;
  version: number;
  sourceId: string;
  sourceTitle: string;
  sourceState: PublicationState;
  grade: SourceGrade;
  field: string | null;
  quote: string;
  start: number;
  end: number;
};
export type AgreementAction =
  | "proposed"
  | "launched"
  | "negotiations_launched"
  | "concluded"
  | "signed"
  | "ratified"
  | "entered_into_force"
  | "adopted"
  | "reaffirmed"
  | "extended"
  | "amended"
  | "terminated";
export type AgreementDetail = {
  id: string;
  slug: string;
  name: LocalizedText;
  shortName: string | null;
  kind: AgreementKind;
  parties: string[];
  areaSlugs: string[];
  status: AgreementStatus;
  state: PublicationState;
  summary: LocalizedText | null;
  variants: string[];
  milestones: MilestoneView[];
  events: { id: string; slug: string; title: LocalizedText; date: string; action: AgreementAction }[];
  moreEvents: boolean;
  commitments: CommitmentSummary[];
  citations: CitationView[];
  version: number;
};
export type AgreementKind =
  | "joint_statement"
  | "other"
  | "treaty"
  | "fta"
  | "mou"
  | "strategic_partnership"
  | "action_plan"
  | "security_of_information"
  | "mechanism";
export type AgreementListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  kind?: AgreementKind | undefined;
  status?: AgreementStatus | undefined;
  area?: string | undefined;
  party?: string | undefined;
  pair?: string | undefined;
  q?: string | undefined;
};
export type AgreementStatus =
  | "proposed"
  | "concluded"
  | "signed"
  | "ratified"
  | "terminated"
  | "none"
  | "negotiating"
  | "in_force"
  | "suspended";
export type AgreementSummary = {
  id: string;
  slug: string;
  name: LocalizedText;
  shortName: string | null;
  kind: AgreementKind;
  parties: string[];
  areaSlugs: string[];
  status: AgreementStatus;
  state: PublicationState;
};
export type AreaCount = { slug: string; name: LocalizedText; events: number; agreements: number; commitments: number };
export type AreaDetail = {
  id: string;
  slug: string;
  name: LocalizedText;
  parentSlug: string | null;
  state: PublicationState;
  children: AreaSummary[];
  activityByYear: YearCount[];
  version: number;
};
export type AreaListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  parent?: string | undefined;
  q?: string | undefined;
};
export type AreaSummary = { id: string; slug: string; name: LocalizedText; parentSlug: string | null; state: PublicationState };
export type AuditEntryView = {
  id: string;
  action: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  record: RecordRef | null;
  recordKind: string;
  recordId: string;
  version: number | null;
  reason: string | null;
};
export type AuditListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  actor?: string | undefined;
  kind?: "event" | "area" | "person" | "organization" | "agreement" | "commitment" | "source" | "claim" | undefined;
  record?: string | undefined;
  action?:
    | "grade"
    | "merge"
    | "submit"
    | "reject"
    | "publish"
    | "unpublish"
    | "archive"
    | "unarchive"
    | "unmerge"
    | "restore"
    | "create"
    | "update"
    | "role"
    | "verdict"
    | "import"
    | "delete"
    | undefined;
  from?: string | undefined;
  to?: string | undefined;
};
export type ByIdInput = { id: string };
export type BySlugInput = { slug: string };
export type CitationView = {
  id: string;
  sourceId: string;
  sourceSlug: string;
  sourceTitle: string;
  publisherName: string;
  sourceUrl: string | null;
  sourcePublishedAt: string | null;
  grade: SourceGrade;
  gradeReason: string;
  field: string | null;
  quote: string;
  start: number;
  end: number;
};
export type ClaimDetail = {
  id: string;
  slug: string;
  statement: string;
  verdict: ClaimVerdict;
  rank: "preferred" | "normal" | "deprecated";
  value: string | null;
  subject: { kind: RecordKind; id: string; slug: string | null; label: string; field: string | null } | null;
  state: PublicationState;
  source: { id: string; slug: string; title: string; publisherName: string; grade: SourceGrade };
  quote: string | null;
  start: number | null;
  end: number | null;
  reasoning: string;
  supportingSources: { id: string; slug: string; title: string; publisherName: string; grade: SourceGrade }[];
  opposingSources: { id: string; slug: string; title: string; publisherName: string; grade: SourceGrade }[];
  version: number;
};
export type ClaimListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  verdict?: ClaimVerdict | undefined;
  source?: string | undefined;
  subjectKind?: RecordKind | undefined;
  subjectId?: string | undefined;
  q?: string | undefined;
};
export type ClaimSummary = {
  id: string;
  slug: string;
  statement: string;
  verdict: ClaimVerdict;
  rank: "preferred" | "normal" | "deprecated";
  value: string | null;
  subject: { kind: RecordKind; id: string; slug: string | null; label: string; field: string | null } | null;
  reasoning: string;
  source: { id: string; slug: string; title: string; publisherName: string; grade: SourceGrade };
  state: PublicationState;
};
export type ClaimVerdict = "supported" | "disputed" | "false" | "unverified";
export type CommitmentDetail = {
  id: string;
  slug: string;
  text: LocalizedText;
  parties: string[];
  due: string | null;
  dueText: string | null;
  dueBy: string | null;
  areaSlugs: string[];
  status: CommitmentStatus;
  late: boolean;
  asOf: string;
  state: PublicationState;
  event: { id: string; slug: string; title: LocalizedText; date: string } | null;
  agreement: { id: string; slug: string; name: LocalizedText; shortName: string | null } | null;
  evidence: {
    resolution: CommitmentResolution;
    date: string;
    event: { id: string; slug: string } | null;
    source: { id: string; slug: string; title: string } | null;
    note: string | null;
  }[];
  citations: CitationView[];
  version: number;
};
export type CommitmentListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  status?: CommitmentStatus | undefined;
  area?: string | undefined;
  event?: string | undefined;
  agreement?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  today?: string | undefined;
  q?: string | undefined;
};
export type CommitmentResolution = "in_progress" | "fulfilled" | "abandoned" | "superseded";
export type CommitmentStatus = "not_yet_due" | "in_progress" | "fulfilled" | "overdue" | "abandoned" | "superseded";
export type CommitmentSummary = {
  id: string;
  slug: string;
  text: LocalizedText;
  parties: string[];
  due: string | null;
  dueText: string | null;
  dueBy: string | null;
  areaSlugs: string[];
  status: CommitmentStatus;
  late: boolean;
  asOf: string;
  state: PublicationState;
};
export type Dashboard = {
  myDrafts: {
    kind: "event" | "area" | "person" | "organization" | "agreement" | "commitment" | "source" | "claim";
    id: string;
    slug: string;
    label: string;
    state: PublicationState;
    version: number;
    updatedAt: string;
  }[];
  sentBack: SentBackItem[];
  reviewCount: number;
  recentSources: SourceSummary[];
  recentActivity: AuditEntryView[];
};
export type EventDetail = {
  id: string;
  slug: string;
  type: EventType;
  plover: Plover;
  title: LocalizedText;
  date: string;
  dateFirst: string;
  dateLast: string;
  precision: "day" | "month" | "year";
  parties: string[];
  location: Location;
  summary: LocalizedText;
  areaSlugs: string[];
  state: PublicationState;
  outcomes: string[];
  participants: { personId: string; personSlug: string; name: string; side: string; title: string | null }[];
  organizations: NamedRef[];
  agreements: { id: string; slug: string; name: LocalizedText; shortName: string | null; action: AgreementAction }[];
  parentEventId: string | null;
  citations: CitationView[];
  version: number;
};
export type EventFilterOptions = {
  types: { value: EventType; count: number }[];
  areas: FilterOption[];
  people: FilterOption[];
  organizations: FilterOption[];
  agreements: FilterOption[];
};
export type EventListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  from?: string | undefined;
  to?: string | undefined;
  type?: EventType | undefined;
  area?: string | undefined;
  person?: string | undefined;
  organization?: string | undefined;
  agreement?: string | undefined;
  pair?: string | undefined;
  q?: string | undefined;
};
export type EventSummary = {
  id: string;
  slug: string;
  type: EventType;
  plover: Plover;
  title: LocalizedText;
  date: string;
  dateFirst: string;
  dateLast: string;
  precision: "day" | "month" | "year";
  parties: string[];
  location: Location;
  summary: LocalizedText;
  areaSlugs: string[];
  state: PublicationState;
};
export type EventType =
  | "meeting"
  | "visit"
  | "summit"
  | "dialogue_round"
  | "phone_call"
  | "joint_statement"
  | "signing"
  | "exercise"
  | "commemoration"
  | "other";
export type FilterOption = { value: string; label: LocalizedText; count: number };
export type HolderView = { person: PersonSummary; position: PositionView; certainty: "certain" | "possible" };
export type HoldersInput = { role: string; organization: string; date: string };
export type LocalizedText = { en: string; fr?: string | undefined; ko?: string | undefined };
export type Location = { place?: string | undefined; city?: string | undefined; countryCode?: string | undefined };
export type MilestoneKind =
  | "proposed"
  | "negotiations_launched"
  | "concluded"
  | "signed"
  | "ratified"
  | "amended"
  | "terminated"
  | "in_force"
  | "suspended";
export type MilestoneView = {
  kind: MilestoneKind;
  date: string;
  party: string | null;
  event: { id: string; slug: string; title: LocalizedText } | null;
  note: string | null;
  exceptionReason: string | null;
  statusAfter: AgreementStatus;
};
export type NamedRef = { id: string; slug: string; name: LocalizedText };
export type OrganizationDetail = {
  id: string;
  slug: string;
  name: LocalizedText;
  shortName: string | null;
  kind: OrganizationKind;
  countryCode: string | null;
  state: PublicationState;
  variants: string[];
  url: string | null;
  parent: NamedRef | null;
  positions: { person: PersonSummary; position: PositionView }[];
  events: EventSummary[];
  moreEvents: boolean;
  agreements: AgreementSummary[];
  citations: CitationView[];
  version: number;
};
export type OrganizationKind =
  | "other"
  | "multilateral"
  | "military"
  | "government"
  | "ministry"
  | "agency"
  | "legislature"
  | "media"
  | "think_tank"
  | "company";
export type OrganizationListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  kind?: OrganizationKind | undefined;
  country?: string | undefined;
  q?: string | undefined;
};
export type OrganizationSummary = {
  id: string;
  slug: string;
  name: LocalizedText;
  shortName: string | null;
  kind: OrganizationKind;
  countryCode: string | null;
  state: PublicationState;
};
export type PersonDetail = {
  id: string;
  slug: string;
  name: string;
  countryCode: string | null;
  state: PublicationState;
  familyName: string | null;
  givenName: string | null;
  variants: { name: string; kind: "spelling" | "hangul" | "romanization" | "translation"; lang?: string | undefined }[];
  summary: LocalizedText | null;
  positions: PositionView[];
  events: EventSummary[];
  moreEvents: boolean;
  citations: CitationView[];
  version: number;
};
export type PersonListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  country?: string | undefined;
  organization?: string | undefined;
  q?: string | undefined;
};
export type PersonSummary = { id: string; slug: string; name: string; countryCode: string | null; state: PublicationState };
export type Plover = { code: PloverCode; mode: PloverMode | null; context?: PloverContextKind | null | undefined };
export type PloverCode =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "CONCEDE"
  | "COOPERATE"
  | "AID"
  | "RETREAT"
  | "REQUEST"
  | "ACCUSE"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "SANCTION"
  | "MOBILIZE"
  | "COERCE"
  | "ASSAULT"
  | "OTHER";
export type PloverContextKind =
  | "military"
  | "diplomatic"
  | "economic"
  | "legal"
  | "intelligence"
  | "humanitarian"
  | "political_institutions"
  | "rights_freedoms"
  | "peacekeeping"
  | "executive";
export type PloverMode =
  | "visit"
  | "host"
  | "phone"
  | "third-party"
  | "multilateral"
  | "settle"
  | "military"
  | "diplomatic"
  | "meet"
  | "assist"
  | "change"
  | "yield"
  | "disapprove"
  | "investigate"
  | "release"
  | "withdraw"
  | "ceasefire"
  | "demo"
  | "boycott"
  | "restrict"
  | "expel"
  | "troops"
  | "arrest"
  | "violence";
export type PositionView = {
  id: string;
  role: string;
  title: LocalizedText;
  titleVariants: string[];
  organization: NamedRef;
  start: string | null;
  end: string | null;
  note: string | null;
};
export type PublicationState = "draft" | "in_review" | "published" | "archived";
export type PublishedBasis = "unknown" | "url" | "stated" | "dateline" | "cited_by" | "inferred";
export type RecentEvent = {
  id: string;
  slug: string;
  type: EventType;
  plover: Plover;
  title: LocalizedText;
  date: string;
  dateFirst: string;
  dateLast: string;
  precision: "day" | "month" | "year";
  parties: string[];
  location: Location;
  summary: LocalizedText;
  areaSlugs: string[];
  state: PublicationState;
  publishedAt: string;
  updatedAt: string;
};
export type RecordKind =
  | "event"
  | "area"
  | "person"
  | "organization"
  | "agreement"
  | "country"
  | "position"
  | "commitment"
  | "source"
  | "citation"
  | "claim";
export type RecordRef = { kind: RecordKind; id: string; slug: string | null; label: string };
export type RecordTotals = {
  events: number;
  agreements: number;
  commitments: number;
  people: number;
  organizations: number;
  sources: number;
  claims: number;
};
export type RemoveCitationInput = { id: string; baseVersion: number; reason?: string | undefined };
export type SearchHit = {
  kind: SearchKind;
  id: string;
  slug: string;
  title: string;
  rank: number;
  snippet: { text: string; match: boolean }[];
};
export type SearchInput = { q: string; kinds?: SearchKind[] | undefined; limit?: number | undefined; cursor?: string | null | undefined };
export type SearchKind = "event" | "person" | "organization" | "agreement" | "source";
export type SentBackItem = {
  kind: "event" | "area" | "person" | "organization" | "agreement" | "commitment" | "source" | "claim";
  id: string;
  slug: string;
  label: string;
  state: PublicationState;
  version: number;
  updatedAt: string;
  comment: string | null;
  sentBackBy: string | null;
  sentBackAt: string;
};
export type SourceDetail = {
  id: string;
  slug: string;
  kind: SourceKind;
  title: string;
  publisherName: string;
  url: string | null;
  publishedAt: string | null;
  language: string;
  grade: SourceGrade;
  state: PublicationState;
  publisher: { id: string; slug: string } | null;
  publishedBasis: PublishedBasis;
  accessedAt: string | null;
  gradeLabel: string;
  gradeReason: string;
  supports: SourceSupport[];
  claims: ClaimSummary[];
  version: number;
};
export type SourceGrade = "A" | "B" | "C" | "D" | "E" | "F";
export type SourceKind = "other" | "official" | "news" | "analysis" | "dataset";
export type SourceListInput = {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  kind?: SourceKind | undefined;
  grade?: SourceGrade | undefined;
  publisher?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};
export type SourceSummary = {
  id: string;
  slug: string;
  kind: SourceKind;
  title: string;
  publisherName: string;
  url: string | null;
  publishedAt: string | null;
  language: string;
  grade: SourceGrade;
  state: PublicationState;
};
export type SourceSupport = { citationId: string; target: RecordRef; field: string | null; quote: string; start: number; end: number };
export type StatsInput = { area?: string | undefined; from?: string | undefined; to?: string | undefined };
export type YearCount = { year: number; events: number; commitments: number; milestones: number };

/** The public procedures, grouped by record kind. */
export type PublicRouter = TRPCBuiltRouter<
  { ctx: object; meta: object; errorShape: TiesErrorShape; transformer: false },
  {
    event: {
      list: TRPCQueryProcedure<{
        input: EventListInput;
        output: { items: EventSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      filterOptions: TRPCQueryProcedure<{ input: void; output: EventFilterOptions; meta: object; errorShape: TiesErrorShape }>;
      recent: TRPCQueryProcedure<{
        input: { limit?: number | undefined };
        output: RecentEvent[];
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{ input: { id: string }; output: EventDetail; meta: object; errorShape: TiesErrorShape }>;
      bySlug: TRPCQueryProcedure<{ input: { slug: string }; output: EventDetail; meta: object; errorShape: TiesErrorShape }>;
    };
    agreement: {
      list: TRPCQueryProcedure<{
        input: AgreementListInput;
        output: { items: AgreementSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{
        input: { id: string; today?: string | undefined };
        output: AgreementDetail;
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      bySlug: TRPCQueryProcedure<{
        input: { slug: string; today?: string | undefined };
        output: AgreementDetail;
        meta: object;
        errorShape: TiesErrorShape;
      }>;
    };
    commitment: {
      list: TRPCQueryProcedure<{
        input: CommitmentListInput;
        output: { items: CommitmentSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{
        input: { id: string; today?: string | undefined };
        output: CommitmentDetail;
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      bySlug: TRPCQueryProcedure<{
        input: { slug: string; today?: string | undefined };
        output: CommitmentDetail;
        meta: object;
        errorShape: TiesErrorShape;
      }>;
    };
    person: {
      list: TRPCQueryProcedure<{
        input: PersonListInput;
        output: { items: PersonSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{ input: { id: string }; output: PersonDetail; meta: object; errorShape: TiesErrorShape }>;
      bySlug: TRPCQueryProcedure<{ input: { slug: string }; output: PersonDetail; meta: object; errorShape: TiesErrorShape }>;
      holders: TRPCQueryProcedure<{ input: HoldersInput; output: HolderView[]; meta: object; errorShape: TiesErrorShape }>;
    };
    organization: {
      list: TRPCQueryProcedure<{
        input: OrganizationListInput;
        output: { items: OrganizationSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{ input: { id: string }; output: OrganizationDetail; meta: object; errorShape: TiesErrorShape }>;
      bySlug: TRPCQueryProcedure<{ input: { slug: string }; output: OrganizationDetail; meta: object; errorShape: TiesErrorShape }>;
    };
    area: {
      list: TRPCQueryProcedure<{
        input: AreaListInput;
        output: { items: AreaSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{ input: { id: string }; output: AreaDetail; meta: object; errorShape: TiesErrorShape }>;
      bySlug: TRPCQueryProcedure<{ input: { slug: string }; output: AreaDetail; meta: object; errorShape: TiesErrorShape }>;
    };
    source: {
      list: TRPCQueryProcedure<{
        input: SourceListInput;
        output: { items: SourceSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{ input: { id: string }; output: SourceDetail; meta: object; errorShape: TiesErrorShape }>;
      bySlug: TRPCQueryProcedure<{ input: { slug: string }; output: SourceDetail; meta: object; errorShape: TiesErrorShape }>;
    };
    claim: {
      list: TRPCQueryProcedure<{
        input: ClaimListInput;
        output: { items: ClaimSummary[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
      byId: TRPCQueryProcedure<{ input: { id: string }; output: ClaimDetail; meta: object; errorShape: TiesErrorShape }>;
      bySlug: TRPCQueryProcedure<{ input: { slug: string }; output: ClaimDetail; meta: object; errorShape: TiesErrorShape }>;
    };
    search: {
      query: TRPCQueryProcedure<{
        input: SearchInput;
        output: { items: SearchHit[]; nextCursor: string | null };
        meta: object;
        errorShape: TiesErrorShape;
      }>;
    };
    stats: {
      activity: TRPCQueryProcedure<{ input: StatsInput; output: ActivityStats; meta: object; errorShape: TiesErrorShape }>;
      totals: TRPCQueryProcedure<{ input: void; output: RecordTotals; meta: object; errorShape: TiesErrorShape }>;
    };
  }
>;
