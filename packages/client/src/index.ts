/** @ties/client: a typed client for the Ties public API. */
export { createTiesClient, MAX_BATCH_ITEMS, type HeadersInput, type TiesClient, type TiesClientOptions, trpcEndpoint } from "./create-ties-client.js";
export { ERROR_CODES, isTiesClientError, type TiesErrorInfo, tiesErrorOf } from "./errors.js";
export { collectAll, type Page, type PaginateOptions, paginate } from "./paginate.js";
/** The record types the API returns (types only: no runtime code comes with them). */
export type * from "@ties/domain";
export type { AppRouter } from "@ties/api";
