/**
 * What both apps' proxies do to every request before Next.js sees it: refuse broken paths and
 * cross-site writes, give the request an id, and put the security headers (a per-request CSP
 * nonce among them) on the answer. Pure functions of the request, so they are tested without a
 * server.
 */
import { brokenPathResponse } from "./path-guard";

export interface GuardOptions {
  /** Exact origins (scheme://host:port) allowed to send writes: the app's own and any extra. */
  trustedOrigins: readonly string[];
  /** The app's public address; https turns on HSTS and upgrade-insecure-requests. */
  publicUrl: string;
  /**
   * Refuse writes that do not say where they come from. On for the admin app, whose writes ride
   * on a session cookie; the public site has no credentials to forge, so non-browser clients may
   * write there (its API answers them) as long as no browser says the page was another site's.
   */
  requireOrigin: boolean;
  /** Who may frame the pages: nobody for the admin app, the site itself for the public one. */
  frameAncestors: "'none'" | "'self'";
  /**
   * How inline scripts are allowed. "nonce": a fresh nonce per answer, so every page is rendered
   * per request (the admin app). "hashes": pages can be rendered once and kept; the server that
   * sends a page adds the SHA-256 of each of its inline scripts (see `serve-next.mjs`), so the
   * policy is as strict without a nonce (the public site).
   */
  inlineScripts?: "nonce" | "hashes";
}

export type GuardResult =
  | { refusal: Response }
  | { refusal: null; nonce: string | null; requestId: string; requestHeaders: Headers; responseHeaders: Headers };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message, fields: null } }, { status, headers: { "cache-control": "no-store" } });
}

function originOf(value: string): string | null {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Why a write must be refused, or null when it comes from a trusted origin. A browser names the
 * page that sent a write in `Origin` (and `Sec-Fetch-Site`); a write with neither, or from any
 * origin not exactly trusted (`null`, another host, a look-alike such as
 * http://localhost:3001.evil.test), is refused. Reads are never refused here.
 */
export function crossSiteRefusal(
  req: Pick<Request, "method" | "headers">,
  trustedOrigins: readonly string[],
  requireOrigin = true,
): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  const trusted = new Set(trustedOrigins.map(originOf).filter((o): o is string => o !== null));
  const origin = req.headers.get("origin");
  const fetchSite = req.headers.get("sec-fetch-site");
  if (origin !== null) {
    const o = originOf(origin);
    if (o === null || !trusted.has(o) || o !== origin.replace(/\/$/, ""))
      return `Writes from the origin ${origin.slice(0, 100)} are not accepted`;
    return null;
  }
  if (fetchSite === "same-origin" || (!requireOrigin && (fetchSite === null || fetchSite === "none"))) return null;
  return fetchSite
    ? `Writes from a ${fetchSite.slice(0, 20)} page are not accepted`
    : "Writes must say which page sent them (an Origin header)";
}

function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The Content-Security-Policy of a page answered with `nonce`: scripts only with the nonce, no plugins, no framing by others. */
export function contentSecurityPolicy(nonce: string | null, opts: Pick<GuardOptions, "frameAncestors" | "publicUrl">): string {
  const https = opts.publicUrl.startsWith("https://");
  return [
    "default-src 'self'",
    // Without a nonce, the page's server appends the hash of each inline script to this directive.
    nonce === null ? "script-src 'self'" : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React writes style attributes (charts, widths); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${opts.frameAncestors}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers every answer carries. */
export function securityHeaders(nonce: string | null, opts: Pick<GuardOptions, "frameAncestors" | "publicUrl">): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(nonce, opts),
    "x-content-type-options": "nosniff",
    "x-frame-options": opts.frameAncestors === "'none'" ? "DENY" : "SAMEORIGIN",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "cross-origin-opener-policy": "same-origin",
    ...(opts.publicUrl.startsWith("https://") ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

export function guardRequest(req: Request, pathname: string, opts: GuardOptions): GuardResult {
  const broken = brokenPathResponse(pathname);
  if (broken) return { refusal: broken };
  const why = crossSiteRefusal(req, opts.trustedOrigins, opts.requireOrigin);
  if (why) return { refusal: errorResponse(403, "FORBIDDEN", why) };

  const nonce = opts.inlineScripts === "hashes" ? null : newNonce();
  const given = req.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
  const headers = securityHeaders(nonce, opts);
  const requestHeaders = new Headers(req.headers);
  if (nonce !== null) {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    requestHeaders.set("content-security-policy", headers["content-security-policy"] ?? "");
    requestHeaders.set("x-nonce", nonce);
  }
  requestHeaders.set("x-request-id", requestId);
  const responseHeaders = new Headers(headers);
  responseHeaders.set("x-request-id", requestId);
  return { refusal: null, nonce, requestId, requestHeaders, responseHeaders };
}

/** Security headers for an answer the guard refused, so even a 403 cannot be framed or sniffed. */
export function withSecurityHeaders(res: Response, opts: Pick<GuardOptions, "frameAncestors" | "publicUrl" | "inlineScripts">): Response {
  for (const [k, v] of Object.entries(securityHeaders(opts.inlineScripts === "hashes" ? null : newNonce(), opts))) res.headers.set(k, v);
  return res;
}
