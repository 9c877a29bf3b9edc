import { ENUM_LABELS, SOURCE_GRADES } from "@ties/domain";
import { getTranslations } from "next-intl/server";
import { GradeBadge } from "../../../components/badges";
import { formatDate } from "../../../i18n/format";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { allSources } from "../../../server/records";

export const generateMetadata = pageMetadata("sources", "/sources");

/** Every published source, grouped by its reliability grade, A to F. */
export default async function SourcesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, sources] = await Promise.all([getTranslations({ locale, namespace: "sources" }), allSources()]);
  const labels = ENUM_LABELS[locale];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">
        {t("description")} <a href={href(locale, "/methodology#grades")}>{t("howGraded")}</a>
      </p>
      {SOURCE_GRADES.map((grade) => {
        const list = sources.filter((s) => s.grade === grade);
        if (list.length === 0) return null;
        return (
          <section key={grade} aria-labelledby={`grade-${grade}`}>
            <h2 id={`grade-${grade}`}>
              <GradeBadge grade={grade} locale={locale} /> {labels.grade[grade]}{" "}
              <span className="count">{t("count", { count: list.length })}</span>
            </h2>
            <ul className="cards">
              {list.map((s) => (
                <li key={s.id}>
                  <a href={href(locale, `/sources/${s.slug}`)} lang={s.language}>
                    {s.title}
                  </a>
                  <p className="meta">
                    {labels.sourceKind[s.kind]} · {s.publisherName} · {s.publishedAt ? formatDate(s.publishedAt, locale) : t("undated")}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
