/**
 * Authors the next migration without a database: a schema-to-schema diff between the schema as
 * of the last migration (kept beside the migrations) and prisma/schema.prisma.
 *   pnpm db:migration <name>
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: pnpm db:migration <name>");
  process.exit(1);
}
const root = new URL("..", import.meta.url).pathname;
const snapshot = join(root, "prisma/migrations/schema.last.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  process.execPath,
  [join(root, "scripts/prisma.mjs"), "migrate", "diff", ...from, "--to-schema-datamodel", join(root, "prisma/schema.prisma"), "--script"],
  { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/ties" } },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema has not changed since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
copyFileSync(join(root, "prisma/schema.prisma"), snapshot);
console.log(`Wrote ${dir}/migration.sql`);
