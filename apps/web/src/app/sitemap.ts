import { allPages } from "@ties/api/feeds";
import type { MetadataRoute } from "next";
import { publicApi } from "../server/api";
import { siteUrl } from "../server/downloads";

export const dynamic = "force-dynamic";

/** Every public record page, for search engines (one sitemap holds up to 50,000 addresses). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const api = publicApi();
  const base = siteUrl();
  const [events, agreements, people, commitments] = await Promise.all([
    allPages((cursor) => api.event.list({ limit: 100, cursor })),
    allPages((cursor) => api.agreement.list({ limit: 100, cursor })),
    allPages((cursor) => api.person.list({ limit: 100, cursor })),
    allPages((cursor) => api.commitment.list({ limit: 100, cursor })),
  ]);
  return [
    { url: `${base}/` },
    { url: `${base}/events` },
    { url: `${base}/open-data` },
    ...events.map((e) => ({ url: `${base}/events/${e.slug}` })),
    ...agreements.map((a) => ({ url: `${base}/agreements/${a.slug}` })),
    ...people.map((p) => ({ url: `${base}/people/${p.slug}` })),
    ...commitments.map((c) => ({ url: `${base}/commitments/${c.slug}` })),
  ];
}
