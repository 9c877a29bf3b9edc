/** /api/trpc: every procedure for the signed-in curator, with the shared hardening. */
import { createRequestContext, handleTrpcRequest } from "@ties/api";
import { auth, db } from "../../../../server/services";

const handler = (req: Request) =>
  handleTrpcRequest(req, {
    endpoint: "/api/trpc",
    cacheControl: "no-store",
    createContext: () => createRequestContext({ db: db(), auth: auth(), headers: req.headers, surface: "admin" }),
  });

export { handler as GET, handler as POST };
