/**
 * The plain HTTP/JSON read API (GET /api/v1/...): routes a request to a public tRPC query,
 * coerces the query string through the procedure's own input schema, and answers JSON with an
 * ETag and Cache-Control. Errors go through the shared mapping in `http-status.ts`.
 */
import { TiesError } from "@ties/domain";
import { type AnyTRPCRouter, callTRPCProcedure, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../context";
import { cachedJsonResponse, PUBLIC_CACHE_CONTROL } from "../http-cache";
import { type HttpErrorBody, httpErrorResponse, jsonError } from "../http-status";
import { serverTiming } from "../procedure-timing";
import { procedureAt, procedureSchemas } from "./procedure-schemas";
import { parseQuery, withoutId } from "./query-params";
import { REST_RESOURCES, type RestIndex, type RestResource, routeOf } from "./resources";

const NO_PARAMETERS = z.object({});

export interface RestHandlerOptions {
  router: AnyTRPCRouter;
  /** Must build a public-surface context: the REST API is read-only and anonymous. */
  createContext: () => Context | Promise<Context>;
  /** Where the API is mounted; the default is /api/v1. */
  basePath?: string;
  resources?: readonly RestResource[];
  cacheControl?: string;
}

const ALLOW = "GET, HEAD";

/** The answer to any method but GET and HEAD (also the OpenAPI document's example of a 405). */
export const METHOD_NOT_ALLOWED: HttpErrorBody = {
  error: { code: "METHOD_NOT_SUPPORTED", message: "This API is read-only: use GET", fields: null },
};

/** GET {basePath}: what the API holds and where each resource lives, for a client finding its way. */
export function restIndex(basePath: string, resources: readonly RestResource[]): RestIndex {
  return {
    name: "Ties public API",
    description: "Read-only JSON for the published record. Every list is paginated with `limit` and `cursor`.",
    openapi: "/api/openapi.json",
    resources: resources.map((r) => ({
      name: r.segment,
      description: r.description,
      href: `${basePath}/${r.segment}`,
      item: r.byId ? `${basePath}/${r.segment}/{idOrSlug}` : null,
    })),
  };
}

export function createRestHandler(opts: RestHandlerOptions): (req: Request) => Promise<Response> {
  const basePath = (opts.basePath ?? "/api/v1").replace(/\/+$/, "");
  const resources = opts.resources ?? REST_RESOURCES;
  return async (req) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        return jsonError(405, METHOD_NOT_ALLOWED, { allow: ALLOW });
      }
      const url = new URL(req.url);
      const rel = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
      let segments: string[];
      try {
        segments = rel.split("/").filter(Boolean).map(decodeURIComponent);
      } catch {
        throw new TiesError("NOT_FOUND", "No such resource");
      }
      if (segments.length === 0) {
        parseQuery(NO_PARAMETERS, url.searchParams);
        return cachedJsonResponse(req, restIndex(basePath, resources), opts.cacheControl ?? PUBLIC_CACHE_CONTROL);
      }
      const found = routeOf(resources, segments);
      const target = found && {
        path: found.idOrSlug === null ? found.resource.list : (found.resource.byId ?? found.resource.list),
        idOrSlug: found.idOrSlug,
        segment: found.resource.segment,
      };
      const procedure = target ? procedureAt(opts.router, target.path) : null;
      if (!target || !procedure) throw new TiesError("NOT_FOUND", `No such resource: ${url.pathname}`);

      // A record's id comes from the path; any other input the procedure takes (e.g. `today`) from
      // the query. A procedure without an object input (statistics totals) takes no parameters.
      const schema = procedureSchemas(procedure).input;
      // Without an input schema the query must be empty (checked for its error), and nothing is passed.
      if (target.idOrSlug === null && !schema) parseQuery(NO_PARAMETERS, url.searchParams);
      const input =
        target.idOrSlug === null
          ? schema
            ? parseQuery(schema, url.searchParams)
            : undefined
          : { ...(schema && "id" in schema.shape ? parseQuery(withoutId(schema), url.searchParams) : {}), id: target.idOrSlug };

      const ctx = await opts.createContext();
      const started = performance.now();
      let result: unknown;
      try {
        result = await callTRPCProcedure({
          router: opts.router,
          path: target.path,
          type: "query",
          ctx,
          getRawInput: async () => input,
          signal: req.signal,
          batchIndex: 0,
        });
      } catch (e) {
        // A path segment that is not even a well-formed id or slug names nothing: 404, like an unknown one.
        if (target.idOrSlug !== null && e instanceof TRPCError && e.code === "BAD_REQUEST") {
          throw new TiesError("NOT_FOUND", `No ${target.segment} record ${target.idOrSlug}`);
        }
        throw e;
      }
      const res = cachedJsonResponse(req, result, opts.cacheControl ?? PUBLIC_CACHE_CONTROL);
      res.headers.set("Server-Timing", serverTiming(performance.now() - started));
      return res;
    } catch (e) {
      return httpErrorResponse(e);
    }
  };
}
