import { brokenPathResponse } from "@ties/api/path-guard";
import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";

const localize = createMiddleware(routing);

/** Paths that are not pages in a language: the HTTP API, feeds, downloads and files. */
const UNLOCALIZED = /^\/(api|data|feeds|_next|favicon\.ico|icon|apple-icon|manifest\.webmanifest|robots\.txt|sitemap\.xml)(\/|$)|\.[a-z0-9]+$/i;

/**
 * Broken percent-encoding is refused first; every page address without a language (including the
 * old unprefixed ones, such as /events/x) is redirected to the reader's language (Accept-Language,
 * then English).
 */
export function proxy(req: NextRequest) {
  const broken = brokenPathResponse(req.nextUrl.pathname);
  if (broken) return broken;
  if (UNLOCALIZED.test(req.nextUrl.pathname)) return NextResponse.next();
  return localize(req);
}
