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

type Issue = z.core.$ZodIssue;

const BOUNDED: Record<string, [string, string]> = { string: ["", " characters"], array: ["", " items"], set: ["", " items"] };

function bound(issue: Extract<Issue, { code: "too_big" | "too_small" }>, limit: unknown): string {
  const [pre, unit] = BOUNDED[issue.origin] ?? ["", ""];
  const most = issue.code === "too_big";
  if (issue.origin === "string" && !most && limit === 1) return "must not be empty";
  const words = issue.inclusive === false ? (most ? "less than" : "more than") : most ? "at most" : "at least";
  return `must ${BOUNDED[issue.origin] ? "have" : "be"} ${words} ${pre}${String(limit)}${unit}`;
}

/**
 * One zod issue as a short phrase a caller can act on ("must be at most 100"). Only zod's own
 * wording is rewritten; a message a schema sets itself is kept as it is.
 */
export function issueMessage(issue: Issue): string {
  const own = !/^(Too big|Too small|Invalid input|Invalid option|Unrecognized key)/.test(issue.message);
  if (own) return issue.message;
  switch (issue.code) {
    case "too_big":
      return bound(issue, issue.maximum);
    case "too_small":
      return bound(issue, issue.minimum);
    case "invalid_type":
      return /received undefined$/.test(issue.message)
        ? "is required"
        : `must be ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

/** Field path -> messages, from a zod error. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] = [...(out[key] ?? []), issueMessage(issue)];
  }
  return out;
}

/** The first problem as one readable line, "limit: must be at most 100", noting how many more there are. */
export function describeFieldErrors(fields: Record<string, string[]>): string {
  const entries = Object.entries(fields);
  const [first] = entries;
  if (!first) return "Input is invalid";
  const more = entries.length - 1;
  return `${first[0] === "_" ? "" : `${first[0]}: `}${first[1][0] ?? "is invalid"}${more > 0 ? ` (and ${more} more ${more === 1 ? "field" : "fields"})` : ""}`;
}

export function validationError(error: z.ZodError, what = "Input"): TiesError {
  const fields = fieldErrors(error);
  return new TiesError("VALIDATION", `${what} is invalid: ${describeFieldErrors(fields)}`, { fields });
}

/** Parses with a schema or throws a VALIDATION error carrying field messages. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what?: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error, what);
  return r.data;
}
