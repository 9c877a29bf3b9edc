/**
 * Serving the tRPC router over HTTP with the same hardening in both apps: JSON-only mutations,
 * a cap on batch size, a body size limit, well-formed batch paths, and no 5xx for bad input.
 * Each app's /api/trpc route calls `handleTrpcRequest` with its own context.
 */
import { getTRPCErrorShape, TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Context } from "./context";
import { errorFields, log } from "./log";
import { type AppRouter, appRouter } from "./root";

export interface TrpcLimits {
  /** Most calls in one batch request; the client's `maxItems` matches it. */
  maxBatchSize: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

/** 10 calls cover any page of the site; 1 MB is far above the largest curation form. */
export const TRPC_LIMITS: TrpcLimits = { maxBatchSize: 10, maxBodyBytes: 1_000_000 };

export interface TrpcHttpOptions {
  /** The path the router is mounted at, e.g. /api/trpc. */
  endpoint: string;
  createContext: (req: Request) => Context | Promise<Context>;
  router?: AppRouter;
  limits?: Partial<TrpcLimits>;
  /** Cache-Control for successful answers; the admin app sends no-store (answers carry personal data). */
  cacheControl?: string;
  /**
   * Cache-Control for a batch of reads that all succeeded, in place of `cacheControl`: the public
   * site's reads are the same for everyone, so any cache (the server's own included) may keep them.
   */
  readCacheControl?: string;
}

/** An error in tRPC's own envelope, so the tRPC client reads it like any other. */
function trpcErrorResponse(router: AppRouter, error: TRPCError, extra: Record<string, string> = {}): Response {
  const shape = getTRPCErrorShape({
    config: router._def._config,
    error,
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return new Response(JSON.stringify({ error: shape }), {
    status: getHTTPStatusCodeFromError(error),
    headers: { "content-type": "application/json", "cache-control": "no-store", ...extra },
  });
}

export class BodyTooLarge extends Error {}

/** Reads the body, stopping as soon as it passes the limit (a missing or lying Content-Length is no way around it). */
export async function readBodyCapped(req: Request, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > max) {
    // Cancelling (rather than leaving the body unread) frees the connection: an unread body left
    // on a keep-alive socket stalls the client's next request until the socket times out.
    await req.body?.cancel().catch(() => {});
    throw new BodyTooLarge();
  }
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

export async function handleTrpcRequest(req: Request, opts: TrpcHttpOptions): Promise<Response> {
  const router = opts.router ?? appRouter;
  const limits = { ...TRPC_LIMITS, ...opts.limits };
  const endpoint = opts.endpoint.replace(/\/+$/, "");
  try {
    const url = new URL(req.url);
    const path = url.pathname.startsWith(`${endpoint}/`) ? url.pathname.slice(endpoint.length + 1) : "";
    const paths = url.searchParams.get("batch") === "1" ? path.split(",") : [path];
    if (paths.length > limits.maxBatchSize) {
      return trpcErrorResponse(
        router,
        new TRPCError({ code: "BAD_REQUEST", message: `A batch holds at most ${limits.maxBatchSize} calls` }),
      );
    }
    if (paths.some((p) => p === "" || p.length > 200)) {
      return trpcErrorResponse(router, new TRPCError({ code: "BAD_REQUEST", message: "Malformed procedure path" }));
    }

    let forwarded = req;
    if (req.method === "POST") {
      // tRPC would also take multipart and octet-stream bodies; no procedure here wants them, and
      // JSON-only keeps form posts from other sites out (they cannot send application/json without CORS).
      if (mediaType(req) !== "application/json") {
        return trpcErrorResponse(router, new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: "Send application/json" }));
      }
      const body = await readBodyCapped(req, limits.maxBodyBytes);
      forwarded = new Request(req.url, { method: "POST", headers: req.headers, body, signal: req.signal });
    }

    return await fetchRequestHandler({
      endpoint,
      req: forwarded,
      router,
      maxBatchSize: limits.maxBatchSize,
      allowMethodOverride: false,
      createContext: () => opts.createContext(req),
      responseMeta: ({ type, errors }) => {
        const value = type === "query" && errors.length === 0 && opts.readCacheControl ? opts.readCacheControl : opts.cacheControl;
        return value ? { headers: { "cache-control": value } } : {};
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          log("error", "trpc procedure failed", {
            requestId: req.headers.get("x-request-id"),
            path: path ?? null,
            ...errorFields(error.cause ?? error),
          });
        }
      },
    });
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      // The rest of the body is never read, so the connection cannot carry another request.
      return trpcErrorResponse(
        router,
        new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `The body is over ${limits.maxBodyBytes} bytes` }),
        { connection: "close" },
      );
    }
    // Anything thrown before tRPC answered (a broken URL, an aborted body) is the request's fault.
    const error =
      e instanceof TRPCError
        ? e
        : new TRPCError({ code: "BAD_REQUEST", message: "Malformed request", cause: e instanceof Error ? e : undefined });
    return trpcErrorResponse(router, error);
  }
}
