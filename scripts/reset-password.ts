/**
 * Sets a new password for a curation account (the first admin's by default) and prints it:
 *   npm run reset-password -- [email]
 * Works whether or not `npm start` is running: it uses DATABASE_URL, the running embedded
 * server, or starts the embedded server for the moment it needs it.
 */
import { randomBytes } from "node:crypto";
import { resetPassword } from "@ties/api/server";
import { createPrismaClient } from "@ties/db";
import { assertReachable, embeddedDatabaseUrl, portFree, readDbEnv, startEmbeddedPostgres } from "@ties/db/ops";
import { readStartEnv } from "./start-env";

async function main() {
  const env = readDbEnv();
  const email = (process.argv[2] ?? readStartEnv().TIES_ADMIN_EMAIL).toLowerCase();
  const password = process.env.TIES_NEW_PASSWORD ?? randomBytes(12).toString("base64url");
  if (password.length < 12) throw new Error("TIES_NEW_PASSWORD must be at least 12 characters");
  let url = env.DATABASE_URL;
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!url) {
    if (await portFree(env.TIES_PG_PORT)) {
      server = await startEmbeddedPostgres({ dataDir: env.TIES_DATA_DIR, port: env.TIES_PG_PORT });
      url = server.urlFor("ties");
    } else {
      url = embeddedDatabaseUrl(env.TIES_PG_PORT, "ties");
    }
  }
  await assertReachable(url);
  const db = createPrismaClient(url, { max: 1 });
  try {
    if (!(await resetPassword(db, email, password))) throw new Error(`There is no account ${email}`);
    console.log(`New password for ${email}: ${password}  (its sessions were signed out)`);
  } finally {
    await db.$disconnect();
    await server?.stop();
  }
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
