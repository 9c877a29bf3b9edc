import type { MetadataRoute } from "next";
import { siteUrl } from "../server/downloads";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/trpc"] }], sitemap: `${siteUrl()}/sitemap.xml` };
}
