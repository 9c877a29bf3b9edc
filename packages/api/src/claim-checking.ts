/**
 * Claim verdicts and source grades: single-purpose edits that go through the audited write path
 * with their own audit actions ("verdict", "grade"), so the audit trail says what kind of judgement
 * changed and why.
 */
import { claimStore, type Db, patchRecord, sourceStore } from "@ties/db";
import type { SetGradeInput, SetVerdictInput } from "@ties/domain";
import type { SessionUser } from "./context";
import { actorOf, assertMayEdit } from "./edit-policy";

export async function setClaimVerdict(db: Db, user: SessionUser, input: SetVerdictInput) {
  await assertMayEdit(db, user, claimStore, input.id);
  return patchRecord(
    db,
    "claim",
    input.id,
    (current) => ({
      ...claimStore.schema.parse(current),
      verdict: input.verdict,
      reasoning: input.reasoning,
      ...(input.supportingSourceIds ? { supportingSourceIds: input.supportingSourceIds } : {}),
      ...(input.opposingSourceIds ? { opposingSourceIds: input.opposingSourceIds } : {}),
    }),
    { actor: actorOf(user), baseVersion: input.baseVersion, action: "verdict", reason: `Verdict: ${input.verdict}. ${input.reasoning}` },
  );
}

export async function setSourceGrade(db: Db, user: SessionUser, input: SetGradeInput) {
  await assertMayEdit(db, user, sourceStore, input.id);
  return patchRecord(
    db,
    "source",
    input.id,
    (current) => ({ ...sourceStore.schema.parse(current), grade: input.grade, gradeReason: input.reason }),
    { actor: actorOf(user), baseVersion: input.baseVersion, action: "grade", reason: `Grade ${input.grade}: ${input.reason}` },
  );
}
