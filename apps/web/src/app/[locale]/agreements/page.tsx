import { AGREEMENT_STATUSES, ENUM_LABELS } from "@ties/domain";
import { getTranslations } from "next-intl/server";
import { AgreementBadge } from "../../../components/badges";
import { Localized } from "../../../components/localized";
import { countryName, formatList } from "../../../i18n/format";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { allAgreements } from "../../../server/records";

export const generateMetadata = pageMetadata("agreements", "/agreements");

/** Agreements grouped by their current status (derived from their milestones). */
export default async function AgreementsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, agreements] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), allAgreements()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("description")}</p>
      {agreements.length === 0 && <p>{t("none")}</p>}
      {AGREEMENT_STATUSES.map((status) => {
        const list = agreements.filter((a) => a.status === status);
        if (list.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`status-${status}`}>
            <h2 id={`status-${status}`}>
              <AgreementBadge status={status} locale={locale} /> <span className="count">{t("count", { count: list.length })}</span>
            </h2>
            <ul className="cards">
              {list.map((a) => (
                <li key={a.id}>
                  <a href={href(locale, `/agreements/${a.slug}`)}>
                    {a.shortName && <strong>{a.shortName}: </strong>}
                    <Localized value={a.name} locale={locale} />
                  </a>
                  <p className="meta">
                    {ENUM_LABELS[locale].agreementKind[a.kind]} ·{" "}
                    {formatList(
                      a.parties.map((p) => countryName(p, locale)),
                      locale,
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
