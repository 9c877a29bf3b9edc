/**
 * A commitment's status is computed from its due date, the evidence recorded for it and a given
 * "today": overdue is never stored, so it cannot go stale.
 */
import type { CommitmentEvidence, CommitmentStatus } from "./commitment";
import { comparePartialDates, type Day, isPeriodOver, periodEnd, periodStart } from "./partial-date";

export interface CommitmentStatusResult {
  status: CommitmentStatus;
  /** Fulfilled certainly after the due period ended (evidence dated "2025" is not late for a "2025-06" due date). */
  late: boolean;
  /** The evidence the status rests on, when it rests on any. */
  evidence: CommitmentEvidence | null;
  /** Last day of the due period, when there is a due date. */
  dueBy: Day | null;
}

export function computeCommitmentStatus(
  commitment: { due: string | null; evidence: readonly CommitmentEvidence[] },
  today: Day,
): CommitmentStatusResult {
  const dueBy = commitment.due ? periodEnd(commitment.due) : null;
  // The latest evidence on or before today decides; later-dated evidence is not known yet.
  const known = [...commitment.evidence]
    .filter((e) => e.date.length === 0 || comparePartialDates(e.date, today) <= 0)
    .sort((a, b) => comparePartialDates(a.date, b.date));
  const latest = known.at(-1) ?? null;
  if (latest && latest.resolution !== "in_progress") {
    const late = latest.resolution === "fulfilled" && dueBy !== null && periodStart(latest.date) > dueBy;
    return { status: latest.resolution, late, evidence: latest, dueBy };
  }
  if (commitment.due && isPeriodOver(commitment.due, today)) {
    return { status: "overdue", late: false, evidence: latest, dueBy };
  }
  return { status: latest ? "in_progress" : "not_yet_due", late: false, evidence: latest, dueBy };
}
