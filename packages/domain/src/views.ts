/**
 * What the public API returns: the read models of each record kind, and the list inputs.
 * These are the API contract; the db layer maps rows to them.
 */
import { z } from "zod";
import { ZAgreementAction } from "./agreement";
import { ZId, ZLocalizedText, ZPublicationState, zSearchText } from "./common";
import { ZLocation } from "./event";
import { ZDay, ZPartialDate, ZPrecision } from "./partial-date";
import { ZEventType, ZPlover } from "./plover";
import { ZSourceGrade } from "./source";

export const ZCursor = z.string().max(200);

export const ZPageInput = z.object({
  limit: z.number().int().min(1).max(100).default(20),
  cursor: ZCursor.nullish(),
});

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ZEventListInput = ZPageInput.extend({
  from: ZDay.optional(),
  to: ZDay.optional(),
  type: ZEventType.optional(),
  area: zSearchText(80).optional(),
  person: zSearchText(120).optional(),
  organization: zSearchText(120).optional(),
  agreement: zSearchText(120).optional(),
  /** One pair among the tracked ones: "US-GR". */
  pair: z
    .string()
    .regex(/^[A-Za-z]{2}[-,][A-Za-z]{2}$/, "A pair is two country codes, such as KR-CA")
    .optional(),
  q: zSearchText(200).optional(),
});
export type EventListInput = z.infer<typeof ZEventListInput>;

export const ZEventSummary = z.object({
  id: ZId,
  slug: z.string(),
  type: ZEventType,
  plover: ZPlover,
  title: ZLocalizedText,
  date: z.string(),
  dateFirst: ZDay,
  dateLast: ZDay,
  precision: ZPrecision,
  /** The countries the event is between. */
  parties: z.array(z.string()).default([]),
  location: ZLocation,
  summary: ZLocalizedText,
  areaSlugs: z.array(z.string()),
  state: ZPublicationState,
});
export type EventSummary = z.infer<typeof ZEventSummary>;

export const ZEventParticipantView = z.object({
  personId: ZId,
  personSlug: z.string(),
  name: z.string(),
  side: z.string(),
  title: z.string().nullable(),
});

export const ZCitationView = z.object({
  id: ZId,
  sourceId: ZId,
  sourceSlug: z.string(),
  sourceTitle: z.string(),
  publisherName: z.string(),
  /** Where the original can be read, when it is online. */
  sourceUrl: z.string().nullable(),
  sourcePublishedAt: ZPartialDate.nullable(),
  grade: ZSourceGrade,
  gradeReason: z.string(),
  field: z.string().nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type CitationView = z.infer<typeof ZCitationView>;

export const ZEventDetail = ZEventSummary.extend({
  outcomes: z.array(z.string()),
  participants: z.array(ZEventParticipantView),
  organizations: z.array(z.object({ id: ZId, slug: z.string(), name: ZLocalizedText })),
  agreements: z.array(
    z.object({ id: ZId, slug: z.string(), name: ZLocalizedText, shortName: z.string().nullable(), action: ZAgreementAction }),
  ),
  parentEventId: ZId.nullable(),
  citations: z.array(ZCitationView),
  version: z.number().int(),
});
export type EventDetail = z.infer<typeof ZEventDetail>;

/** Events in the order they were published, for feeds: an old event published today comes first. */
export const ZRecentEventsInput = z.object({ limit: z.number().int().min(1).max(100).default(50) });
export const ZRecentEvent = ZEventSummary.extend({ publishedAt: z.string(), updatedAt: z.string() });
export type RecentEvent = z.infer<typeof ZRecentEvent>;
