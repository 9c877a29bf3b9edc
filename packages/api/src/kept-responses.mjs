// Whole answers kept in memory in front of Next.js, for the public site: a page, a feed or a read
// of the JSON API that says it may be shared (`Cache-Control: public`) is kept as the bytes that
// were sent, and the next request for the same address is answered from them without reaching
// the framework. Everything kept is dropped the moment any record changes (the app calls
// `dropKeptResponses()` from its change listener), and nothing is kept for a moment after that, so
// an answer rendered from the record as it was cannot be kept after the change. Next.js's own
// page cache, behind this one, is dropped by tag and renders only what the change touched.
// Plain JavaScript: node runs it without a build.

/**
 * Sets the headers and status handed to `res.writeHead(status, [reason], [headers])` on the answer
 * itself (headers as an object, a flat list or a list of pairs), so that code wrapping the answer
 * reads them with `getHeader` and can still change them before they are sent.
 */
export function setWriteHeadHeaders(res, status, reason, headers) {
  const given = typeof reason === "string" ? headers : reason;
  if (Array.isArray(given)) {
    const pairs = Array.isArray(given[0]) ? given : given.flatMap((v, i) => (i % 2 ? [] : [[v, given[i + 1]]]));
    for (const [k, v] of pairs) res.setHeader(k, v);
  } else if (given) for (const [k, v] of Object.entries(given)) if (v !== undefined) res.setHeader(k, v);
  res.statusCode = status;
  if (typeof reason === "string") res.statusMessage = reason;
}

/** Where a process's kept answers are found by the app's code, which Next.js bundles apart from this module. */
export const KEPT_RESPONSES = Symbol.for("ties.kept-responses");

/** Request headers that make an answer other than the page's HTML (Next.js's router and actions). */
const NOT_A_PLAIN_READ = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "range"];
/** Request headers an answer may vary on that are part of the key: the encoding, and the format asked for (tRPC varies on both accepts). */
const KEY_HEADERS = ["accept-encoding", "accept", "trpc-accept"];
/** Vary values a kept answer may carry: the key's headers, and the router's (such requests are never kept). */
const VARY_KNOWN = new Set([...KEY_HEADERS, ...NOT_A_PLAIN_READ.slice(0, 4)]);
/** Headers of the first answer that belong to it alone. */
const NOT_KEPT_HEADERS = new Set([
  "x-request-id",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "server-timing",
  "x-nextjs-cache",
]);

function keyOf(req) {
  return [req.url, ...KEY_HEADERS.map((h) => req.headers[h] ?? "")].join("\n");
}

function isPlainRead(req) {
  return (req.method === "GET" || req.method === "HEAD") && !NOT_A_PLAIN_READ.some((h) => req.headers[h] !== undefined);
}

/** True when an answer may be kept and sent to anyone who asks for the same address. */
function isShareable(res) {
  if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return false;
  const cacheControl = String(res.getHeader("cache-control") ?? "").toLowerCase();
  if (!/\bpublic\b/.test(cacheControl) || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return false;
  const vary = String(res.getHeader("vary") ?? "")
    .toLowerCase()
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return vary.every((v) => VARY_KNOWN.has(v));
}

/** If-None-Match with the weak comparison (RFC 9110 13.1.2). */
function etagMatches(header, etag) {
  if (typeof header !== "string" || typeof etag !== "string") return false;
  return header.trim() === "*" || header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""));
}

/**
 * A store of whole answers, least recently used dropped first past `maxBytes` (16 MB: a thousand
 * pages or more, and a bound on what a stream of different requests can make the server hold, each
 * answer kept in full beside the reads it was made from). `settleMs` is how
 * long after a drop nothing new is kept: long enough for the framework's own cache behind it to
 * have dropped what the change touched.
 */
export function createKeptResponses({ maxBytes = 16 * 1024 * 1024, maxAgeMs = 60_000, settleMs = 2_000, now = Date.now } = {}) {
  const entries = new Map();
  let bytes = 0;
  let droppedAt = Number.NEGATIVE_INFINITY;
  let generation = 0;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  }

  function store(key, entry) {
    if (entry.body.length > maxBytes / 8) return;
    remove(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  return {
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },

    /** Drops every kept answer, and keeps none for `settleMs`. */
    drop() {
      entries.clear();
      bytes = 0;
      droppedAt = now();
      generation++;
    },

    /** Answers `req` from a kept answer and returns true, or returns false and leaves `res` untouched. */
    answer(req, res) {
      if (!isPlainRead(req)) return false;
      const key = keyOf(req);
      const entry = entries.get(key);
      if (!entry) return false;
      const age = now() - entry.keptAt;
      if (age > maxAgeMs) {
        remove(key);
        return false;
      }
      entries.delete(key);
      entries.set(key, entry);
      for (const [name, value] of entry.headers) res.setHeader(name, value);
      res.setHeader("age", String(Math.floor(age / 1000)));
      if (etagMatches(req.headers["if-none-match"], entry.headers.get("etag"))) {
        res.removeHeader("content-length");
        res.statusCode = 304;
        res.end();
        return true;
      }
      res.statusCode = 200;
      res.setHeader("content-length", entry.body.length);
      res.end(req.method === "HEAD" ? undefined : entry.body);
      return true;
    },

    /**
     * Watches the answer to `req` and keeps it once it is whole, if it may be shared. Call it
     * before anything else rewrites the answer's body, so that what is kept is what was sent.
     */
    watch(req, res) {
      if (req.method !== "GET" || !isPlainRead(req) || req.headers["if-none-match"] !== undefined) return;
      // The address as asked: the framework may rewrite `req.url` while it answers.
      const key = keyOf(req);
      const startedIn = generation;
      const chunks = [];
      let size = 0;
      const { write, end, writeHead } = res;
      // Headers handed to writeHead are set on the answer, so that they are read with the rest.
      res.writeHead = function (status, reason, headers) {
        setWriteHeadHeaders(res, status, reason, headers);
        return writeHead.call(this, status);
      };
      const take = (chunk, encoding) => {
        if (!chunk || typeof chunk === "function" || size > maxBytes) return;
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
        size += buf.length;
        chunks.push(buf);
      };
      res.write = function (chunk, encoding, cb) {
        take(chunk, encoding);
        return write.call(this, chunk, encoding, cb);
      };
      res.end = function (chunk, encoding, cb) {
        take(chunk, encoding);
        const settled = generation === startedIn && now() - droppedAt >= settleMs;
        if (settled && isShareable(res)) {
          const headers = new Map();
          for (const [name, value] of Object.entries(res.getHeaders())) {
            if (!NOT_KEPT_HEADERS.has(name) && value !== undefined) headers.set(name, value);
          }
          headers.delete("content-length");
          store(key, { headers, body: Buffer.concat(chunks), keptAt: now() });
        }
        return end.call(this, chunk, encoding, cb);
      };
    },
  };
}

/** Where the server keeps the requests it is answering, found by the app's code as the kept answers are. */
const REQUESTS_IN_FLIGHT = Symbol.for("ties.requests-in-flight");

/** Counts `res` as in flight until it is finished or abandoned (see requestsInFlightEnded). */
export function trackRequest(res) {
  globalThis[REQUESTS_IN_FLIGHT] ??= new Set();
  const inFlight = globalThis[REQUESTS_IN_FLIGHT];
  const ended = new Promise((resolve) => res.once("close", resolve));
  inFlight.add(ended);
  void ended.then(() => inFlight.delete(ended));
}

/**
 * Resolves once every request being answered now has ended, or after `maxMs`: true if there were
 * any. A page Next.js began to render before a change and stores after its tags were expired is
 * dated by when it was stored and kept as fresh; expiring the tags again after this drops it.
 */
export function requestsInFlightEnded(maxMs = 10_000) {
  const now = [...(globalThis[REQUESTS_IN_FLIGHT] ?? [])];
  if (now.length === 0) return Promise.resolve(false);
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, maxMs);
    timer.unref?.();
  });
  return Promise.race([Promise.all(now), late]).then(() => {
    clearTimeout(timer);
    return true;
  });
}

/** Drops every answer this process keeps; called by the app when a record changes. A no-op where nothing is kept. */
export function dropKeptResponses() {
  globalThis[KEPT_RESPONSES]?.drop();
}
