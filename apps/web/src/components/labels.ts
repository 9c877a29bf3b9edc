/** How the public site names the record's enumerations. */
export const EVENT_TYPE_LABEL: Record<string, string> = {
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

export const STATUS_LABEL: Record<string, string> = {
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

export const MILESTONE_LABEL: Record<string, string> = {
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

export const COMMITMENT_STATUS_LABEL: Record<string, string> = {
  not_yet_due: "Not yet due",
  in_progress: "In progress",
  fulfilled: "Fulfilled",
  overdue: "Overdue",
  abandoned: "Abandoned",
  superseded: "Superseded",
};

export const VERDICT_LABEL: Record<string, string> = {
  supported: "Supported",
  disputed: "Disputed",
  false: "False",
  unverified: "Unverified",
};

export const humanize = (s: string) => s.replace(/_/g, " ");
