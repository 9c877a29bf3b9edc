// Serving a built Next.js app behind a plain Node HTTP server, the one way both apps run in
// production. It gives each request an id (kept from X-Request-Id when well-formed, so a proxy's id
// carries through), writes one JSON access line per request, and makes the client address the
// socket's unless TRUST_PROXY=1 (`next start` keeps any X-Forwarded-For a client sends, which
// would let a client pick the address sign-in is rate-limited by). Routes the app registers to
// answer itself (front-routes.mjs) go to it without passing through Next.js. Plain JavaScript: node
// runs it without a build.
import { randomUUID } from "node:crypto";
import { request as httpRequest, createServer } from "node:http";
import { brotliCompressSync, brotliDecompressSync, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { answerInFront, BROTLI } from "./front-routes.mjs";
import { createKeptResponses, KEPT_RESPONSES, setWriteHeadHeaders, trackRequest } from "./kept-responses.mjs";
import { inlineScriptHashes, withoutClientRuntime } from "./page-scripts.mjs";

export { inlineScriptHashes, withoutClientRuntime };

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** One JSON object per line: stdout for info, stderr for the rest. */
export function logLine(level, msg, fields = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
}

function readSettings(name) {
  const port = Number(process.env.PORT ?? (name === "admin" ? 3001 : 3000));
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number (got ${process.env.PORT})`);
  if (!["", "0", "1", undefined].includes(process.env.TRUST_PROXY)) {
    throw new Error(`TRUST_PROXY must be 1 (behind a reverse proxy) or 0 (got ${process.env.TRUST_PROXY})`);
  }
  return { port, trustProxy: process.env.TRUST_PROXY === "1", accessLog: process.env.TIES_ACCESS_LOG !== "0" };
}

const CODINGS = {
  gzip: { decode: gunzipSync, encode: (b) => gzipSync(b) },
  br: { decode: brotliDecompressSync, encode: (b) => brotliCompressSync(b, BROTLI) },
  deflate: { decode: inflateSync, encode: (b) => deflateSync(b) },
  "": { decode: (b) => b, encode: (b) => b },
};

/**
 * One whole HTML answer, finished: the bytes to send and the `script-src` to send them with (null
 * to leave the app's). With `plain`, a page that answers 200 goes without the framework's client
 * runtime (see page-scripts.mjs), compressed again as Next.js had compressed it, and allows no
 * script at all; otherwise each of its inline scripts is allowed by its hash.
 */
function finishPage(body, { encoding, status, plain }) {
  const coding = CODINGS[encoding];
  // An encoding this server cannot read: the page is sent as it is.
  if (!coding) return { body, scriptSrc: null };
  const html = coding.decode(body).toString("utf8");
  const stripped = plain && status === 200 ? withoutClientRuntime(html) : null;
  const hashes = stripped === null ? inlineScriptHashes(html) : [];
  return stripped !== null
    ? { body: coding.encode(Buffer.from(stripped, "utf8")), scriptSrc: "script-src 'none'" }
    : { body, scriptSrc: hashes.length ? `script-src 'self' ${hashes.join(" ")}` : null };
}

/** Marks the server's own request for the 404 page (the app's proxy serves that page only to it). */
export const NOT_FOUND_PAGE_HEADER = "x-ties-not-found-page";

/**
 * The app's own page at `path` on loopback, as raw bytes in `encoding` (null if it does not answer
 * 200 in that encoding, or at all within two seconds).
 */
function ownPage(port, path, encoding) {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path,
        headers: { "accept-encoding": encoding || "identity", [NOT_FOUND_PAGE_HEADER]: "1" },
        timeout: 2000,
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve(res.statusCode === 200 && String(res.headers["content-encoding"] ?? "") === encoding ? Buffer.concat(chunks) : null),
        );
        res.on("error", () => resolve(null));
      },
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
    req.end();
  });
}

/**
 * Holds back an HTML answer until it is whole, then finishes it (finishPage) and sends it. A page
 * kept in the cache is the same bytes for every reader, so it needs no per-answer nonce: this is
 * what lets the public site's pages be rendered once and still refuse any script it did not write.
 * With `notFound` (the address of the app's 404 page drawn on the server, for a request's URL), a
 * plain 404 answer carries that page's HTML in place of the shell Next.js fills in with script.
 */
function finishPages(req, res, { plain, notFound, port }) {
  const chunks = [];
  let holding = null;
  let releasing = false;
  const isHtml = () => String(res.getHeader("content-type") ?? "").startsWith("text/html");
  const { write, end, flushHeaders, writeHead } = res;
  const decide = () => {
    holding ??= isHtml() && /script-src 'self'(;|$)/.test(String(res.getHeader("content-security-policy") ?? ""));
    return holding;
  };
  // Headers handed to writeHead are set on the answer, so that they can still change before it is sent.
  res.writeHead = function (status, reason, headers) {
    setWriteHeadHeaders(res, status, reason, headers);
    if (releasing || !decide()) return writeHead.call(this, status);
    return this;
  };
  res.flushHeaders = function () {
    if (!decide()) return flushHeaders.call(this);
  };
  res.write = function (chunk, encoding, cb) {
    if (!decide()) return write.call(this, chunk, encoding, cb);
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    if (typeof encoding === "function") encoding();
    else if (typeof cb === "function") cb();
    return true;
  };
  res.end = function (chunk, encoding, cb) {
    if (!decide()) return end.call(this, chunk, encoding, cb);
    if (chunk && typeof chunk !== "function")
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    const coding = String(res.getHeader("content-encoding") ?? "");
    const done = [chunk, encoding, cb].find((a) => typeof a === "function");
    const send = ({ body, scriptSrc }) => {
      if (scriptSrc)
        res.setHeader(
          "content-security-policy",
          String(res.getHeader("content-security-policy")).replace(/script-src 'self'(?=;|$)/, scriptSrc),
        );
      // Kept pages are dropped the moment the record changes, here: a shared cache in front must ask each time.
      if (/s-maxage/.test(String(res.getHeader("cache-control") ?? "")))
        res.setHeader("cache-control", "public, max-age=0, must-revalidate");
      if (!res.headersSent) res.setHeader("content-length", body.length);
      releasing = true;
      end.call(res, body, done);
    };
    const asSent = () => finishPage(Buffer.concat(chunks), { encoding: coding, status: res.statusCode, plain });
    const drawn =
      plain && notFound && res.statusCode === 404 && req.headers[NOT_FOUND_PAGE_HEADER] !== "1" ? notFound(req.url ?? "/") : null;
    if (!drawn) {
      send(asSent());
      return this;
    }
    ownPage(port, drawn, coding)
      .then((page) => {
        if (res.destroyed) return;
        if (!page) return send(asSent());
        // Its validator was the shell's.
        res.removeHeader("etag");
        send(finishPage(page, { encoding: coding, status: 200, plain }));
      })
      .catch((e) => {
        logLine("error", "the 404 page could not be finished", { error: { name: e?.name, message: e?.message } });
        if (!res.destroyed && !releasing) send(asSent());
      });
    return this;
  };
}

/**
 * Starts the app in `dir` (its folder) and resolves once it listens. `next` is the app's own
 * Next.js (passed in: this package does not depend on Next.js). `inlineScriptHashes`: pages allow
 * their inline scripts by hash (see finishPages); `clientRuntime: false` also sends every page that
 * answers 200 as plain HTML, without Next.js's and React's client scripts, for an app whose pages
 * need none; with it, `notFoundPage(url)` gives the address of the app's 404 page drawn on the
 * server, whose HTML a 404 answer then carries (see finishPages).
 */
export async function serveNext({
  name,
  dir,
  next,
  inlineScriptHashes: hashScripts = false,
  clientRuntime = true,
  notFoundPage,
  keepResponses = false,
}) {
  let settings;
  try {
    settings = readSettings(name);
  } catch (e) {
    logLine("error", e.message, { app: name });
    process.exit(1);
  }
  const { port, trustProxy, accessLog } = settings;
  // A crash is logged as one line with its stack (for the operator, never the client) and ends
  // the process, so the supervisor that started it starts a fresh one.
  process.on("uncaughtException", (e) => {
    logLine("error", "uncaught exception", { app: name, error: { name: e?.name, message: e?.message, stack: e?.stack } });
    process.exit(1);
  });
  process.on("unhandledRejection", (e) => {
    logLine("error", "unhandled rejection", { app: name, error: { name: e?.name, message: e?.message ?? String(e), stack: e?.stack } });
  });

  // Shared answers kept in front of the framework (see kept-responses.mjs); the app drops them on change.
  const kept = keepResponses ? createKeptResponses() : null;
  if (kept) globalThis[KEPT_RESPONSES] = kept;

  const app = next({ dev: false, dir, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    if (kept) trackRequest(res);
    if (!trustProxy) {
      req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
      delete req.headers["x-real-ip"];
    }
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    if (accessLog) {
      // The socket may be gone by the time the response closes: read the address now.
      const remoteAddress = req.socket?.remoteAddress ?? "";
      res.once("close", () => {
        const path = (req.url ?? "").split("?", 1)[0];
        logLine("info", "request", {
          app: name,
          requestId,
          method: req.method,
          path: path.length > 300 ? `${path.slice(0, 300)}…` : path,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 10_000n) / 100,
          ip: trustProxy
            ? String(req.headers["x-forwarded-for"] ?? "")
                .split(",")[0]
                .trim()
            : remoteAddress,
          ...(res.writableFinished ? {} : { aborted: true }),
        });
      });
    }
    // The server's own request for its 404 page is answered by the app each time, and never kept.
    if (kept && req.headers[NOT_FOUND_PAGE_HEADER] === undefined) {
      if (kept.answer(req, res)) return;
      kept.watch(req, res);
    }
    // Routes the app answers itself (see front-routes.mjs), after the kept answers.
    const failed = (e) =>
      logLine("error", "a front route failed", { app: name, requestId, error: { name: e?.name, message: e?.message, stack: e?.stack } });
    if (answerInFront(req, res, failed)) return;
    if ((hashScripts || !clientRuntime) && req.method !== "HEAD")
      finishPages(req, res, { plain: !clientRuntime, notFound: notFoundPage, port });
    handle(req, res);
  });
  server.on("error", (e) => {
    logLine("error", `The ${name} app could not listen on port ${port}: ${e.message}`, { app: name });
    process.exit(1);
  });
  await new Promise((resolve) => server.listen(port, resolve));
  logLine("info", `${name} app ready on http://localhost:${port}`, { app: name, port, pid: process.pid });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
  return server;
}
