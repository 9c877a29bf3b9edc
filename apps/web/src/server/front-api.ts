/**
 * The HTTP API answered in front of Next.js (see `@ties/api/front-routes`): the REST reads and the
 * typed client's calls go from the Node server straight to their handlers, guarded as the site's
 * middleware guards every request (broken paths and cross-site writes refused, security headers).
 * Their route handlers under app/api stay for `next dev` and for requests before this is registered.
 */
import "server-only";
import type { FrontRoutes } from "@ties/api/front-routes";
import { guardRequest, withSecurityHeaders } from "@ties/api/request-guard";
import { restHandler, trpcHandler } from "./http-api";
import { siteGuardOptions } from "./request-guard-options";

const TRPC = "/api/trpc/";
const REST = "/api/v1/";

export const frontApi: FrontRoutes = {
  prefixes: [REST, TRPC],
  async handle(request, pathname) {
    const opts = siteGuardOptions();
    const guard = guardRequest(request, pathname, opts);
    if (guard.refusal) return withSecurityHeaders(guard.refusal, opts);
    const handled = await (pathname.startsWith(TRPC) ? trpcHandler(request) : restHandler(request));
    const answer = new Response(handled.body, handled);
    for (const [k, v] of guard.responseHeaders) answer.headers.set(k, v);
    return answer;
  },
};
