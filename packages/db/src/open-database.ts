/**
 * The database the command-line tools use (import, export, backup, restore, reset-password), with
 * the same settings as `npm start`: DATABASE_URL, or the embedded server (TIES_DATA_DIR,
 * TIES_PG_PORT), already running under `npm start` or started for the moment the command needs
 * it. Migrations are applied first.
 */
import { createPrismaClient, type Db } from "./client";
import { assertReachable, ensureDatabase } from "./databases";
import { embeddedDatabaseUrl, portFree, startEmbeddedPostgres } from "./embedded-postgres";
import { readDbEnv } from "./env";
import { migrateDeploy } from "./migrate";

export async function openDatabase(opts: { max?: number } = {}): Promise<{ db: Db; url: string; close(): Promise<void> }> {
  const env = readDbEnv();
  let url = env.DATABASE_URL;
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!url) {
    if (await portFree(env.TIES_PG_PORT)) {
      server = await startEmbeddedPostgres({ dataDir: env.TIES_DATA_DIR, port: env.TIES_PG_PORT });
      url = server.urlFor("ties");
      await ensureDatabase(url, "ties");
    } else url = embeddedDatabaseUrl(env.TIES_PG_PORT, "ties");
  }
  await assertReachable(url);
  await migrateDeploy(url);
  const db = createPrismaClient(url, { max: opts.max ?? 4 });
  return {
    db,
    url,
    async close() {
      await db.$disconnect();
      await server?.stop();
    },
  };
}
