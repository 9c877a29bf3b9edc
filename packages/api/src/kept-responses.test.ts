/**
 * The whole answers kept in front of Next.js, through a real HTTP server: what is kept, what never
 * is, and that a drop leaves nothing rendered before it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createKeptResponses, type KeptResponses, requestsInFlightEnded, trackRequest } from "./kept-responses.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

let server: Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A server answering through `kept` first, then `handler`; counts the requests the handler saw. */
async function serve(kept: KeptResponses, handler: Handler) {
  const seen = { count: 0 };
  server = createServer((req, res) => {
    if (kept.answer(req, res)) return;
    kept.watch(req, res);
    seen.count++;
    void handler(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { seen, get: (path: string, init?: RequestInit) => fetch(`${base}${path}`, init) };
}

const page: Handler = (req, res) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "public, max-age=0, must-revalidate");
  res.setHeader("etag", '"v1"');
  res.setHeader("x-request-id", String(req.headers["x-request-id"] ?? "first"));
  res.write("<p>");
  res.end(`${req.url}</p>`);
};

describe("kept responses", () => {
  it("answers the second request for an address from memory, with the same body and an Age", async () => {
    const { seen, get } = await serve(createKeptResponses(), page);
    const first = await get("/en/events/one");
    const second = await get("/en/events/one");
    expect(seen.count).toBe(1);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("age")).toBe("0");
    expect(first.headers.get("age")).toBeNull();
    // What belongs to one answer is not repeated in the next.
    expect(second.headers.get("x-request-id")).toBeNull();
    await get("/en/events/two");
    expect(seen.count).toBe(2);
  });

  it("keeps each encoding the client accepts apart, and answers HEAD and a matching If-None-Match from the kept GET", async () => {
    const { seen, get } = await serve(createKeptResponses(), page);
    await get("/x", { headers: { "accept-encoding": "gzip" } });
    await get("/x", { headers: { "accept-encoding": "br" } });
    expect(seen.count).toBe(2);
    await get("/x", { headers: { "accept-encoding": "br", accept: "application/json" } });
    await get("/x", { headers: { "accept-encoding": "br", accept: "application/json" } });
    expect(seen.count).toBe(3);
    const head = await get("/x", { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String("<p>/x</p>".length));
    const notModified = await get("/x", { headers: { "accept-encoding": "br", "if-none-match": 'W/"v1"' } });
    expect(notModified.status).toBe(304);
    expect(seen.count).toBe(3);
  });

  it("never keeps an answer that is not shared alike by everyone", async () => {
    const answers: Record<string, Handler> = {
      "/missing": (_req, res) => {
        res.statusCode = 404;
        res.setHeader("cache-control", "public, max-age=60");
        res.end("gone");
      },
      "/private": (_req, res) => {
        res.setHeader("cache-control", "private, no-store");
        res.end("mine");
      },
      "/no-policy": (_req, res) => {
        res.end("unsaid");
      },
      "/cookie": (_req, res) => {
        res.setHeader("cache-control", "public, max-age=60");
        res.setHeader("set-cookie", "a=b");
        res.end("with a cookie");
      },
      "/by-language": (_req, res) => {
        res.setHeader("cache-control", "public, max-age=60");
        res.setHeader("vary", "Accept-Language");
        res.end("depends");
      },
      "/head-only": (req, res) => page(req, res),
    };
    const { seen, get } = await serve(createKeptResponses(), (req, res) => answers[String(req.url)]?.(req, res));
    for (const path of ["/missing", "/private", "/no-policy", "/cookie", "/by-language"]) {
      await get(path);
      await get(path);
    }
    expect(seen.count).toBe(10);
    // The router's own requests and writes pass through, and a HEAD keeps nothing.
    await get("/head-only", { method: "HEAD" });
    await get("/head-only", { headers: { rsc: "1" } });
    await get("/head-only", { method: "POST" });
    await get("/head-only");
    expect(seen.count).toBe(14);
  });

  it("keeps nothing for a moment after a drop, nor an answer that was being written when it came", async () => {
    let clock = 1_000_000;
    const kept = createKeptResponses({ settleMs: 2_000, now: () => clock });
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const slowEntered = new Promise<void>((r) => (entered = r));
    let slowWaited = false;
    const { seen, get } = await serve(kept, async (req, res) => {
      if (req.url === "/slow" && !slowWaited) {
        slowWaited = true;
        const released = new Promise<void>((r) => (release = r));
        entered();
        await released;
      }
      page(req, res);
    });
    await get("/a");
    await get("/a");
    expect(seen.count).toBe(1);

    kept.drop();
    expect(kept.size).toBe(0);
    await get("/a");
    clock += 1_999;
    await get("/a");
    expect(seen.count).toBe(3);
    clock += 1;
    await get("/a");
    await get("/a");
    expect(seen.count).toBe(4);

    clock += 10_000;
    const slow = get("/slow");
    await slowEntered;
    kept.drop();
    clock += 10_000;
    release();
    await slow;
    // Answered while the clock is settled, but begun before the drop: not kept, so this one renders.
    await get("/slow");
    expect(seen.count).toBe(6);
  });

  it("keeps an answer under the address asked for, even when the framework rewrites it", async () => {
    const { seen, get } = await serve(createKeptResponses(), (req, res) => {
      req.url = "/en/timeline";
      page(req, res);
    });
    await get("/en/events");
    const again = await get("/en/events");
    expect(seen.count).toBe(1);
    expect(await again.text()).toBe("<p>/en/timeline</p>");
  });

  it("forgets an answer past its age and the least recently used past its size", async () => {
    let clock = 0;
    const kept = createKeptResponses({ maxAgeMs: 60_000, maxBytes: 8 * 40, now: () => clock });
    const { seen, get } = await serve(kept, (req, res) => {
      res.setHeader("cache-control", "public, max-age=60");
      res.end(`${req.url}`.padEnd(40, "."));
    });
    await get("/1");
    clock += 60_001;
    await get("/1");
    expect(seen.count).toBe(2);
    for (let i = 2; i <= 10; i++) await get(`/${i}`);
    expect(kept.bytes).toBeLessThanOrEqual(8 * 40);
    await get("/10");
    expect(seen.count).toBe(11);
    await get("/1");
    expect(seen.count).toBe(12);
  });
});

describe("requests in flight", () => {
  /** A server tracking its requests, whose answers wait until `release` is called. */
  async function slowServer() {
    const waiting: (() => void)[] = [];
    server = createServer((_req, res) => {
      trackRequest(res);
      waiting.push(() => res.end("done"));
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { waiting, get: () => fetch(base).then((r) => r.text()) };
  }

  it("says when every request being answered has ended, and only those", async () => {
    const { waiting, get } = await slowServer();
    await expect(requestsInFlightEnded()).resolves.toBe(false);
    const first = get();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    let ended = false;
    const settled = requestsInFlightEnded().then((any) => {
      ended = true;
      return any;
    });
    // A request that arrives after the question is not waited for.
    const second = get();
    await vi.waitFor(() => expect(waiting).toHaveLength(2));
    waiting[1]?.();
    await second;
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).toBe(false);
    waiting[0]?.();
    await first;
    await expect(settled).resolves.toBe(true);
    await expect(requestsInFlightEnded()).resolves.toBe(false);
  });

  it("stops waiting after its limit for a request that never ends", async () => {
    const { waiting, get } = await slowServer();
    void get().catch(() => {});
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    const started = performance.now();
    await expect(requestsInFlightEnded(100)).resolves.toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
