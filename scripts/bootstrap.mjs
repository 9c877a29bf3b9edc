// Installs the workspace with pnpm (fetched through npx: a fresh machine has only Node and npm)
// when node_modules is missing or the lockfile changed since the last install.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const PNPM = ["-y", "pnpm@10.34.9"];

export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 9)) {
    console.error(`Ties needs Node.js 20.9 or newer; this is ${process.version}.`);
    process.exit(1);
  }
}

export function pnpm(args, opts = {}) {
  return spawnSync("npx", [...PNPM, ...args], { cwd: root, stdio: "inherit", ...opts, env: { ...process.env, ...opts.env } });
}

export function ensureInstalled() {
  checkNode();
  installDependencies();
  generatePrismaClient();
}

/** The Prisma client is generated code that start-up imports: keep it in step with the schema. */
function generatePrismaClient() {
  const schema = `${root}packages/db/prisma/schema.prisma`;
  const stamp = `${root}packages/db/src/generated/.schema-hash`;
  const hash = createHash("sha256").update(readFileSync(schema)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  const r = spawnSync(process.execPath, [`${root}packages/db/scripts/prisma.mjs`, "generate"], {
    cwd: `${root}packages/db`,
    encoding: "utf8",
  });
  if (r.status !== 0) {
    console.error(`${r.stdout}\n${r.stderr}\nGenerating the Prisma client failed (see above).`);
    process.exit(r.status ?? 1);
  }
  writeFileSync(stamp, hash);
}

function installDependencies() {
  const lock = `${root}pnpm-lock.yaml`;
  const stamp = `${root}node_modules/.ties-install`;
  const hash = createHash("sha256")
    .update(readFileSync(lock))
    .update(readFileSync(`${root}package.json`))
    .digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  console.log("Installing dependencies (pnpm)...");
  const r = pnpm(["install", "--frozen-lockfile", "--reporter=append-only", "--loglevel=warn"], {
    env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) {
    console.error("Installing dependencies failed (see above).");
    process.exit(r.status ?? 1);
  }
  writeFileSync(stamp, hash);
}
