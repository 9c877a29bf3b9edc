/** Serving the built apps: the one way `npm start` and the end-to-end tests launch them. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export type AppName = "web" | "admin";

/**
 * Starts a built app in its own process group (so it can be stopped with everything it spawned).
 * The admin app runs behind its own server (apps/admin/server.mjs) for trustworthy client addresses.
 */
export function spawnApp(repoRoot: string, app: AppName, port: number, env: NodeJS.ProcessEnv, stdout: "inherit" | "ignore" = "inherit"): ChildProcess {
  const cwd = join(repoRoot, "apps", app);
  const [cmd, args] =
    app === "admin" ? [process.execPath, [join(cwd, "server.mjs")]] : [join(cwd, "node_modules/.bin/next"), ["start", "-p", String(port)]];
  return spawn(cmd, args, { cwd, env: { ...productionEnv(env), PORT: String(port) }, stdio: ["ignore", stdout, "inherit"], detached: true });
}

/**
 * The environment an app runs with: NODE_ENV production and none of a test runner's markers
 * (libraries such as better-auth relax origin checks when they think they run under test).
 */
function productionEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production" };
  for (const key of Object.keys(out)) if (key === "TEST" || key.startsWith("VITEST")) delete out[key];
  return out;
}

/** Stops apps started by spawnApp and waits until they have exited. */
export async function stopApps(children: ChildProcess[]): Promise<void> {
  for (const c of children) {
    if (c.pid && c.exitCode === null && c.signalCode === null) {
      try {
        process.kill(-c.pid, "SIGTERM");
      } catch {}
    }
  }
  await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once("exit", r)) : null)));
}

/** Waits until `url` answers with anything but a server error; throws after `timeoutMs`. */
export async function waitUntilServing(url: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
