// Routes an app answers itself, in front of Next.js: the Node server hands a request under one of
// the app's prefixes straight to the app's fetch handler (a web Request in, a web Response out),
// without Next.js's router, middleware and route runtime. For the JSON API those cost several
// times the read itself. The app registers its routes from its instrumentation (which Next.js
// bundles apart from this module) and does there what its middleware would have done for them;
// until it has, and under `next dev`, the same requests reach its route handlers as before.
// Plain JavaScript: node runs it without a build.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from "node:zlib";

/** Where a process's front routes are found by the server, which Next.js bundles apart from the app. */
export const FRONT_ROUTES = Symbol.for("ties.front-routes");

/**
 * Registers the app's front routes: every request whose path starts with one of `prefixes` (a
 * prefix ending in "/" also takes the path without it) is answered by `handle(request, pathname)`.
 */
export function registerFrontRoutes(routes) {
  globalThis[FRONT_ROUTES] = routes;
}

/** Answers smaller than this go as they are (compressing them saves less than it costs). */
const COMPRESS_FROM_BYTES = 1024;
const COMPRESSIBLE = /^(application\/(json|jsonl|xml|problem\+json|ld\+json)|text\/)/i;
/** Brotli for each answer (its default, quality 11, is meant for files compressed once); pages use it too. */
export const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
const CODERS = {
  br: { whole: (b) => brotliCompressSync(b, BROTLI), stream: () => createBrotliCompress(BROTLI) },
  gzip: { whole: (b) => gzipSync(b), stream: () => createGzip() },
};

/** The coding to send an answer in: the client's most wanted of br and gzip (`q=0` refuses one), or null. */
export function chooseCoding(acceptEncoding) {
  const wanted = new Map();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    if (name) wanted.set(name, q ? Number(q[1]) : 1);
  }
  const weight = (name) => wanted.get(name) ?? (wanted.has("*") ? wanted.get("*") : 0);
  const best = ["br", "gzip"].filter((c) => weight(c) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? null;
}

function matches(prefixes, path) {
  return prefixes.some((p) => path.startsWith(p) || (p.endsWith("/") && path === p.slice(0, -1)));
}

/** The web Request for a Node request; its body (if any) is read as the handler reads it. */
function toRequest(req) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    ...(hasBody ? { body: bodyStream(req), duplex: "half" } : {}),
  });
}

/**
 * A Node request's body as a web stream. Cancelling it (a body refused as too large) leaves the
 * connection open and the rest of the body unread, where `Readable.toWeb` would destroy the socket
 * under a client still sending, which then loses the answer (EPIPE); `sendResponse` drains it.
 */
function bodyStream(req) {
  let open = true;
  return new ReadableStream({
    start(controller) {
      req.on("data", (chunk) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.once("end", () => open && controller.close());
      req.once("error", (e) => open && controller.error(e));
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false;
    },
  });
}

/** How much of a refused body is read and dropped before the answer, so the client can read it; past it, the socket closes. */
const DRAIN_LIMIT_BYTES = 8_000_000;

/** Reads and drops what is left of a request's body, up to a limit; resolves when it has ended or the limit is passed. */
function drain(req) {
  if (req.complete || req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let read = 0;
    const done = () => {
      req.off("data", count);
      resolve();
    };
    const count = (chunk) => {
      read += chunk.length;
      if (read > DRAIN_LIMIT_BYTES) {
        req.destroy();
        done();
      }
    };
    // The body stream's own reader, if the handler left it unread, would pause the request again.
    req.removeAllListeners("data");
    req.on("data", count);
    req.once("end", done);
    req.once("close", done);
    req.resume();
  });
}

/** The response's headers for Node, every Set-Cookie kept apart. */
function nodeHeaders(response) {
  const out = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") out[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) out["set-cookie"] = cookies;
  return out;
}

/** Sends `response` on `res`: whole (compressed when worth it) when it is JSON, streamed otherwise. */
export async function sendResponse(req, res, response) {
  // A body the handler did not read to its end (one refused as too large) is read and dropped first: a
  // client still sending would not see an answer written under it.
  await drain(req);
  const headers = nodeHeaders(response);
  const type = String(headers["content-type"] ?? "");
  const coding = !headers["content-encoding"] && COMPRESSIBLE.test(type) ? chooseCoding(req.headers["accept-encoding"]) : null;
  if (COMPRESSIBLE.test(type) && !/accept-encoding/i.test(String(headers.vary ?? "")))
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
  if (!response.body || req.method === "HEAD") {
    await response.body?.cancel();
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const whole = /^application\/json\b/i.test(type) && req.headers["trpc-accept"] !== "application/jsonl";
  if (whole) {
    let body = Buffer.from(await response.arrayBuffer());
    if (coding && body.length >= COMPRESS_FROM_BYTES) {
      body = CODERS[coding].whole(body);
      headers["content-encoding"] = coding;
    }
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  delete headers["content-length"];
  if (coding) headers["content-encoding"] = coding;
  res.writeHead(response.status, headers);
  const source = Readable.fromWeb(response.body);
  await (coding ? pipeline(source, CODERS[coding].stream(), res) : pipeline(source, res));
}

/**
 * Answers `req` from the app's front routes when one takes its path, and says whether it did. A
 * handler that fails answers 500 (logged by `onError`); a client that leaves ends the stream.
 */
export function answerInFront(req, res, onError) {
  const routes = globalThis[FRONT_ROUTES];
  if (!routes) return false;
  const path = (req.url ?? "/").split("?", 1)[0];
  if (!matches(routes.prefixes, path)) return false;
  Promise.resolve()
    .then(() => routes.handle(toRequest(req), path))
    .then((response) => sendResponse(req, res, response))
    .catch((e) => {
      if (res.destroyed || e?.code === "ERR_STREAM_PREMATURE_CLOSE") return;
      onError(e);
      if (res.headersSent) return res.destroy();
      res.writeHead(500, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal error", fields: null } }));
    });
  return true;
}
