/**
 * The OpenAPI document's examples are real answers from the seeded record: present for every
 * resource that has data, read by the same procedures the REST handler calls, and valid under the
 * documented output schemas. Every operation carries examples: each query parameter one the endpoint
 * accepts, each answer (errors too) the body the REST handler sends.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context";
import { buildOpenApiDocument, missingExamples } from "../openapi";
import { appRouter, createCaller } from "../root";
import { collectOpenApiExamples, type OpenApiExamples } from "./openapi-examples";
import { procedureAt, procedureSchemas } from "./procedure-schemas";
import { REST_RESOURCES } from "./resources";
import { createRestHandler } from "./rest-handler";

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

describe("OpenAPI examples on every operation", () => {
  type Operation = {
    operationId: string;
    parameters?: { in: string; name: string; example?: unknown }[];
    responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
  };
  const document = () => buildOpenApiDocument({ router: appRouter, basePath: "/api/v1", examples });
  const operations = () => Object.entries(document().paths ?? {}).map(([path, item]) => ({ path, op: item.get as Operation }));
  const handler = () =>
    createRestHandler({ router: appRouter, basePath: "/api/v1", createContext: () => createContextInner({ db: t.db, surface: "public" }) });
  const get = async (path: string, init?: RequestInit) => {
    const res = await handler()(new Request(`http://ties.test${path}`, init));
    return { status: res.status, body: await res.json() };
  };

  it("leaves no parameter, answer or error without one", () => {
    expect(missingExamples(document())).toEqual([]);
    // And the check sees a gap: an operation stripped of its examples is reported.
    const bare = buildOpenApiDocument({ router: appRouter, basePath: "/api/v1" });
    const op = bare.paths?.["/api/v1/events/{idOrSlug}"]?.get as Operation;
    delete op.responses["404"]!.content!["application/json"]!.example;
    expect(missingExamples(bare)).toEqual(expect.arrayContaining(["getEvent: 200 application/json", "getEvent: 404 application/json"]));
  });

  it("gives each query parameter a value the endpoint accepts", async () => {
    let checked = 0;
    for (const { path, op } of operations()) {
      for (const p of op.parameters ?? []) {
        if (p.in !== "query") continue;
        const value = Array.isArray(p.example) ? p.example.join(",") : String(p.example);
        const extra = path.endsWith("/search") && p.name !== "q" ? "&q=Canada" : "";
        const id = op.parameters?.find((x) => x.in === "path")?.example;
        const r = await get(`${path.replace("{idOrSlug}", String(id))}?${p.name}=${encodeURIComponent(value)}${extra}`);
        expect(r.status, `${op.operationId} ${p.name}=${value}: ${JSON.stringify(r.body)}`).toBe(200);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("shows as each error the body the REST handler answers", async () => {
    const events = operations().find((o) => o.path === "/api/v1/events")!.op;
    const example = (op: Operation, status: string) => op.responses[status]!.content!["application/json"]!.example;
    expect((await get("/api/v1/events?limit=1000")).body).toEqual(example(events, "400"));
    expect((await get("/api/v1/events/nothing/here")).body).toEqual(example(events, "404"));
    expect((await get("/api/v1/events", { method: "POST" })).body).toEqual(example(events, "405"));
    const event = operations().find((o) => o.path === "/api/v1/events/{idOrSlug}")!.op;
    expect((await get("/api/v1/events/no-such-record")).body).toEqual(example(event, "404"));
    expect(example(event, "500")).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal error", fields: null } });
    // A record read takes no parameter but those its procedure declares (a commitment's `today`).
    const slug = event.parameters!.find((p) => p.in === "path")!.example;
    expect((await get(`/api/v1/events/${slug}?limit=1000`)).body).toEqual(example(event, "400"));
    const commitment = operations().find((o) => o.path === "/api/v1/commitments/{idOrSlug}")!.op;
    expect(commitment.parameters!.map((p) => `${p.in} ${p.name}`)).toEqual(["path idOrSlug", "query today"]);
  });
});
