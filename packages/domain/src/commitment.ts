/** Commitments: pledges made at events, with a resolved due date and the evidence of what became of them. */
import { z } from "zod";
import { ZCountryCode, ZId, ZLocalizedText, ZSlug, zLine, zText } from "./common";
import { ZPartialDate } from "./partial-date";

/** Outcomes a curator records with evidence. "overdue" and "not yet due" are computed, never stored. */
export const COMMITMENT_RESOLUTIONS = ["in_progress", "fulfilled", "abandoned", "superseded"] as const;
export const ZCommitmentResolution = z.enum(COMMITMENT_RESOLUTIONS);
export type CommitmentResolution = z.infer<typeof ZCommitmentResolution>;

export const COMMITMENT_STATUSES = ["not_yet_due", "in_progress", "fulfilled", "overdue", "abandoned", "superseded"] as const;
export const ZCommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof ZCommitmentStatus>;

export const ZCommitmentEvidence = z
  .object({
    resolution: ZCommitmentResolution,
    date: ZPartialDate,
    eventId: ZId.nullable().default(null),
    sourceId: ZId.nullable().default(null),
    note: zText().min(1).optional(),
  })
  .refine((e) => e.eventId !== null || e.sourceId !== null || e.resolution === "in_progress", {
    message: "A fulfilled, abandoned or superseded commitment needs an event or a source that shows it",
    path: ["eventId"],
  });
export type CommitmentEvidence = z.infer<typeof ZCommitmentEvidence>;

export const ZCommitmentInput = z.object({
  slug: ZSlug,
  text: ZLocalizedText,
  /** The event where the pledge was made. */
  eventId: ZId.nullable().default(null),
  parties: z.array(ZCountryCode).min(1),
  /** The due date resolved from the text ("within the year" of a 2025-03-07 meeting is "2025"). */
  due: ZPartialDate.nullable().default(null),
  /** The words the due date was resolved from. */
  dueText: zLine().min(1).optional(),
  areaSlugs: z.array(ZSlug).default([]),
  agreementId: ZId.nullable().default(null),
  evidence: z.array(ZCommitmentEvidence).default([]),
});
export type CommitmentInput = z.infer<typeof ZCommitmentInput>;
