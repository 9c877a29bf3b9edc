/**
 * `npm start` end to end: from an empty data folder it starts PostgreSQL, migrates, seeds,
 * creates the first admin, serves both apps and prints how to sign in; Ctrl-C (SIGINT) then
 * stops the apps and the database and leaves no process behind.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { portFree, repoRoot } from "@ties/db/ops";
import { afterAll, describe, expect, it } from "vitest";

const ports = { web: 3395, admin: 3396, pg: 55395 };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  const dir = mkdtempSync(join(tmpdir(), "ties-lifecycle-"));
  chmodSync(dir, 0o755);
  let child: ChildProcess | null = null;
  afterAll(async () => {
    // After a failed assertion `npm start` is still up: stop it the way a user would, so the apps
    // it runs in their own process groups stop too; SIGKILL only if that does not end it.
    const c = child;
    if (c?.pid && c.exitCode === null) {
      const exited = new Promise((resolve) => c.once("exit", resolve));
      c.kill("SIGINT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      if (c.exitCode === null) c.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it("serves both apps from a fresh data folder, then stops everything on SIGINT", { timeout: 240_000 }, async () => {
    let out = "";
    child = spawn(process.execPath, [join(repoRoot, "scripts/start.mjs")], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: "",
        TIES_DATA_DIR: join(dir, "pg"),
        TIES_PG_PORT: String(ports.pg),
        WEB_PORT: String(ports.web),
        ADMIN_PORT: String(ports.admin),
        TIES_ADMIN_EMAIL: "first@admin.test",
        TIES_ADMIN_PASSWORD: "first-admin-password",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d) => {
      out += d;
    });
    child.stderr!.on("data", (d) => {
      out += d;
    });
    const until = Date.now() + 200_000;
    while (!out.includes("Ties is running") && child.exitCode === null && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(out).toContain("Ties is running");
    expect(out).toContain(`http://localhost:${ports.web}`);
    expect(out).toContain(`http://localhost:${ports.admin}`);
    expect(out).toMatch(/Sign in as\s+first@admin\.test\s+password: first-admin-password/);
    expect(out).toMatch(/Loading the curated seed record\.\.\. \d+ records/);

    const home = await fetch(`http://localhost:${ports.web}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Ottawa");
    const signIn = await fetch(`http://localhost:${ports.admin}/sign-in`);
    expect(signIn.status).toBe(200);

    const pgPid = Number(readFileSync(join(dir, "pg/postmaster.pid"), "utf8").split("\n")[0]);
    expect(alive(pgPid)).toBe(true);

    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child!.once("exit", (c) => r(c)));
    expect(code).toBe(0);
    expect(out).toContain("Stopping PostgreSQL... stopped.");
    expect(alive(pgPid)).toBe(false);
    expect(existsSync(join(dir, "pg/postmaster.pid"))).toBe(false);
    for (const p of [ports.web, ports.admin, ports.pg]) expect(await portFree(p)).toBe(true);
  });
});
