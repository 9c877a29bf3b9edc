/**
 * Inputs and outputs of the curation API: writes carry the revision they were based on, state
 * changes name their reason, history shows field-level diffs, merges say what moved.
 */
import { z } from "zod";
import { ZId, ZPublicationState, ZRecordKind, zText, zLine } from "./common";
import { ZFieldChange, ZRole } from "./revision";
import { ZClaimVerdict, ZSourceGrade } from "./source";

const ZReason = zText(1000).min(1).optional();
/** A record version: PostgreSQL keeps it in a 4-byte integer, so larger numbers are refused here, not there. */
export const ZVersionNumber = z.number().int().positive().max(2_147_483_647, "No record has that many versions");
export const ZBaseVersion = ZVersionNumber;

export const ZWriteResult = z.object({ id: ZId, version: z.number().int().positive(), state: ZPublicationState });
export type WriteResultView = z.infer<typeof ZWriteResult>;

export const ZCreateInput = <T extends z.ZodType>(data: T) => z.object({ data, reason: ZReason });
export const ZUpdateInput = <T extends z.ZodType>(data: T) => z.object({ id: ZId, baseVersion: ZBaseVersion, data, reason: ZReason });

export const ZStateChangeInput = z.object({ id: ZId, baseVersion: ZBaseVersion, reason: ZReason });
export type StateChangeInput = z.infer<typeof ZStateChangeInput>;
/** Sending a submission back needs the comment its curator will read. */
export const ZSendBackInput = ZStateChangeInput.extend({ reason: zText(1000).min(1, "Say what needs fixing") });

export const ZHistoryInput = z.object({ id: ZId });
export const ZRestoreInput = z.object({
  id: ZId,
  version: ZVersionNumber,
  baseVersion: ZBaseVersion,
  reason: ZReason,
  /** On a published record: the editor confirmed the restored content goes live (otherwise it becomes a draft). */
  live: z.boolean().optional(),
});
export type RestoreInput = z.infer<typeof ZRestoreInput>;

export const ZHistoryEntry = z.object({
  version: z.number().int().positive(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  reason: z.string(),
  createdAt: z.string(),
  state: ZPublicationState,
  changes: z.array(ZFieldChange),
});
export type HistoryEntryView = z.infer<typeof ZHistoryEntry>;

/** A record as curators edit it: its domain input (source text included), state and version. */
export const ZAdminRecord = <T extends z.ZodType>(data: T) =>
  z.object({
    id: ZId,
    kind: ZRecordKind,
    state: ZPublicationState,
    version: z.number().int().positive(),
    mergedIntoId: ZId.nullable(),
    data,
  });

export const ZAdminListState = z.object({ state: ZPublicationState.optional() });

export const ZSetVerdictInput = z.object({
  id: ZId,
  baseVersion: ZBaseVersion,
  verdict: ZClaimVerdict,
  reasoning: zText(5000).min(1),
  supportingSourceIds: z.array(ZId).max(50).optional(),
  opposingSourceIds: z.array(ZId).max(50).optional(),
});
export type SetVerdictInput = z.infer<typeof ZSetVerdictInput>;

export const ZSetGradeInput = z.object({
  id: ZId,
  baseVersion: ZBaseVersion,
  grade: ZSourceGrade,
  reason: zText(5000).min(1),
});
export type SetGradeInput = z.infer<typeof ZSetGradeInput>;

export const MERGEABLE_KINDS = ["event", "person", "organization"] as const;
export const ZMergeableKind = z.enum(MERGEABLE_KINDS);
export type MergeableKind = z.infer<typeof ZMergeableKind>;

const ZVersionedRef = z.object({ id: ZId, baseVersion: ZBaseVersion });
export const ZMergeInput = z
  .object({ survivor: ZVersionedRef, merged: ZVersionedRef, reason: ZReason })
  .refine((m) => m.survivor.id !== m.merged.id, { message: "A record cannot be merged into itself", path: ["merged", "id"] });
export type MergeInput = z.infer<typeof ZMergeInput>;

export const ZUnmergeInput = z.object({ mergeId: ZId, reason: ZReason });
export type UnmergeInput = z.infer<typeof ZUnmergeInput>;

export const ZMergeView = z.object({
  id: ZId,
  kind: ZMergeableKind,
  survivorId: ZId,
  mergedId: ZId,
  /** How many rows of each link moved to the survivor. */
  movedCounts: z.record(z.string(), z.number().int().nonnegative()),
  at: z.string(),
  undoneAt: z.string().nullable(),
  /**
   * Links an unmerge could not put back because they no longer pointed at the survivor (edited
   * since the merge), by link kind: the ids (or "record:other" keys) left where they are.
   */
  notRestored: z.record(z.string(), z.array(z.string())).default({}),
});
export type MergeView = z.infer<typeof ZMergeView>;

export const ZUserView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  banned: z.boolean(),
  banReason: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof ZUserView>;

export const ZUserListInput = z.object({ limit: z.number().int().min(1).max(100).default(50), cursor: z.string().max(200).nullish() });
export const ZCreateUserInput = z.object({
  email: z.email().max(200),
  name: zLine(200).min(1),
  password: z.string().min(12).max(200),
  role: ZRole,
});
export const ZSetRoleInput = z.object({ userId: ZId, role: ZRole });
export const ZBanInput = z.object({ userId: ZId, reason: zText(500).min(1).optional() });
export const ZUnbanInput = z.object({ userId: ZId });
