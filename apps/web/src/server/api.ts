/** Server-side access to the public API: a tRPC caller over the process's database client. */
import "server-only";
import { createCaller, createContextInner } from "@ties/api";
import { type Db, processClient } from "@ties/db";
import { env } from "./env";

export function db(): Db {
  return processClient(env().DATABASE_URL);
}

export function publicApi() {
  return createCaller(createContextInner({ db: db(), surface: "public" }));
}
