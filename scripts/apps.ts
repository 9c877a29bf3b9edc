/** Serving the built apps: the one way `npm start` and the end-to-end tests launch them. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export type AppName = "web" | "admin";

/**
 * The runtime flags both apps run with (see docs/benchmarks/memory.md for the measurements behind
 * them): after each full collection the heap may grow by 20% of what survived before the next,
 * instead of the up to fourfold V8 picks for a process with memory to spare. What the apps keep
 * after a collection is about 100 MB of code and sources; the garbage a request leaves is then
 * collected before it adds much more, so resident memory stays near what the apps use. TIES_NODE_FLAGS
 * replaces them (space-separated; "" for none), to measure others.
 */
export const APP_NODE_FLAGS: readonly string[] = ["--heap-growing-percent=20"];

export function appNodeFlags(env: NodeJS.ProcessEnv): string[] {
  const given = env.TIES_NODE_FLAGS;
  return given === undefined ? [...APP_NODE_FLAGS] : given.split(/\s+/).filter(Boolean);
}

/**
 * Starts a built app in its own process group (so it can be stopped with everything it spawned).
 * Each app runs behind its server.mjs (request ids, JSON access logs, trustworthy client addresses).
 * `stderr` "pipe" lets a caller read the error log.
 */
export function spawnApp(
  repoRoot: string,
  app: AppName,
  port: number,
  env: NodeJS.ProcessEnv,
  stdout: "inherit" | "ignore" | "pipe" = "inherit",
  stderr: "inherit" | "ignore" | "pipe" = "inherit",
): ChildProcess {
  const cwd = join(repoRoot, "apps", app);
  // TIES_CPU_PROFILE_DIR=<folder> writes a V8 CPU profile of each app when it stops (for `npm run bench`).
  const profile = env.TIES_CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${env.TIES_CPU_PROFILE_DIR}`] : [];
  return spawn(process.execPath, [...appNodeFlags(env), ...profile, join(cwd, "server.mjs")], {
    cwd,
    env: { ...productionEnv(env), PORT: String(port) },
    stdio: ["ignore", stdout, stderr],
    detached: true,
  });
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

export interface Supervised {
  /** The process serving now. */
  current(): ChildProcess;
  /** Stops restarting; the caller then stops `current()`. */
  stop(): void;
}

/**
 * Keeps an app serving: when its process dies without being asked to (a crash, an out-of-memory
 * kill, SIGKILL), the exit is logged and a new process started, after 1 s, then 2, 4... up to
 * 30 s while it keeps dying. More than `maxRestarts` within `windowMs` means it cannot stay up:
 * `onGiveUp` decides what then. The other app and the database are not touched.
 */
export function supervise(
  name: string,
  start: () => ChildProcess,
  opts: { onGiveUp: (reason: string) => void; log?: (line: string) => void; maxRestarts?: number; windowMs?: number },
): Supervised {
  const log = opts.log ?? ((line: string) => console.error(line));
  const maxRestarts = opts.maxRestarts ?? 5;
  const windowMs = opts.windowMs ?? 60_000;
  const restarts: number[] = [];
  let stopped = false;
  let child = start();
  const watch = (c: ChildProcess) => {
    c.once("exit", (code, signal) => {
      if (stopped) return;
      const now = Date.now();
      while (restarts.length > 0 && (restarts[0] ?? 0) < now - windowMs) restarts.shift();
      const why = signal ? `killed by ${signal}` : `exit code ${code}`;
      if (restarts.length >= maxRestarts) {
        opts.onGiveUp(
          `The ${name} app stopped (${why}) ${restarts.length + 1} times within ${windowMs / 1000} s; not restarting it again.`,
        );
        return;
      }
      const delay = Math.min(30_000, 1000 * 2 ** restarts.length);
      restarts.push(now);
      log(
        `The ${name} app stopped (${why}); starting it again in ${delay / 1000} s (restart ${restarts.length} of at most ${maxRestarts} a minute).`,
      );
      setTimeout(() => {
        if (stopped) return;
        child = start();
        watch(child);
      }, delay);
    });
  };
  watch(child);
  return {
    current: () => child,
    stop: () => {
      stopped = true;
    },
  };
}
