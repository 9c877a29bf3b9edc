import { getTranslations } from "next-intl/server";
import { FilterTabs } from "../../../components/filter-tabs";
import { ListPager, type ListSearchParams, listQuery, readListPage } from "../../../components/list-pager";
import { countryName } from "../../../i18n/format";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { publicApi } from "../../../server/api";
import { site } from "../../../server/site";

export const generateMetadata = pageMetadata("people", "/people");

/** Rendered per request: the answer depends on the query (the first page with none is kept, see first-page/people). */
export const dynamic = "force-dynamic";

/** The countries the site tracks, each a way to narrow the list. */
const trackedCountries = () => [...new Set(site().pairs.flat())].filter((c) => /^[A-Z]{2}$/.test(c));

/** People alphabetically, a page at a time, each with their country; a tracked country narrows the list. */
export default async function PeoplePage({ params, searchParams }: { params: LocaleParams; searchParams: ListSearchParams }) {
  const locale = await pageLocale(params);
  const query = await listQuery(searchParams, ["country"]);
  const countries = trackedCountries();
  const country = countries.includes(query.filters.country ?? "") ? query.filters.country : undefined;
  const api = publicApi();
  const [t, { page, cursor }] = await Promise.all([
    getTranslations({ locale, namespace: "people" }),
    readListPage((c) => api.person.list({ limit: query.limit, cursor: c, ...(country ? { country } : {}) }), query.cursor),
  ]);
  const path = href(locale, "/people");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("description")}</p>
      <FilterTabs
        label={t("byCountry")}
        allLabel={t("allCountries")}
        values={countries.map((c) => ({ value: c, label: countryName(c, locale) }))}
        chosen={country}
        link={(c) => (c ? `${path}?country=${c}` : path)}
      />
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="columns">
          {page.items.map((p) => (
            <li key={p.id}>
              <a href={href(locale, `/people/${p.slug}`)}>{p.name}</a>{" "}
              <span className="meta">{p.countryCode ? countryName(p.countryCode, locale) : t("otherCountries")}</span>
            </li>
          ))}
        </ul>
      )}
      <ListPager
        path={path}
        label={t("pages")}
        firstLabel={t("first")}
        nextLabel={t("next")}
        filters={{ country, limit: query.filters.limit }}
        cursor={cursor}
        nextCursor={page.nextCursor}
      />
    </>
  );
}
