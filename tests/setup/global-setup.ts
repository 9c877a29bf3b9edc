/**
 * One PostgreSQL server and one set of built apps for the whole test run. Creates the migrated
 * templates that every integration test file clones, and, when the apps are built, serves them
 * against a seeded database for the end-to-end tier.
 */
import type { ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureFirstAdmin } from "@ties/api/server";
import {
  cloneDatabase,
  dropDatabase,
  ensureDatabase,
  loadSeed,
  migrateDeploy,
  portFree,
  type RunningPostgres,
  repoRoot,
  startEmbeddedPostgres,
  withDatabase,
} from "@ties/db/ops";
import { createPrismaClient } from "@ties/db";
import { seedRecord } from "@ties/db/seed";
import { TEMPLATE_EMPTY, TEMPLATE_SEEDED } from "@ties/db/testing";
import { spawnApp, stopApps, waitUntilServing } from "../../scripts/apps";

import { E2E_ADMIN } from "../support/e2e-admin";
const SEED_TEXTS = join(repoRoot, "../shared/seeds");

async function freePort(from: number): Promise<number> {
  for (let p = from; p < from + 200; p++) if (await portFree(p)) return p;
  throw new Error(`No free port from ${from}`);
}

export default async function setup() {
  let pg: RunningPostgres | null = null;
  let dataDir: string | null = null;
  let server = process.env.TIES_TEST_DATABASE_URL;
  if (!server) {
    dataDir = mkdtempSync(join(tmpdir(), "ties-test-pg-"));
    // The server runs as an unprivileged user when tests run as root: it must reach its folder.
    chmodSync(dataDir, 0o755);
    // A random start keeps two test runs on one machine from racing for the same port.
    pg = await startEmbeddedPostgres({
      dataDir: join(dataDir, "data"),
      port: await freePort(55432 + Math.floor(Math.random() * 2000)),
      ephemeral: true,
    });
    server = pg.url;
  }
  process.env.TIES_TEST_PG_URL = server;

  await dropDatabase(server, TEMPLATE_SEEDED);
  await dropDatabase(server, TEMPLATE_EMPTY);
  await ensureDatabase(server, TEMPLATE_EMPTY);
  await migrateDeploy(withDatabase(server, TEMPLATE_EMPTY));
  await cloneDatabase(server, TEMPLATE_EMPTY, TEMPLATE_SEEDED);
  const seeded = createPrismaClient(withDatabase(server, TEMPLATE_SEEDED), { max: 2 });
  await loadSeed(seeded, seedRecord, { textsDir: existsSync(SEED_TEXTS) ? SEED_TEXTS : undefined });
  await seeded.$disconnect();

  const apps: ChildProcess[] = [];
  const built = ["web", "admin"].every((a) => existsSync(join(repoRoot, "apps", a, ".next/BUILD_ID")));
  if (built && process.env.TIES_E2E !== "0") {
    await cloneDatabase(server, TEMPLATE_SEEDED, "ties_e2e");
    const url = withDatabase(server, "ties_e2e");
    const db = createPrismaClient(url, { max: 2 });
    await ensureFirstAdmin(db, { TIES_ADMIN_EMAIL: E2E_ADMIN.email, TIES_ADMIN_PASSWORD: E2E_ADMIN.password });
    await db.$disconnect();
    const webPort = await freePort(3100);
    const adminPort = await freePort(webPort + 1);
    const env = {
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      // Every browser test signs in from the one test address; the limit itself is tested on its own server.
      SIGN_IN_RATE_LIMIT: "1000",
      WEB_URL: `http://localhost:${webPort}`,
      ADMIN_URL: `http://localhost:${adminPort}`,
    };
    for (const [app, port] of [
      ["web", webPort],
      ["admin", adminPort],
    ] as const) {
      apps.push(spawnApp(repoRoot, app, port, env, "ignore"));
    }
    process.env.TIES_E2E_WEB_URL = env.WEB_URL;
    process.env.TIES_E2E_ADMIN_URL = env.ADMIN_URL;
    process.env.TIES_E2E_DATABASE_URL = url;
    process.env.TIES_E2E_WEB_PID = String(apps[0]?.pid ?? "");
    process.env.TIES_E2E_ADMIN_PID = String(apps[1]?.pid ?? "");
    await Promise.all([waitUntilServing(`${env.WEB_URL}/`), waitUntilServing(`${env.ADMIN_URL}/`)]);
  }

  return async () => {
    await stopApps(apps);
    await pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
