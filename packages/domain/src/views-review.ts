/** The review queue: records curators submitted and editors have yet to publish or send back. */
import { z } from "zod";
import { ZId, ZPublicationState } from "./common";
import { ZFieldChange } from "./revision";
import { ZCitationView, ZEventDetail } from "./views";

export const REVIEWABLE_KINDS = ["event", "agreement", "commitment", "person", "organization", "area", "source", "claim"] as const;
export const ZReviewableKind = z.enum(REVIEWABLE_KINDS);
export type ReviewableKind = z.infer<typeof ZReviewableKind>;

export const ZReviewQueueInput = z.object({
  state: z.enum(["in_review", "draft"]).default("in_review"),
  limit: z.number().int().min(1).max(200).default(100),
});

export const ZReviewItem = z.object({
  kind: ZReviewableKind,
  id: ZId,
  slug: z.string(),
  label: z.string(),
  state: ZPublicationState,
  version: z.number().int().positive(),
  updatedAt: z.string(),
});
export type ReviewItem = z.infer<typeof ZReviewItem>;

export const ZReviewRecordInput = z.object({ kind: ZReviewableKind, id: ZId });

/** The comment an editor left when sending a record back to its curator. */
export const ZSendBack = z.object({
  version: z.number().int().positive(),
  reason: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
});
export type SendBack = z.infer<typeof ZSendBack>;

/**
 * What a reviewer reads before deciding: the record as the public will see it (for events, the
 * public page's own read model), its citations, and the field-level changes since the version the
 * public reads now (every field, when it was never published).
 */
export const ZReviewPreview = z.object({
  kind: ZReviewableKind,
  id: ZId,
  state: ZPublicationState,
  version: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
  event: ZEventDetail.nullable(),
  citations: z.array(ZCitationView),
  publishedVersion: z.number().int().positive().nullable(),
  changes: z.array(ZFieldChange),
  sentBack: ZSendBack.nullable(),
});
export type ReviewPreview = z.infer<typeof ZReviewPreview>;
