/**
 * JSON responses that caches and clients can revalidate: a strong ETag (a hash of the exact
 * body), `If-None-Match` answered with 304, and a shared Cache-Control policy.
 */
import { createHash } from "node:crypto";

/** Public reads change only when an editor publishes; a minute of staleness is fine, and revalidation is cheap. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): a W/ prefix does not matter. */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

export function cachedJsonResponse(req: Request, value: unknown, cacheControl = PUBLIC_CACHE_CONTROL): Response {
  const body = JSON.stringify(value);
  const etag = strongEtag(body);
  const headers = { etag, "cache-control": cacheControl, vary: "accept-encoding" };
  if (etagMatches(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(req.method === "HEAD" ? null : body, {
    status: 200,
    headers: { ...headers, "content-type": "application/json; charset=utf-8" },
  });
}
