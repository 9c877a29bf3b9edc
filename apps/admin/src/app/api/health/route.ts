/** /api/health: 200 when the admin app can query its database, 503 otherwise. */
import { healthResponse } from "@ties/api";
import { db } from "../../../server/services";

export const dynamic = "force-dynamic";
export const GET = () => healthResponse(db(), { app: "admin" });
