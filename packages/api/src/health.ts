/**
 * GET /api/health on each app: 200 when the app can query its database, 503 when it cannot
 * (down, or slower than the limit), always within about `timeoutMs`. For load balancers and
 * supervisors, which must get an answer fast even when the database hangs.
 *
 * An app that holds no connection yet (the first check after it starts, or after its idle
 * connections were closed) is allowed `connectMs` instead: opening a connection starts a server
 * process and authenticates (25-35 ms on a two-core machine with other work running), which on a
 * busy machine passed the limit and reported a healthy app as down. The check runs `SELECT 1` on
 * the app's pool without Prisma, whose first query in a process also loads its query compiler.
 */
import { type Db, holdsConnection, pingDatabase } from "@ties/db";
import { errorFields, log } from "./log";

export interface HealthOptions {
  app: string;
  /** The limit for a check on an open connection. */
  timeoutMs?: number;
  /** The limit when a connection must be opened first. */
  connectMs?: number;
}

type DatabaseState = "ok" | "timeout" | "error";

async function checkDatabase(db: Db, limitMs: number, app: string): Promise<DatabaseState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), limitMs);
  });
  try {
    return await Promise.race([pingDatabase(db).then(() => "ok" as const), timeout]);
  } catch (e) {
    log("warn", "health check: database unreachable", { app, ...errorFields(e) });
    return "error";
  } finally {
    clearTimeout(timer);
  }
}

export async function healthResponse(db: Db, opts: HealthOptions): Promise<Response> {
  const started = performance.now();
  const limitMs = holdsConnection(db) ? (opts.timeoutMs ?? 80) : (opts.connectMs ?? 2_000);
  const database = await checkDatabase(db, limitMs, opts.app);
  const ok = database === "ok";
  const body = { status: ok ? "ok" : "unavailable", app: opts.app, database, ms: Math.round(performance.now() - started) };
  return Response.json(body, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
