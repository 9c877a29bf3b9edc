/**
 * Sets a new password for a curation account (the first admin's by default) and prints it:
 *   npm run reset-password -- [email]
 * Works whether or not `npm start` is running: it uses DATABASE_URL, the running embedded
 * server, or starts the embedded server for the moment it needs it.
 */
import { randomBytes } from "node:crypto";
import { resetPassword } from "@ties/api/server";
import { openDatabase } from "@ties/db/ops";
import { readStartEnv } from "./start-env";

async function main() {
  const email = (process.argv[2] ?? readStartEnv().TIES_ADMIN_EMAIL).toLowerCase();
  const password = process.env.TIES_NEW_PASSWORD ?? randomBytes(12).toString("base64url");
  if (password.length < 12) throw new Error("TIES_NEW_PASSWORD must be at least 12 characters");
  const { db, close } = await openDatabase({ max: 1 });
  try {
    if (!(await resetPassword(db, email, password))) throw new Error(`There is no account ${email}`);
    console.log(`New password for ${email}: ${password}  (its sessions were signed out)`);
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(`Error: ${(e as Error).message}`);
  process.exit(1);
});
