/** The API's messages for a failed call, by field, as its errorFormatter gives them to HTTP clients. */
import "server-only";
import { fieldErrors, TiesError } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

export interface ActionFailure {
  message: string;
  fields: Record<string, string[]>;
  code: string;
}

/** Reads a thrown API error; rethrows anything that is not one (a bug, not a user mistake). */
export function failureOf(e: unknown): ActionFailure {
  if (!(e instanceof TRPCError)) throw e;
  const cause = e.cause;
  const fields =
    cause instanceof ZodError
      ? fieldErrors(cause)
      : cause instanceof TiesError
        ? ((cause.details.fields as Record<string, string[]>) ?? {})
        : {};
  return { message: e.message, fields, code: e.code };
}
