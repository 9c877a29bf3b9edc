/**
 * `npm start` fails with a clear one-line error, and leaves nothing running, when a port is
 * taken, DATABASE_URL does not answer, or the data folder cannot be used.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { portFree, repoRoot } from "@ties/db/ops";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Free ports for these runs, so a default port in use elsewhere on the machine cannot decide what they print. */
const ports = { web: 0, admin: 0, pg: 0 };

async function freePort(from: number): Promise<number> {
  for (let p = from; p < from + 200; p++) if (await portFree(p)) return p;
  throw new Error(`No free port from ${from}`);
}

function start(env: Record<string, string>) {
  const r = spawnSync(join(repoRoot, "node_modules/.bin/tsx"), [join(repoRoot, "scripts/ties-start.ts")], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 60_000,
    env: {
      ...process.env,
      DATABASE_URL: "",
      WEB_PORT: String(ports.web),
      ADMIN_PORT: String(ports.admin),
      TIES_PG_PORT: String(ports.pg),
      ...env,
    },
  });
  const errorLines = r.stderr.split("\n").filter((l) => l.startsWith("Error: "));
  return { status: r.status, errorLines, stderr: r.stderr };
}

describe("start-up errors", () => {
  let blocker: net.Server;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ties-start-"));
    ports.pg = await freePort(54900 + Math.floor(Math.random() * 400));
    ports.web = await freePort(3400 + Math.floor(Math.random() * 400));
    ports.admin = await freePort(ports.web + 1);
    blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(3392, "0.0.0.0", r));
  });
  afterAll(() => {
    blocker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("names the port already in use", () => {
    const r = start({ WEB_PORT: "3392" });
    expect(r.status).not.toBe(0);
    expect(r.errorLines).toEqual(["Error: Port 3392 for the web app is already in use; stop what uses it or set WEB_PORT"]);
  });

  it("names an unreachable DATABASE_URL without printing its password", () => {
    const r = start({ DATABASE_URL: "postgresql://someone:secret-pw@127.0.0.1:9/ties" });
    expect(r.status).not.toBe(0);
    expect(r.errorLines).toHaveLength(1);
    expect(r.errorLines[0]).toMatch(/^Error: Cannot reach the PostgreSQL at DATABASE_URL \(127\.0\.0\.1:9\/ties\)/);
    expect(r.stderr).not.toContain("secret-pw");
  });

  it("rejects a DATABASE_URL that is not a PostgreSQL URL", () => {
    const r = start({ DATABASE_URL: "mysql://localhost/ties" });
    expect(r.status).not.toBe(0);
    expect(r.errorLines).toEqual(["Error: DATABASE_URL: DATABASE_URL must be a postgresql:// URL"]);
  });

  it("names a data folder that cannot be used", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "not a folder");
    const r = start({ TIES_DATA_DIR: join(file, "postgres") });
    expect(r.status).not.toBe(0);
    expect(r.errorLines).toHaveLength(1);
    expect(r.errorLines[0]).toMatch(/^Error: The database folder .*a-file\/postgres cannot be used/);
  });

  it("refuses a folder that holds something other than PostgreSQL data", () => {
    const folder = join(dir, "other");
    spawnSync("mkdir", ["-p", folder]);
    writeFileSync(join(folder, "notes.txt"), "mine");
    const r = start({ TIES_DATA_DIR: folder });
    expect(r.status).not.toBe(0);
    expect(r.errorLines[0]).toMatch(/is not a PostgreSQL data folder/);
  });

  // Run as root, PostgreSQL runs as the "postgres" user. A new data folder in a private folder is
  // placed where that user can reach it (tests/start/private-folder.int.test.ts); data already there
  // is not moved: one line naming the folder and the fix, no stack.
  it.skipIf(process.getuid?.() !== 0)("names a private folder holding data the database user cannot enter, with the fix", () => {
    const data = join(dir, "private", "postgres");
    spawnSync("mkdir", ["-p", data]);
    writeFileSync(join(data, "PG_VERSION"), "18\n");
    const r = start({ TIES_DATA_DIR: data });
    expect(r.status).not.toBe(0);
    expect(r.errorLines).toHaveLength(1);
    expect(r.errorLines[0]).toMatch(
      /^Error: PostgreSQL runs as the unprivileged user "postgres", which cannot enter \/.*ties-start-\w+ \(mode 700\) where the data in .* is\. Fix: /,
    );
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain("EACCES");
  });
});
