/** `npm run reset-password`: a new password that verifies, old sessions ended, unknown accounts refused. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createUserWithPassword } from "@ties/api/server";
import { repoRoot } from "@ties/db/ops";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = (url: string, ...args: string[]) =>
  spawnSync(join(repoRoot, "node_modules/.bin/tsx"), [join(repoRoot, "scripts/reset-password.ts"), ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
  });

describe("reset-password", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("sets a new password that verifies and signs the account out everywhere", async () => {
    const id = await createUserWithPassword(t.db, {
      email: "editor@example.test",
      name: "Editor",
      password: "original-password-1",
      role: "editor",
    });
    await t.db.session.create({ data: { id: "s1", token: "tok-1", userId: id, expiresAt: new Date(Date.now() + 86_400_000) } });
    const r = run(t.url, "Editor@Example.test");
    expect(r.status).toBe(0);
    const password = /New password for editor@example\.test: (\S+)/.exec(r.stdout)?.[1];
    expect(password).toBeDefined();
    const account = await t.db.account.findFirstOrThrow({ where: { userId: id, providerId: "credential" } });
    await expect(verifyPassword({ hash: account.password!, password: password! })).resolves.toBe(true);
    await expect(verifyPassword({ hash: account.password!, password: "original-password-1" })).resolves.toBe(false);
    expect(await t.db.session.count({ where: { userId: id } })).toBe(0);
  });

  it("refuses an unknown account with a one-line error", () => {
    const r = run(t.url, "nobody@example.test");
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("Error: There is no account nobody@example.test");
  });
});
