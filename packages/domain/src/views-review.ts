/** The review queue: records curators submitted and editors have yet to publish or send back. */
import { z } from "zod";
import { ZId, ZPublicationState } from "./common";

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
