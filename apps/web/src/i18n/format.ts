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

/** One formatter per key, made on first use: Intl's constructors cost more than the formatting. */
function keptPer<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

const regionNames = keptPer((locale) => new Intl.DisplayNames([locale], { type: "region", fallback: "code" }));
/** "KR" -> "South Korea" / "Corée du Sud" / "대한민국". */
export function countryName(code: string, locale: Locale): string {
  try {
    return regionNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

const listFormats = keptPer((key) => {
  const [locale, type] = key.split(" ") as [Locale, "conjunction" | "disjunction"];
  return new Intl.ListFormat(locale, { style: "long", type });
});
/** ["Korea", "Canada"] -> "Korea and Canada" / "Korea et Canada" / "Korea 및 Canada". */
export function formatList(items: string[], locale: Locale, type: "conjunction" | "disjunction" = "conjunction"): string {
  return listFormats(`${locale} ${type}`).format(items);
}

const numberFormats = keptPer((locale) => new Intl.NumberFormat(locale));
export function formatNumber(n: number, locale: Locale): string {
  return numberFormats(locale).format(n);
}
