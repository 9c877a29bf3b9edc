/**
 * The one mapping from a thrown error to an HTTP status and a JSON error body, for the plain HTTP
 * endpoints. It goes through `toTRPCError`, so REST and tRPC report the same code for the same
 * failure, and internal details never leak.
 */
import { describeFieldErrors } from "@ties/domain";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError, z } from "zod";
import { inputFieldErrors, toTRPCError } from "./trpc";

export type FieldErrors = Record<string, string[]>;

/** The body of every non-2xx JSON response of the REST API (also published in the OpenAPI document). */
export const ZHttpErrorBody = z.object({
  error: z.object({
    /** The tRPC error code, e.g. BAD_REQUEST, NOT_FOUND, METHOD_NOT_SUPPORTED, INTERNAL_SERVER_ERROR. */
    code: z.string(),
    message: z.string(),
    /** Field or parameter name -> messages, when input was invalid. */
    fields: z.record(z.string(), z.array(z.string())).nullable(),
  }),
});
export type HttpErrorBody = z.infer<typeof ZHttpErrorBody>;

export function httpStatusFor(error: unknown): number {
  return getHTTPStatusCodeFromError(toTRPCError(error));
}

export function httpErrorBody(error: unknown): HttpErrorBody {
  const e = toTRPCError(error);
  // Same rules as the tRPC error formatter: field errors only for the caller's own mistakes.
  const fields = getHTTPStatusCodeFromError(e) < 500 ? inputFieldErrors(e.cause) : null;
  const message =
    e.code === "INTERNAL_SERVER_ERROR" ? "Internal error" : e.cause instanceof ZodError && fields ? describeFieldErrors(fields) : e.message;
  return { error: { code: e.code, message, fields } };
}

/** A JSON error response; `extra` adds headers such as `Allow`. */
export function httpErrorResponse(error: unknown, extra: Record<string, string> = {}): Response {
  const status = httpStatusFor(error);
  // Only server faults are worth a log line; a bad request is the caller's business.
  if (status >= 500) console.error("[ties api]", error);
  return jsonError(status, httpErrorBody(error), extra);
}

export function jsonError(status: number, body: HttpErrorBody, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...extra },
  });
}
