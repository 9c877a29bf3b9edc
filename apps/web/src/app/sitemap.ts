import type { MetadataRoute } from "next";
import { publicApi } from "../server/api";
import { siteUrl } from "../server/downloads";

export const dynamic = "force-dynamic";

/** Every public record page, for search engines. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const api = publicApi();
  const base = siteUrl();
  const [events, agreements, people, commitments] = await Promise.all([
    api.event.list({ limit: 100 }),
    api.agreement.list({ limit: 100 }),
    api.person.list({ limit: 100 }),
    api.commitment.list({ limit: 100 }),
  ]);
  return [
    { url: `${base}/` },
    { url: `${base}/events` },
    { url: `${base}/open-data` },
    ...events.items.map((e) => ({ url: `${base}/events/${e.slug}` })),
    ...agreements.items.map((a) => ({ url: `${base}/agreements/${a.slug}` })),
    ...people.items.map((p) => ({ url: `${base}/people/${p.slug}` })),
    ...commitments.items.map((c) => ({ url: `${base}/commitments/${c.slug}` })),
  ];
}
