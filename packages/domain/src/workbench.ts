/**
 * The curator's workbench: a source comes in as pasted or uploaded text with its metadata, the
 * extractor's suggestions are stored beside it at their spans, and a curator accepts (as a new
 * record or as a merge into the record it matches), edits then accepts, or rejects each one.
 */
import { z } from "zod";
import { ZId, ZRecordKind, ZWebUrl, zLine } from "./common";
import { ZDay } from "./partial-date";
import { ZPublishedBasis, ZSourceKind } from "./source";
import {
  ZAgreementSuggestion,
  ZAreaSuggestion,
  ZBoilerplateKind,
  ZCommitmentSuggestion,
  ZDateOrder,
  ZDateSuggestion,
  ZEventSuggestion,
  ZOrganizationSuggestion,
  ZPersonSuggestion,
  ZPlaceSuggestion,
  ZQuoteSuggestion,
} from "./suggestion";

export const SUGGESTION_KINDS = ["event", "agreement", "commitment", "person", "organization", "place", "date", "quote", "area"] as const;
export const ZSuggestionKind = z.enum(SUGGESTION_KINDS);
export type SuggestionKind = z.infer<typeof ZSuggestionKind>;

/** Kinds a curator can accept into a record; dates and places are parts of the records that use them. */
export const ACCEPTABLE_SUGGESTION_KINDS = ["event", "agreement", "commitment", "person", "organization", "quote", "area"] as const;
export const isAcceptableSuggestionKind = (k: SuggestionKind): k is (typeof ACCEPTABLE_SUGGESTION_KINDS)[number] =>
  (ACCEPTABLE_SUGGESTION_KINDS as readonly string[]).includes(k);

export const SUGGESTION_STATUSES = ["pending", "accepted", "rejected"] as const;
export const ZSuggestionStatus = z.enum(SUGGESTION_STATUSES);
export type SuggestionStatus = z.infer<typeof ZSuggestionStatus>;

/** Languages a source can be taken in; the extractor reads English and French. */
export const INTAKE_LANGUAGES = ["en", "fr", "ko"] as const;
export const ZIntakeLanguage = z.enum(INTAKE_LANGUAGES);
export const EXTRACTABLE_LANGUAGES = ["en", "fr"] as const;

/** How the pasted or uploaded text is written: HTML is reduced to its readable text. */
export const SOURCE_FORMATS = ["text", "markdown", "html"] as const;
export const ZSourceFormat = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof ZSourceFormat>;

export const MAX_SOURCE_TEXT = 2_000_000;

export const ZSourceIntakeInput = z.object({
  text: z
    .string()
    .max(MAX_SOURCE_TEXT, "The text is longer than 2,000,000 characters")
    .refine((t) => t.trim().length > 0, "Paste the source's text or upload a file"),
  format: ZSourceFormat.default("text"),
  title: zLine(500).min(1, "Give the source's title"),
  /** A known organisation's id, or a publisher's name (matched to a known organisation or created as a draft). */
  publisher: zLine(200).min(1, "Name the publisher"),
  url: ZWebUrl.optional(),
  publishedAt: ZDay,
  publishedBasis: ZPublishedBasis.default("stated"),
  language: ZIntakeLanguage,
  /** The order the publisher writes numeric dates in, when "03/07/2025" could be read both ways. */
  dateOrder: ZDateOrder.optional(),
  kind: ZSourceKind.default("official"),
});
export type SourceIntakeInput = z.input<typeof ZSourceIntakeInput>;

/** A stretch of the stored text the extractor judged boilerplate; a curator can restore it. */
export const ZBoilerplateBlock = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: ZBoilerplateKind,
  rule: z.string(),
  restored: z.boolean().default(false),
});
export type BoilerplateBlock = z.infer<typeof ZBoilerplateBlock>;

export const ZSuggestionMatch = z.object({ kind: ZRecordKind, id: ZId, label: z.string(), state: z.string() });

const suggestionView = {
  id: ZId,
  sourceId: ZId,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly the source text between start and end. */
  text: z.string(),
  /** The record the suggestion matches: accepting it is a merge into that record. */
  match: ZSuggestionMatch.nullable(),
  status: ZSuggestionStatus,
  rule: z.string(),
  confidence: z.number(),
  /** The record accepting produced or added a citation to. */
  record: z.object({ kind: ZRecordKind, id: ZId }).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
};

export const ZSuggestionView = z.discriminatedUnion("kind", [
  z.object({ ...suggestionView, kind: z.literal("event"), payload: ZEventSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("agreement"), payload: ZAgreementSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("commitment"), payload: ZCommitmentSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("person"), payload: ZPersonSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("organization"), payload: ZOrganizationSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("place"), payload: ZPlaceSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("date"), payload: ZDateSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("quote"), payload: ZQuoteSuggestion }),
  z.object({ ...suggestionView, kind: z.literal("area"), payload: ZAreaSuggestion }),
]);
export type SuggestionView = z.infer<typeof ZSuggestionView>;

export const ZSourceIntakeResult = z.object({
  source: z.object({ id: ZId, slug: z.string(), version: z.number().int().positive(), state: z.string() }),
  suggestions: z.array(ZSuggestionView),
});
export type SourceIntakeResult = z.infer<typeof ZSourceIntakeResult>;

export const ZSuggestionListInput = z.object({
  sourceId: ZId,
  status: ZSuggestionStatus.optional(),
  kind: ZSuggestionKind.optional(),
});

/** What the curator changed before accepting: fields of the record input, laid over the suggested draft. */
export const ZSuggestionEdits = z.record(z.string().max(80), z.unknown());
export type SuggestionEdits = z.infer<typeof ZSuggestionEdits>;

export const ZSuggestionAcceptInput = z.object({
  id: ZId,
  /** "merge" adds the citation (and the picked facts) to the matched record; "new" always creates one. */
  mode: z.enum(["new", "merge"]).optional(),
  edits: ZSuggestionEdits.optional(),
});
export type SuggestionAcceptInput = z.infer<typeof ZSuggestionAcceptInput>;

export const ZSuggestionAcceptResult = z.object({
  kind: ZRecordKind,
  id: ZId,
  /** Whether a new record was created (false: the citation went to an existing one). */
  created: z.boolean(),
  citationId: ZId.nullable(),
});
export type SuggestionAcceptResult = z.infer<typeof ZSuggestionAcceptResult>;

export const ZSuggestionRejectInput = z.object({ id: ZId, reason: z.string().trim().min(1).max(1000).optional() });
export const ZSuggestionUndoInput = z.object({ id: ZId });

export const ZSourceWorkbench = z.object({
  id: ZId,
  slug: z.string(),
  title: z.string(),
  text: z.string(),
  language: z.string(),
  publishedAt: z.string().nullable(),
  state: z.string(),
  version: z.number().int().positive(),
  boilerplate: z.array(ZBoilerplateBlock),
  suggestions: z.array(ZSuggestionView),
  /** Draft records accepted from this source, ready to submit for review together. */
  drafts: z.array(z.object({ kind: ZRecordKind, id: ZId, label: z.string(), state: z.string(), version: z.number().int() })),
});
export type SourceWorkbench = z.infer<typeof ZSourceWorkbench>;

export const ZRestoreBoilerplateInput = z.object({ id: ZId, start: z.number().int().nonnegative(), restored: z.boolean().default(true) });

export const ZPublishWithInput = z.object({
  kind: ZRecordKind,
  id: ZId,
  // PostgreSQL keeps versions in a 4-byte integer: a larger number is refused here, not there.
  baseVersion: z.number().int().positive().max(2_147_483_647, "No record has that many versions"),
  reason: z.string().trim().min(1).max(1000).optional(),
});
export const ZPublishWithResult = z.object({
  id: ZId,
  version: z.number().int().positive(),
  state: z.string(),
  alsoPublished: z.array(z.object({ kind: ZRecordKind, id: ZId, label: z.string(), state: z.string() })),
});
