import { ENUM_LABELS, SOURCE_GRADES, type SourceGrade } from "@ties/domain";
import { getTranslations } from "next-intl/server";
import { GradeBadge } from "../../../components/badges";
import { FilterTabs } from "../../../components/filter-tabs";
import { ListPager, type ListSearchParams, listQuery, readListPage } from "../../../components/list-pager";
import { formatDate } from "../../../i18n/format";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { publicApi } from "../../../server/api";

export const generateMetadata = pageMetadata("sources", "/sources");

/** Rendered per request: the answer depends on the query (the first page with none is kept, see first-page/sources). */
export const dynamic = "force-dynamic";

const isGrade = (g: string | undefined): g is SourceGrade => (SOURCE_GRADES as readonly string[]).includes(g ?? "");

/** Published sources, newest first, a page at a time, each with its reliability grade; a grade narrows the list. */
export default async function SourcesPage({ params, searchParams }: { params: LocaleParams; searchParams: ListSearchParams }) {
  const locale = await pageLocale(params);
  const query = await listQuery(searchParams, ["grade"]);
  const grade = isGrade(query.filters.grade) ? query.filters.grade : undefined;
  const api = publicApi();
  const [t, { page, cursor }] = await Promise.all([
    getTranslations({ locale, namespace: "sources" }),
    readListPage((c) => api.source.list({ limit: query.limit, cursor: c, ...(grade ? { grade } : {}) }), query.cursor),
  ]);
  const labels = ENUM_LABELS[locale];
  const path = href(locale, "/sources");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">
        {t("description")} <a href={href(locale, "/methodology#grades")}>{t("howGraded")}</a>
      </p>
      <FilterTabs
        label={t("byGrade")}
        allLabel={t("allGrades")}
        values={SOURCE_GRADES.map((g) => ({ value: g, label: labels.grade[g] }))}
        chosen={grade}
        link={(g) => (g ? `${path}?grade=${g}` : path)}
      />
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="cards">
          {page.items.map((s) => (
            <li key={s.id}>
              <a href={href(locale, `/sources/${s.slug}`)} lang={s.language}>
                {s.title}
              </a>
              <p className="meta">
                <GradeBadge grade={s.grade} locale={locale} /> {labels.sourceKind[s.kind]} · {s.publisherName} ·{" "}
                {s.publishedAt ? formatDate(s.publishedAt, locale) : t("undated")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ListPager
        path={path}
        label={t("pages")}
        firstLabel={t("newest")}
        nextLabel={t("older")}
        filters={{ grade, limit: query.filters.limit }}
        cursor={cursor}
        nextCursor={page.nextCursor}
      />
    </>
  );
}
