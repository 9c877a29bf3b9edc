import { ENUM_LABELS, SOURCE_GRADES } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GradeBadge, VerdictBadge } from "../../../components/badges";
import { alternates, type LocaleParams, pageLocale } from "../../../i18n/page";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "methodology" });
  return { title: t("title"), description: t("description"), alternates: alternates(locale, "/methodology") };
}

const VERDICTS = ["supported", "disputed", "false", "unverified"] as const;

/** How the record is kept: curation, grades, verdicts and dates. */
export default async function MethodologyPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "methodology" });
  const labels = ENUM_LABELS[locale];
  return (
    <article>
      <h1>{t("title")}</h1>
      <p className="lede">{t("description")}</p>
      <h2>{t("curationHeading")}</h2>
      <p>{t("curation1")}</p>
      <p>{t("curation2")}</p>
      <h2 id="grades">{t("gradesHeading")}</h2>
      <p>{t("grades")}</p>
      <dl className="legend-list">
        {SOURCE_GRADES.map((g) => (
          <div key={g}>
            <dt>
              <GradeBadge grade={g} locale={locale} /> {labels.grade[g]}
            </dt>
            <dd>{t(`grade.${g}`)}</dd>
          </div>
        ))}
      </dl>
      <h2 id="verdicts">{t("verdictsHeading")}</h2>
      <p>{t("verdicts")}</p>
      <dl className="legend-list">
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>
              <VerdictBadge verdict={v} locale={locale} />
            </dt>
            <dd>{t(`verdict.${v}`)}</dd>
          </div>
        ))}
      </dl>
      <h2 id="dates">{t("datesHeading")}</h2>
      <p>{t("dates1")}</p>
      <p>{t("dates2")}</p>
      <h2 id="commitments">{t("commitmentsHeading")}</h2>
      <p>{t("commitments")}</p>
      <h2 id="languages">{t("languagesHeading")}</h2>
      <p>{t("languages")}</p>
    </article>
  );
}
