/**
 * One user of each role for integration tests that call the API as a curator, an editor and an
 * admin against a test database of their own, and the API as one of them sees it in the admin app.
 */
import { createCaller, createContextInner, type SessionUser } from "@ties/api";
import { createUserWithPassword } from "@ties/api/server";
import type { Db } from "@ties/db";
import { ROLES, type Role } from "@ties/domain";

/**
 * Creates `<role>@<label>.test` for every role, named after the role and the label ("Editor
 * citations"), so that a test's users are told apart from the seed's and from other tests' users.
 */
export async function createUserPerRole(db: Db, label: string): Promise<Record<Role, SessionUser>> {
  const users: Partial<Record<Role, SessionUser>> = {};
  for (const role of ROLES) {
    const user = { email: `${role}@${label}.test`, name: `${role[0]!.toUpperCase()}${role.slice(1)} ${label}`, role };
    users[role] = { id: await createUserWithPassword(db, { ...user, password: "a-long-test-password" }), ...user };
  }
  return users as Record<Role, SessionUser>;
}

/** The API called as this user from the admin app. */
export function adminCaller(db: Db, user: SessionUser) {
  return createCaller(createContextInner({ db, user, surface: "admin" }));
}
