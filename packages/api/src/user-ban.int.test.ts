/**
 * Disabling an account against a real database and better-auth's own sign-in path: the ban ends
 * every open session at once, each request's session check refuses a banned user even if a
 * session row were left behind, and signing in again fails until the ban is lifted.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, createUserWithPassword, type TiesAuth } from "./auth";
import { createContextInner, createRequestContext, type SessionUser } from "./context";
import { createCaller } from "./root";

const BASE = "http://admin.test";
let t: TestDatabase;
let auth: TiesAuth;
let admin: SessionUser;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: false });
  auth = createAuth(t.db, { baseURL: BASE, secret: "ban-test-secret-ban-test-secret-ban", trustedOrigins: [BASE], signInsPerMinute: 1000 });
  const id = await createUserWithPassword(t.db, {
    email: "admin@ban.test",
    name: "Ban Admin",
    password: "admin-password-123",
    role: "admin",
  });
  admin = { id, email: "admin@ban.test", name: "Ban Admin", role: "admin" };
});
afterAll(async () => t?.drop());

/** Signs in through better-auth's email endpoint, as the admin app's form does; the cookie on success. */
async function signIn(email: string, password: string): Promise<{ status: number; cookie: string | null }> {
  const res = await auth.handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({ email, password }),
    }),
  );
  const set = res.headers.getSetCookie().find((c) => c.includes("session_token"));
  return { status: res.status, cookie: set ? set.split(";")[0]! : null };
}

const userOf = async (cookie: string) =>
  (await createRequestContext({ db: t.db, auth, headers: new Headers({ cookie }), surface: "admin" })).user;

describe("disabling an account", () => {
  it("ends every open session, refuses the next sign-in and lets the account back in once lifted", async () => {
    const api = createCaller(createContextInner({ db: t.db, user: admin, surface: "admin" }));
    const curator = await api.user.create({
      email: "leaving@ban.test",
      name: "Leaving Curator",
      password: "curator-password-123",
      role: "curator",
    });
    const first = await signIn("leaving@ban.test", "curator-password-123");
    const second = await signIn("leaving@ban.test", "curator-password-123");
    expect(first.status).toBe(200);
    expect(await userOf(first.cookie!)).toMatchObject({ id: curator.id, role: "curator" });
    expect(await userOf(second.cookie!)).toMatchObject({ id: curator.id });

    await api.user.ban({ userId: curator.id, reason: "Left the project" });
    expect(await t.db.session.count({ where: { userId: curator.id } })).toBe(0);
    expect(await userOf(first.cookie!)).toBeNull();
    expect(await userOf(second.cookie!)).toBeNull();
    const again = await signIn("leaving@ban.test", "curator-password-123");
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.cookie).toBeNull();
    expect(await t.db.session.count({ where: { userId: curator.id } })).toBe(0);

    await api.user.unban({ userId: curator.id });
    const back = await signIn("leaving@ban.test", "curator-password-123");
    expect(back.status).toBe(200);
    expect(await userOf(back.cookie!)).toMatchObject({ id: curator.id });
  });

  it("refuses a banned user's session on every request even when its row survives", async () => {
    const api = createCaller(createContextInner({ db: t.db, user: admin, surface: "admin" }));
    const u = await api.user.create({ email: "stale@ban.test", name: "Stale Session", password: "stale-password-1234", role: "editor" });
    const s = await signIn("stale@ban.test", "stale-password-1234");
    expect(await userOf(s.cookie!)).toMatchObject({ id: u.id });
    // Set the flag behind the API's back: the session row stays, the check must still refuse it.
    await t.db.user.update({ where: { id: u.id }, data: { banned: true } });
    expect(await t.db.session.count({ where: { userId: u.id } })).toBe(1);
    expect(await userOf(s.cookie!)).toBeNull();
    const editorCall = createCaller(
      await createRequestContext({ db: t.db, auth, headers: new Headers({ cookie: s.cookie! }), surface: "admin" }),
    );
    await expect(editorCall.event.adminList({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
