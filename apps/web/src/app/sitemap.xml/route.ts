/** GET /sitemap.xml: the index of the site's sitemap files (see server/sitemap.ts). */
import { sitemapIndexResponse } from "../../server/sitemap";

export const dynamic = "force-dynamic";

export const GET = () => sitemapIndexResponse();
