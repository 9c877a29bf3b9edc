/**
 * Timing and logging of every procedure call: its path, type, duration and outcome. Failures
 * other than a caller's own mistake (a 5xx, logged with its cause: name, message, stack) and calls
 * slower than the threshold are always logged;
 * `setProcedureLogging("all")` logs every call (a deployment investigating traffic), `"off"` none.
 * REST answers carry the duration as a `Server-Timing` header (see rest-handler).
 */
import { errorFields, log } from "./log";

export type ProcedureLogging = "all" | "slow-and-errors" | "off";

let mode: ProcedureLogging = "slow-and-errors";
/** Calls at least this slow are logged in the default mode, in milliseconds. */
export const SLOW_PROCEDURE_MS = 500;

export function setProcedureLogging(next: ProcedureLogging): void {
  mode = next;
}

export interface ProcedureTiming {
  procedure: string;
  type: string;
  durationMs: number;
  /** "ok", or the error's tRPC code. */
  outcome: string;
  httpStatus: number;
}

/** Logs a call; `cause` is what failed, written out for a server fault only. */
export function logProcedure(t: ProcedureTiming, cause?: unknown): void {
  if (mode === "off") return;
  const failed = t.httpStatus >= 500;
  if (mode === "all" || failed || t.durationMs >= SLOW_PROCEDURE_MS) {
    log(failed ? "error" : t.durationMs >= SLOW_PROCEDURE_MS ? "warn" : "info", "procedure", {
      ...t,
      durationMs: Math.round(t.durationMs * 10) / 10,
      ...(failed && cause !== undefined ? errorFields(cause) : {}),
    });
  }
}

/** A `Server-Timing` header value for a procedure's duration. */
export const serverTiming = (durationMs: number): string => `app;desc="procedure";dur=${durationMs.toFixed(1)}`;
