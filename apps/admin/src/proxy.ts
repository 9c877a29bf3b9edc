/** Every request: broken paths and cross-site writes refused, a request id, security headers and a CSP nonce. */
import { guardRequest, withSecurityHeaders } from "@ties/api/request-guard";
import { type NextRequest, NextResponse } from "next/server";
import { originEnv } from "./server/env";

export function proxy(req: NextRequest) {
  const { publicUrl, trustedOrigins } = originEnv();
  const opts = { publicUrl, trustedOrigins, requireOrigin: true, frameAncestors: "'none'" } as const;
  const r = guardRequest(req, req.nextUrl.pathname, opts);
  if (r.refusal) return withSecurityHeaders(r.refusal, opts);
  const res = NextResponse.next({ request: { headers: r.requestHeaders } });
  for (const [k, v] of r.responseHeaders) res.headers.set(k, v);
  // Every admin answer is about one signed-in person: never kept by a browser or a shared cache.
  if (!req.nextUrl.pathname.startsWith("/_next/static/")) res.headers.set("cache-control", "no-store");
  return res;
}
