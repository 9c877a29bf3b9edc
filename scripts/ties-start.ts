/**
 * Starts Ties: PostgreSQL (embedded, or the one at DATABASE_URL), migrations, the seed record
 * when the database is empty, the first admin, a build when sources changed, and both apps.
 * Ctrl-C stops the apps, then the database.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  assertReachable,
  DatabaseSetupError,
  ensureDatabase,
  loadSeed,
  migrateDeploy,
  portFree,
  type RunningPostgres,
  readDbEnv,
  repoRoot,
  startEmbeddedPostgres,
} from "@ties/db/ops";
import { createPrismaClient } from "@ties/db";
import { seedRecord } from "@ties/db/seed";
import { ensureFirstAdmin } from "@ties/api/server";
import { type Supervised, spawnApp, stopApps, supervise, waitUntilServing } from "./apps";
import { readStartEnv, type StartEnv } from "./start-env";

const apps: Supervised[] = [];
let pg: RunningPostgres | null = null;
let stopping = false;

function fail(message: string): never {
  console.error(`\nError: ${message}`);
  void shutdown(1);
  throw new Error(message);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const a of apps) a.stop();
  await stopApps(apps.map((a) => a.current()));
  if (pg) {
    process.stdout.write("Stopping PostgreSQL... ");
    await pg.stop().catch(() => {});
    console.log("stopped.");
  }
  process.exit(code);
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => void shutdown(0));

async function main() {
  const [env, settings] = (() => {
    try {
      return [readDbEnv(), readStartEnv()] as const;
    } catch (e) {
      return fail((e as Error).message);
    }
  })();
  const { WEB_PORT, ADMIN_PORT } = settings;
  for (const [name, port] of [
    ["web", WEB_PORT],
    ["admin", ADMIN_PORT],
  ] as const) {
    if (!(await portFree(port, "0.0.0.0")))
      fail(`Port ${port} for the ${name} app is already in use; stop what uses it or set ${name.toUpperCase()}_PORT`);
  }

  let url: string;
  if (env.DATABASE_URL) {
    url = env.DATABASE_URL;
    await assertReachable(url).catch((e) => fail((e as Error).message));
    console.log(`Using the PostgreSQL at DATABASE_URL.`);
  } else {
    process.stdout.write(`Starting PostgreSQL (data in ${env.TIES_DATA_DIR})... `);
    try {
      pg = await startEmbeddedPostgres({ dataDir: env.TIES_DATA_DIR, port: env.TIES_PG_PORT });
    } catch (e) {
      console.log("");
      fail(e instanceof DatabaseSetupError ? e.message : `PostgreSQL could not start: ${(e as Error).message}`);
    }
    url = pg.urlFor("ties");
    await ensureDatabase(url, "ties");
    console.log(`ready on port ${env.TIES_PG_PORT}.`);
  }

  process.stdout.write("Applying migrations... ");
  await migrateDeploy(url).catch((e) => fail((e as Error).message));
  console.log("done.");

  const db = createPrismaClient(url, { max: 3 });
  if ((await db.event.count()) === 0) {
    process.stdout.write("Loading the curated seed record... ");
    const texts = join(repoRoot, "../shared/seeds");
    const r = await loadSeed(db, seedRecord, { textsDir: existsSync(texts) ? texts : undefined });
    console.log(`${r.created} records.`);
  }
  const admin = await ensureFirstAdmin(db, settings);
  await db.$disconnect();

  console.log("Building the apps (skipped when nothing changed)...");
  const build = spawnSync(
    join(repoRoot, "node_modules/.bin/turbo"),
    ["run", "build", "--filter=@ties/web", "--filter=@ties/admin", "--output-logs=errors-only"],
    {
      cwd: repoRoot,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
    },
  );
  if (build.status !== 0) fail("The build failed (see above).");

  const appEnv = {
    ...process.env,
    BETTER_AUTH_SECRET: authSecret(settings),
    DATABASE_URL: url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const [app, port] of [
    ["web", WEB_PORT],
    ["admin", ADMIN_PORT],
  ] as const) {
    const start = (): ChildProcess => {
      const child = spawnApp(repoRoot, app, port, {
        ...appEnv,
        WEB_URL: `http://localhost:${WEB_PORT}`,
        ADMIN_URL: `http://localhost:${ADMIN_PORT}`,
      });
      child.on("error", (e) => fail(`The ${app} app could not start: ${e.message}`));
      return child;
    };
    apps.push(
      supervise(app, start, {
        onGiveUp: (reason) => {
          if (stopping) return;
          console.error(reason);
          void shutdown(1);
        },
      }),
    );
  }
  await Promise.all([waitUntilServing(`http://localhost:${WEB_PORT}/`), waitUntilServing(`http://localhost:${ADMIN_PORT}/`)]).catch((e) =>
    fail((e as Error).message),
  );
  console.log(`
Ties is running.
  Public site:  http://localhost:${WEB_PORT}
  Admin app:    http://localhost:${ADMIN_PORT}
  Sign in as    ${admin.email}  ${admin.password ? `password: ${admin.password}  (shown this once: note it down)` : "with the password set for that account (forgotten? npm run reset-password)"}
Press Ctrl-C to stop (the database stops too).`);
}

/** The session-signing secret: BETTER_AUTH_SECRET, or one generated once and kept in .data. */
function authSecret(settings: StartEnv): string {
  if (settings.BETTER_AUTH_SECRET) return settings.BETTER_AUTH_SECRET;
  const file = join(repoRoot, ".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(join(repoRoot, ".data"), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

main().catch((e) => {
  if (!stopping) {
    console.error(`\nError: ${(e as Error).message}`);
    void shutdown(1);
  }
});
