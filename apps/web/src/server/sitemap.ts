/**
 * The site's sitemap: an index (/sitemap.xml) of files (/sitemaps/<name>.xml), one for the list
 * pages and one per slice of each kind's published records, so that no file passes the protocol's
 * 50,000 addresses however large the record grows.
 */
import "server-only";
import { RECORDS_PER_SITEMAP, sitemapFiles, sitemapIndex, sitemapUrls } from "@ties/api/feeds";
import { publishedCounts, publishedSlugs, SITEMAP_KINDS, type SitemapKind } from "@ties/db";
import { LOCALES } from "@ties/domain";
import { recordPath } from "../i18n/record-path";
import { db } from "./api";
import { download, siteUrl } from "./downloads";
import { site } from "./site";

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

const XML = "application/xml; charset=utf-8";
const scope = () => ({ pairs: site().pairs });

export async function sitemapIndexResponse(): Promise<Response> {
  const files = sitemapFiles(await publishedCounts(db(), scope()));
  return download(sitemapIndex(files.map((f) => `${siteUrl()}/sitemaps/${f}.xml`)), XML);
}

const FILE = new RegExp(`^(?:pages|(${SITEMAP_KINDS.join("|")})-(\\d{1,6}))\\.xml$`);

/** One file of the index, or null for a name it does not list. */
export async function sitemapFileResponse(name: string): Promise<Response | null> {
  const m = FILE.exec(name);
  if (!m) return null;
  const urls = (paths: string[]) => download(sitemapUrls(paths, { base: siteUrl(), locales: LOCALES }), XML);
  if (!m[1]) return urls(LISTS);
  const kind = m[1] as SitemapKind;
  const slugs = await publishedSlugs(db(), kind, { offset: Number(m[2]) * RECORDS_PER_SITEMAP, limit: RECORDS_PER_SITEMAP }, scope());
  if (slugs.length === 0 && Number(m[2]) > 0) return null;
  return urls(slugs.map((slug) => recordPath(kind, slug)!));
}
