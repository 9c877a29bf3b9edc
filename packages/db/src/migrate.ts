/** Applies the committed migrations with Prisma's JS schema engine. */
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const prismaBin = join(pkgRoot, "node_modules/.bin/prisma");

export async function migrateDeploy(url: string): Promise<void> {
  try {
    await promisify(execFile)(prismaBin, ["migrate", "deploy"], {
      cwd: pkgRoot,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    const detail = `${err.stderr ?? ""}\n${err.stdout ?? ""}`
      .split("\n")
      .filter((l) => /error|P\d{4}/i.test(l))
      .slice(0, 3)
      .join(" ");
    throw new Error(`Migrations failed: ${detail || err.message}`);
  }
}
