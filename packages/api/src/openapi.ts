/**
 * The OpenAPI 3.1 document of the plain HTTP read API, generated from the same procedures the
 * REST handler calls: parameters from their zod input schemas, responses from their zod output
 * schemas. Nothing is described by hand twice.
 */
import type { AnyTRPCRouter } from "@trpc/server";
import { createDocument, type oas31, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { TiesError } from "@ties/domain";
import { z } from "zod";
import { httpErrorBody, ZHttpErrorBody } from "./http-status";
import { requireFound } from "./require-found";
import type { OpenApiExamples } from "./rest/openapi-examples";
import { parameterExamples } from "./rest/parameter-examples";
import { procedureAt, procedureSchemas } from "./rest/procedure-schemas";
import { parseQuery } from "./rest/query-params";
import { METHOD_NOT_ALLOWED, restIndex } from "./rest/rest-handler";
import { REST_RESOURCES, type RestResource, ZRestIndex } from "./rest/resources";

export interface OpenApiOptions {
  router: AnyTRPCRouter;
  /** The server the document points at, e.g. https://ties.example. */
  serverUrl?: string;
  basePath?: string;
  resources?: readonly RestResource[];
  /** Real answers to show as examples, per resource segment (see collectOpenApiExamples). */
  examples?: OpenApiExamples;
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

/** The body the REST handler answers for what `fail` throws: examples made by the code that makes the answers. */
function errorContent(fail: () => unknown) {
  let example: unknown;
  try {
    fail();
  } catch (e) {
    example = httpErrorBody(e);
  }
  return { "application/json": { schema: ZHttpErrorBody, example } };
}

const NO_PARAMETERS = z.object({});

interface ErrorCases {
  notFound: string;
  /** What the 404 example answers: an unknown path, or a record that does not exist. */
  missing: () => unknown;
  /** For operations that take a query string: its schema, which a limit out of range breaks. */
  query?: { description: string; schema: z.ZodObject };
}

function errors({ notFound, missing, query }: ErrorCases): ZodOpenApiResponsesObject {
  return {
    "304": { description: "Not modified: the ETag sent in If-None-Match still matches", headers: cacheHeaders },
    ...(query
      ? {
          "400": {
            description: query.description,
            content: errorContent(() => parseQuery(query.schema, new URLSearchParams("limit=1000"))),
          },
        }
      : {}),
    "404": { description: notFound, content: errorContent(missing) },
    "405": {
      description: "Method not allowed (the API is read-only)",
      content: { "application/json": { schema: ZHttpErrorBody, example: METHOD_NOT_ALLOWED } },
    },
    "500": {
      description: "Internal error",
      content: errorContent(() => {
        throw new Error("details are logged, never sent");
      }),
    },
  };
}

const unknownPath = (path: string) => () => {
  throw new TiesError("NOT_FOUND", `No such resource: ${path}`);
};

/** The query parameters, each with an example value the endpoint accepts. */
function documentedQuery(input: z.ZodObject | null, examples: Record<string, unknown>) {
  if (!input || Object.keys(input.shape).length === 0) return undefined;
  const shape = Object.fromEntries(
    Object.entries(input.shape as Record<string, z.ZodType>).map(([name, field]) => [
      name,
      name in examples ? field.meta({ param: { example: examples[name] } }) : field,
    ]),
  );
  return { query: z.object(shape) };
}

export function buildOpenApiDocument(opts: OpenApiOptions): oas31.OpenAPIObject {
  const basePath = (opts.basePath ?? "/api/v1").replace(/\/+$/, "");
  const resources = opts.resources ?? REST_RESOURCES;
  const paths: ZodOpenApiPathsObject = {
    [basePath]: {
      get: {
        operationId: "getIndex",
        summary: "The API's resources",
        description: "Each resource with a sentence on what it holds and its URL templates; a starting point for a client finding its way.",
        tags: ["Index"],
        responses: {
          "200": {
            description: "The index",
            headers: cacheHeaders,
            content: { "application/json": { schema: ZRestIndex, example: restIndex(basePath, resources) } },
          },
          ...errors({
            notFound: "Unknown path",
            missing: unknownPath(`${basePath}/nothing-here`),
            query: { description: "Unknown query parameters", schema: NO_PARAMETERS },
          }),
        },
      },
    },
  };
  const schemas: Record<string, z.ZodType> = { Error: ZHttpErrorBody, Index: ZRestIndex };
  for (const r of resources) {
    const list = procedureAt(opts.router, r.list);
    if (!list) continue;
    const { input, output } = procedureSchemas(list);
    const document = r.returns === "document";
    const example = opts.examples?.[r.segment];
    if (output) schemas[document ? r.item : `${r.item}Page`] = output;
    paths[`${basePath}/${r.segment}`] = {
      get: {
        operationId: document ? `get${r.item}` : `list${r.title.replace(/\W/g, "")}`,
        summary: document ? r.title : `List ${r.title.toLowerCase()}`,
        description: r.description,
        tags: [r.title],
        requestParams: documentedQuery(input, input ? parameterExamples(input, { resource: r, resources, examples: opts.examples }) : {}),
        responses: {
          "200": {
            description: document ? "The document" : "A page of results",
            headers: cacheHeaders,
            content: {
              "application/json": { schema: output ?? z.unknown(), ...(example?.list !== undefined ? { example: example.list } : {}) },
            },
          },
          ...errors({
            notFound: "Unknown path",
            missing: unknownPath(`${basePath}/${r.segment}/nothing/here`),
            query: { description: "Invalid query parameters", schema: input ?? NO_PARAMETERS },
          }),
        },
      },
    };
    const one = r.byId ? procedureAt(opts.router, r.byId) : null;
    if (!one) continue;
    const { input: byIdInput, output: detail } = procedureSchemas(one);
    if (detail) schemas[`${r.item}Detail`] = detail;
    // As the REST handler reads it: the id from the path, any other input (`today`) from the query.
    const detailQuery = byIdInput && "id" in byIdInput.shape ? byIdInput.omit({ id: true }) : null;
    const detailExamples = detailQuery ? parameterExamples(detailQuery, { resource: r, resources, examples: opts.examples }) : {};
    paths[`${basePath}/${r.segment}/{idOrSlug}`] = {
      get: {
        operationId: `get${r.item.replace(/\W/g, "")}`,
        summary: `One ${r.item.toLowerCase()}, by id or slug`,
        description: `One published record of ${r.title.toLowerCase()}, with what it links to and the citations behind it.`,
        tags: [r.title],
        requestParams: {
          path: z.object({
            idOrSlug: z
              .string()
              .min(1)
              .max(120)
              .meta({ description: "The record's id or its slug", param: { example: example?.idOrSlug ?? "some-record-slug" } }),
          }),
          ...documentedQuery(detailQuery, detailExamples),
        },
        responses: {
          "200": {
            description: "The record",
            headers: cacheHeaders,
            content: {
              "application/json": { schema: detail ?? z.unknown(), ...(example?.detail !== undefined ? { example: example.detail } : {}) },
            },
          },
          ...errors({
            notFound: "No published record with this id or slug",
            missing: () => requireFound(null, `published ${r.item.toLowerCase()}`, "no-such-record"),
            query: detailQuery ? { description: "Unknown or invalid query parameters", schema: detailQuery } : undefined,
          }),
        },
      },
    };
  }
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Ties public API", version: "1.0.0", description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
    // A relative server: the document is served by the site it describes, so "/" is that site.
    servers: [{ url: opts.serverUrl ?? "/", description: opts.serverUrl ? "The Ties site" : "The site serving this document" }],
    // Every operation is public: no credentials, said explicitly.
    security: [],
    tags: [
      { name: "Index", description: "Where to start" },
      ...[...new Map(resources.map((r) => [r.title, r.description])).entries()].map(([name, description]) => ({ name, description })),
    ],
    paths,
    components: { schemas },
  });
}

/**
 * What a document leaves without an example: each operation's parameters and each answer with a
 * body, named as `operationId: query from` or `operationId: 404`. Empty for a complete document.
 */
export function missingExamples(document: oas31.OpenAPIObject): string[] {
  const missing: string[] = [];
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch, item.head, item.options]) {
      if (!operation) continue;
      const id = operation.operationId ?? "(no operationId)";
      for (const p of (operation.parameters ?? []) as oas31.ParameterObject[]) {
        if (p.example === undefined && p.examples === undefined) missing.push(`${id}: ${p.in} ${p.name}`);
      }
      for (const [status, response] of Object.entries(operation.responses ?? {}) as [string, oas31.ResponseObject][]) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (media.example === undefined && media.examples === undefined) missing.push(`${id}: ${status} ${type}`);
        }
      }
    }
  }
  return missing;
}
