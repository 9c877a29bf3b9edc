/**
 * The OpenAPI document's examples are real answers from the seeded record: present for every
 * resource that has data, read by the same procedures the REST handler calls, and valid under the
 * documented output schemas.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context";
import { buildOpenApiDocument } from "../openapi";
import { appRouter, createCaller } from "../root";
import { collectOpenApiExamples, type OpenApiExamples } from "./openapi-examples";
import { procedureAt, procedureSchemas } from "./procedure-schemas";
import { REST_RESOURCES } from "./resources";

let t: TestDatabase;
let examples: OpenApiExamples;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  examples = await collectOpenApiExamples(appRouter, createContextInner({ db: t.db, surface: "public" }));
});
afterAll(async () => {
  await t?.drop();
});

describe("OpenAPI examples", () => {
  it("has a list answer for every resource, and a detail for every kind with a byId", () => {
    for (const r of REST_RESOURCES) {
      expect(examples[r.segment]?.list, r.segment).toBeDefined();
      if (r.byId && r.returns !== "document") {
        expect(examples[r.segment]?.detail, r.segment).toBeDefined();
        expect(examples[r.segment]?.idOrSlug, r.segment).toEqual(expect.any(String));
      }
    }
  });

  it("is exactly what the procedures answer, and valid under the documented schemas", async () => {
    const api = createCaller(createContextInner({ db: t.db, surface: "public" }));
    const event = examples.events!;
    expect(event.detail).toEqual(JSON.parse(JSON.stringify(await api.event.byId({ id: event.idOrSlug! }))));
    for (const r of REST_RESOURCES) {
      const list = procedureSchemas(procedureAt(appRouter, r.list)!).output!;
      expect(list.safeParse(examples[r.segment]!.list).success, r.list).toBe(true);
      if (!r.byId || examples[r.segment]!.detail === undefined) continue;
      const detail = procedureSchemas(procedureAt(appRouter, r.byId)!).output!;
      expect(detail.safeParse(examples[r.segment]!.detail).success, r.byId).toBe(true);
    }
  });

  it("lands in the document on each operation's 200 answer and path parameter", () => {
    const doc = buildOpenApiDocument({ router: appRouter, basePath: "/api/v1", examples });
    const get = (path: string) =>
      doc.paths?.[path]?.get as {
        responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
        parameters?: { schema?: { example?: unknown } }[];
      };
    expect(get("/api/v1/events").responses["200"]!.content!["application/json"]!.example).toEqual(examples.events!.list);
    const detail = get("/api/v1/events/{idOrSlug}");
    expect(detail.responses["200"]!.content!["application/json"]!.example).toEqual(examples.events!.detail);
    expect(JSON.stringify(detail.parameters)).toContain(examples.events!.idOrSlug!);
  });
});
