/**
 * Runs a command with DATABASE_URL pointing at a database: the given DATABASE_URL, or a
 * database in the embedded server started for the duration of the command.
 *   tsx scripts/with-db.ts <command> [args...]
 */
import { spawnSync } from "node:child_process";
import { ensureDatabase } from "../src/databases";
import { readDbEnv } from "../src/env";
import { startEmbeddedPostgres } from "../src/embedded-postgres";

const env = readDbEnv();
const [cmd, ...args] = process.argv.slice(2);
if (!cmd) throw new Error("Usage: with-db <command> [args...]");
let url = env.DATABASE_URL;
const server = url ? null : await startEmbeddedPostgres({ dataDir: env.TIES_DATA_DIR, port: env.TIES_PG_PORT });
if (server) {
  url = server.urlFor("ties");
  await ensureDatabase(url, "ties");
}
const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
await server?.stop();
process.exit(r.status ?? 1);
