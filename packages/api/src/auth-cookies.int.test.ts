/**
 * Session cookies are Secure outside local development, even when the app is served over plain
 * http on a real host (behind a proxy that adds TLS); the sign-in body never carries the token;
 * a wrong password and an unknown account get the same answer. Through the real auth handler and
 * a real database.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, createUserWithPassword, secureCookies } from "./auth";
import { handleAuthRequest } from "./auth-http";

const PASSWORD = "cookie-test-password-1";
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await createUserWithPassword(t.db, { email: "cookie@example.test", name: "Cookie", password: PASSWORD, role: "curator" });
});
afterAll(async () => {
  await t?.drop();
});

async function signIn(baseURL: string, email: string, password: string) {
  const auth = createAuth(t.db, { baseURL, secret: "x".repeat(40), trustedOrigins: [baseURL], signInsPerMinute: 1000 });
  const res = await handleAuthRequest(
    new Request(`${baseURL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL },
      body: JSON.stringify({ email, password }),
    }),
    auth,
    t.db,
  );
  return { status: res.status, body: await res.text(), cookies: res.headers.getSetCookie() };
}

describe("session cookies", () => {
  it.each([
    ["https://ties.example.org", true],
    ["http://ties.example.org", true],
    ["http://10.0.0.5:3001", true],
    ["http://localhost:3001", false],
    ["http://127.0.0.1:3001", false],
    ["http://[::1]:3001", false],
    ["http://admin.localhost:3001", false],
  ])("%s: Secure %s", (url, secure) => {
    expect(secureCookies(url)).toBe(secure);
  });

  it("served on a real host over http, the session cookie is Secure, HttpOnly and not in the body", async () => {
    const r = await signIn("http://ties.example.org", "cookie@example.test", PASSWORD);
    expect(r.status).toBe(200);
    const session = r.cookies.find((c) => c.includes("session_token=")) ?? "";
    expect(session).toMatch(/^__Secure-ties\.session_token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    const token = decodeURIComponent(session.split(";", 1)[0]?.split("=")[1] ?? "").split(".")[0] ?? "";
    expect(token.length).toBeGreaterThan(10);
    expect(r.body).not.toContain(token);
    expect(JSON.parse(r.body)).not.toHaveProperty("token");
  });

  it("in local development the cookie is plain, so http://localhost keeps working", async () => {
    const r = await signIn("http://localhost:3001", "cookie@example.test", PASSWORD);
    expect(r.status).toBe(200);
    const session = r.cookies.find((c) => c.includes("session_token=")) ?? "";
    expect(session).toMatch(/^ties\.session_token=/);
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it("a wrong password and an unknown account get the same status and message", async () => {
    const wrong = await signIn("http://localhost:3001", "cookie@example.test", "not-the-password-1");
    const unknown = await signIn("http://localhost:3001", "nobody-here@example.test", "not-the-password-1");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.cookies.filter((c) => c.includes("session_token=") && !/session_token=;/.test(c))).toEqual([]);
  });
});
