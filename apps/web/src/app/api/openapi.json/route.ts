/** GET /api/openapi.json: the OpenAPI 3.1 document of /api/v1, generated from the procedures. */
import { cachedJsonResponse } from "@ties/api";
import { openApiDocument } from "../../../server/http-api";

export const dynamic = "force-dynamic";
export const GET = async (req: Request) => cachedJsonResponse(req, await openApiDocument());
