import { ENUM_LABELS } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GradeBadge, VerdictBadge } from "../../../../components/badges";
import { formatDate } from "../../../../i18n/format";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { recordPath } from "../../../../i18n/record-path";
import { loadSource } from "../../../../server/records";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const s = await loadSource((await params).slug);
  const t = await getTranslations({ locale, namespace: "source" });
  return {
    title: s.title,
    description: t("description", { publisher: s.publisherName, grade: s.grade }),
    alternates: alternates(locale, `/sources/${s.slug}`),
  };
}

/**
 * A source: who published it and when (and how that date is known), its grade and the reason,
 * every record and field it supports with the quoted words, and the claims checked in it.
 */
export default async function SourcePage({ params }: Props) {
  const locale = await pageLocale(params);
  const s = await loadSource((await params).slug);
  const [t, tf] = await Promise.all([getTranslations({ locale, namespace: "source" }), getTranslations({ locale, namespace: "fields" })]);
  const fieldLabel = (field: string) => {
    const key = field.replace(/\.\d+$/, "");
    return tf.has(key) ? tf(key) : key;
  };
  const labels = ENUM_LABELS[locale];
  const language = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  return (
    <article>
      <p className="kicker">{labels.sourceKind[s.kind]}</p>
      <h1 lang={s.language}>{s.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t("publisher")}</dt>
          <dd>{s.publisher ? <a href={href(locale, `/organizations/${s.publisher.slug}`)}>{s.publisherName}</a> : s.publisherName}</dd>
        </div>
        <div>
          <dt>{t("published")}</dt>
          <dd>
            {s.publishedAt ? formatDate(s.publishedAt, locale) : t("undated")}{" "}
            <span className="meta">({t("basis", { basis: labels.publishedBasis[s.publishedBasis] })})</span>
          </dd>
        </div>
        {s.accessedAt && (
          <div>
            <dt>{t("accessed")}</dt>
            <dd>{formatDate(s.accessedAt, locale)}</dd>
          </div>
        )}
        <div>
          <dt>{t("language")}</dt>
          <dd>{language.of(s.language) ?? s.language}</dd>
        </div>
        <div>
          <dt>{t("original")}</dt>
          <dd>
            {s.url ? (
              <a href={s.url} rel="external noopener" className="original">
                {new URL(s.url).hostname}
              </a>
            ) : (
              t("noUrl")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("grade")}</dt>
          <dd>
            <GradeBadge grade={s.grade} locale={locale} /> {labels.grade[s.grade]}
            <p className="grade-reason" lang="en">
              {s.gradeReason}
            </p>
          </dd>
        </div>
      </dl>
      <h2>{t("supports", { count: s.supports.length })}</h2>
      {s.supports.length === 0 ? (
        <p>{t("supportsNothing")}</p>
      ) : (
        <ul className="supports">
          {s.supports.map((c) => {
            const path = recordPath(c.target.kind, c.target.slug);
            return (
              <li key={c.citationId}>
                {path ? <a href={href(locale, path)}>{c.target.label}</a> : c.target.label}
                {c.field && <span className="meta"> · {t("field", { field: fieldLabel(c.field) })}</span>}
                <blockquote lang={s.language}>“{c.quote}”</blockquote>
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t("claims", { count: s.claims.length })}</h2>
      {s.claims.length === 0 ? (
        <p>{t("noClaims")}</p>
      ) : (
        <ul className="claims">
          {s.claims.map((c) => (
            <li key={c.id}>
              <VerdictBadge verdict={c.verdict} locale={locale} />{" "}
              <a href={href(locale, `/claims/${c.slug}`)} lang="en">
                {c.statement}
              </a>
              <p className="meta" lang="en">
                {c.reasoning}
              </p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
