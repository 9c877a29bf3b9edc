/**
 * Property-based robustness: random input thrown at every public tRPC procedure (found by walking
 * the router, so new procedures are covered without editing this file) and at every REST
 * endpoint. Whatever the input, the answer is never a 5xx. Run counts are bounded to keep the
 * file well under a minute.
 */
import { allProcedures, appRouter, procedureSchemas, REST_RESOURCES } from "@ties/api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADMIN_URL, WEB_URL } from "./served-apps";

const procedures = allProcedures(appRouter).map(({ path, procedure }) => ({
  path,
  type: procedure._def.type,
  keys: Object.keys(procedureSchemas(procedure).input?.shape ?? {}),
}));

/** Values a validator is most likely to mishandle. */
const nasty = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    2 ** 53 + 1,
    -0,
    0.5,
    1e21,
    "",
    " ",
    "\u0000",
    "NaN",
    "Infinity",
    "-1",
    "9".repeat(400),
    "2025-13-45",
    "0000-00-00",
    "0000-01-01",
    "0001-01-01",
    "275760-09-14",
    "99999-01-01",
    "../../etc/passwd",
    "' OR 1=1 --",
    "%00",
    "{}",
    "[]",
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
);
/**
 * A cursor-looking value: base64url of random JSON, often shaped like the real ones (a short
 * array of keys), so it gets past the shape check and reaches the database query.
 */
const cursorPart = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 30 }),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("275760-09-14", "0000-01-01T00:00:00Z", ""),
);
const forgedCursor = fc
  .oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(cursorPart, { minLength: 1, maxLength: 3 }))
  .map((v) => Buffer.from(JSON.stringify(v) ?? "null").toString("base64url"));
const anyJson = fc.jsonValue({ maxDepth: 4 });
const leaf = fc.oneof(nasty, anyJson, forgedCursor, fc.array(nasty, { maxLength: 4 }));

/** Random input for a procedure: often an object using its real keys (to get past the shallow checks), sometimes anything. */
function inputFor(keys: string[]) {
  const known = keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), leaf, { maxKeys: keys.length }) : fc.constant({});
  return fc.oneof(
    { weight: 3, arbitrary: known },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), leaf, { maxKeys: 4 }) },
    { weight: 1, arbitrary: anyJson },
  );
}

async function statusOf(url: string, init?: RequestInit): Promise<{ status: number; body: string }> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.text()).slice(0, 500) };
}

describe.skipIf(!WEB_URL)("fuzz: never a 5xx", () => {
  it("walks the router and finds the public procedures", () => {
    expect(procedures.map((p) => p.path)).toEqual(expect.arrayContaining(["event.list", "event.byId", "agreement.list", "search.query"]));
  });

  it("every tRPC procedure, random input, over HTTP", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...procedures).chain((p) => fc.tuple(fc.constant(p), inputFor(p.keys))),
        async ([p, input]) => {
          const json = JSON.stringify(input);
          const r =
            p.type === "mutation"
              ? await statusOf(`${WEB_URL}/api/trpc/${p.path}`, {
                  method: "POST",
                  headers: { "content-type": "application/json" },
                  body: json,
                })
              : await statusOf(`${WEB_URL}/api/trpc/${p.path}?input=${encodeURIComponent(json)}`);
          expect(r.status, `${p.path} ${json.slice(0, 300)} -> ${r.body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 800, endOnFailure: true },
    );
  });

  it("every cursor-paginated list, forged cursors", async () => {
    const lists = procedures.filter((p) => p.type === "query" && p.keys.includes("cursor"));
    expect(lists.length).toBeGreaterThan(5);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), forgedCursor, async (p, cursor) => {
        const input = JSON.stringify(p.keys.includes("q") && p.path.startsWith("search.") ? { q: "Canada", cursor } : { cursor });
        const r = await statusOf(`${WEB_URL}/api/trpc/${p.path}?input=${encodeURIComponent(input)}`);
        expect(r.status, `${p.path} cursor=${Buffer.from(cursor, "base64url").toString()} -> ${r.body}`).toBeLessThan(500);
      }),
      { numRuns: 400, endOnFailure: true },
    );
  });

  it("every REST endpoint, random query strings and path segments", async () => {
    const segments = REST_RESOURCES.map((r) => r.segment);
    const paramName = fc.oneof(
      fc.constantFrom("limit", "cursor", "from", "to", "type", "area", "q", "kinds", "status", "today", "person", "dueFrom", "dueTo"),
      fc.string({ maxLength: 8 }),
    );
    const paramValue = fc.oneof(
      nasty.map(String),
      forgedCursor,
      fc.constantFrom("1", "20", "100", "101", "abc", "2025-02-30", "2024-02-29", "0000-01-01", "event,agreement"),
    );
    const query = fc.array(fc.tuple(paramName, paramValue), { maxLength: 4 }).map((pairs) => new URLSearchParams(pairs).toString());
    const extraSegment = fc.option(
      fc.oneof(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.string({ unit: "binary", maxLength: 20 }),
        fc.constantFrom("..", ".", "a/b", "%", "%25", "\u00e9"),
      ),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...segments, "unknown"), extraSegment, query, async (segment, extra, qs) => {
        const tail = extra === undefined ? "" : `/${encodeURIComponent(extra)}`;
        const url = `${WEB_URL}/api/v1/${segment}${tail}${qs ? `?${qs}` : ""}`;
        const r = await statusOf(url);
        expect(r.status, `${url} -> ${r.body}`).toBeLessThan(500);
        if (r.status !== 304) expect(() => JSON.parse(r.body.length < 500 ? r.body : "{}"), url).not.toThrow();
      }),
      { numRuns: 800, endOnFailure: true },
    );
  });

  // Next.js itself answers 500 when a dynamic segment holds malformed percent-encoding; both apps'
  // proxies turn that into a 400 before routing.
  it("malformed percent-encoding in a path is a 400 JSON error, not a 500", async () => {
    for (const base of [WEB_URL, ADMIN_URL]) {
      for (const path of ["/api/v1/people/%E0%A4%A", "/events/%ZZ", "/%C0%AF", "/api/trpc/event.list%FF"]) {
        const r = await statusOf(`${base}${path}`);
        expect(r.status, `${base}${path} -> ${r.body}`).toBe(400);
        expect(JSON.parse(r.body).error.code).toBe("BAD_REQUEST");
      }
    }
  });
});
