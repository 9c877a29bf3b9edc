/** The API's messages for a failed call, by field, as its errorFormatter gives them to HTTP clients. */
import "server-only";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

export interface ActionFailure {
  message: string;
  fields: Record<string, string[]>;
  code: string;
}

// Read by shape rather than by class: the API and the app may each load their own copy of zod.
const ZIssues = z.object({
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number(), z.symbol()])), message: z.string() })),
});
const ZDetailFields = z.object({ details: z.object({ fields: z.record(z.string(), z.array(z.string())) }) });

/** Reads a thrown API error; rethrows anything that is not one (a bug, not a user mistake). */
export function failureOf(e: unknown): ActionFailure {
  if (!(e instanceof TRPCError)) throw e;
  const fields: Record<string, string[]> = {};
  const issues = ZIssues.safeParse(e.cause);
  if (issues.success) {
    for (const issue of issues.data.issues) {
      const key = issue.path.map(String).join(".") || "_";
      fields[key] = [...(fields[key] ?? []), issue.message];
    }
  } else {
    Object.assign(fields, ZDetailFields.safeParse(e.cause).data?.details.fields ?? {});
  }
  // A refused input's own message is the issues as JSON: the fields carry them, readably.
  const message = issues.success ? "Some fields need a fix: see the messages beside them." : e.message;
  return { message, fields, code: e.code };
}
