/** Server-side access to the public API: a tRPC caller over the shared database client. */
import "server-only";
import { createCaller, createContextInner } from "@ties/api";
import { createPrismaClient, type Db } from "@ties/db";
import { env } from "./env";

const g = globalThis as unknown as { tiesDb?: Db };

export function db(): Db {
  g.tiesDb ??= createPrismaClient(env().DATABASE_URL);
  return g.tiesDb;
}

export function publicApi() {
  return createCaller(createContextInner({ db: db(), surface: "public" }));
}
