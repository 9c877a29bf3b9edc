import { ENUM_LABELS } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Localized } from "../../../components/localized";
import { countryName } from "../../../i18n/format";
import { alternates, href, type LocaleParams, pageLocale } from "../../../i18n/page";
import { allOrganizations } from "../../../server/records";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "organizations" });
  return { title: t("title"), description: t("description"), alternates: alternates(locale, "/organizations") };
}

export default async function OrganizationsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, orgs] = await Promise.all([getTranslations({ locale, namespace: "organizations" }), allOrganizations()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("description")}</p>
      <ul className="cards">
        {orgs.map((o) => (
          <li key={o.id}>
            <a href={href(locale, `/organizations/${o.slug}`)}>
              <Localized value={o.name} locale={locale} />
              {o.shortName && ` (${o.shortName})`}
            </a>
            <p className="meta">
              {ENUM_LABELS[locale].organizationKind[o.kind]}
              {o.countryCode && ` · ${countryName(o.countryCode, locale)}`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
