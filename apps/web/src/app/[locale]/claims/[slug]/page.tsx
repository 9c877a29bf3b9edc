import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GradeBadge, VerdictBadge } from "../../../../components/badges";
import { JsonLd } from "../../../../components/json-ld";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { recordPath } from "../../../../i18n/record-path";
import { siteUrl } from "../../../../server/downloads";
import { loadClaim } from "../../../../server/records";
import type { ClaimDetail } from "@ties/domain";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const c = await loadClaim((await params).slug);
  return { title: c.statement.slice(0, 80), description: c.reasoning.slice(0, 200), alternates: alternates(locale, `/claims/${c.slug}`) };
}

/** schema.org ClaimReview ratings: 1 false ... 5 true, the scale fact-checkers publish. */
const RATING = { false: 1, disputed: 2, unverified: 3, supported: 5 } as const;

/** A checked claim: what the source says, the verdict, the reasons, and the sources for and against. */
export default async function ClaimPage({ params }: Props) {
  const locale = await pageLocale(params);
  const c = await loadClaim((await params).slug);
  const t = await getTranslations({ locale, namespace: "claim" });
  const subjectPath = c.subject ? recordPath(c.subject.kind, c.subject.slug) : null;
  return (
    <article>
      <JsonLd
        data={{
          "@type": "ClaimReview",
          url: `${siteUrl()}${href(locale, `/claims/${c.slug}`)}`,
          claimReviewed: c.statement,
          author: { "@type": "Organization", name: "Ties" },
          reviewRating: { "@type": "Rating", ratingValue: RATING[c.verdict], bestRating: 5, worstRating: 1, alternateName: c.verdict },
          itemReviewed: { "@type": "Claim", appearance: { "@type": "CreativeWork", name: c.source.title, author: c.source.publisherName } },
        }}
      />
      <p className="kicker">{t("kicker")}</p>
      <h1 lang="en">{c.statement}</h1>
      <p className="verdict-line">
        {t("verdict")} <VerdictBadge verdict={c.verdict} locale={locale} />
      </p>
      <h2>{t("reasons")}</h2>
      <p lang="en">{c.reasoning}</p>
      {c.quote && (
        <>
          <h2>{t("words")}</h2>
          <blockquote lang="en">“{c.quote}”</blockquote>
        </>
      )}
      <p>
        {t("madeIn")} <SourceLink s={c.source} locale={locale} />
      </p>
      {c.subject && (
        <p>
          {t("about")} {subjectPath ? <a href={href(locale, subjectPath)}>{c.subject.label}</a> : c.subject.label}
          {c.value && (
            <>
              {" "}
              · {t("value")} <q lang="en">{c.value}</q>
            </>
          )}
        </p>
      )}
      {c.supportingSources.length > 0 && (
        <>
          <h2>{t("for")}</h2>
          <ul>
            {c.supportingSources.map((s) => (
              <li key={s.id}>
                <SourceLink s={s} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
      {c.opposingSources.length > 0 && (
        <>
          <h2>{t("against")}</h2>
          <ul>
            {c.opposingSources.map((s) => (
              <li key={s.id}>
                <SourceLink s={s} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function SourceLink({ s, locale }: { s: ClaimDetail["source"]; locale: "en" | "fr" | "ko" }) {
  return (
    <>
      <a href={href(locale, `/sources/${s.slug}`)} lang="en" className="source-link">
        {s.title}
      </a>
      , {s.publisherName} <GradeBadge grade={s.grade} locale={locale} />
    </>
  );
}
