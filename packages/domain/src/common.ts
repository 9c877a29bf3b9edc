/** Building blocks shared by every record kind. */
import { z } from "zod";

export const ZId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Ids are letters, digits, '-' and '_'");
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

/**
 * Longest text each kind of field holds, chosen from the record: the longest real title in the
 * seed is under 200 characters, a summary a few paragraphs. Limits keep one record from making a
 * page megabytes long.
 */
export const TEXT_LIMITS = {
  /** Titles, names, places, short labels. */
  line: 300,
  /** Summaries, outcomes, notes, reasons, statements. */
  paragraph: 10_000,
  /** Quoted spans of a source. */
  quote: 600,
  /** A source's full text. */
  document: 2_000_000,
  /** Links. */
  url: 2_000,
} as const;

// PostgreSQL refuses NUL in text; lone surrogates cannot be encoded as UTF-8; other control
// characters (a bare CR, ESC, C1) break line-based formats such as iCalendar and terminals.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");
const CONTROLS = new RegExp(CONTROL.source, "g");

/** True when `s` has no control characters (other than tab and newline) and no lone surrogates. */
export function isCleanText(s: string): boolean {
  return !CONTROL.test(s) && !LONE_SURROGATE.test(s);
}

/** Removes what `isCleanText` refuses: for search boxes and filters, where refusing helps nobody. */
export function stripUnsafeText(s: string): string {
  return s.replace(LONE_SURROGATES, "").replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}

const CLEAN = { message: "Text may not contain control characters (such as NUL) or unpaired surrogates" };

/** One line of text (a title, a name): line breaks and tabs become spaces, at most `max` characters. */
export function zLine(max: number = TEXT_LIMITS.line) {
  return z
    .string()
    .overwrite((s) => s.replace(/[\r\n\t\u2028\u2029]+/g, " "))
    .trim()
    .refine(isCleanText, CLEAN)
    .max(max, `At most ${max} characters`);
}

/** Free text over several lines (a summary, a reason): CR LF and bare CR become LF, at most `max` characters. */
export function zText(max: number = TEXT_LIMITS.paragraph) {
  return z
    .string()
    .overwrite((s) => s.replace(/\r\n?/g, "\n"))
    .trim()
    .refine(isCleanText, CLEAN)
    .max(max, `At most ${max} characters`);
}

/** What a reader typed into a search box or filter: unsafe characters dropped, never an error. */
export function zSearchText(max = 200) {
  return z
    .string()
    .max(max * 2)
    .overwrite(stripUnsafeText)
    .trim()
    .max(max, `At most ${max} characters`);
}

/**
 * A link the sites publish and render: http or https only, so `javascript:` and `data:` never
 * reach an href (the URL parser lower-cases the scheme, so `JaVaScRiPt:` is caught too).
 */
export const ZWebUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname, error: "Links must be http:// or https:// addresses" })
  .max(TEXT_LIMITS.url);

/** Text with an English original and optional French and Korean translations. */
export function zLocalizedText(field: () => z.ZodString) {
  return z.object({
    en: field().min(1),
    fr: field().min(1).optional(),
    ko: field().min(1).optional(),
  });
}
/** Longer localised text (summaries, commitment texts). */
export const ZLocalizedText = zLocalizedText(() => zText());
/** Localised one-line text (titles, names). */
export const ZLocalizedLine = zLocalizedText(() => zLine());
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
