/**
 * Structured logs: one JSON object per line on stdout (info) or stderr (warn, error), with the
 * request id when there is one, so a log shipper can index them and an error can be matched to
 * its request's access line. Stacks go to the log, never to the client.
 */
export type LogLevel = "info" | "warn" | "error";

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  if (level === "info") process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}

/** An error as log fields: its name, message, stack and cause chain. */
export function errorFields(e: unknown, depth = 0): Record<string, unknown> {
  if (!(e instanceof Error)) return { error: String(e) };
  return {
    error: {
      name: e.name,
      message: e.message,
      stack: e.stack,
      ...(e.cause !== undefined && depth < 3 ? { cause: errorFields(e.cause, depth + 1).error } : {}),
    },
  };
}
