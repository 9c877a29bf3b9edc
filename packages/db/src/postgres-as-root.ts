/**
 * Running the embedded PostgreSQL when Ties is started as root. PostgreSQL refuses to run as root,
 * so initdb and postgres run as the unprivileged "postgres" user (created when missing). That user
 * must be able to reach the binaries and the data folder; a clone under /root or in a `mktemp -d`
 * folder (mode 700) is out of its reach. Then the binaries are copied to a root-owned, read-only
 * folder under /var/tmp, and the data lives in a folder of its own there, with a symbolic link
 * left at the configured data folder so later runs and backups find it.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, parse, resolve } from "node:path";

export class RootSetupError extends Error {}

export interface UserIds {
  uid: number;
  gid: number;
}

const DB_USER = "postgres";

/** The ids of the user PostgreSQL runs as, from /etc/passwd, or null when there is none. */
export function databaseUserIds(name = DB_USER): UserIds | null {
  try {
    const line = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${name}:`));
    const [, , uid, gid] = line?.split(":") ?? [];
    return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
  } catch {
    return null;
  }
}

/** The database user's ids, creating a system user with no login and no home when it is missing. */
export function ensureDatabaseUser(): UserIds {
  const existing = databaseUserIds();
  if (existing) return existing;
  const r = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", DB_USER], {
    encoding: "utf8",
  });
  const ids = databaseUserIds();
  if (!ids) {
    throw new RootSetupError(
      `PostgreSQL cannot run as root and the user "${DB_USER}" could not be created (${(r.stderr || r.error?.message || "useradd failed").trim()}). Fix: create it (useradd --system ${DB_USER}) or set DATABASE_URL to a PostgreSQL server you run.`,
    );
  }
  return ids;
}

/**
 * The first existing folder on the way to any of `paths` that the user cannot pass through (no
 * search permission for it), or null.
 */
export function unreachableFolder(paths: string[], ids: UserIds | null): { path: string; mode: string } | null {
  for (const target of paths) {
    let dir = resolve(target);
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

/** A shared folder every user can reach: /var/tmp (kept across reboots), else the OS temp folder. */
function sharedBase(ids: UserIds): string {
  for (const base of ["/var/tmp", tmpdir()]) {
    if (existsSync(base) && !unreachableFolder([base], ids)) return base;
  }
  throw new RootSetupError(
    `PostgreSQL runs as the unprivileged user "${DB_USER}", and neither /var/tmp nor ${tmpdir()} is reachable by it. Fix: set DATABASE_URL to a PostgreSQL server you run.`,
  );
}

const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

/**
 * A root-owned folder in a world-writable place: refuse one someone else made (another user could
 * otherwise plant binaries or a link there before we do).
 */
function ownFolder(path: string): void {
  if (!existsSync(path)) {
    mkdirSync(path, { mode: 0o755 });
    chmodSync(path, 0o755);
    return;
  }
  const st = lstatSync(path);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new RootSetupError(
      `${path} is not a folder owned by root and writable only by it, so it is not safe to run PostgreSQL from. Fix: remove it and start again, or set DATABASE_URL.`,
    );
  }
}

/**
 * The PostgreSQL distribution (its `native` folder, with bin, lib and share), where the database
 * user can run it: the installed one when reachable, otherwise a copy under /var/tmp named after
 * the installed one, made once and reused.
 */
export function reachableBinaries(nativeDir: string, ids: UserIds): string {
  if (!unreachableFolder([join(nativeDir, "bin")], ids)) return nativeDir;
  const target = join(sharedBase(ids), `ties-pg-${hash(realpathSync(nativeDir))}`);
  ownFolder(target);
  const native = join(target, "native");
  if (existsSync(join(native, "bin", "postgres"))) return native;
  const partial = join(target, `native-${randomBytes(4).toString("hex")}`);
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  spawnSync("chmod", ["-R", "u=rwX,go=rX", partial]);
  renameSync(partial, native);
  return native;
}

/**
 * The data folder PostgreSQL is given: `dataDir` itself when the database user can reach it,
 * otherwise a folder under /var/tmp named after `dataDir`, with `dataDir` made a link to it.
 * Existing data inside a private folder is never moved: that stays a one-line error.
 */
export function reachableDataDir(dataDir: string, ids: UserIds): string {
  const real = existsSync(dataDir) ? realpathSync(dataDir) : resolve(dataDir);
  const blocked = unreachableFolder([dirname(real)], ids);
  if (!blocked) return real;
  const isLink = (() => {
    try {
      return lstatSync(dataDir).isSymbolicLink();
    } catch {
      return false;
    }
  })();
  if (existsSync(real) && !isLink && existsSync(join(real, "PG_VERSION"))) {
    throw new RootSetupError(
      `PostgreSQL runs as the unprivileged user "${DB_USER}", which cannot enter ${blocked.path} (mode ${blocked.mode}) where the data in ${dataDir} is. ` +
        `Fix: move the Ties folder somewhere other users can enter (e.g. /srv/ties or /opt/ties), or run "chmod o+x ${blocked.path}", or set DATABASE_URL to a PostgreSQL server you run.`,
    );
  }
  const home = join(sharedBase(ids), `ties-pg-data-${hash(resolve(dataDir))}`);
  ownFolder(home);
  const data = join(home, "data");
  mkdirSync(data, { recursive: true, mode: 0o700 });
  if (existsSync(dataDir) && !isLink) rmdirSync(dataDir); // an empty folder (checked by the caller)
  if (isLink) unlinkSync(dataDir);
  mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  symlinkSync(data, dataDir);
  return data;
}

export interface ServerAsUser {
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Runs `file` as the database user and resolves with its output, or rejects with the last lines. */
function runAs(file: string, args: string[], ids: UserIds, cwd: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(file, args, { ...ids, cwd, env: { ...process.env, LC_MESSAGES: "C" } });
    let output = "";
    child.stdout.on("data", (c) => {
      output += c;
    });
    child.stderr.on("data", (c) => {
      output += c;
    });
    child.on("error", (e) => fail(new RootSetupError(`${file} could not run as "${DB_USER}": ${e.message}`)));
    child.on("close", (code) =>
      code === 0 ? ok() : fail(new RootSetupError(`initdb failed (${code}): ${output.trim().split("\n").slice(-3).join(" ")}`)),
    );
  });
}

/**
 * initdb (when `dataDir` is not yet a data folder) and postgres, run as the database user. The
 * server stops with Ties: on stop(), and on this process's exit.
 */
export async function startAsDatabaseUser(opts: {
  nativeDir: string;
  dataDir: string;
  port: number;
  ids: UserIds;
  user: string;
  password: string;
  initdbFlags: string[];
  postgresFlags: string[];
}): Promise<ServerAsUser> {
  const { nativeDir, dataDir, ids } = opts;
  const bin = (name: string) => join(nativeDir, "bin", name);
  const cwd = dirname(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chownSync(dataDir, ids.uid, ids.gid);
  chmodSync(dataDir, 0o700);
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    const pwfile = join(cwd, `.pw-${randomBytes(6).toString("hex")}`);
    writeFileSync(pwfile, `${opts.password}\n`, { mode: 0o600 });
    chownSync(pwfile, ids.uid, ids.gid);
    try {
      await runAs(
        bin("initdb"),
        [`--pgdata=${dataDir}`, "--auth=password", `--username=${opts.user}`, `--pwfile=${pwfile}`, "--lc-messages=C", ...opts.initdbFlags],
        ids,
        cwd,
      );
    } finally {
      rmSync(pwfile, { force: true });
    }
  }
  const child = spawn(bin("postgres"), ["-D", dataDir, "-p", String(opts.port), ...opts.postgresFlags], {
    ...ids,
    cwd,
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stopOnExit = () => child.kill("SIGINT");
  process.on("exit", stopOnExit);
  let log = "";
  await new Promise<void>((ok, fail) => {
    const onData = (c: Buffer) => {
      log = (log + c.toString()).slice(-2000);
      if (log.includes("database system is ready to accept connections")) {
        child.stderr?.off("data", onData);
        child.stderr?.resume();
        ok();
      }
    };
    child.stderr?.on("data", onData);
    child.on("error", (e) => fail(new RootSetupError(`postgres could not run as "${DB_USER}": ${e.message}`)));
    child.on("exit", (code, signal) =>
      fail(
        new RootSetupError(
          `postgres exited (${code ?? signal}): ${log.trim().split("\n").slice(-3).join(" ").replace(/\s+/g, " ").slice(0, 400)}`,
        ),
      ),
    );
  });
  return {
    process: child,
    async stop() {
      process.off("exit", stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((ok) => {
        child.once("exit", () => ok());
        child.kill("SIGINT");
      });
    },
  };
}
