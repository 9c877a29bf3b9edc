import { ENUM_LABELS } from "@ties/domain";
import { getTranslations } from "next-intl/server";
import { Localized } from "../../../components/localized";
import { countryName } from "../../../i18n/format";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { allOrganizations } from "../../../server/records";

export const generateMetadata = pageMetadata("organizations", "/organizations");

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
