import type { Locale, LocalizedText } from "@ties/domain";
import { useTranslations } from "next-intl";
import { pick } from "../i18n/format";

/**
 * Record text in the reader's language; where curators gave no translation, the English original
 * marked as such (and tagged lang="en" so screen readers switch voice).
 */
export function Localized({ value, locale }: { value: LocalizedText; locale: Locale }) {
  const t = useTranslations("common");
  const p = pick(value, locale);
  if (!p.fallback) return <>{p.text}</>;
  return (
    <>
      <span lang="en">{p.text}</span> <span className="in-english">{t("inEnglish")}</span>
    </>
  );
}

/** Free text that exists only in English (notes, reasons, quotes): marked when the page is not in English. */
export function EnglishOnly({ text, locale }: { text: string; locale: Locale }) {
  const t = useTranslations("common");
  if (locale === "en") return <>{text}</>;
  return (
    <>
      <span lang="en">{text}</span> <span className="in-english">{t("inEnglish")}</span>
    </>
  );
}
