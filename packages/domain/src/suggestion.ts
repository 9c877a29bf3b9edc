/**
 * Suggested records extracted from a source text, and the snapshot of known records the
 * extractor matches them against. Every suggestion points back at the words it came from
 * (UTF-16 offsets into the original text, end exclusive) so a curator can check it, carries a
 * confidence, and names the rule that produced it.
 */
import { z } from "zod";
import { ZAgreementAction, ZAgreementKind } from "./agreement";
import { ZCountryCode, ZId, ZSlug } from "./common";
import { ZCountryPair } from "./country";
import { ZDateOrRange, ZDay, ZPartialDate, ZPrecision } from "./partial-date";
import { ZEventType, ZPlover } from "./plover";

/* ---------- known records (the snapshot the extractor is given) ---------- */

export const ZKnownPerson = z.object({
  id: ZId,
  name: z.string().trim().min(1),
  /** Other spellings, romanisations, Hangul, names without accents. */
  variants: z.array(z.string().trim().min(1)).default([]),
  /** Titles the person held, in any language ("Minister of Foreign Affairs", "ministre des Affaires étrangères"). */
  titles: z.array(z.string().trim().min(1)).default([]),
  countryCode: ZCountryCode.nullable().default(null),
});
export type KnownPerson = z.infer<typeof ZKnownPerson>;

export const ZKnownOrganization = z.object({
  id: ZId,
  name: z.string().trim().min(1),
  shortName: z.string().trim().min(1).optional(),
  variants: z.array(z.string().trim().min(1)).default([]),
  countryCode: ZCountryCode.nullable().default(null),
});
export type KnownOrganization = z.infer<typeof ZKnownOrganization>;

export const ZKnownAgreement = z.object({
  id: ZId,
  name: z.string().trim().min(1),
  shortName: z.string().trim().min(1).optional(),
  /** Other names and descriptions sources use ("an agreement on the protection of military information"). */
  variants: z.array(z.string().trim().min(1)).default([]),
  kind: ZAgreementKind.optional(),
});
export type KnownAgreement = z.infer<typeof ZKnownAgreement>;

export const ZKnownEvent = z.object({
  id: ZId,
  date: ZDateOrRange,
  type: ZEventType.optional(),
  title: z.string().trim().min(1).optional(),
  /** Ids of known people who took part. */
  participantIds: z.array(ZId).default([]),
  city: z.string().trim().min(1).optional(),
  countryCode: ZCountryCode.optional(),
});
export type KnownEvent = z.infer<typeof ZKnownEvent>;

export const ZKnownSnapshot = z.object({
  people: z.array(ZKnownPerson).default([]),
  organizations: z.array(ZKnownOrganization).default([]),
  agreements: z.array(ZKnownAgreement).default([]),
  events: z.array(ZKnownEvent).default([]),
});
export type KnownSnapshot = z.infer<typeof ZKnownSnapshot>;

/* ---------- shared parts of a suggestion ---------- */

/** A stretch of the original text: UTF-16 offsets, end exclusive. */
export const ZTextSpan = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((s) => s.end >= s.start, { message: "A span cannot end before it starts", path: ["end"] });
export type TextSpan = z.infer<typeof ZTextSpan>;

const suggestionBase = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The words of the original text between start and end. */
  text: z.string(),
  confidence: z.number().min(0).max(1),
  /** The rule that produced the suggestion, for review and debugging ("date.month-day-year"). */
  rule: z.string().trim().min(1),
};

/** A suggestion that matches a record the curator already has: offered as a merge, not a duplicate. */
export const ZRecordMatch = z.object({
  id: ZId,
  score: z.number().min(0).max(1),
  reason: z.string().trim().min(1),
});
export type RecordMatch = z.infer<typeof ZRecordMatch>;

/* ---------- suggestion kinds ---------- */

export const BOILERPLATE_KINDS = [
  "content",
  "navigation",
  "advertisement",
  "related_articles",
  "comments",
  "app_promo",
  "translations",
  "author_bio",
  "copyright",
  "newsletter",
  "share",
  "references",
] as const;
export const ZBoilerplateKind = z.enum(BOILERPLATE_KINDS);
export type BoilerplateKind = z.infer<typeof ZBoilerplateKind>;

/** A kept (kind "content") or removed span of the source. Nothing in a removed span yields records. */
export const ZBoilerplateSpan = z.object({
  ...suggestionBase,
  kind: ZBoilerplateKind,
  removed: z.boolean(),
});
export type BoilerplateSpan = z.infer<typeof ZBoilerplateSpan>;

export const ZDateSuggestion = z.object({
  ...suggestionBase,
  /** "2025-03-07", "2025-03", "2025" or a range "2025-04-13/2025-04-15". */
  value: ZDateOrRange,
  precision: ZPrecision,
  /** True when day-month and month-day orders both read as valid dates and the convention was not known. */
  ambiguous: z.boolean(),
  /** The day the expression was resolved against (publication date or wire dateline). */
  reference: ZDay,
});
export type DateSuggestion = z.infer<typeof ZDateSuggestion>;

export const ZMention = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
export type Mention = z.infer<typeof ZMention>;

export const ZPersonSuggestion = z.object({
  ...suggestionBase,
  /** Full name as written, family name first for Korean names ("Chung Byung-won"). */
  name: z.string().trim().min(1),
  title: z.string().trim().min(1).nullable(),
  /** The country the person spoke for, when the text says. */
  side: ZCountryCode.nullable(),
  /** Every place the person is named, including short forms ("Minister Joly", "Joly"). */
  mentions: z.array(ZMention),
  match: ZRecordMatch.nullable(),
});
export type PersonSuggestion = z.infer<typeof ZPersonSuggestion>;

export const ZOrganizationSuggestion = z.object({
  ...suggestionBase,
  name: z.string().trim().min(1),
  shortName: z.string().trim().min(1).nullable(),
  countryCode: ZCountryCode.nullable(),
  match: ZRecordMatch.nullable(),
});
export type OrganizationSuggestion = z.infer<typeof ZOrganizationSuggestion>;

export const ZPlaceSuggestion = z.object({
  ...suggestionBase,
  name: z.string().trim().min(1),
  kind: z.enum(["city", "country", "region", "site"]),
  countryCode: ZCountryCode.nullable(),
});
export type PlaceSuggestion = z.infer<typeof ZPlaceSuggestion>;

export const ZAgreementSuggestion = z.object({
  ...suggestionBase,
  name: z.string().trim().min(1),
  action: ZAgreementAction.nullable(),
  date: ZDateOrRange.nullable(),
  match: ZRecordMatch.nullable(),
});
export type AgreementSuggestion = z.infer<typeof ZAgreementSuggestion>;

export const ZCommitmentSuggestion = z.object({
  ...suggestionBase,
  /** The words that mark the pledge ("decided to", "s'engagent à"). */
  trigger: z.string().trim().min(1),
  parties: z.array(ZCountryCode).min(1),
  /** Partial date the pledge is due by ("2025" for "within the year" of a 2025 meeting). */
  due: ZPartialDate.nullable(),
  /** Last day of the due period ("2025-12-31"). */
  dueLastDay: ZDay.nullable(),
  dueText: z.string().nullable(),
});
export type CommitmentSuggestion = z.infer<typeof ZCommitmentSuggestion>;

export const ZQuoteSuggestion = z.object({
  ...suggestionBase,
  speaker: z.string().trim().min(1).nullable(),
  speakerTitle: z.string().trim().min(1).nullable(),
  direct: z.boolean(),
  speakerMatch: ZRecordMatch.nullable(),
});
export type QuoteSuggestion = z.infer<typeof ZQuoteSuggestion>;

export const ZAreaSuggestion = z.object({
  ...suggestionBase,
  slug: ZSlug,
  /** How many times the area's words occur in the kept text. */
  hits: z.number().int().positive(),
});
export type AreaSuggestion = z.infer<typeof ZAreaSuggestion>;

export const ZEventParticipant = z.object({
  name: z.string().trim().min(1),
  side: ZCountryCode.nullable(),
  personId: ZId.nullable(),
});
export type EventParticipant = z.infer<typeof ZEventParticipant>;

export const ZEventSuggestion = z.object({
  ...suggestionBase,
  date: ZDateOrRange,
  type: ZEventType,
  plover: ZPlover,
  location: z.object({ city: z.string().nullable(), countryCode: ZCountryCode.nullable() }),
  participants: z.array(ZEventParticipant),
  match: ZRecordMatch.nullable(),
});
export type EventSuggestion = z.infer<typeof ZEventSuggestion>;

export const DATE_ORDERS = ["dmy", "mdy", "ymd"] as const;
export const ZDateOrder = z.enum(DATE_ORDERS);
export type DateOrder = z.infer<typeof ZDateOrder>;

/** Everything suggested from one source text. */
export const ZExtraction = z.object({
  published: ZDay,
  lang: z.enum(["en", "fr"]),
  publisher: z.string().nullable(),
  pair: ZCountryPair,
  /** The numeric date order used and where it came from. */
  dateOrder: z.object({ order: ZDateOrder, source: z.enum(["option", "publisher", "document", "language"]) }),
  /** True when the kept text is about the pair at all; records of events, agreements and commitments need it. */
  aboutPair: z.boolean(),
  boilerplate: z.array(ZBoilerplateSpan),
  dates: z.array(ZDateSuggestion),
  people: z.array(ZPersonSuggestion),
  organizations: z.array(ZOrganizationSuggestion),
  places: z.array(ZPlaceSuggestion),
  agreements: z.array(ZAgreementSuggestion),
  commitments: z.array(ZCommitmentSuggestion),
  quotes: z.array(ZQuoteSuggestion),
  areas: z.array(ZAreaSuggestion),
  events: z.array(ZEventSuggestion),
});
export type Extraction = z.infer<typeof ZExtraction>;

export const ZExtractOptions = z.object({
  published: ZDay,
  lang: z.enum(["en", "fr"]).optional(),
  publisher: z.string().trim().min(1).optional(),
  pair: ZCountryPair.optional(),
  known: ZKnownSnapshot.optional(),
  /** Stretches a curator restored from boilerplate: read as content. */
  keep: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
  /** The numeric date order the publisher uses, when the curator knows it. */
  dateOrder: ZDateOrder.optional(),
});
export type ExtractOptions = z.input<typeof ZExtractOptions>;
