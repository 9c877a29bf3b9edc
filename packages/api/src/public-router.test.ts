/**
 * The public router holds exactly the procedures an anonymous caller may run: every procedure of
 * the full router outside it must refuse a public-surface call, and every one inside must not.
 */
import type { Db } from "@ties/db";
import { callTRPCProcedure, TRPCError } from "@trpc/server";
import { describe, expect, it, onTestFinished } from "vitest";
import { createContextInner } from "./context";
import { setProcedureLogging } from "./procedure-timing";
import { publicRouter } from "./public-router";
import { allProcedures } from "./rest/procedure-schemas";
import { appRouter } from "./root";

// Any query that gets past the access checks stops here, without a database.
const db = new Proxy({} as Db, {
  get() {
    throw new Error("no database in this test");
  },
});

async function codeOf(path: string, type: "query" | "mutation" | "subscription"): Promise<string> {
  try {
    await callTRPCProcedure({
      router: appRouter,
      path,
      type,
      ctx: createContextInner({ db, surface: "public" }),
      getRawInput: async () => undefined,
      signal: undefined,
      batchIndex: 0,
    });
    return "OK";
  } catch (e) {
    return e instanceof TRPCError ? e.code : "THROWN";
  }
}

describe("publicRouter", () => {
  const publicPaths = new Set(allProcedures(publicRouter).map((p) => p.path));

  it("is a part of the full router, procedure for procedure", () => {
    const full = new Map(allProcedures(appRouter).map((p) => [p.path, p.procedure]));
    expect(publicPaths.size).toBeGreaterThan(20);
    for (const { path, procedure } of allProcedures(publicRouter)) expect(full.get(path), path).toBe(procedure);
  });

  it("agrees with the access checks on every procedure of the full router", async () => {
    // Public procedures fail here on the missing database, by design: their failures are not logged.
    setProcedureLogging("off");
    onTestFinished(() => setProcedureLogging("slow-and-errors"));
    const mismatches: string[] = [];
    for (const { path, procedure } of allProcedures(appRouter)) {
      const code = await codeOf(path, procedure._def.type);
      const refused = code === "UNAUTHORIZED" || code === "FORBIDDEN";
      if (publicPaths.has(path) === refused) mismatches.push(`${path}: ${code}`);
    }
    expect(mismatches).toEqual([]);
  });
});
