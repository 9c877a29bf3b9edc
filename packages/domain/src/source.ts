/** Sources, their reliability grades, citations into them, and claims checked in them. */
import { z } from "zod";
import { TEXT_LIMITS, ZId, ZRecordKind, ZSlug, ZWebUrl, zLine, zText } from "./common";
import { ZDay, ZPartialDate } from "./partial-date";

export const SOURCE_KINDS = ["official", "news", "analysis", "dataset", "other"] as const;
export const ZSourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof ZSourceKind>;

/**
 * Reliability, in the spirit of the Admiralty code: A completely reliable, B usually reliable,
 * C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
 */
export const SOURCE_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export const ZSourceGrade = z.enum(SOURCE_GRADES);
export type SourceGrade = z.infer<typeof ZSourceGrade>;
export const GRADE_LABELS: Record<SourceGrade, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

/** How the publication date was established. */
export const ZPublishedBasis = z.enum(["stated", "dateline", "url", "cited_by", "inferred", "unknown"]);
export type PublishedBasis = z.infer<typeof ZPublishedBasis>;

export const ZSourceInput = z.object({
  slug: ZSlug,
  kind: ZSourceKind,
  title: zLine(500).min(1),
  publisherId: ZId.nullable().default(null),
  publisherName: zLine(200).min(1),
  url: ZWebUrl.nullable().default(null),
  publishedAt: ZPartialDate.nullable().default(null),
  publishedBasis: ZPublishedBasis.default("unknown"),
  accessedAt: ZDay.nullable().default(null),
  language: zLine(8).min(2).default("en"),
  /** Full text, kept for curators; the public sees metadata and cited quotes only. */
  text: zText(TEXT_LIMITS.document).default(""),
  /** Date order the publisher writes numeric dates in. */
  dateOrder: z.enum(["dmy", "mdy", "ymd"]).optional(),
  grade: ZSourceGrade.default("F"),
  gradeReason: zText().min(1).default("Not yet graded"),
});
export type SourceInput = z.infer<typeof ZSourceInput>;

/** What a citation points at: a record, or one field of it. */
export const ZCitationTarget = z.object({
  kind: ZRecordKind,
  id: ZId,
  field: zLine(80).min(1).nullable().default(null),
});

export const ZCitationInput = z
  .object({
    sourceId: ZId,
    target: ZCitationTarget,
    quote: zText(TEXT_LIMITS.quote).min(1),
    /** Character offsets of the quote in the source text (UTF-16 code units, end exclusive). */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((c) => c.end > c.start, { message: "A quote ends after it starts", path: ["end"] });
export type CitationInput = z.infer<typeof ZCitationInput>;

/** Checks a citation's offsets against the source text it quotes. */
export function quoteMatches(text: string, c: { quote: string; start: number; end: number }): boolean {
  return text.slice(c.start, c.end) === c.quote;
}

export const CLAIM_VERDICTS = ["supported", "disputed", "false", "unverified"] as const;
export const ZClaimVerdict = z.enum(CLAIM_VERDICTS);
export type ClaimVerdict = z.infer<typeof ZClaimVerdict>;

/** Wikidata-style rank of one competing value for a field. */
export const ZClaimRank = z.enum(["preferred", "normal", "deprecated"]);

export const ZClaimInput = z.object({
  slug: ZSlug,
  sourceId: ZId,
  statement: zText(1000).min(1),
  quote: zText(TEXT_LIMITS.quote).min(1).optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().positive().optional(),
  /** The record and field the claim is about, when it is about one. */
  subject: ZCitationTarget.nullable().default(null),
  /** The value the source gives for that field (e.g. "2015" for a signing date). */
  value: zLine().min(1).optional(),
  rank: ZClaimRank.default("normal"),
  verdict: ZClaimVerdict.default("unverified"),
  reasoning: zText().min(1).default("Not yet assessed"),
  supportingSourceIds: z.array(ZId).default([]),
  opposingSourceIds: z.array(ZId).default([]),
});
export type ClaimInput = z.infer<typeof ZClaimInput>;
