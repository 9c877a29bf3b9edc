/**
 * Every procedure is timed and logged by its outcome, and REST answers say how long the
 * procedure took in a Server-Timing header. Against a real database, through the real router.
 */
import { createPrismaClient } from "@ties/db";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createContextInner } from "./context";
import { setProcedureLogging } from "./procedure-timing";
import { createRestHandler } from "./rest/rest-handler";
import { appRouter, createCaller } from "./root";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.drop();
});
afterEach(() => {
  setProcedureLogging("slow-and-errors");
  vi.restoreAllMocks();
});

/** The JSON log lines written while `run` runs. */
async function logged(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  await run().catch(() => undefined);
  vi.restoreAllMocks();
  return lines
    .flatMap((l) => l.split("\n"))
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("procedure timing", () => {
  it("logs each call with its procedure, duration and outcome when asked for all calls", async () => {
    setProcedureLogging("all");
    const api = createCaller(createContextInner({ db: t.db }));
    const lines = await logged(async () => {
      await api.event.list({ limit: 2 });
      await api.event.byId({ id: "no-such-event" });
    });
    const calls = lines.filter((l) => l.msg === "procedure");
    expect(calls).toEqual([
      expect.objectContaining({ procedure: "event.list", type: "query", outcome: "ok", httpStatus: 200, durationMs: expect.any(Number) }),
      expect.objectContaining({ procedure: "event.byId", outcome: "NOT_FOUND", httpStatus: 404 }),
    ]);
  });

  it("by default keeps quiet about quick calls and a caller's own mistakes", async () => {
    const api = createCaller(createContextInner({ db: t.db }));
    const lines = await logged(async () => {
      await api.event.list({ limit: 2 });
      await api.event.byId({ id: "no-such-event" });
    });
    expect(lines.filter((l) => l.msg === "procedure")).toEqual([]);
  });

  it("logs a server fault with what failed, for the operator", async () => {
    // A database that refuses every connection: each read fails inside the server.
    const gone = createPrismaClient("postgresql://ties:ties@127.0.0.1:1/none", { max: 1 });
    const api = createCaller(createContextInner({ db: gone, surface: "public" }));
    const lines = await logged(() => api.event.list({ limit: 2 }));
    await gone.$disconnect();
    expect(lines.filter((l) => l.msg === "procedure")).toEqual([
      expect.objectContaining({
        procedure: "event.list",
        outcome: "INTERNAL_SERVER_ERROR",
        httpStatus: 500,
        error: expect.objectContaining({ message: expect.stringMatching(/ECONNREFUSED|connect/i), stack: expect.any(String) }),
      }),
    ]);
  });

  it("puts the procedure's duration in a Server-Timing header on REST answers", async () => {
    const rest = createRestHandler({ router: appRouter, createContext: () => createContextInner({ db: t.db }) });
    const res = await rest(new Request("http://localhost/api/v1/events?limit=1"));
    expect(res.status).toBe(200);
    expect(res.headers.get("server-timing")).toMatch(/^app;desc="procedure";dur=\d+\.\d$/);
  });
});
