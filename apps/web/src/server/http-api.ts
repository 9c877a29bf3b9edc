/** The web app's HTTP API wiring: the public context for REST, OpenAPI and tRPC routes. */
import "server-only";
import { appRouter, buildOpenApiDocument, type Context, createContextInner, createRestHandler, handleTrpcRequest } from "@ties/api";
import { db } from "./api";

/** The public site never gets curation rights, whatever the request carries. */
export function publicContext(): Context {
  return createContextInner({ db: db(), surface: "public" });
}

export const restHandler = createRestHandler({ router: appRouter, createContext: publicContext, basePath: "/api/v1" });

export const trpcHandler = (req: Request) => handleTrpcRequest(req, { endpoint: "/api/trpc", createContext: publicContext });

let openApiCache: object | null = null;
/** Built once per process: the document depends only on the code. */
export function openApiDocument(): object {
  openApiCache ??= buildOpenApiDocument({ router: appRouter, basePath: "/api/v1" });
  return openApiCache;
}
