/**
 * Sitemaps (sitemaps.org 0.9, with each page's translations as xhtml:link alternates, the form
 * search engines read for hreflang): an index of files, and a file of addresses. Written as
 * strings like the Atom feed, with the same escaping: two fixed elements need no XML library.
 */
import { xmlText as esc } from "./xml-text";

/** Records in one sitemap file: each has a page per language, and a file holds at most 50,000 addresses. */
export const RECORDS_PER_SITEMAP = 10_000;

export function sitemapIndex(files: string[]): string {
  const entries = files.map((loc) => `<sitemap><loc>${esc(loc)}</loc></sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

/** Every path in every language, each entry naming all its translations. */
export function sitemapUrls(paths: string[], opts: { base: string; locales: readonly string[] }): string {
  const url = (locale: string, path: string) => esc(`${opts.base}/${locale}${path}`);
  const entries = paths.map((path) => {
    const alternates = opts.locales.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(l, path)}"/>`).join("");
    return opts.locales.map((l) => `<url><loc>${url(l, path)}</loc>${alternates}</url>`).join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join("\n")}\n</urlset>\n`;
}

/** The files of a sitemap: the site's own list pages, then each kind's records in slices. */
export function sitemapFiles(counts: Record<string, number>): string[] {
  const files = ["pages"];
  for (const [kind, n] of Object.entries(counts)) {
    for (let i = 0; i * RECORDS_PER_SITEMAP < n; i++) files.push(`${kind}-${i}`);
  }
  return files;
}
