/** The web app's HTTP API wiring: the public context for REST, OpenAPI and tRPC routes. */
import "server-only";
import {
  appRouter,
  buildOpenApiDocument,
  type Context,
  collectOpenApiExamples,
  createContextInner,
  createRestHandler,
  handleTrpcRequest,
  PUBLIC_CACHE_CONTROL,
} from "@ties/api";
import { db } from "./api";

/** The public site never gets curation rights, whatever the request carries. */
export function publicContext(): Context {
  return createContextInner({ db: db(), surface: "public" });
}

export const restHandler = createRestHandler({ router: appRouter, createContext: publicContext, basePath: "/api/v1" });

export const trpcHandler = (req: Request) =>
  handleTrpcRequest(req, { endpoint: "/api/trpc", createContext: publicContext, readCacheControl: PUBLIC_CACHE_CONTROL });

/** How long a built document is kept: its shape depends only on the code, its examples on the record. */
const OPENAPI_TTL_MS = 5 * 60_000;
let openApiCache: { at: number; document: Promise<object> } | null = null;

/** The document with examples read from the published record, rebuilt every few minutes. */
export function openApiDocument(): Promise<object> {
  if (!openApiCache || Date.now() - openApiCache.at > OPENAPI_TTL_MS) {
    const document = collectOpenApiExamples(appRouter, publicContext()).then((examples) =>
      buildOpenApiDocument({ router: appRouter, basePath: "/api/v1", examples }),
    );
    openApiCache = { at: Date.now(), document };
    document.catch(() => {
      openApiCache = null;
    });
  }
  return openApiCache.document;
}
