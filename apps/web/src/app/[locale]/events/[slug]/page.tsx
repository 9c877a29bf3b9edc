import { ENUM_LABELS, parseDateOrRange } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Citations, ContestedClaims } from "../../../../components/citations";
import { JsonLd } from "../../../../components/json-ld";
import { EnglishOnly, Localized } from "../../../../components/localized";
import { countryName, formatDate, pick } from "../../../../i18n/format";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { allAreas, claimsAbout, loadEvent } from "../../../../server/records";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const e = await loadEvent(slug);
  const title = pick(e.title, locale).text;
  const description = pick(e.summary, locale).text;
  return {
    title,
    description,
    alternates: alternates(locale, `/events/${e.slug}`),
    openGraph: { title, description, type: "article" },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const e = await loadEvent(slug);
  const [t, claims, areas] = await Promise.all([getTranslations({ locale, namespace: "event" }), claimsAbout("event", e.id), allAreas()]);
  const areaName = new Map(areas.map((a) => [a.slug, pick(a.name, locale).text]));
  const labels = ENUM_LABELS[locale];
  const where = [e.location.place, e.location.city, e.location.countryCode && countryName(e.location.countryCode, locale)]
    .filter(Boolean)
    .join(", ");
  const range = parseDateOrRange(e.date)!;
  return (
    <article>
      <JsonLd
        data={{
          "@type": "Event",
          name: e.title.en,
          description: e.summary.en,
          // At the precision the sources give: "2025-03" is a valid ISO 8601 date for a month.
          startDate: range.start,
          endDate: range.end,
          eventStatus: "https://schema.org/EventScheduled",
          eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
          ...(where
            ? {
                location: {
                  "@type": "Place",
                  name: where,
                  address: { "@type": "PostalAddress", addressLocality: e.location.city, addressCountry: e.location.countryCode },
                },
              }
            : {}),
          performer: e.participants.map((p) => ({ "@type": "Person", name: p.name })),
        }}
      />
      <p className="kicker">
        {labels.eventType[e.type]} · <time dateTime={e.dateFirst}>{formatDate(e.date, locale)}</time>
        {where && ` · ${where}`}
      </p>
      <h1>
        <Localized value={e.title} locale={locale} />
      </h1>
      <p className="lede">
        <Localized value={e.summary} locale={locale} />
      </p>
      {e.outcomes.length > 0 && (
        <>
          <h2>{t("outcomes")}</h2>
          <ul>
            {e.outcomes.map((o) => (
              <li key={o}>
                <EnglishOnly text={o} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
      {e.participants.length > 0 && (
        <>
          <h2>{t("participants")}</h2>
          <ul>
            {e.participants.map((p) => (
              <li key={p.personId}>
                <a href={href(locale, `/people/${p.personSlug}`)}>{p.name}</a>
                {p.title && (
                  <>
                    , <EnglishOnly text={p.title} locale={locale} />
                  </>
                )}{" "}
                <span className="meta">({countryName(p.side, locale)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {e.organizations.length > 0 && (
        <>
          <h2>{t("organizations")}</h2>
          <ul>
            {e.organizations.map((o) => (
              <li key={o.id}>
                <a href={href(locale, `/organizations/${o.slug}`)}>
                  <Localized value={o.name} locale={locale} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {e.agreements.length > 0 && (
        <>
          <h2>{t("agreements")}</h2>
          <ul>
            {e.agreements.map((a) => (
              <li key={`${a.id}-${a.action}`}>
                <a href={href(locale, `/agreements/${a.slug}`)}>{a.shortName ?? <Localized value={a.name} locale={locale} />}</a>:{" "}
                {labels.agreementAction[a.action]}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.areaSlugs.length > 0 && (
        <p className="meta">
          {t("areas")}{" "}
          {e.areaSlugs.map((s, i) => (
            <span key={s}>
              {i > 0 && ", "}
              <a href={href(locale, `/areas/${s}`)}>{areaName.get(s) ?? s}</a>
            </span>
          ))}
        </p>
      )}
      <ContestedClaims claims={claims} locale={locale} />
      <Citations citations={e.citations} locale={locale} />
      <p className="meta">{t("plover", { code: e.plover.code, mode: e.plover.mode ?? "none" })}</p>
    </article>
  );
}
