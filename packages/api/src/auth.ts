/**
 * Authentication with better-auth: email and password, database sessions, roles
 * (curator, editor, admin) and rate-limited sign-in. Sign-up is closed: admins create accounts.
 */
import type { Db } from "@ties/db";
import { ROLES, type Role } from "@ties/domain";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { generateRandomString, hashPassword } from "better-auth/crypto";

export interface AuthOptions {
  baseURL: string;
  secret: string;
  trustedOrigins: string[];
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
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 } },
    },
    advanced: { cookiePrefix: "ties", useSecureCookies: opts.baseURL.startsWith("https://") },
  });
}
export type TiesAuth = ReturnType<typeof createAuth>;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

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

/**
 * Makes sure an admin exists. The first time, the credentials come from TIES_ADMIN_EMAIL and
 * TIES_ADMIN_PASSWORD, or a password is generated and returned so it can be shown once.
 */
export async function ensureFirstAdmin(
  db: Db,
  env: Record<string, string | undefined> = process.env,
): Promise<{ email: string; password: string | null; created: boolean }> {
  const existing = await db.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" } });
  if (existing) return { email: existing.email, password: env.TIES_ADMIN_PASSWORD ?? null, created: false };
  const email = (env.TIES_ADMIN_EMAIL ?? "admin@ties.local").toLowerCase();
  const password = env.TIES_ADMIN_PASSWORD ?? generateRandomString(16, "a-z", "A-Z", "0-9");
  await createUserWithPassword(db, { email, name: "Administrator", password, role: "admin" });
  return { email, password, created: true };
}
