/** Building blocks shared by every record kind. */
import { z } from "zod";

export const ZId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Ids are letters, digits, '-' and '_'");
export const ZSlug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Slugs are lower-case words joined by '-'");

/** ISO 3166-1 alpha-2 country code, upper case ("KR", "CA", "KP"). */
export const ZCountryCode = z.string().regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code such as KR");
export type CountryCode = z.infer<typeof ZCountryCode>;

export const LOCALES = ["en", "fr", "ko"] as const;
export const ZLocale = z.enum(LOCALES);

/** Text with an English original and optional French and Korean translations. */
export const ZLocalizedText = z.object({
  en: z.string().trim().min(1),
  fr: z.string().trim().min(1).optional(),
  ko: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof ZLocalizedText>;

export const PUBLICATION_STATES = ["draft", "in_review", "published", "archived"] as const;
export const ZPublicationState = z.enum(PUBLICATION_STATES);
export type PublicationState = z.infer<typeof ZPublicationState>;

export const RECORD_KINDS = [
  "country",
  "organization",
  "person",
  "position",
  "event",
  "agreement",
  "commitment",
  "area",
  "source",
  "citation",
  "claim",
] as const;
export const ZRecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof ZRecordKind>;

/** Fields every stored, curated record carries. */
export const ZRecordMeta = z.object({
  id: ZId,
  state: ZPublicationState,
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

