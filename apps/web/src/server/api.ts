/** Server-side access to the public API: a tRPC caller over the process's database client. */
import "server-only";
import { createCaller, createContextInner } from "@ties/api";
import { type Db, readClient } from "@ties/db";
import { env } from "./env";

/** The public site only reads published records: a replica in turn when there are any, else the primary. */
export function db(): Db {
  return readClient(env().DATABASE_URL, env().DATABASE_REPLICA_URLS);
}

export function publicApi() {
  return createCaller(createContextInner({ db: db(), surface: "public" }));
}
