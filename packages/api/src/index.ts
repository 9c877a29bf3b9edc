export { type AppRouter, appRouter, createCaller } from "./root";
export { type Context, createContextInner, createRequestContext, type SessionUser } from "./context";
export { handleTrpcRequest, TRPC_LIMITS, type TrpcHttpOptions, type TrpcLimits } from "./http-handler";
export { cachedJsonResponse, PUBLIC_CACHE_CONTROL, strongEtag } from "./http-cache";
export { type HttpErrorBody, httpErrorBody, httpErrorResponse, httpStatusFor, ZHttpErrorBody } from "./http-status";
export { buildOpenApiDocument, type OpenApiOptions } from "./openapi";
export { createRestHandler, type RestHandlerOptions } from "./rest/rest-handler";
export { REST_RESOURCES, type RestResource } from "./rest/resources";
export { allProcedures, procedureSchemas } from "./rest/procedure-schemas";
