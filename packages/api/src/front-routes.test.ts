/**
 * Routes an app answers in front of Next.js, through a real HTTP server: which requests they take,
 * and that the web Response goes out as the framework would have sent it (status, headers, cookies,
 * compression, streamed bodies, HEAD, a request's body, a failing handler).
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { answerInFront, chooseCoding, FRONT_ROUTES, registerFrontRoutes } from "./front-routes.mjs";

let server: Server | null = null;

afterEach(async () => {
  delete (globalThis as Record<symbol, unknown>)[FRONT_ROUTES];
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A server that tries the front routes first and answers 299 "framework" otherwise; `errors` collects handler failures. */
async function serve() {
  const errors: unknown[] = [];
  server = createServer((req, res) => {
    if (answerInFront(req, res, (e) => errors.push(e))) return;
    res.writeHead(299, { "content-type": "text/plain" });
    res.end("framework");
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  /** The raw answer, bytes as sent (no decompression). */
  const send = (path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<Raw>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: opts.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(opts.body);
    });
  return { errors, send };
}

const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: `event-${i}`, title: "A meeting of ministers" })) };

describe("front routes", () => {
  it("take only the paths under their prefixes, and nothing before they are registered", async () => {
    const { send } = await serve();
    expect((await send("/api/v1/events")).status).toBe(299);
    registerFrontRoutes({ prefixes: ["/api/v1/"], handle: async (_req, path) => Response.json({ path }) });
    expect(JSON.parse((await send("/api/v1/events?limit=2")).body.toString())).toEqual({ path: "/api/v1/events" });
    expect(JSON.parse((await send("/api/v1")).body.toString())).toEqual({ path: "/api/v1" });
    expect((await send("/api/v10")).status).toBe(299);
    expect((await send("/en/events")).status).toBe(299);
  });

  it("hand the handler the method, address, headers and body of the request", async () => {
    const { send } = await serve();
    registerFrontRoutes({
      prefixes: ["/api/"],
      handle: async (req) =>
        Response.json({ method: req.method, url: req.url, id: req.headers.get("x-request-id"), body: await req.text() }),
    });
    const r = await send("/api/trpc/event.list?batch=1", {
      method: "POST",
      headers: { "x-request-id": "abcdefgh-1", "content-type": "application/json" },
      body: '{"0":{"limit":2}}',
    });
    expect(JSON.parse(r.body.toString())).toEqual({
      method: "POST",
      url: expect.stringMatching(/\/api\/trpc\/event\.list\?batch=1$/),
      id: "abcdefgh-1",
      body: '{"0":{"limit":2}}',
    });
  });

  it("send status, headers and every cookie as given, and JSON whole with its length", async () => {
    const { send } = await serve();
    registerFrontRoutes({
      prefixes: ["/api/"],
      handle: async () => {
        const headers = new Headers({ "content-type": "application/json", etag: '"v1"', "cache-control": "public, max-age=60" });
        headers.append("set-cookie", "a=1; Path=/");
        headers.append("set-cookie", "b=2; Path=/");
        return new Response('{"ok":true}', { status: 201, headers });
      },
    });
    const r = await send("/api/x");
    expect(r.status).toBe(201);
    expect(r.headers.etag).toBe('"v1"');
    expect(r.headers["cache-control"]).toBe("public, max-age=60");
    expect(r.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(r.headers["content-length"]).toBe("11");
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.headers.vary).toBe("Accept-Encoding");
  });

  it("compress a large JSON answer in the coding the client prefers, and never a small one", async () => {
    const { send } = await serve();
    registerFrontRoutes({
      prefixes: ["/api/"],
      handle: async (req) => Response.json(new URL(req.url).pathname === "/api/small" ? { ok: true } : big),
    });
    const br = await send("/api/big", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(big);
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    const gzip = await send("/api/big", { headers: { "accept-encoding": "br;q=0, gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(big);
    const plain = await send("/api/big");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual(big);
    const small = await send("/api/small", { headers: { "accept-encoding": "gzip" } });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ ok: true });
  });

  it("stream a body that is not JSON, compressed when asked", async () => {
    const { send } = await serve();
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i}\n`);
    registerFrontRoutes({
      prefixes: ["/api/"],
      handle: async () =>
        new Response(
          new ReadableStream({
            start(c) {
              for (const l of lines) c.enqueue(new TextEncoder().encode(l));
              c.close();
            },
          }),
          { headers: { "content-type": "text/plain" } },
        ),
    });
    const plain = await send("/api/stream");
    expect(plain.body.toString()).toBe(lines.join(""));
    expect(plain.headers["transfer-encoding"]).toBe("chunked");
    const gzip = await send("/api/stream", { headers: { "accept-encoding": "gzip" } });
    expect(gunzipSync(gzip.body).toString()).toBe(lines.join(""));
  });

  it("answer HEAD with the headers only", async () => {
    const { send } = await serve();
    registerFrontRoutes({ prefixes: ["/api/"], handle: async () => Response.json(big) });
    const r = await send("/api/big", { method: "HEAD" });
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toMatch(/^application\/json/);
    expect(r.body.length).toBe(0);
  });

  it("answer 500 without the cause when the handler fails, and report the failure", async () => {
    const { send, errors } = await serve();
    registerFrontRoutes({
      prefixes: ["/api/"],
      handle: async () => {
        throw new Error("the database is gone");
      },
    });
    const r = await send("/api/x");
    expect(r.status).toBe(500);
    expect(r.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(r.body.toString())).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal error", fields: null } });
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain("the database is gone");
  });
});

describe("chooseCoding", () => {
  it("takes the client's most wanted of br and gzip, honours q=0 and *, and else none", () => {
    expect(chooseCoding("gzip, deflate, br")).toBe("br");
    expect(chooseCoding("gzip;q=1.0, br;q=0.5")).toBe("gzip");
    expect(chooseCoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseCoding("*")).toBe("br");
    expect(chooseCoding("*, br;q=0")).toBe("gzip");
    expect(chooseCoding("identity")).toBeNull();
    expect(chooseCoding("deflate")).toBeNull();
    expect(chooseCoding(undefined)).toBeNull();
    expect(chooseCoding("")).toBeNull();
  });
});
