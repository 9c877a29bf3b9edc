import { ENUM_LABELS, FILTER_MENU_CHOICES, ZEventListInput } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventItem } from "../../../components/event-item";
import { FilterMenu, MENUS, menusCut } from "../../../components/filter-menus";
import { alternates, href, type LocaleParams, pageLocale } from "../../../i18n/page";
import { publicApi } from "../../../server/api";

/** Rendered per request: the answer depends on the query. */
export const dynamic = "force-dynamic";

type Props = { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "timeline" });
  return { title: t("title"), description: t("description"), alternates: alternates(locale, "/events") };
}

const FILTERS = ["q", "from", "to", "type", "area", "person", "organization", "agreement", "pair", "limit", "cursor"] as const;

/** The filters from the address: one value each, empty ones dropped, so every state has one URL. */
function filtersFrom(params: Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {};
  for (const key of FILTERS) {
    const v = params[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (value?.trim()) out[key] = value.trim();
  }
  return out;
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "timeline" });
  const filters = filtersFrom(await searchParams);
  const parsed = ZEventListInput.safeParse({ ...filters, limit: filters.limit ? Number(filters.limit) : 20 });
  const api = publicApi();
  const [options, result] = await Promise.all([
    api.event.filterOptions(),
    parsed.success
      ? api.event.list(parsed.data).catch((e: unknown) => {
          // A forged or stale cursor is the address's fault; anything else is a real failure.
          if (e instanceof TRPCError && e.code === "BAD_REQUEST") return null;
          throw e;
        })
      : Promise.resolve(null),
  ]);
  const problems = parsed.success ? (result ? [] : [t("badCursor")]) : parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  const { cursor: _cursor, ...withoutCursor } = filters;
  const next = result?.nextCursor ? `?${new URLSearchParams({ ...withoutCursor, cursor: result.nextCursor })}` : null;
  const active = FILTERS.filter((k) => k !== "limit" && k !== "cursor" && filters[k]).length;
  const labels = ENUM_LABELS[locale];
  return (
    <>
      <h1>{t("title")}</h1>
      <details className="filters-panel" open={active > 0 || undefined}>
        <summary>{t("filtersToggle", { count: active })}</summary>
        <form method="get" className="filters" aria-label={t("filtersLabel")}>
          <label>
            {t("words")} <input name="q" type="search" defaultValue={filters.q} maxLength={200} />
          </label>
          <label>
            {t("from")} <input name="from" type="date" defaultValue={filters.from} />
          </label>
          <label>
            {t("to")} <input name="to" type="date" defaultValue={filters.to} />
          </label>
          {MENUS.map((name) => (
            <FilterMenu
              key={name}
              options={options}
              locale={locale}
              name={name}
              label={t(`menu.${name}`)}
              anyLabel={t("any")}
              value={filters[name]}
            />
          ))}
          {filters.limit && <input type="hidden" name="limit" value={filters.limit} />}
          <button type="submit">{t("show")}</button>
          <a href={href(locale, "/events")}>{t("clear")}</a>
          {menusCut(options) && (
            <p className="meta menus-cut">
              {t.rich("menusCut", {
                count: FILTER_MENU_CHOICES,
                people: (chunks) => <a href={href(locale, "/people")}>{chunks}</a>,
                organizations: (chunks) => <a href={href(locale, "/organizations")}>{chunks}</a>,
                agreements: (chunks) => <a href={href(locale, "/agreements")}>{chunks}</a>,
              })}
            </p>
          )}
        </form>
      </details>
      {problems.length > 0 && (
        <div role="alert" className="error filter-errors">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {result && (
        <>
          <p className="meta" aria-live="polite">
            {result.items.length === 0 ? t("none") : t("showing", { count: result.items.length, later: filters.cursor ? "yes" : "no" })}
          </p>
          <ol className="events">
            {result.items.map((e) => (
              <EventItem key={e.id} event={e} locale={locale} heading="h2" detail={labels.eventType[e.type]} />
            ))}
          </ol>
          <nav aria-label={t("pages")} className="pager">
            {filters.cursor && <a href={`?${new URLSearchParams(withoutCursor)}`}>{t("firstPage")}</a>}
            {next && (
              <a href={next} rel="next">
                {t("older")}
              </a>
            )}
          </nav>
        </>
      )}
    </>
  );
}
