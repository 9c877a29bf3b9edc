// Serving a built Next.js app behind a plain Node HTTP server, the one way both apps run in
// production. It gives each request an id (kept from X-Request-Id when well-formed, so a proxy's id
// carries through), writes one JSON access line per request, and makes the client address the
// socket's unless TRUST_PROXY=1 (`next start` keeps any X-Forwarded-For a client sends, which
// would let a client pick the address sign-in is rate-limited by). Plain JavaScript: node runs it
// without a build.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

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

/**
 * Starts the app in `dir` (its folder) and resolves once it listens. `next` is the app's own
 * Next.js (passed in: this package does not depend on Next.js).
 */
export async function serveNext({ name, dir, next }) {
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
