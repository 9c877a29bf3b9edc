/** Server-only wiring: the database client, auth, and the tRPC caller for the signed-in user. */
import "server-only";
import { createCaller, createRequestContext } from "@ties/api";
import { createAuth, type TiesAuth } from "@ties/api/server";
import { type Db, processClient } from "@ties/db";
import { headers } from "next/headers";
import { env } from "./env";

export function db(): Db {
  return processClient(env().DATABASE_URL);
}

let cachedAuth: TiesAuth | null = null;
export function auth(): TiesAuth {
  const e = env();
  cachedAuth ??= createAuth(db(), {
    baseURL: e.ADMIN_URL,
    secret: e.BETTER_AUTH_SECRET,
    trustedOrigins: [e.ADMIN_URL, ...e.TRUSTED_ORIGINS],
    signInsPerMinute: e.SIGN_IN_RATE_LIMIT,
  });
  return cachedAuth;
}

/** A caller acting as the user of the current request (authorisation happens in the API). */
export async function serverApi() {
  const ctx = await createRequestContext({ db: db(), auth: auth(), headers: await headers(), surface: "admin" });
  return { api: createCaller(ctx), user: ctx.user };
}
