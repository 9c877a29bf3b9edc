/**
 * The plain HTTP API as a non-TypeScript client sees it, against the built web app: every
 * documented endpoint, the list and error shapes, cursor pagination, caching headers, the
 * OpenAPI document, and the hardening of both tRPC endpoints.
 */
import { allProcedures, appRouter, procedureSchemas, REST_RESOURCES } from "@ties/api";
import { describe, expect, it } from "vitest";
import { ADMIN_URL, asError, asPage, asRecord, DOCUMENTED_DETAILS, DOCUMENTED_LISTS, getJson, isItem, WEB_URL } from "./served-apps";

/** The procedure's own output schema: the REST body must satisfy the same contract as tRPC's. */
function outputSchema(path: string) {
  const p = allProcedures(appRouter).find((x) => x.path === path);
  const out = p ? procedureSchemas(p.procedure).output : null;
  if (!out) throw new Error(`No output schema for ${path}`);
  return out;
}

describe.skipIf(!WEB_URL)("REST API /api/v1", () => {
  const api = (path: string) => `${WEB_URL}/api/v1${path}`;

  it("serves every documented collection in the documented shape, each item with id and slug", async () => {
    for (const segment of DOCUMENTED_LISTS) {
      const resource = REST_RESOURCES.find((r) => r.segment === segment);
      expect(resource, `${segment} is wired`).toBeDefined();
      const r = await getJson(api(`/${segment}?limit=5`));
      expect(r.status, `${segment}: ${JSON.stringify(r.body)}`).toBe(200);
      expect(r.headers.get("content-type")).toMatch(/^application\/json/);
      const page = asPage(r.body);
      expect(page.items.length, `${segment} has seeded records`).toBeGreaterThan(0);
      expect(page.items.length).toBeLessThanOrEqual(5);
      // The full output contract of the procedure, not just id/slug.
      if (resource) outputSchema(resource.list).parse(r.body);
    }
  });

  it("is answered in front of the framework: compressed as the client prefers, with the site's security headers and a request id", async () => {
    // Next.js's own compression knows gzip only: brotli says the server in front answered.
    const raw = await fetch(api("/events?limit=20"), { headers: { "accept-encoding": "br" } });
    expect(raw.status).toBe(200);
    expect(raw.headers.get("content-encoding")).toBe("br");
    expect(raw.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(raw.headers.get("x-content-type-options")).toBe("nosniff");
    expect(raw.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(raw.headers.get("x-request-id")).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    asPage(await raw.json());
    const broken = await fetch(api("/events/%E0%A4%A"));
    expect(broken.status).toBe(400);
    expect(broken.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves one record by id and by slug, and 404s an unknown one", async () => {
    for (const segment of DOCUMENTED_DETAILS) {
      const resource = REST_RESOURCES.find((r) => r.segment === segment);
      const first = asPage((await getJson(api(`/${segment}?limit=1`))).body).items[0];
      expect(first, segment).toBeDefined();
      if (!first || !resource?.byId) continue;
      const byId = await getJson(api(`/${segment}/${first.id}`));
      expect(byId.status, `${segment}/${first.id}`).toBe(200);
      const detail = outputSchema(resource.byId).parse(byId.body);
      expect(isItem(detail) && detail.id).toBe(first.id);
      const bySlug = await getJson(api(`/${segment}/${encodeURIComponent(first.slug)}`));
      expect(bySlug.status).toBe(200);
      expect(asRecord(bySlug.body).id).toBe(first.id);

      for (const unknown of ["no-such-record-anywhere", "zz_unknown_id_000", "not a slug!"]) {
        const miss = await getJson(api(`/${segment}/${encodeURIComponent(unknown)}`));
        expect(miss.status, `${segment}/${unknown}`).toBe(404);
        expect(asError(miss.body).error.code).toBe("NOT_FOUND");
      }
    }
  });

  it("searches across kinds with ?q=, and needs q", async () => {
    const r = await getJson(api("/search?q=Canada&limit=5"));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const page = asPage(r.body);
    expect(page.items.length).toBeGreaterThan(0);
    outputSchema("search.query").parse(r.body);
    const missing = await getJson(api("/search"));
    expect(missing.status).toBe(400);
    expect(asError(missing.body).error.fields).toHaveProperty("q");
  });

  it("pages through events with the cursor: no repeats, nothing lost, null at the end", async () => {
    const all = asPage((await getJson(api("/events?limit=100"))).body);
    expect(all.items.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = api(`/events?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      const page = asPage((await getJson(url)).body);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 200);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.items.map((i) => i.id));
  });

  it("filters events by from/to, type and q", async () => {
    const all = asPage((await getJson(api("/events?limit=100"))).body);
    const firstType = String(all.items[0]?.type);
    const typed = await getJson(api(`/events?type=${firstType}&limit=100`));
    expect(typed.status).toBe(200);
    const typedItems = asPage(typed.body).items;
    expect(typedItems.length).toBeGreaterThan(0);
    expect(typedItems.every((i) => i.type === firstType)).toBe(true);

    const ranged = await getJson(api("/events?from=2100-01-01&limit=5"));
    expect(ranged.status).toBe(200);
    expect(asPage(ranged.body).items).toEqual([]);
    const before = await getJson(api("/events?to=1900-01-01"));
    expect(asPage(before.body).items).toEqual([]);
    expect((await getJson(api("/events?q=Canada&area=trade"))).status).toBe(200);
  });

  it.each([
    ["/events?limit=abc", "limit"],
    ["/events?limit=100000", "limit"],
    ["/events?limit=0", "limit"],
    ["/events?limit=1.5", "limit"],
    ["/events?from=2025-13-45", "from"],
    ["/events?to=yesterday", "to"],
    // Year 0 passes the YYYY-MM-DD check but PostgreSQL has no year 0.
    ["/events?from=0000-01-01", "from"],
    ["/events?to=0000-06-15", "to"],
    ["/events?type=party", "type"],
    ["/events?cursor=not-a-cursor", "cursor"],
    // Well-encoded cursors holding the wrong values must not reach the database.
    [`/events?cursor=${Buffer.from("[1,2]").toString("base64url")}`, "cursor"],
    [`/events?cursor=${Buffer.from('["275760-09-14",""]').toString("base64url")}`, "cursor"],
    [`/agreements?cursor=${Buffer.from('[{"a":1},[]]').toString("base64url")}`, "cursor"],
    [`/people?cursor=${Buffer.from("[null,7]").toString("base64url")}`, "cursor"],
    ["/events?limit=1&limit=2", "limit"],
    ["/events?colour=blue", "colour"],
    ["/agreements?limit=-1", "limit"],
    ["/people?limit=abc", "limit"],
  ])("400 with the bad field named: %s", async (path, field) => {
    const r = await getJson(api(path));
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    const body = asError(r.body);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.fields ?? {})).toContain(field);
  });

  it("404s unknown paths as JSON and refuses every method but GET/HEAD with 405", async () => {
    // The bare base path is the API's index (see public-contract.e2e.test.ts).
    for (const path of ["/nothing-here", "/events/a/b"]) {
      const r = await getJson(api(path));
      expect(r.status, path).toBe(404);
      asError(r.body);
    }
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const r = await getJson(api("/events"), { method, headers: { "content-type": "application/json" }, body: "{}" });
      expect(r.status, method).toBe(405);
      expect(r.headers.get("allow")).toBe("GET, HEAD");
      expect(asError(r.body).error.code).toBe("METHOD_NOT_SUPPORTED");
    }
  });

  it("sends a strong ETag and Cache-Control, and 304s a matching If-None-Match", async () => {
    const first = await fetch(api("/events?limit=3"));
    const body = await first.text();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    const again = await fetch(api("/events?limit=3"));
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(body);

    const cached = await fetch(api("/events?limit=3"), { headers: { "if-none-match": etag ?? "" } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    expect(cached.headers.get("etag")).toBe(etag);
    const weak = await fetch(api("/events?limit=3"), { headers: { "if-none-match": `"other", W/${etag}` } });
    expect(weak.status).toBe(304);
    const stale = await fetch(api("/events?limit=3"), { headers: { "if-none-match": '"stale"' } });
    expect(stale.status).toBe(200);
    // A different body gets a different tag.
    const other = await fetch(api("/events?limit=2"));
    expect(other.headers.get("etag")).not.toBe(etag);
    // Errors are never cached.
    expect((await fetch(api("/events?limit=abc"))).headers.get("cache-control")).toBe("no-store");
  });
});

describe.skipIf(!WEB_URL)("OpenAPI document", () => {
  it("is OpenAPI 3 with every /api/v1 path, resolvable schemas and documented parameters", async () => {
    const res = await fetch(`${WEB_URL}/api/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    interface Operation {
      responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
      parameters?: { name: string; in: string }[];
    }
    const doc: { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } } =
      await res.json();
    expect(typeof doc.openapi).toBe("string");
    expect(asRecord(asRecord(doc).info).title).toBeTruthy();
    expect(doc.openapi.startsWith("3.")).toBe(true);

    const expected = [
      ...DOCUMENTED_LISTS.map((s) => `/api/v1/${s}`),
      ...DOCUMENTED_DETAILS.map((s) => `/api/v1/${s}/{idOrSlug}`),
      "/api/v1/search",
    ];
    for (const p of expected) {
      expect(doc.paths, p).toHaveProperty([p]);
      const op = doc.paths[p]?.get;
      expect(op, `${p} GET`).toBeDefined();
      expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(["200", "404"]));
      if (p.includes("{idOrSlug}")) expect(op?.parameters?.some((x) => x.in === "path" && x.name === "idOrSlug")).toBe(true);
    }
    const eventParams = doc.paths["/api/v1/events"]?.get?.parameters?.map((x) => x.name) ?? [];
    expect(eventParams).toEqual(expect.arrayContaining(["limit", "cursor", "from", "to", "type", "area", "q"]));
    expect(doc.paths["/api/v1/search"]?.get?.parameters?.map((x) => x.name)).toContain("q");

    // Every $ref anywhere points at a schema that exists.
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          if (k === "$ref" && typeof x === "string") refs.push(x);
          else walk(x);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
      expect(m, ref).not.toBeNull();
      expect(doc.components.schemas, ref).toHaveProperty([decodeURIComponent(m?.[1] ?? "")]);
    }
    // Each 200 response has a JSON schema.
    for (const [p, item] of Object.entries(doc.paths)) {
      const schema = item.get?.responses["200"]?.content?.["application/json"]?.schema;
      expect(schema && typeof schema === "object", `${p} 200 schema`).toBe(true);
    }
  });
});

describe.skipIf(!WEB_URL)("tRPC over HTTP hardening", () => {
  const targets = [
    ["web", WEB_URL],
    ["admin", ADMIN_URL],
  ] as const;

  it("serves the public procedures at /api/trpc on the web app", async () => {
    const r = await getJson(`${WEB_URL}/api/trpc/event.list?input=${encodeURIComponent(JSON.stringify({ limit: 2 }))}`);
    expect(r.status).toBe(200);
    expect(asPage(asRecord(asRecord(r.body).result).data).items.length).toBe(2);
    const batch = await getJson(
      `${WEB_URL}/api/trpc/event.list,agreement.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { limit: 1 }, 1: { limit: 1 } }))}`,
    );
    expect(batch.status).toBe(200);
    expect(Array.isArray(batch.body) && batch.body.every((x) => asRecord(x).result !== undefined)).toBe(true);
    expect(batch.body).toHaveLength(2);
  });

  it("lets any cache keep the web app's tRPC reads that succeeded, and the server keeps them whole; never an error", async () => {
    const url = `${WEB_URL}/api/trpc/event.list,agreement.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { limit: 3 }, 1: { limit: 3 } }))}`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toMatch(/\bpublic\b/);
    const body = await first.text();
    const again = await fetch(url);
    expect(again.headers.get("age")).toMatch(/^\d+$/);
    expect(await again.text()).toBe(body);

    const bad = `${WEB_URL}/api/trpc/event.list?input=${encodeURIComponent(JSON.stringify({ limit: 100000 }))}`;
    const refused = await fetch(bad);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("cache-control") ?? "").not.toMatch(/\bpublic\b/);
    expect((await fetch(bad)).headers.get("age")).toBeNull();
  });

  it.each(targets)("%s: mutations take JSON only (415 otherwise)", async (_name, base) => {
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/octet-stream",
    ]) {
      const r = await fetch(`${base}/api/trpc/event.list`, {
        method: "POST",
        headers: { "content-type": contentType, origin: String(base) },
        body: "x=1",
      });
      expect(r.status, contentType).toBe(415);
    }
    const none = await fetch(`${base}/api/trpc/event.list`, {
      method: "POST",
      headers: { origin: String(base) },
      body: new Uint8Array([1, 2, 3]),
    });
    expect(none.status).toBe(415);
  });

  it.each(targets)("%s: caps batches at 10 calls and rejects malformed batch paths with 400", async (_name, base) => {
    const calls = (n: number) => Array.from({ length: n }, () => "event.list").join(",");
    const input = (n: number) =>
      encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { limit: 1 }]))));
    expect((await fetch(`${base}/api/trpc/${calls(10)}?batch=1&input=${input(10)}`)).status).toBe(200);
    expect((await fetch(`${base}/api/trpc/${calls(11)}?batch=1&input=${input(11)}`)).status).toBe(400);
    for (const path of ["a,b,,,c", ",".repeat(1000), "event.list,", ",event.list"]) {
      const r = await fetch(`${base}/api/trpc/${path}?batch=1`);
      expect(r.status, path.slice(0, 20)).toBe(400);
    }
    const unbatched = await fetch(`${base}/api/trpc/a,b,,,c`);
    expect(unbatched.status).toBeGreaterThanOrEqual(400);
    expect(unbatched.status).toBeLessThan(500);
  });

  it.each(targets)("%s: refuses bodies over 1 MB with 413, with or without Content-Length", async (_name, base) => {
    const big = JSON.stringify({ pad: "x".repeat(1_100_000) });
    const declared = await fetch(`${base}/api/trpc/event.list`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: String(base) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 65_536) c.enqueue(bytes.slice(i, i + 65_536));
        c.close();
      },
    });
    const chunked = await fetch(`${base}/api/trpc/event.list`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: String(base) },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it.each(targets)("%s: bad input is a 4xx, never a 5xx", async (_name, base) => {
    const urls = [
      `${base}/api/trpc/event.list?input=not-json`,
      `${base}/api/trpc/event.list?input=${encodeURIComponent('{"limit":"abc"}')}`,
      `${base}/api/trpc/event.list?batch=1&input=${encodeURIComponent("[1,2]")}`,
      `${base}/api/trpc/event.byId?input=${encodeURIComponent('{"id":{"$gt":""}}')}`,
      `${base}/api/trpc/no.such.procedure`,
      `${base}/api/trpc/__proto__`,
      `${base}/api/trpc/constructor?batch=1`,
    ];
    for (const url of urls) {
      const r = await fetch(url);
      expect(r.status, url).toBeGreaterThanOrEqual(400);
      expect(r.status, url).toBeLessThan(500);
    }
    const post = await fetch(`${base}/api/trpc/event.list`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: String(base) },
      body: "{not json",
    });
    expect(post.status).toBeGreaterThanOrEqual(400);
    expect(post.status).toBeLessThan(500);
  });
});
