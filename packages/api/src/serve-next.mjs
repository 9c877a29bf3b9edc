// Serving a built Next.js app behind a plain Node HTTP server, the one way both apps run in
// production. It gives each request an id (kept from X-Request-Id when well-formed, so a proxy's id
// carries through), writes one JSON access line per request, and makes the client address the
// socket's unless TRUST_PROXY=1 (`next start` keeps any X-Forwarded-For a client sends, which
// would let a client pick the address sign-in is rate-limited by). Plain JavaScript: node runs it
// without a build.
import { createHash, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { createKeptResponses, KEPT_RESPONSES } from "./kept-responses.mjs";

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

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The CSP `script-src` sources for the inline scripts of one HTML page: the SHA-256 of each
 * script's text. Scripts with a `src`, and data blocks (JSON-LD), are not inline code.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !["text/javascript", "module", "application/javascript"].includes(type)) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(m[2] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

/** The page's bytes before Next.js compressed them for the client. */
function decoded(body, encoding) {
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "deflate") return inflateSync(body);
  return body;
}

/**
 * Holds back an HTML answer until it is whole, then adds the hash of each of its inline scripts
 * to the Content-Security-Policy the app set (`script-src 'self'`) and sends it. A page kept in
 * the cache is the same bytes for every reader, so it needs no per-answer nonce: this is what
 * lets the public site's pages be rendered once and still refuse any script it did not write.
 */
function hashInlineScripts(res) {
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
    const given = typeof reason === "string" ? headers : reason;
    if (Array.isArray(given)) {
      const pairs = Array.isArray(given[0]) ? given : given.flatMap((v, i) => (i % 2 ? [] : [[v, given[i + 1]]]));
      for (const [k, v] of pairs) res.setHeader(k, v);
    } else if (given) for (const [k, v] of Object.entries(given)) if (v !== undefined) res.setHeader(k, v);
    res.statusCode = status;
    if (typeof reason === "string") res.statusMessage = reason;
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
    const body = Buffer.concat(chunks);
    const csp = String(res.getHeader("content-security-policy"));
    const hashes = inlineScriptHashes(decoded(body, String(res.getHeader("content-encoding") ?? "")).toString("utf8"));
    if (hashes.length)
      res.setHeader("content-security-policy", csp.replace(/script-src 'self'(?=;|$)/, `script-src 'self' ${hashes.join(" ")}`));
    // Kept pages are dropped the moment the record changes, here: a shared cache in front must ask each time.
    if (/s-maxage/.test(String(res.getHeader("cache-control") ?? ""))) res.setHeader("cache-control", "public, max-age=0, must-revalidate");
    if (!res.headersSent) res.setHeader("content-length", body.length);
    const done = [chunk, encoding, cb].find((a) => typeof a === "function");
    releasing = true;
    return end.call(this, body, done);
  };
}

/**
 * Starts the app in `dir` (its folder) and resolves once it listens. `next` is the app's own
 * Next.js (passed in: this package does not depend on Next.js).
 */
export async function serveNext({ name, dir, next, inlineScriptHashes: hashScripts = false, keepResponses = false }) {
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
    if (kept?.answer(req, res)) return;
    kept?.watch(req, res);
    if (hashScripts && req.method !== "HEAD") hashInlineScripts(res);
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
