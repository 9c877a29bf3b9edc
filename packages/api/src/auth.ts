/**
 * Authentication with better-auth: email and password, database sessions, roles
 * (curator, editor, admin) and rate-limited sign-in. Sign-up is closed: admins create accounts.
 */
import type { Db } from "@ties/db";
import { parseOrThrow, type Role } from "@ties/domain";
import { isBanned } from "./account-state";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { generateRandomString, hashPassword } from "better-auth/crypto";
import { z } from "zod";

export interface AuthOptions {
  baseURL: string;
  secret: string;
  trustedOrigins: string[];
  /** Sign-in attempts allowed per client address and minute (5 unless set). */
  signInsPerMinute?: number;
}

export function createAuth(db: Db, opts: AuthOptions) {
  return betterAuth({
    database: prismaAdapter(db, { provider: "postgresql" }),
    baseURL: opts.baseURL,
    basePath: "/api/auth",
    secret: opts.secret,
    trustedOrigins: opts.trustedOrigins,
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "curator", input: false },
        // Carried on every session's user so each request's session check sees a ban at once.
        banned: { type: "boolean", required: false, defaultValue: false, input: false },
        banExpires: { type: "date", required: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // Every way into a session (the sign-in form, any future provider) passes here, so a
          // disabled account cannot sign in again however it tries.
          async before(session) {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { banned: true, banExpires: true } });
            if (!user || isBanned(user)) throw new APIError("FORBIDDEN", { message: "This account is disabled" });
          },
        },
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: opts.signInsPerMinute ?? 5 } },
    },
    advanced: { cookiePrefix: "ties", useSecureCookies: secureCookies(opts.baseURL) },
  });
}

/**
 * Session cookies are `Secure` everywhere but local development: served on a real host name, even
 * over plain http behind a proxy that adds TLS, the cookie must never travel unencrypted. On the
 * loopback host browsers keep Secure cookies over http anyway, but plain ones keep the local tools
 * (and a curl) simple.
 */
export function secureCookies(baseURL: string): boolean {
  const url = new URL(baseURL);
  if (url.protocol === "https:") return true;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return !(host === "localhost" || host.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(host) || host === "::1");
}
export type TiesAuth = ReturnType<typeof createAuth>;

/** A ban holds until it is lifted or, when it has an end, until then. */
/** Creates a user with a password directly in the database (sign-up is closed to the public). */
export async function createUserWithPassword(db: Db, u: { email: string; name: string; password: string; role: Role }) {
  const id = generateRandomString(24);
  const password = await hashPassword(u.password);
  await db.$transaction([
    db.user.create({ data: { id, email: u.email.toLowerCase(), name: u.name, role: u.role, emailVerified: true } }),
    db.account.create({ data: { id: generateRandomString(24), accountId: id, providerId: "credential", userId: id, password } }),
  ]);
  return id;
}

export const ZFirstAdminSettings = z.object({
  TIES_ADMIN_EMAIL: z.email("TIES_ADMIN_EMAIL must be an email address").default("admin@ties.local"),
  TIES_ADMIN_PASSWORD: z.string().min(12, "TIES_ADMIN_PASSWORD must be at least 12 characters").optional(),
});

/** Sets a new password for an account and ends its sessions; returns false when there is no such account. */
export async function resetPassword(db: Db, email: string, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!user) return false;
  const hash = await hashPassword(password);
  await db.$transaction([
    db.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } }),
    db.session.deleteMany({ where: { userId: user.id } }),
    db.auditEntry.create({
      data: {
        action: "update",
        recordKind: "user",
        recordId: user.id,
        actorId: null,
        details: { reason: "Password reset from the command line" },
      },
    }),
  ]);
  return true;
}

/**
 * Makes sure an admin exists. The first time, the credentials come from TIES_ADMIN_EMAIL and
 * TIES_ADMIN_PASSWORD, or a password is generated. The password is returned only when the
 * account was created now, so it is shown once and never claimed for an existing account.
 */
export async function ensureFirstAdmin(
  db: Db,
  settings: z.input<typeof ZFirstAdminSettings>,
): Promise<{ email: string; password: string | null; created: boolean }> {
  const s = parseOrThrow(ZFirstAdminSettings, settings, "The first admin's settings");
  const existing = await db.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" } });
  if (existing) return { email: existing.email, password: null, created: false };
  const email = s.TIES_ADMIN_EMAIL.toLowerCase();
  const password = s.TIES_ADMIN_PASSWORD ?? generateRandomString(16, "a-z", "A-Z", "0-9");
  await createUserWithPassword(db, { email, name: "Administrator", password, role: "admin" });
  return { email, password, created: true };
}
