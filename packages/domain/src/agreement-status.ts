/**
 * An agreement's status is derived from its dated milestones, never stored. Transitions follow
 * the life of a treaty (negotiations, conclusion, signature, ratification, entry into force);
 * a milestone the rules refuse stands only with the curator's recorded reason.
 */
import type { AgreementKind, MilestoneInput, MilestoneKind } from "./agreement";
import { comparePartialDates } from "./partial-date";

export type AgreementStatus =
  | "none"
  | "proposed"
  | "negotiating"
  | "concluded"
  | "signed"
  | "ratified"
  | "in_force"
  | "suspended"
  | "terminated";

const STATUS_AFTER: Record<MilestoneKind, AgreementStatus> = {
  proposed: "proposed",
  negotiations_launched: "negotiating",
  concluded: "concluded",
  signed: "signed",
  ratified: "ratified",
  in_force: "in_force",
  amended: "in_force",
  suspended: "suspended",
  terminated: "terminated",
};

/** Kinds that come into effect on adoption, with no signature or ratification (partnerships, plans, mechanisms). */
const ADOPTED_WITHOUT_SIGNATURE: ReadonlySet<AgreementKind> = new Set([
  "strategic_partnership",
  "action_plan",
  "mechanism",
  "joint_statement",
]);

/** Milestone kinds allowed after each status, for treaty-like agreements. */
const ALLOWED: Record<AgreementStatus, readonly MilestoneKind[]> = {
  none: ["proposed", "negotiations_launched", "concluded", "signed", "terminated"],
  proposed: ["proposed", "negotiations_launched", "concluded", "signed", "terminated"],
  negotiating: ["negotiations_launched", "concluded", "signed", "terminated"],
  concluded: ["signed", "terminated"],
  signed: ["ratified", "in_force", "terminated", "amended"],
  ratified: ["ratified", "in_force", "terminated"],
  in_force: ["amended", "suspended", "terminated"],
  suspended: ["in_force", "terminated"],
  terminated: [],
};

export function canTransition(from: AgreementStatus, to: MilestoneKind, kind: AgreementKind = "treaty"): boolean {
  if (ADOPTED_WITHOUT_SIGNATURE.has(kind) && to === "in_force" && ["none", "proposed", "negotiating", "concluded"].includes(from)) {
    return true;
  }
  return ALLOWED[from].includes(to);
}

const KIND_ORDER: Record<MilestoneKind, number> = {
  proposed: 0,
  negotiations_launched: 1,
  concluded: 2,
  signed: 3,
  ratified: 4,
  in_force: 5,
  amended: 6,
  suspended: 7,
  terminated: 8,
};

/** Milestones in the order they happened; same-date milestones follow the treaty life cycle. */
export function sortMilestones<T extends Pick<MilestoneInput, "kind" | "date">>(milestones: readonly T[]): T[] {
  return [...milestones].sort((a, b) => comparePartialDates(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export interface MilestoneViolation {
  index: number;
  kind: MilestoneKind;
  from: AgreementStatus;
  message: string;
}

/** Checks a timeline; returns the milestones the rules refuse that carry no exception reason. */
export function checkMilestones(
  milestones: readonly Pick<MilestoneInput, "kind" | "date" | "exceptionReason">[],
  kind: AgreementKind = "treaty",
): MilestoneViolation[] {
  const violations: MilestoneViolation[] = [];
  const ordered = sortMilestones(milestones.map((m, index) => ({ ...m, index })));
  let status: AgreementStatus = "none";
  for (const m of ordered) {
    if (!canTransition(status, m.kind, kind) && !m.exceptionReason) {
      violations.push({
        index: m.index,
        kind: m.kind,
        from: status,
        message: `"${m.kind}" cannot follow status "${status}" without a recorded reason`,
      });
    }
    status = STATUS_AFTER[m.kind];
  }
  return violations;
}

/** The current status: the state after the latest milestone on or before `asOf` (all of them by default). */
export function deriveAgreementStatus(milestones: readonly Pick<MilestoneInput, "kind" | "date">[], asOf?: string): AgreementStatus {
  let status: AgreementStatus = "none";
  for (const m of sortMilestones(milestones)) {
    if (asOf !== undefined && comparePartialDates(m.date, asOf) > 0) break;
    status = STATUS_AFTER[m.kind];
  }
  return status;
}

/** The milestone an event's action on an agreement records, if any. */
export function milestoneForAction(action: string): MilestoneKind | null {
  switch (action) {
    case "proposed":
      return "proposed";
    case "negotiations_launched":
      return "negotiations_launched";
    case "concluded":
      return "concluded";
    case "signed":
      return "signed";
    case "ratified":
      return "ratified";
    case "entered_into_force":
      return "in_force";
    case "launched":
    case "adopted":
      return "in_force";
    case "amended":
    case "extended":
      return "amended";
    case "terminated":
      return "terminated";
    default:
      return null;
  }
}
