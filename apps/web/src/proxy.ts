/** Every request: broken paths and cross-site writes refused, a request id, security headers and a CSP nonce. */
import { guardRequest, withSecurityHeaders } from "@ties/api/request-guard";
import { type NextRequest, NextResponse } from "next/server";
import { siteEnv } from "./server/env";

export function proxy(req: NextRequest) {
  const publicUrl = siteEnv().WEB_URL;
  const opts = { publicUrl, trustedOrigins: [publicUrl], requireOrigin: false, frameAncestors: "'self'" } as const;
  const r = guardRequest(req, req.nextUrl.pathname, opts);
  if (r.refusal) return withSecurityHeaders(r.refusal, opts);
  const res = NextResponse.next({ request: { headers: r.requestHeaders } });
  for (const [k, v] of r.responseHeaders) res.headers.set(k, v);
  return res;
}
