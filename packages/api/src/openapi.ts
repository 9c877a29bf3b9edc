/**
 * The OpenAPI 3.1 document of the plain HTTP read API, generated from the same procedures the
 * REST handler calls: parameters from their zod input schemas, responses from their zod output
 * schemas. Nothing is described by hand twice.
 */
import type { AnyTRPCRouter } from "@trpc/server";
import { createDocument, type oas31, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { z } from "zod";
import { ZHttpErrorBody } from "./http-status";
import { procedureAt, procedureSchemas } from "./rest/procedure-schemas";
import { REST_RESOURCES, type RestResource } from "./rest/resources";

export interface OpenApiOptions {
  router: AnyTRPCRouter;
  /** The server the document points at, e.g. https://ties.example. */
  serverUrl?: string;
  basePath?: string;
  resources?: readonly RestResource[];
}

const DESCRIPTION = `Read-only JSON over HTTP for the public record. Every response is JSON.

- Lists return \`{ items, nextCursor }\`. Pass \`nextCursor\` back as \`cursor\` for the next page; it is null on the last page. \`limit\` is 1-100 (default 20).
- Query strings: an empty value counts as absent; an unknown parameter, or a parameter given twice, is a 400 (a misspelt filter fails loudly rather than returning everything). List parameters also take comma-separated values.
- Errors are \`{ error: { code, message, fields } }\` with status 400 (invalid parameters; \`fields\` names each bad one), 404 (no such record or path), 405 (any method but GET/HEAD) or 500.
- Responses carry a strong \`ETag\` (send it back in \`If-None-Match\` for a 304) and \`Cache-Control: public, max-age=60, stale-while-revalidate=300\`.
- TypeScript users: the typed tRPC client (@ties/client) talks to /api/trpc.`;

const cacheHeaders = {
  ETag: { description: "Strong validator: a hash of the body", schema: { type: "string" as const } },
  "Cache-Control": { description: "Caching policy", schema: { type: "string" as const } },
};

const errorContent = { "application/json": { schema: ZHttpErrorBody } };

function errors(notFound: string, badRequest?: string): ZodOpenApiResponsesObject {
  return {
    "304": { description: "Not modified: the ETag sent in If-None-Match still matches", headers: cacheHeaders },
    ...(badRequest ? { "400": { description: badRequest, content: errorContent } } : {}),
    "404": { description: notFound, content: errorContent },
    "405": { description: "Method not allowed (the API is read-only)", content: errorContent },
    "500": { description: "Internal error", content: errorContent },
  };
}

export function buildOpenApiDocument(opts: OpenApiOptions): oas31.OpenAPIObject {
  const basePath = (opts.basePath ?? "/api/v1").replace(/\/+$/, "");
  const paths: ZodOpenApiPathsObject = {};
  const schemas: Record<string, z.ZodType> = { Error: ZHttpErrorBody };
  for (const r of opts.resources ?? REST_RESOURCES) {
    const list = procedureAt(opts.router, r.list);
    if (!list) continue;
    const { input, output } = procedureSchemas(list);
    if (output) schemas[`${r.item}Page`] = output;
    paths[`${basePath}/${r.segment}`] = {
      get: {
        operationId: `list${r.title.replace(/\W/g, "")}`,
        summary: `List ${r.title.toLowerCase()}`,
        tags: [r.title],
        requestParams: input ? { query: input } : undefined,
        responses: {
          "200": {
            description: "A page of results",
            headers: cacheHeaders,
            content: { "application/json": { schema: output ?? z.unknown() } },
          },
          ...errors("Unknown path", "Invalid query parameters"),
        },
      },
    };
    const one = r.byId ? procedureAt(opts.router, r.byId) : null;
    if (!one) continue;
    const detail = procedureSchemas(one).output;
    if (detail) schemas[`${r.item}Detail`] = detail;
    paths[`${basePath}/${r.segment}/{idOrSlug}`] = {
      get: {
        operationId: `get${r.item.replace(/\W/g, "")}`,
        summary: `One ${r.item.toLowerCase()}, by id or slug`,
        tags: [r.title],
        requestParams: { path: z.object({ idOrSlug: z.string().min(1).max(120).meta({ description: "The record's id or its slug" }) }) },
        responses: {
          "200": { description: "The record", headers: cacheHeaders, content: { "application/json": { schema: detail ?? z.unknown() } } },
          ...errors("No published record with this id or slug"),
        },
      },
    };
  }
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Ties public API", version: "1.0.0", description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
    servers: opts.serverUrl ? [{ url: opts.serverUrl }] : undefined,
    paths,
    components: { schemas },
  });
}
