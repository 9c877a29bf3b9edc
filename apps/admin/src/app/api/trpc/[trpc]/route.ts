import { appRouter, createRequestContext } from "@ties/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { auth, db } from "../../../../server/services";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createRequestContext({ db: db(), auth: auth(), headers: req.headers, surface: "admin" }),
  });

export { handler as GET, handler as POST };
