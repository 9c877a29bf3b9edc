/**
 * A throwaway PostgreSQL for a benchmark: its own folder and port, migrated and seeded, removed
 * afterwards whatever happens, so a benchmark never touches the data `npm start` serves.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient, type Db } from "@ties/db";
import { ensureDatabase, loadSeed, migrateDeploy, portFree, startEmbeddedPostgres } from "@ties/db/ops";
import { seedRecord } from "@ties/db/seed";

export async function withBenchDatabase<T>(opts: { name: string; portFrom: number }, run: (db: Db, url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `ties-${opts.name}-`));
  // The server runs as an unprivileged user when started as root: it must reach its folder.
  chmodSync(dir, 0o755);
  let port = opts.portFrom;
  while (!(await portFree(port))) port++;
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port, ephemeral: true });
  try {
    const url = pg.urlFor("bench");
    await ensureDatabase(url, "bench");
    await migrateDeploy(url);
    const db = createPrismaClient(url, { max: 10 });
    try {
      await loadSeed(db, seedRecord);
      return await run(db, url);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
