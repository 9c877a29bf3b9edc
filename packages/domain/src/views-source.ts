/**
 * Public read models of sources: metadata, grade and reason, what the source supports and the
 * claims checked in it. The full text is for curators only and has no place in these schemas.
 */
import { z } from "zod";
import { ZId, ZPublicationState, zSearchText } from "./common";
import { ZDay, ZPartialDate } from "./partial-date";
import { ZPublishedBasis, ZSourceGrade, ZSourceKind } from "./source";
import { ZPageInput } from "./views";
import { ZClaimSummary } from "./views-claim";
import { ZRecordRef } from "./views-common";

export const ZSourceListInput = ZPageInput.extend({
  kind: ZSourceKind.optional(),
  grade: ZSourceGrade.optional(),
  publisher: zSearchText(120).optional(),
  q: zSearchText(200).optional(),
  /** Published on or after / on or before this day (by the earliest day the publication date allows). */
  from: ZDay.optional(),
  to: ZDay.optional(),
});
export type SourceListInput = z.infer<typeof ZSourceListInput>;

export const ZSourceSummary = z.object({
  id: ZId,
  slug: z.string(),
  kind: ZSourceKind,
  title: z.string(),
  publisherName: z.string(),
  url: z.string().nullable(),
  publishedAt: ZPartialDate.nullable(),
  language: z.string(),
  grade: ZSourceGrade,
  state: ZPublicationState,
});
export type SourceSummary = z.infer<typeof ZSourceSummary>;

export const ZSourceSupport = z.object({
  citationId: ZId,
  target: ZRecordRef,
  field: z.string().nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type SourceSupport = z.infer<typeof ZSourceSupport>;

export const ZSourceDetail = ZSourceSummary.extend({
  publisher: z.object({ id: ZId, slug: z.string() }).nullable(),
  publishedBasis: ZPublishedBasis,
  accessedAt: ZDay.nullable(),
  gradeLabel: z.string(),
  gradeReason: z.string(),
  /** The published records (or fields) this source is cited for. */
  supports: z.array(ZSourceSupport),
  /** Claims made in this source, with their verdicts. */
  claims: z.array(ZClaimSummary),
  version: z.number().int(),
});
export type SourceDetail = z.infer<typeof ZSourceDetail>;
