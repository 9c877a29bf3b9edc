/**
 * The request context: the database and the signed-in user, if any. `createContextInner` builds
 * it without a request, for tests and server-side callers.
 */
import type { Db } from "@ties/db";
import { isRole, type Role, type TrackedPair } from "@ties/domain";
import type { TiesAuth } from "./auth";
import { isBanned } from "./account-state";
import { readTrackedPairs } from "./env";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  /** Set when the caller may use curation procedures (the admin app); the public site never is. */
  surface: "public" | "admin";
  /** The pairs of countries public reads show (`TIES_PAIRS`). */
  pairs: TrackedPair[];
}

export function createContextInner(opts: {
  db: Db;
  user?: SessionUser | null;
  surface?: Context["surface"];
  pairs?: TrackedPair[];
}): Context {
  return { db: opts.db, user: opts.user ?? null, surface: opts.surface ?? "public", pairs: opts.pairs ?? readTrackedPairs() };
}

/** Reads the session from the request's cookies through better-auth. */
export async function createRequestContext(opts: {
  db: Db;
  auth: TiesAuth | null;
  headers: Headers;
  surface: Context["surface"];
}): Promise<Context> {
  let user: SessionUser | null = null;
  if (opts.auth && opts.surface === "admin") {
    const session = await opts.auth.api.getSession({ headers: opts.headers }).catch(() => null);
    const u = session?.user;
    if (u && !isBanned(u)) user = { id: u.id, email: u.email, name: u.name, role: isRole(u.role) ? u.role : "curator" };
  }
  return createContextInner({ db: opts.db, user, surface: opts.surface });
}
