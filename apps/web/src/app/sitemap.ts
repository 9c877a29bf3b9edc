import { allPages } from "@ties/api/feeds";
import { LOCALES } from "@ties/domain";
import type { MetadataRoute } from "next";
import { publicApi } from "../server/api";
import { siteUrl } from "../server/downloads";

export const dynamic = "force-dynamic";

const LISTS = [
  "",
  "/events",
  "/agreements",
  "/commitments",
  "/people",
  "/organizations",
  "/areas",
  "/sources",
  "/claims",
  "/methodology",
  "/open-data",
];

/**
 * Every public page in every language, each entry naming its translations (hreflang), for search
 * engines (one sitemap holds up to 50,000 addresses).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const api = publicApi();
  const base = siteUrl();
  const [events, agreements, people, commitments, organizations, areas, sources, claims] = await Promise.all([
    allPages((cursor) => api.event.list({ limit: 100, cursor })),
    allPages((cursor) => api.agreement.list({ limit: 100, cursor })),
    allPages((cursor) => api.person.list({ limit: 100, cursor })),
    allPages((cursor) => api.commitment.list({ limit: 100, cursor })),
    allPages((cursor) => api.organization.list({ limit: 100, cursor })),
    allPages((cursor) => api.area.list({ limit: 100, cursor })),
    allPages((cursor) => api.source.list({ limit: 100, cursor })),
    allPages((cursor) => api.claim.list({ limit: 100, cursor })),
  ]);
  const paths = [
    ...LISTS,
    ...events.map((e) => `/events/${e.slug}`),
    ...agreements.map((a) => `/agreements/${a.slug}`),
    ...people.map((p) => `/people/${p.slug}`),
    ...commitments.map((c) => `/commitments/${c.slug}`),
    ...organizations.map((o) => `/organizations/${o.slug}`),
    ...areas.map((a) => `/areas/${a.slug}`),
    ...sources.map((s) => `/sources/${s.slug}`),
    ...claims.map((c) => `/claims/${c.slug}`),
  ];
  const languages = (path: string) => Object.fromEntries(LOCALES.map((l) => [l, `${base}/${l}${path}`]));
  return paths.flatMap((path) => LOCALES.map((l) => ({ url: `${base}/${l}${path}`, alternates: { languages: languages(path) } })));
}
