/** Public read models of claims: what a source states, and the curators' verdict on it. */
import { z } from "zod";
import { ZId, ZPublicationState, ZRecordKind, zSearchText } from "./common";
import { ZClaimRank, ZClaimVerdict, ZSourceGrade } from "./source";
import { ZPageInput } from "./views";
import { ZRecordRef } from "./views-common";

export const ZClaimListInput = ZPageInput.extend({
  verdict: ZClaimVerdict.optional(),
  source: zSearchText(120).optional(),
  subjectKind: ZRecordKind.optional(),
  subjectId: zSearchText(120).optional(),
  /** Words of the statement. */
  q: zSearchText(200).optional(),
});
export type ClaimListInput = z.infer<typeof ZClaimListInput>;

export const ZSourceRef = z.object({ id: ZId, slug: z.string(), title: z.string(), publisherName: z.string(), grade: ZSourceGrade });

export const ZClaimSummary = z.object({
  id: ZId,
  slug: z.string(),
  statement: z.string(),
  verdict: ZClaimVerdict,
  rank: ZClaimRank,
  value: z.string().nullable(),
  subject: ZRecordRef.extend({ field: z.string().nullable() }).nullable(),
  /** Why the curators gave this verdict, and where the claim was made: lists show both. */
  reasoning: z.string(),
  source: ZSourceRef,
  state: ZPublicationState,
});
export type ClaimSummary = z.infer<typeof ZClaimSummary>;

export const ZClaimDetail = ZClaimSummary.extend({
  source: ZSourceRef,
  quote: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  reasoning: z.string(),
  supportingSources: z.array(ZSourceRef),
  opposingSources: z.array(ZSourceRef),
  version: z.number().int(),
});
export type ClaimDetail = z.infer<typeof ZClaimDetail>;
