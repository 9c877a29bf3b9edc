import { useLocale, useTranslations } from "next-intl";
import { isLocale } from "../../i18n/routing";

/** A useful 404: says what may have happened and offers a search and the main lists. */
export default function NotFound() {
  const t = useTranslations("notFound");
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <search>
        <form method="get" action={`/${locale}/search`} className="search-form">
          <label>
            {t("searchLabel")} <input name="q" type="search" maxLength={200} />
          </label>
          <button type="submit">{t("searchButton")}</button>
        </form>
      </search>
      <p>
        <a href={`/${locale}`}>{t("home")}</a> · <a href={`/${locale}/events`}>{t("timeline")}</a>
      </p>
    </>
  );
}
