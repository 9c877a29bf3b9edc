/** Read-model pieces several record kinds share: references to other records and list paging. */
import { z } from "zod";
import { ZId, ZLocalizedText, ZRecordKind } from "./common";

/**
 * How many of its events a person's, an organisation's or an agreement's page lists, latest first;
 * `moreEvents` says whether there are others (the timeline, filtered by the record, lists them all).
 */
export const DETAIL_EVENTS_SHOWN = 20;

/** A link to another record, enough to name it and build its URL. */
export const ZRecordRef = z.object({
  kind: ZRecordKind,
  id: ZId,
  /** Null for kinds that have no slug of their own (positions, citations). */
  slug: z.string().nullable(),
  label: z.string(),
});
export type RecordRef = z.infer<typeof ZRecordRef>;

export const ZNamedRef = z.object({ id: ZId, slug: z.string(), name: ZLocalizedText });
export type NamedRef = z.infer<typeof ZNamedRef>;

/** Accepts an id or a slug, the way every `byId` does. */
export const ZByIdInput = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z0-9_-]+$/, "Ids and slugs are letters, digits, '-' and '_'"),
});
export type ByIdInput = z.infer<typeof ZByIdInput>;

export const ZBySlugInput = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Slugs are lower-case words joined by '-'"),
});
export type BySlugInput = z.infer<typeof ZBySlugInput>;
