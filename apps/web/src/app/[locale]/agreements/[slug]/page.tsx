import { ENUM_LABELS } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementBadge, CommitmentBadge } from "../../../../components/badges";
import { Citations, ContestedClaims } from "../../../../components/citations";
import { AllEventsLink } from "../../../../components/event-item";
import { JsonLd } from "../../../../components/json-ld";
import { EnglishOnly, Localized } from "../../../../components/localized";
import { countryName, formatDate, formatList, pick } from "../../../../i18n/format";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { claimsAbout, loadAgreement } from "../../../../server/records";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const a = await loadAgreement((await params).slug);
  const name = pick(a.name, locale).text;
  const title = a.shortName ? `${a.shortName}: ${name}` : name;
  const description = a.summary ? pick(a.summary, locale).text : `${name}: ${ENUM_LABELS[locale].agreementStatus[a.status]}`;
  return {
    title,
    description,
    alternates: alternates(locale, `/agreements/${a.slug}`),
    openGraph: { title, description, type: "article" },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function AgreementPage({ params }: Props) {
  const locale = await pageLocale(params);
  const a = await loadAgreement((await params).slug);
  const [t, claims] = await Promise.all([getTranslations({ locale, namespace: "agreement" }), claimsAbout("agreement", a.id)]);
  const labels = ENUM_LABELS[locale];
  const signed = a.milestones.find((m) => m.kind === "signed");
  const inForce = a.milestones.find((m) => m.kind === "in_force");
  return (
    <article>
      <JsonLd
        data={{
          "@type": "Legislation",
          name: a.name.en,
          ...(a.shortName ? { alternateName: a.shortName } : {}),
          legislationType: AGREEMENT_KIND_EN[a.kind],
          ...(signed ? { legislationDate: signed.date } : {}),
          ...(inForce ? { legislationLegalForce: "https://schema.org/InForce" } : {}),
          legislationJurisdiction: a.parties,
        }}
      />
      <p className="kicker">
        {labels.agreementKind[a.kind]} ·{" "}
        {formatList(
          a.parties.map((p) => countryName(p, locale)),
          locale,
        )}
      </p>
      <h1>
        <Localized value={a.name} locale={locale} />
        {a.shortName && ` (${a.shortName})`}
      </h1>
      <p>
        {t("status")} <AgreementBadge status={a.status} locale={locale} />
      </p>
      {a.summary && (
        <p className="lede">
          <Localized value={a.summary} locale={locale} />
        </p>
      )}
      <h2>{t("timeline")}</h2>
      {a.milestones.length === 0 ? (
        <p>{t("noMilestone")}</p>
      ) : (
        <ol className="timeline">
          {a.milestones.map((m, i) => (
            <li key={`${m.kind}-${m.date}-${i}`}>
              <time dateTime={m.date}>{formatDate(m.date, locale)}</time> <strong>{labels.milestone[m.kind]}</strong>
              {m.party && ` (${countryName(m.party, locale)})`}
              {m.event && (
                <>
                  {" · "}
                  <a href={href(locale, `/events/${m.event.slug}`)}>
                    <Localized value={m.event.title} locale={locale} />
                  </a>
                </>
              )}
              {m.note && (
                <span className="meta">
                  {" · "}
                  <EnglishOnly text={m.note} locale={locale} />
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <ContestedClaims claims={claims} locale={locale} />
      {a.commitments.length > 0 && (
        <>
          <h2>{t("commitments")}</h2>
          <ul className="commitments">
            {a.commitments.map((c) => (
              <li key={c.id}>
                <CommitmentBadge status={c.status} locale={locale} />{" "}
                <a href={href(locale, `/commitments/${c.slug}`)}>
                  <Localized value={c.text} locale={locale} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.events.length > 0 && (
        <>
          <h2>{t("events")}</h2>
          <ul>
            {a.events.map((e) => (
              <li key={`${e.id}-${e.action}`}>
                <time dateTime={e.date.split("/")[0]}>{formatDate(e.date, locale)}</time>{" "}
                <a href={href(locale, `/events/${e.slug}`)}>
                  <Localized value={e.title} locale={locale} />
                </a>{" "}
                <span className="meta">({labels.agreementAction[e.action]})</span>
              </li>
            ))}
          </ul>
          {a.moreEvents && <AllEventsLink filter="agreement" slug={a.slug} locale={locale} label={t("allEvents")} />}
        </>
      )}
      <Citations citations={a.citations} locale={locale} />
    </article>
  );
}

const AGREEMENT_KIND_EN = ENUM_LABELS.en.agreementKind;
