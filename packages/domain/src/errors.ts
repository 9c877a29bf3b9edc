/**
 * Errors the rules raise, independent of transport. The API maps each code to its HTTP/tRPC
 * counterpart in one place.
 */
import type { z } from "zod";

export type TiesErrorCode = "VALIDATION" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "RULE";

export class TiesError extends Error {
  constructor(
    readonly code: TiesErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "TiesError";
  }
}

/** Field path -> messages, from a zod error. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

export function validationError(error: z.ZodError, what = "Input"): TiesError {
  const fields = fieldErrors(error);
  const first = Object.entries(fields)[0];
  return new TiesError("VALIDATION", `${what} is invalid${first ? `: ${first[0]}: ${first[1][0]}` : ""}`, { fields });
}

/** Parses with a schema or throws a VALIDATION error carrying field messages. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what?: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error, what);
  return r.data;
}
