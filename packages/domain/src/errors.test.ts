/** Validation messages a caller can read: zod's wording rewritten, a schema's own kept, one line to sum up. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeFieldErrors, fieldErrors, validationError } from "./errors";

const Z = z.object({
  limit: z.number().int().min(1).max(100),
  q: z.string().min(1).max(5),
  kind: z.enum(["event", "agreement"]),
  tags: z.array(z.string()).max(2),
  date: z.string().regex(/^\d{4}$/, "Use a year like 2025"),
});

function fieldsOf(input: unknown) {
  const r = Z.strict().safeParse(input);
  if (r.success) throw new Error("expected a failure");
  return fieldErrors(r.error);
}

describe("fieldErrors", () => {
  it("says what a bound, a type and an enumeration expect", () => {
    const fields = fieldsOf({ limit: 1000, q: "", kind: "summit", tags: ["a", "b", "c"], date: "2025", extra: 1 });
    expect(fields).toEqual({
      limit: ["must be at most 100"],
      q: ["must not be empty"],
      kind: ['must be one of "event", "agreement"'],
      tags: ["must have at most 2 items"],
      _: ["unknown field extra"],
    });
    expect(fieldsOf({ limit: "ten", q: "abcdefg", kind: "event", tags: [], date: "2025" })).toEqual({
      limit: ["must be a number"],
      q: ["must have at most 5 characters"],
    });
  });

  it("names a missing field and keeps a schema's own message", () => {
    expect(fieldsOf({ q: "a", kind: "event", tags: [], date: "May" })).toEqual({ limit: ["is required"], date: ["Use a year like 2025"] });
  });
});

describe("describeFieldErrors", () => {
  it("gives the first problem on one line and counts the rest", () => {
    expect(describeFieldErrors({ limit: ["must be at most 100"] })).toBe("limit: must be at most 100");
    expect(describeFieldErrors({ limit: ["must be at most 100"], q: ["must not be empty"], kind: ["x"] })).toBe(
      "limit: must be at most 100 (and 2 more fields)",
    );
    expect(describeFieldErrors({})).toBe("Input is invalid");
  });

  it("is the message of a VALIDATION error", () => {
    const r = Z.safeParse({ limit: 0, q: "a", kind: "event", tags: [], date: "2025" });
    expect(r.success).toBe(false);
    if (!r.success) expect(validationError(r.error, "Query").message).toBe("Query is invalid: limit: must be at least 1");
  });
});
