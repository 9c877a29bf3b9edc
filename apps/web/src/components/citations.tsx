import { type CitationView, type ClaimSummary, ENUM_LABELS, type Locale } from "@ties/domain";
import { useTranslations } from "next-intl";
import { formatDate } from "../i18n/format";
import { href } from "../i18n/page";
import { GradeBadge, VerdictBadge } from "./badges";

/** "participants.0" -> "participants": the field a citation backs, without list positions. */
export const fieldKey = (field: string) => field.replace(/\.\d+$/, "");

/** The field's name in words ("the status timeline"), never its code. */
export function useFieldLabel() {
  const t = useTranslations("fields");
  return (field: string) => {
    const key = fieldKey(field);
    return t.has(key) ? t(key) : key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  };
}

/**
 * The sources behind a record. Each citation is a `<details>`: the quoted words open in place
 * without JavaScript, with the source's title, publisher, date and grade (and the grade's reason),
 * a link to the source's page and one to the original.
 */
export function Citations({ citations, locale }: { citations: CitationView[]; locale: Locale }) {
  const t = useTranslations("citations");
  const fieldLabel = useFieldLabel();
  if (citations.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t("heading", { count: citations.length })}</h2>
      <ol className="citations">
        {citations.map((c) => (
          <li key={c.id}>
            <details>
              <summary>
                <cite>{c.sourceTitle}</cite> <span className="meta">{c.publisherName}</span> <GradeBadge grade={c.grade} locale={locale} />
                {c.field && <span className="meta"> · {t("onField", { field: fieldLabel(c.field) })}</span>}
              </summary>
              <blockquote lang="en">“{c.quote}”</blockquote>
              <p className="meta">
                {c.sourcePublishedAt ? t("published", { date: formatDate(c.sourcePublishedAt, locale) }) : t("undated")} ·{" "}
                {t("grade", { grade: c.grade, label: ENUM_LABELS[locale].grade[c.grade] })}: <span lang="en">{c.gradeReason}</span>
              </p>
              <p className="citation-links">
                <a href={href(locale, `/sources/${c.sourceSlug}`)}>{t("sourcePage")}</a>
                {c.sourceUrl && (
                  <>
                    {" · "}
                    <a href={c.sourceUrl} rel="external noopener">
                      {t("original")}
                    </a>
                  </>
                )}
              </p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Claims checked about this record that are not plainly supported: marked with the verdict and the reasons. */
export function ContestedClaims({ claims, locale }: { claims: ClaimSummary[]; locale: Locale }) {
  const t = useTranslations("claims");
  const contested = claims.filter((c) => c.verdict !== "supported");
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading" className={contested.length > 0 ? "contested" : undefined}>
      <h2 id="claims-heading">{t("checkedHeading")}</h2>
      <ul className="claims">
        {claims.map((c) => (
          <li key={c.id}>
            <VerdictBadge verdict={c.verdict} locale={locale} />{" "}
            <a href={href(locale, `/claims/${c.slug}`)} lang="en">
              {c.statement}
            </a>
            <p className="meta">
              <span lang="en">{c.reasoning}</span> ({t("inSource")} <a href={href(locale, `/sources/${c.source.slug}`)}>{c.source.title}</a>
              , {c.source.publisherName})
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
