import { getTranslations } from "next-intl/server";
import { Localized } from "../../../components/localized";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { allAreas } from "../../../server/records";

export const generateMetadata = pageMetadata("areas", "/areas");

/** The areas of cooperation as their hierarchy: top-level areas with their sub-areas. */
export default async function AreasPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, areas] = await Promise.all([getTranslations({ locale, namespace: "areas" }), allAreas()]);
  const top = areas.filter((a) => !a.parentSlug || !areas.some((p) => p.slug === a.parentSlug));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("description")}</p>
      <ul className="cards">
        {top.map((a) => {
          const children = areas.filter((c) => c.parentSlug === a.slug);
          return (
            <li key={a.id}>
              <a href={href(locale, `/areas/${a.slug}`)}>
                <Localized value={a.name} locale={locale} />
              </a>
              {children.length > 0 && (
                <ul>
                  {children.map((c) => (
                    <li key={c.id}>
                      <a href={href(locale, `/areas/${c.slug}`)}>
                        <Localized value={c.name} locale={locale} />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
