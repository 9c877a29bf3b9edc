/**
 * The audit log and the curator's dashboard: who did what to which record, when and why, and
 * what is waiting for the signed-in curator (their drafts, what an editor sent back and why).
 */
import { z } from "zod";
import { ZId, zSearchText } from "./common";
import { ZAuditAction } from "./revision";
import { ZDay } from "./partial-date";
import { ZPageInput } from "./views";
import { ZRecordRef } from "./views-common";
import { ZReviewItem, ZReviewableKind } from "./views-review";
import { ZSourceSummary } from "./views-source";

export const ZAuditListInput = ZPageInput.extend({
  /** The acting user's id. */
  actor: z.string().trim().min(1).max(64).optional(),
  kind: ZReviewableKind.optional(),
  /** A record's id or slug. */
  record: zSearchText(120).optional(),
  action: ZAuditAction.optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
});
export type AuditListInput = z.infer<typeof ZAuditListInput>;

export const ZAuditEntryView = z.object({
  id: ZId,
  action: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The record as it is now: null when it no longer exists. */
  record: ZRecordRef.nullable(),
  recordKind: z.string(),
  recordId: z.string(),
  /** The revision the change produced, when it produced one. */
  version: z.number().int().positive().nullable(),
  reason: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof ZAuditEntryView>;

export const ZAuditActor = z.object({ id: z.string(), name: z.string() });

/** A draft an editor sent back to its curator, with the editor's comment. */
export const ZSentBackItem = ZReviewItem.extend({
  comment: z.string().nullable(),
  sentBackBy: z.string().nullable(),
  sentBackAt: z.string(),
});
export type SentBackItem = z.infer<typeof ZSentBackItem>;

export const ZDashboardInput = z.object({ limit: z.number().int().min(1).max(50).default(10) });

export const ZDashboard = z.object({
  /** Drafts the curator wrote, not sent back (those are listed apart). */
  myDrafts: z.array(ZReviewItem),
  sentBack: z.array(ZSentBackItem),
  reviewCount: z.number().int().nonnegative(),
  recentSources: z.array(ZSourceSummary),
  recentActivity: z.array(ZAuditEntryView),
});
export type Dashboard = z.infer<typeof ZDashboard>;
