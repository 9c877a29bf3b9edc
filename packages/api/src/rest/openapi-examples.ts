/**
 * Examples for the OpenAPI document taken from the record itself: for each resource, the first page
 * of its list (two items) and the detail of that page's first item, exactly as the REST handler
 * would answer. Real answers cannot drift from the schemas the way hand-written samples do, and a
 * Redocly check that examples match their schemas keeps it so.
 */
import { type AnyTRPCRouter, callTRPCProcedure } from "@trpc/server";
import { procedureAt, procedureSchemas } from "./procedure-schemas";
import { REST_RESOURCES, type RestResource } from "./resources";

export interface ResourceExample {
  /** The parameters the list was read with. */
  query?: Record<string, unknown>;
  /** The list's (or the document's) answer. */
  list?: unknown;
  /** The detail of the list's first item, and the id or slug it was read by. */
  detail?: unknown;
  idOrSlug?: string;
}

export type OpenApiExamples = Record<string, ResourceExample>;

const EXAMPLE_PAGE = 2;

function call(router: AnyTRPCRouter, ctx: unknown, path: string, input: unknown): Promise<unknown> {
  return callTRPCProcedure({ router, path, type: "query", ctx, getRawInput: async () => input, signal: undefined, batchIndex: 0 });
}

function firstItemKey(page: unknown): string | undefined {
  const items = (page as { items?: { slug?: unknown; id?: unknown }[] } | null)?.items;
  const first = items?.[0];
  const key = first?.slug ?? first?.id;
  return typeof key === "string" ? key : undefined;
}

/** Reads the examples through the public procedures; a resource whose read fails gets none. */
export async function collectOpenApiExamples(
  router: AnyTRPCRouter,
  ctx: unknown,
  resources: readonly RestResource[] = REST_RESOURCES,
): Promise<OpenApiExamples> {
  const examples: OpenApiExamples = {};
  for (const r of resources) {
    const example: ResourceExample = {};
    try {
      // As the REST handler does: a procedure without an object input gets none.
      const procedure = procedureAt(router, r.list);
      const takesObject = procedure !== null && procedureSchemas(procedure).input !== null;
      const input = !takesObject
        ? undefined
        : r.returns === "document"
          ? { ...r.exampleQuery }
          : { limit: EXAMPLE_PAGE, ...r.exampleQuery };
      if (input) example.query = input;
      const list = await call(router, ctx, r.list, input);
      example.list = JSON.parse(JSON.stringify(list));
      const key = r.byId ? firstItemKey(list) : undefined;
      if (r.byId && key) {
        example.detail = JSON.parse(JSON.stringify(await call(router, ctx, r.byId, { id: key })));
        example.idOrSlug = key;
      }
    } catch {
      // An empty or unreachable record still gets a document, just without this example.
    }
    examples[r.segment] = example;
  }
  return examples;
}
