/** GET /api/v1/...: the plain HTTP read API (see packages/api/src/rest). Other methods get 405 there. */
import { restHandler } from "../../../../server/http-api";

export const dynamic = "force-dynamic";
export { restHandler as GET, restHandler as HEAD, restHandler as POST, restHandler as PUT, restHandler as PATCH, restHandler as DELETE };
