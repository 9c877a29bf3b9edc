/** /api/auth: better-auth's routes, with the body limit, per-account lockout and token-free sign-in answer of @ties/api. */
import { handleAuthRequest } from "@ties/api/server";
import { auth, db } from "../../../../server/services";

const handler = (req: Request) => handleAuthRequest(req, auth(), db());
export { handler as GET, handler as POST };
