/**
 * Sign-in is rate-limited per client address, and a client cannot dodge the limit by sending a
 * forged X-Forwarded-For. Runs its own admin server on its own database so the limit it trips
 * does not touch the other tests.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cloneDatabase, dropDatabase, portFree, repoRoot, withDatabase } from "@ties/db/ops";
import { TEMPLATE_SEEDED, testServerUrl } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnApp, stopApps, waitUntilServing } from "../../scripts/apps";

describe("sign-in rate limit", () => {
  const name = `rl_${randomBytes(4).toString("hex")}`;
  let admin: ChildProcess;
  let url = "";
  beforeAll(async () => {
    await cloneDatabase(testServerUrl(), TEMPLATE_SEEDED, name);
    let port = 3450;
    while (!(await portFree(port))) port++;
    url = `http://localhost:${port}`;
    admin = spawnApp(
      repoRoot,
      "admin",
      port,
      {
        ...process.env,
        DATABASE_URL: withDatabase(testServerUrl(), name),
        NODE_ENV: "production",
        BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
        ADMIN_URL: url,
        SIGN_IN_RATE_LIMIT: "5",
      },
      "ignore",
    );
    await waitUntilServing(`${url}/sign-in`);
  });
  afterAll(async () => {
    await stopApps([admin]);
    await dropDatabase(testServerUrl(), name);
  });

  const attempt = (forwardedFor: string) =>
    fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url, "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ email: "nobody@example.test", password: "wrong-password-000" }),
    }).then((r) => r.status);

  // The origin check comes first: once the limit trips, every attempt from this address gets 429.
  it("refuses sign-in from an origin that is not trusted", async () => {
    const r = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ email: "nobody@example.test", password: "wrong-password-000" }),
    });
    expect(r.status).toBe(403);
  });

  it("answers 429 after five failed attempts in a minute, whatever X-Forwarded-For says", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 7; i++) statuses.push(await attempt(`203.0.113.${i}`));
    // At most five attempts a minute get through (the origin test above spent one of them).
    const through = statuses.filter((x) => x === 401).length;
    expect(through).toBeGreaterThanOrEqual(1);
    expect(through).toBeLessThanOrEqual(5);
    expect(statuses).toEqual([...Array(through).fill(401), ...Array(7 - through).fill(429)]);
  });
});
