import { ENUM_LABELS } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementList } from "../../../../components/agreement-list";
import { Citations, ContestedClaims } from "../../../../components/citations";
import { LatestEvents } from "../../../../components/event-item";
import { JsonLd } from "../../../../components/json-ld";
import { Localized } from "../../../../components/localized";
import { Period } from "../../../../components/period";
import { countryName, pick } from "../../../../i18n/format";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { claimsAbout, loadOrganization } from "../../../../server/records";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const o = await loadOrganization((await params).slug);
  const t = await getTranslations({ locale, namespace: "organization" });
  const name = pick(o.name, locale).text;
  return { title: name, description: t("description", { name }), alternates: alternates(locale, `/organizations/${o.slug}`) };
}

/** An organisation: who held which position there and when, the events it took part in and the agreements acted on there. */
export default async function OrganizationPage({ params }: Props) {
  const locale = await pageLocale(params);
  const o = await loadOrganization((await params).slug);
  const [t, claims] = await Promise.all([getTranslations({ locale, namespace: "organization" }), claimsAbout("organization", o.id)]);
  return (
    <article>
      <JsonLd
        data={{
          "@type": o.kind === "government" || o.kind === "ministry" || o.kind === "agency" ? "GovernmentOrganization" : "Organization",
          name: o.name.en,
          ...(o.shortName ? { alternateName: o.shortName } : {}),
          ...(o.url ? { url: o.url } : {}),
        }}
      />
      <p className="kicker">
        {ENUM_LABELS[locale].organizationKind[o.kind]}
        {o.countryCode && ` · ${countryName(o.countryCode, locale)}`}
      </p>
      <h1>
        <Localized value={o.name} locale={locale} />
        {o.shortName && ` (${o.shortName})`}
      </h1>
      {o.parent && (
        <p>
          {t("partOf")}{" "}
          <a href={href(locale, `/organizations/${o.parent.slug}`)}>
            <Localized value={o.parent.name} locale={locale} />
          </a>
        </p>
      )}
      {o.url && (
        <p>
          <a href={o.url} rel="external noopener">
            {t("website")}
          </a>
        </p>
      )}
      <h2>{t("people")}</h2>
      {o.positions.length === 0 ? (
        <p>{t("noPeople")}</p>
      ) : (
        <ul className="positions">
          {o.positions.map(({ person, position }) => (
            <li key={position.id}>
              <a href={href(locale, `/people/${person.slug}`)}>{person.name}</a>, <Localized value={position.title} locale={locale} />{" "}
              <span className="meta">
                (<Period start={position.start} end={position.end} locale={locale} />)
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("events")}</h2>
      <LatestEvents
        events={o.events}
        more={o.moreEvents}
        filter="organization"
        slug={o.slug}
        locale={locale}
        labels={{ none: t("noEvents"), all: t("allEvents") }}
      />
      {o.agreements.length > 0 && (
        <>
          <h2>{t("agreements")}</h2>
          <AgreementList agreements={o.agreements} locale={locale} />
        </>
      )}
      <ContestedClaims claims={claims} locale={locale} />
      <Citations citations={o.citations} locale={locale} />
    </article>
  );
}
