/**
 * Reading API errors. Every failure is a TRPCClientError whose `data.code` is one of the codes
 * below and, for invalid input, `data.fields` maps each bad field to its messages.
 */
import { TRPCClientError } from "@trpc/client";
import type { PublicRouter } from "./public-api.js";

/** The codes the public API uses, with their HTTP statuses. */
export const ERROR_CODES = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export interface TiesErrorInfo {
  code: string;
  message: string;
  httpStatus: number | null;
  fields: Record<string, string[]> | null;
}

export function isTiesClientError(e: unknown): e is TRPCClientError<PublicRouter> {
  return e instanceof TRPCClientError;
}

/** The code, message and field errors of an API failure, or null for anything else (e.g. a network error). */
export function tiesErrorOf(e: unknown): TiesErrorInfo | null {
  if (!isTiesClientError(e) || !e.data) return null;
  return { code: e.data.code, message: e.message, httpStatus: e.data.httpStatus ?? null, fields: e.data.fields ?? null };
}
