import { getTranslations } from "next-intl/server";
import { countryName } from "../../../i18n/format";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { allPeople } from "../../../server/records";

export const generateMetadata = pageMetadata("people", "/people");

/** People grouped by country, alphabetically. */
export default async function PeoplePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, people] = await Promise.all([getTranslations({ locale, namespace: "people" }), allPeople()]);
  const groups = new Map<string, typeof people>();
  for (const p of people) {
    const key = p.countryCode ?? "";
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("description")}</p>
      {[...groups.entries()].map(([code, list]) => (
        <section key={code || "none"} aria-labelledby={`people-${code || "none"}`}>
          <h2 id={`people-${code || "none"}`}>{code ? countryName(code, locale) : t("otherCountries")}</h2>
          <ul className="columns">
            {list.map((p) => (
              <li key={p.id}>
                <a href={href(locale, `/people/${p.slug}`)}>{p.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
