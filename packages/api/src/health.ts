/**
 * GET /api/health on each app: 200 when the app can query its database, 503 when it cannot
 * (down, or slower than the limit), always within about `timeoutMs`. For load balancers and
 * supervisors, which must get an answer fast even when the database hangs.
 */
import type { Db } from "@ties/db";
import { errorFields, log } from "./log";

export async function healthResponse(db: Db, opts: { app: string; timeoutMs?: number }): Promise<Response> {
  const started = performance.now();
  const timeoutMs = opts.timeoutMs ?? 80;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  let database: "ok" | "timeout" | "error";
  try {
    database = await Promise.race([db.$queryRaw`SELECT 1`.then(() => "ok" as const), timeout]);
  } catch (e) {
    database = "error";
    log("warn", "health check: database unreachable", { app: opts.app, ...errorFields(e) });
  } finally {
    clearTimeout(timer);
  }
  const ok = database === "ok";
  const body = { status: ok ? "ok" : "unavailable", app: opts.app, database, ms: Math.round(performance.now() - started) };
  return Response.json(body, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
