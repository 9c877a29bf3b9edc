/**
 * Record content and values in the reader's language: translated text where curators gave it,
 * dates, numbers, lists and country names formatted by the platform's Intl for the locale.
 */
import { formatDateRange, formatPartialDate, type Locale, type LocalizedText, parseDateOrRange } from "@ties/domain";

export interface Picked {
  text: string;
  /** True when the reader's language was missing and the English original is shown. */
  fallback: boolean;
}

export function pick(value: LocalizedText, locale: Locale): Picked {
  const translated = value[locale];
  return translated ? { text: translated, fallback: false } : { text: value.en, fallback: locale !== "en" };
}

/** "2025-03-07" -> "7 March 2025" / "7 mars 2025" / "2025년 3월 7일"; ranges "2025-05-17/2025-05-19" too. */
export function formatDate(value: string, locale: Locale): string {
  const range = parseDateOrRange(value);
  if (!range) return value;
  return range.start === range.end ? formatPartialDate(range.start, locale) : formatDateRange(range, locale);
}

const regionNames = new Map<Locale, Intl.DisplayNames>();
/** "KR" -> "South Korea" / "Corée du Sud" / "대한민국". */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const listFormats = new Map<string, Intl.ListFormat>();
/** ["Korea", "Canada"] -> "Korea and Canada" / "Korea et Canada" / "Korea 및 Canada". */
export function formatList(items: string[], locale: Locale, type: "conjunction" | "disjunction" = "conjunction"): string {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: "long", type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(n: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(n);
}
