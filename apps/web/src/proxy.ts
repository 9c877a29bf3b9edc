/**
 * Every request: broken paths and cross-site writes refused, a request id and security headers
 * (the server that sends the page finishes its CSP: see server.mjs); then every page address
 * without a language (including the old unprefixed ones, such as /events/x) is redirected to the
 * reader's language (Accept-Language, then English).
 */
import { guardRequest, withSecurityHeaders } from "@ties/api/request-guard";
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { siteGuardOptions } from "./server/request-guard-options";

const localize = createMiddleware(routing);

/** Paths that are not pages in a language: the HTTP API, feeds, downloads and files. */
const UNLOCALIZED =
  /^\/(api|data|feeds|_next|favicon\.ico|icon|apple-icon|manifest\.webmanifest|robots\.txt|sitemap\.xml)(\/|$)|\.[a-z0-9]+$/i;

/**
 * Lists with no query, served from their kept first pages: the timeline (app/[locale]/timeline)
 * and the sources and people (app/[locale]/first-page). With a query each renders per request.
 */
const FIRST_PAGES = new RegExp(`^/(${routing.locales.join("|")})/(events|sources|people)/?$`);
const firstPagePath = (locale: string, list: string) => (list === "events" ? `/${locale}/timeline` : `/${locale}/first-page/${list}`);
/**
 * The 404 page drawn on the server (see app/[locale]/missing): asked for by the server in front
 * (server.mjs), which marks its request with this header; any other request for it is not found.
 */
const MISSING = new RegExp(`^/(${routing.locales.join("|")})/missing/?$`);
const NOT_FOUND_PAGE_HEADER = "x-ties-not-found-page";
/** Addresses that already start with a language. */
const IN_A_LANGUAGE = new RegExp(`^/(${routing.locales.join("|")})(/|$)`);

export function proxy(req: NextRequest) {
  const opts = siteGuardOptions();
  const r = guardRequest(req, req.nextUrl.pathname, opts);
  if (r.refusal) return withSecurityHeaders(r.refusal, opts);
  // The server in front already gave the request its id, and pages carry no nonce: only an address
  // without its language needs the language step (and a new request to see it).
  const path = req.nextUrl.pathname;
  const firstPage = req.nextUrl.search === "" ? FIRST_PAGES.exec(path) : null;
  const missing = req.headers.get(NOT_FOUND_PAGE_HEADER) === "1" ? null : MISSING.exec(path);
  const res = firstPage
    ? NextResponse.rewrite(new URL(firstPagePath(firstPage[1]!, firstPage[2]!), req.url))
    : missing
      ? NextResponse.rewrite(new URL(`/${missing[1]}/not-found`, req.url))
      : UNLOCALIZED.test(path) || IN_A_LANGUAGE.test(path)
        ? NextResponse.next()
        : localize(new NextRequest(req.url, { headers: r.requestHeaders, method: req.method }));
  for (const [k, v] of r.responseHeaders) res.headers.set(k, v);
  return res;
}
