import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Citations, ContestedClaims } from "../../../../components/citations";
import { LatestEvents } from "../../../../components/event-item";
import { JsonLd } from "../../../../components/json-ld";
import { EnglishOnly, Localized } from "../../../../components/localized";
import { Period } from "../../../../components/period";
import { pick } from "../../../../i18n/format";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { claimsAbout, loadPerson } from "../../../../server/records";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const p = await loadPerson((await params).slug);
  const t = await getTranslations({ locale, namespace: "person" });
  return {
    title: p.name,
    description: p.summary ? pick(p.summary, locale).text : t("description", { name: p.name }),
    alternates: alternates(locale, `/people/${p.slug}`),
  };
}

export default async function PersonPage({ params }: Props) {
  const locale = await pageLocale(params);
  const p = await loadPerson((await params).slug);
  const [t, claims] = await Promise.all([getTranslations({ locale, namespace: "person" }), claimsAbout("person", p.id)]);
  const variants = p.variants.map((v) => v.name).filter((n) => n !== p.name);
  const current = p.positions.filter((pos) => pos.end === null);
  return (
    <article>
      <JsonLd
        data={{
          "@type": "Person",
          name: p.name,
          ...(variants.length > 0 ? { alternateName: variants } : {}),
          ...(current[0]
            ? { jobTitle: current[0].title.en, worksFor: { "@type": "Organization", name: current[0].organization.name.en } }
            : {}),
        }}
      />
      <h1>{p.name}</h1>
      {variants.length > 0 && <p className="meta">{t("alsoWritten", { names: variants.join(", ") })}</p>}
      {p.summary && (
        <p className="lede">
          <Localized value={p.summary} locale={locale} />
        </p>
      )}
      <h2>{t("positions")}</h2>
      {p.positions.length === 0 ? (
        <p>{t("noPosition")}</p>
      ) : (
        <ul className="positions">
          {p.positions.map((pos) => (
            <li key={pos.id}>
              <strong>
                <Localized value={pos.title} locale={locale} />
              </strong>
              ,{" "}
              <a href={href(locale, `/organizations/${pos.organization.slug}`)}>
                <Localized value={pos.organization.name} locale={locale} />
              </a>{" "}
              <span className="meta">
                (<Period start={pos.start} end={pos.end} locale={locale} />)
              </span>
              {pos.titleVariants.length > 0 && (
                <span className="meta">
                  {" · "}
                  {t("alsoTitled")} <EnglishOnly text={pos.titleVariants.join("; ")} locale={locale} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("events")}</h2>
      <LatestEvents
        events={p.events}
        more={p.moreEvents}
        filter="person"
        slug={p.slug}
        locale={locale}
        labels={{ none: t("noEvents"), all: t("allEvents") }}
      />
      <ContestedClaims claims={claims} locale={locale} />
      <Citations citations={p.citations} locale={locale} />
    </article>
  );
}
