/**
 * The tRPC instance and its procedure builders, one per access level. Domain errors become
 * transport errors here, in one place.
 */
import { recordCacheFor } from "@ties/db";
import { describeFieldErrors, fieldErrors, type Role, roleAtLeast, TiesError, todayUtc } from "@ties/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { logProcedure } from "./procedure-timing";
import { ZodError } from "zod";
import type { Context, SessionUser } from "./context";

const CODE: Record<TiesError["code"], TRPCError["code"]> = {
  VALIDATION: "BAD_REQUEST",
  RULE: "UNPROCESSABLE_CONTENT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "UNAUTHORIZED",
};

export function toTRPCError(e: unknown): TRPCError {
  if (e instanceof TRPCError) return e;
  if (e instanceof TiesError) return new TRPCError({ code: CODE[e.code], message: e.message, cause: e });
  if (e instanceof ZodError) return new TRPCError({ code: "BAD_REQUEST", message: describeFieldErrors(fieldErrors(e)), cause: e });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Internal error", cause: e instanceof Error ? e : undefined });
}

/** Field -> messages for invalid input: from zod (procedure inputs) or a VALIDATION error's details. */
export function inputFieldErrors(cause: unknown): Record<string, string[]> | null {
  if (cause instanceof ZodError) return fieldErrors(cause);
  if (cause instanceof TiesError) {
    const fields = cause.details.fields;
    return fields && typeof fields === "object" ? (fields as Record<string, string[]>) : null;
  }
  return null;
}

/** What a procedure declares about itself beyond its input and output. */
export interface ProcedureMeta {
  /**
   * A public read that is slow and only guides the reader (the timeline's menu counts): after a
   * change it is answered from its previous answer while the new one loads (see `cacheUntilChange`).
   */
  staleWhileLoading?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      // Field errors describe the caller's input: a server fault (say, output that fails its own
      // schema) never sends them, nor its zod issues as the message.
      const fields = shape.data.httpStatus < 500 ? inputFieldErrors(cause) : null;
      const conflict = cause instanceof TiesError && cause.code === "CONFLICT" ? cause.details : null;
      const message =
        error.code === "INTERNAL_SERVER_ERROR"
          ? "Internal error"
          : cause instanceof ZodError && fields
            ? describeFieldErrors(fields)
            : shape.message;
      return {
        ...shape,
        message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fields, conflict },
      };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Turns thrown domain errors into transport errors for every procedure. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error.cause instanceof TiesError ? result.error.cause : result.error);
  return result;
});

/** Times every call and logs it by its outcome (see procedure-timing). */
const timing = t.middleware(async ({ path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const error = result.ok ? null : toTRPCError(result.error.cause instanceof TiesError ? result.error.cause : result.error);
  logProcedure(
    {
      procedure: path,
      type,
      durationMs: performance.now() - started,
      outcome: error ? error.code : "ok",
      httpStatus: error ? getHTTPStatusCodeFromError(error) : 200,
    },
    error?.cause ?? error ?? undefined,
  );
  return result;
});

/** A failed read, handed back to its caller without being kept. */
class NotKept {
  constructor(readonly result: unknown) {}
}

/**
 * Public reads are answered from memory until the record changes: the process's database client
 * keeps each answer (by procedure, input, date and tracked pairs) until PostgreSQL reports a write
 * (see `@ties/db`'s record changes; nothing is kept while that connection is down). A failure is
 * never kept. Admin reads, which may show drafts, always go to the database.
 */
const keepPublicReads = t.middleware(async ({ ctx, path, type, meta, getRawInput, next }) => {
  const cache = type === "query" && ctx.surface === "public" ? recordCacheFor(ctx.db) : undefined;
  if (!cache) return next();
  const key = `${path} ${todayUtc()} ${JSON.stringify(ctx.pairs)} ${JSON.stringify(await getRawInput()) ?? ""}`;
  try {
    return await cache(
      key,
      async () => {
        const result = await next();
        if (!result.ok) throw new NotKept(result);
        return result;
      },
      { stale: meta?.staleWhileLoading },
    );
  } catch (e) {
    if (e instanceof NotKept) return e.result as Awaited<ReturnType<typeof next>>;
    throw e;
  }
});

export const publicProcedure = t.procedure.use(timing).use(mapErrors).use(keepPublicReads);

function requireRole(role: Role) {
  return t.middleware(({ ctx, next }) => {
    if (ctx.surface !== "admin" || !ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this" });
    if (!roleAtLeast(ctx.user.role, role)) throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${role} role` });
    return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
  });
}

export const curatorProcedure = publicProcedure.use(requireRole("curator"));
export const editorProcedure = publicProcedure.use(requireRole("editor"));
export const adminProcedure = publicProcedure.use(requireRole("admin"));
