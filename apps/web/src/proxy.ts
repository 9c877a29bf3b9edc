/**
 * Every request: broken paths and cross-site writes refused, a request id and security headers
 * (the CSP's script hashes are added by the server that sends the page); then every page address without a language (including the old unprefixed ones, such
 * as /events/x) is redirected to the reader's language (Accept-Language, then English).
 */
import { guardRequest, withSecurityHeaders } from "@ties/api/request-guard";
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { siteEnv } from "./server/env";

const localize = createMiddleware(routing);

/** Paths that are not pages in a language: the HTTP API, feeds, downloads and files. */
const UNLOCALIZED =
  /^\/(api|data|feeds|_next|favicon\.ico|icon|apple-icon|manifest\.webmanifest|robots\.txt|sitemap\.xml)(\/|$)|\.[a-z0-9]+$/i;

export function proxy(req: NextRequest) {
  const publicUrl = siteEnv().WEB_URL;
  const opts = {
    publicUrl,
    trustedOrigins: [publicUrl],
    requireOrigin: false,
    frameAncestors: "'self'",
    // Pages are rendered once and kept until the record changes: no per-answer nonce.
    inlineScripts: "hashes",
  } as const;
  const r = guardRequest(req, req.nextUrl.pathname, opts);
  if (r.refusal) return withSecurityHeaders(r.refusal, opts);
  let res: NextResponse;
  if (UNLOCALIZED.test(req.nextUrl.pathname)) {
    res = NextResponse.next({ request: { headers: r.requestHeaders } });
  } else {
    // The language step sees the request as the page will: with its id.
    res = localize(new NextRequest(req.url, { headers: r.requestHeaders, method: req.method }));
  }
  for (const [k, v] of r.responseHeaders) res.headers.set(k, v);
  return res;
}
