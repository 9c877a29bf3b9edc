/**
 * The typed client: a tRPC client for a Ties site's public API. Its types are the server's public
 * router, generated into public-api.ts, so a renamed field fails to compile rather than at run time.
 */
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { PublicRouter } from "./public-api.js";

/** The server refuses batches above 10 calls; the client never sends more. */
export const MAX_BATCH_ITEMS = 10;

export type HeadersInput = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

export interface TiesClientOptions {
  /** The site, e.g. "https://ties.example" (the API lives at {url}/api/trpc); a URL ending in /api/trpc is used as is. */
  url: string;
  /** A fetch implementation, for runtimes without a global one or to add retries/logging. */
  fetch?: typeof globalThis.fetch;
  /** Extra request headers, or a function returning them per request. */
  headers?: HeadersInput;
}

export type TiesClient = TRPCClient<PublicRouter>;

export function trpcEndpoint(url: string): string {
  const base = url.replace(/\/+$/, "");
  return base.endsWith("/api/trpc") ? base : `${base}/api/trpc`;
}

export function createTiesClient(opts: TiesClientOptions): TiesClient {
  return createTRPCClient<PublicRouter>({
    links: [httpBatchLink({ url: trpcEndpoint(opts.url), fetch: opts.fetch, headers: opts.headers, maxItems: MAX_BATCH_ITEMS })],
  });
}
