/** /api/health: 200 when the site can query its database, 503 otherwise. */
import { healthResponse } from "@ties/api";
import { db } from "../../../server/api";

export const dynamic = "force-dynamic";
export const GET = () => healthResponse(db(), { app: "web" });
