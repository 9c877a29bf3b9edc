/**
 * Reads a procedure's declared input and output zod schemas off the router at run time, so the
 * query-string parser and the OpenAPI document describe exactly what the procedure checks.
 */
import type { AnyTRPCProcedure, AnyTRPCRouter } from "@trpc/server";
import { z } from "zod";

export function procedureAt(router: AnyTRPCRouter, path: string): AnyTRPCProcedure | null {
  const procedures: Record<string, unknown> = router._def.procedures;
  const p = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
  return isProcedure(p) ? p : null;
}

function isProcedure(v: unknown): v is AnyTRPCProcedure {
  return typeof v === "function" && "_def" in v && typeof v._def === "object" && v._def !== null && "procedure" in v._def;
}

/** Every procedure of a router with its path, for walking the whole API (tests, documents). */
export function allProcedures(router: AnyTRPCRouter): { path: string; procedure: AnyTRPCProcedure }[] {
  const procedures: Record<string, unknown> = router._def.procedures;
  return Object.entries(procedures).flatMap(([path, p]) => (isProcedure(p) ? [{ path, procedure: p }] : []));
}

export interface ProcedureSchemas {
  /** The input object schema (the last `.input()` when several are merged is enough here: ours declare one). */
  input: z.ZodObject | null;
  output: z.ZodType | null;
}

export function procedureSchemas(procedure: AnyTRPCProcedure): ProcedureSchemas {
  const def: { inputs?: unknown[]; output?: unknown } = procedure._def;
  const input = def.inputs?.find((i) => i instanceof z.ZodObject);
  return {
    input: input instanceof z.ZodObject ? input : null,
    output: def.output instanceof z.ZodType ? def.output : null,
  };
}
