/** English names of the record's enumerations, for pages and feeds; typed so a new value cannot go unnamed. */
import type { AgreementKind, MilestoneKind } from "./agreement";
import type { CommitmentStatus } from "./commitment";
import type { EventType } from "./plover";
import type { ClaimVerdict } from "./source";
import type { AgreementStatus } from "./agreement-status";

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  meeting: "Meeting",
  visit: "Visit",
  summit: "Summit",
  dialogue_round: "Dialogue round",
  phone_call: "Phone call",
  joint_statement: "Joint statement",
  signing: "Signing",
  exercise: "Exercise",
  commemoration: "Commemoration",
  other: "Other",
};

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, string> = {
  none: "No milestone yet",
  proposed: "Proposed",
  negotiating: "In negotiation",
  concluded: "Concluded",
  signed: "Signed",
  ratified: "Ratified",
  in_force: "In force",
  suspended: "Suspended",
  terminated: "Terminated",
};

export const MILESTONE_LABEL: Record<MilestoneKind, string> = {
  proposed: "Proposed",
  negotiations_launched: "Negotiations launched",
  concluded: "Concluded",
  signed: "Signed",
  ratified: "Ratified",
  in_force: "In force",
  amended: "Amended",
  suspended: "Suspended",
  terminated: "Terminated",
};

export const AGREEMENT_KIND_LABEL: Record<AgreementKind, string> = {
  treaty: "Treaty",
  fta: "Free trade agreement",
  mou: "Memorandum of understanding",
  strategic_partnership: "Strategic partnership",
  action_plan: "Action plan",
  security_of_information: "Security of information agreement",
  mechanism: "Dialogue mechanism",
  joint_statement: "Joint statement",
  other: "Agreement",
};

export const COMMITMENT_STATUS_LABEL: Record<CommitmentStatus, string> = {
  not_yet_due: "Not yet due",
  in_progress: "In progress",
  fulfilled: "Fulfilled",
  overdue: "Overdue",
  abandoned: "Abandoned",
  superseded: "Superseded",
};

export const VERDICT_LABEL: Record<ClaimVerdict, string> = {
  supported: "Supported",
  disputed: "Disputed",
  false: "False",
  unverified: "Unverified",
};
