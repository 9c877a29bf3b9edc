/** @ties/client: a typed client for the Ties public API. */
export {
  createTiesClient,
  MAX_BATCH_ITEMS,
  type HeadersInput,
  type TiesClient,
  type TiesClientOptions,
  trpcEndpoint,
} from "./create-ties-client.js";
export { ERROR_CODES, isTiesClientError, type TiesErrorInfo, tiesErrorOf } from "./errors.js";
export { collectAll, type Page, type PaginateOptions, paginate } from "./paginate.js";
/** The public router and the record types it takes and returns (types only: no runtime code comes with them). */
export type * from "./public-api.js";
