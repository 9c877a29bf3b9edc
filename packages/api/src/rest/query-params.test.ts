import { z } from "zod";
import { describe, expect, it } from "vitest";
import { parseQuery, withoutId } from "./query-params";

const detailInput = z.object({ id: z.string(), today: z.string().optional(), limit: z.number().int().optional() });

describe("query strings", () => {
  it("coerce numbers and reject unknown or repeated parameters", () => {
    expect(parseQuery(detailInput, new URLSearchParams("id=x&limit=5"))).toEqual({ id: "x", limit: 5 });
    expect(() => parseQuery(detailInput, new URLSearchParams("nope=1"))).toThrow(/Unknown parameter/);
    expect(() => parseQuery(detailInput, new URLSearchParams("limit=1&limit=2"))).toThrow(/more than once/);
  });

  it("read a record's other parameters through one schema per procedure, the id coming from the path", () => {
    const first = withoutId(detailInput);
    expect(withoutId(detailInput)).toBe(first);
    expect(Object.keys(first.shape)).toEqual(["today", "limit"]);
    expect(parseQuery(first, new URLSearchParams("today=2030-01-01"))).toEqual({ today: "2030-01-01" });
    expect(() => parseQuery(first, new URLSearchParams("id=y"))).toThrow(/Unknown parameter/);
  });
});
