import type { Locale } from "@ties/domain";
import { useTranslations } from "next-intl";
import { formatDate } from "../i18n/format";

/** A position's period in words: "from March 2024 to today", "until 2025", never "(? – 2025)". */
export function Period({ start, end, locale }: { start: string | null; end: string | null; locale: Locale }) {
  const t = useTranslations("period");
  const s = start ? formatDate(start, locale) : null;
  const e = end ? formatDate(end, locale) : null;
  if (s && e) return <>{t("between", { start: s, end: e })}</>;
  if (s) return <>{t("since", { start: s })}</>;
  if (e) return <>{t("until", { end: e })}</>;
  return <>{t("unknown")}</>;
}
