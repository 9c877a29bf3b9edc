/**
 * Staying up: an app process that dies (here by SIGKILL) is logged and started again while the
 * other app and the database keep serving; every request gets an id and one JSON access line.
 * Runs its own admin server on its own database.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cloneDatabase, dropDatabase, portFree, repoRoot, withDatabase } from "@ties/db/ops";
import { TEMPLATE_SEEDED, testServerUrl } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Supervised, spawnApp, stopApps, supervise, waitUntilServing } from "../../scripts/apps";
import { WEB_URL } from "../api/served-apps";

describe.skipIf(!WEB_URL)("supervision and logs", () => {
  const name = `sv_${randomBytes(4).toString("hex")}`;
  let url = "";
  let app: Supervised;
  const supervisorLog: string[] = [];
  const stdout: string[] = [];
  let gaveUp: string | null = null;

  beforeAll(async () => {
    await cloneDatabase(testServerUrl(), TEMPLATE_SEEDED, name);
    let port = 3480;
    while (!(await portFree(port))) port++;
    url = `http://localhost:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: withDatabase(testServerUrl(), name),
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      ADMIN_URL: url,
    };
    const start = (): ChildProcess => {
      const child = spawnApp(repoRoot, "admin", port, env, "pipe", "ignore");
      child.stdout?.on("data", (chunk: Buffer) => stdout.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
      return child;
    };
    app = supervise("admin", start, { log: (l) => supervisorLog.push(l), onGiveUp: (r) => (gaveUp = r) });
    await waitUntilServing(`${url}/api/health`);
  });
  afterAll(async () => {
    app.stop();
    await stopApps([app.current()]);
    await dropDatabase(testServerUrl(), name);
  });

  it("writes one JSON access line per request, with the id the answer carries", async () => {
    const res = await fetch(`${url}/api/health`);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${url}/sign-in`, { headers: { "x-request-id": "probe-request-0001" } });
    expect(given.headers.get("x-request-id")).toBe("probe-request-0001");
    await new Promise((r) => setTimeout(r, 300));
    const lines = stdout.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
    const access = lines.find((l) => l.requestId === id);
    expect(access).toMatchObject({ level: "info", msg: "request", app: "admin", method: "GET", path: "/api/health", status: 200 });
    expect(typeof access?.ms).toBe("number");
    expect(typeof access?.time).toBe("string");
    expect(lines.find((l) => l.requestId === "probe-request-0001")).toMatchObject({ path: "/sign-in", status: 200 });
  });

  it("starts a killed app again, and the public site keeps serving meanwhile", async () => {
    const first = app.current();
    expect(first.pid).toBeGreaterThan(0);
    process.kill(-(first.pid as number), "SIGKILL");
    const started = Date.now();
    await new Promise((r) => first.once("exit", r));
    expect((await fetch(`${WEB_URL}/api/health`)).status).toBe(200);
    await waitUntilServing(`${url}/api/health`, 60_000);
    const downFor = Date.now() - started;
    console.log(`admin app back ${downFor} ms after SIGKILL`);
    expect(app.current().pid).not.toBe(first.pid);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(supervisorLog.some((l) => /The admin app stopped \(killed by SIGKILL\); starting it again/.test(l))).toBe(true);
    expect(gaveUp).toBeNull();
  });
});
