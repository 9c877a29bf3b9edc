/**
 * What a failed call tells the caller: invalid input gets one readable sentence and the field
 * list; a server fault (such as output failing its own schema) gets neither, over tRPC or REST.
 */
import { getTRPCErrorShape, TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { httpErrorBody } from "./http-status";
import { appRouter } from "./root";

const invalid = z.object({ limit: z.number().max(100), q: z.string().min(1) }).safeParse({ limit: 1000, q: "" }).error;

function shapeOf(error: TRPCError) {
  return getTRPCErrorShape({ config: appRouter._def._config, error, type: "query", path: "event.list", input: undefined, ctx: undefined });
}

describe("error format", () => {
  it("turns invalid input into a readable message with its fields (tRPC and REST)", () => {
    const error = new TRPCError({ code: "BAD_REQUEST", message: JSON.stringify(invalid?.issues), cause: invalid });
    const shape = shapeOf(error);
    expect(shape.message).toBe("limit: must be at most 100 (and 1 more field)");
    expect(shape.data.fields).toEqual({ limit: ["must be at most 100"], q: ["must not be empty"] });
    expect(httpErrorBody(error).error).toEqual({ code: "BAD_REQUEST", message: shape.message, fields: shape.data.fields });
  });

  it("sends no field errors and no zod text for output that fails its schema (a 500)", () => {
    const error = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Output validation failed", cause: invalid });
    const shape = shapeOf(error);
    expect(shape.message).toBe("Internal error");
    expect(shape.data.fields).toBeNull();
    expect(httpErrorBody(error).error).toEqual({ code: "INTERNAL_SERVER_ERROR", message: "Internal error", fields: null });
  });
});
