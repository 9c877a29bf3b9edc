import { SEARCH_KINDS, type SearchHit, type SearchKind, ZSearchInput } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterTabs } from "../../../components/filter-tabs";
import { alternates, href, type LocaleParams, pageLocale } from "../../../i18n/page";
import { recordPath } from "../../../i18n/record-path";
import { publicApi } from "../../../server/api";

/** Rendered per request: the answer depends on the query. */
export const dynamic = "force-dynamic";

type Props = { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  // Result pages are for readers, not for search engines' indexes.
  return { title: t("title"), alternates: alternates(locale, "/search"), robots: { index: false, follow: true } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** Ranked results across kinds with the matched words highlighted; kinds are links (tabs), so no JavaScript is needed. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  const sp = await searchParams;
  const q = one(sp.q);
  const kindParam = one(sp.kind);
  const kind = (SEARCH_KINDS as readonly string[]).includes(kindParam) ? (kindParam as SearchKind) : null;
  const cursor = one(sp.cursor) || null;
  const parsed = q ? ZSearchInput.safeParse({ q, kinds: kind ? [kind] : undefined, limit: 20, cursor }) : null;
  const result =
    parsed?.success === true
      ? await publicApi()
          .search.query(parsed.data)
          .catch((e: unknown) => {
            if (e instanceof TRPCError && e.code === "BAD_REQUEST") return null;
            throw e;
          })
      : null;
  const base = href(locale, "/search");
  const link = (params: Record<string, string | null>) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) u.set(k, v);
    return `${base}?${u}`;
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <search>
        <form method="get" action={base} className="search-form">
          <label>
            {t("label")} <input name="q" type="search" defaultValue={q} maxLength={200} />
          </label>
          {kind && <input type="hidden" name="kind" value={kind} />}
          <button type="submit">{t("button")}</button>
        </form>
      </search>
      {q && (
        <FilterTabs
          label={t("kinds")}
          allLabel={t("kind.all")}
          values={SEARCH_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          chosen={kind ?? undefined}
          link={(k) => link(k ? { q, kind: k } : { q })}
        />
      )}
      {parsed && !parsed.success && (
        <p role="alert" className="error">
          {t("invalid")}
        </p>
      )}
      {result && (
        <>
          <p className="meta" aria-live="polite">
            {result.items.length === 0 ? t("none", { q }) : t("count", { count: result.items.length, q })}
          </p>
          <ol className="search-results">
            {result.items.map((hit) => (
              <Hit key={`${hit.kind}-${hit.id}`} hit={hit} locale={locale} kindLabel={t(`kind.${hit.kind}`)} />
            ))}
          </ol>
          {result.nextCursor && (
            <nav aria-label={t("pages")} className="pager">
              <a href={link({ q, kind, cursor: result.nextCursor })} rel="next">
                {t("more")}
              </a>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function Hit({ hit, locale, kindLabel }: { hit: SearchHit; locale: "en" | "fr" | "ko"; kindLabel: string }) {
  const path = recordPath(hit.kind, hit.slug);
  return (
    <li className={`hit hit-${hit.kind}`}>
      <span className="kind">{kindLabel}</span>
      <h2 className="hit-title">{path ? <a href={href(locale, path)}>{hit.title}</a> : hit.title}</h2>
      <p className="snippet" lang="en">
        {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </p>
    </li>
  );
}
