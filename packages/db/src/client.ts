/** The one Prisma client factory: every part of Ties gets its database client here. */
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "./generated/prisma/client";
import { processWide } from "./process-wide";

export type Db = PrismaClient;

/**
 * Prisma 6.19's query interpreter may send a transaction's independent reads together on its one
 * connection. pg 8 queues them correctly but warns, once per process, that pg 9 will not; the
 * adapter pairing is pinned (see the README), so that one warning would only alarm whoever reads
 * `npm start`'s output. Every other warning is shown as before.
 */
const PG_QUEUED_QUERY_WARNING = "Calling client.query() when the client is already executing a query";
let warningFilterInstalled = false;
function hidePgQueuedQueryWarning(): void {
  if (warningFilterInstalled) return;
  warningFilterInstalled = true;
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (text.startsWith(PG_QUEUED_QUERY_WARNING)) return;
    emit(warning, ...rest);
  }) as typeof process.emitWarning;
}

export interface ClientOptions {
  /** Connections in the pool. */
  max?: number;
  /** Called with every statement sent to PostgreSQL and its parameters (tests count queries per request). */
  onQuery?: (sql: string, values: unknown[]) => void;
}

// Found by every bundle a client is used from (see process-wide.ts): `readRows` in a bundle that
// did not make the client still reads through its pool.
const urls = processWide("clientUrls", () => new WeakMap<PrismaClient, string>());
const pools = processWide("clientPools", () => new WeakMap<PrismaClient, pg.Pool>());
/** Each client's connections for statements planned once (see PLANNED_ONCE). */
const plannedOncePools = processWide("clientPlannedOncePools", () => new WeakMap<PrismaClient, pg.Pool>());

/**
 * Every connection plans its statements without parallel workers. Ties's reads are short, and a
 * parallel plan starts worker processes that compete with the requests beside it: at 1,000,000
 * events an area's activity over twenty years took 88-93 ms with two workers on a loaded two-core
 * machine, and 8 ms without.
 */
const SERIAL_PLANS = "-c max_parallel_workers_per_gather=0";

/**
 * How long a pool keeps a connection nobody is using. pg closes one after 10 seconds by default,
 * and the server process behind a new connection is slow at first (it loads the catalogue and the
 * search dictionaries, and maps each shared page it reads): at 100,000 events a search and a list
 * took 86-125 ms after 12 s without requests, against 13-20 ms a second after the last. A site
 * between two visitors keeps its connections warm this long instead; the idle connections end
 * with the client or the process.
 */
export const IDLE_CONNECTION_MS = 10 * 60_000;

/**
 * A pool's connection string and the server options its connections start with: the URL's own,
 * if it gives any, then `ours`. pg lets options in the URL replace those given beside it, so
 * they move out of the URL.
 */
export function withServerOptions(url: string, ours: string): { connectionString: string; options: string } {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {}
  const given = parsed?.searchParams.get("options");
  if (!parsed || !given) return { connectionString: url, options: ours };
  parsed.searchParams.delete("options");
  return { connectionString: parsed.toString(), options: `${given} ${ours}` };
}

/**
 * What a connection of the client's main pool starts with, for a tool that opens its own connection
 * and must plan as Ties does (the benchmark replays Ties's statements on one).
 */
export function connectionConfig(url: string): { connectionString: string; options: string } {
  return withServerOptions(url, SERIAL_PLANS);
}

/** A pool of connections that start with `connection`'s server options and stay warm while idle. */
function makePool(connection: { connectionString: string; options: string }, max: number, opts: ClientOptions): pg.Pool {
  const pool = new pg.Pool({
    ...connection,
    max,
    idleTimeoutMillis: IDLE_CONNECTION_MS,
    // Idle connections do not keep a finished script or test alive.
    allowExitOnIdle: true,
    ...(opts.onQuery ? { Client: clientReporting(opts.onQuery) } : {}),
  });
  // An idle connection the server closed (a restart, a dropped database) leaves the pool; without
  // a listener its error would end the process. Prisma adds its own once it connects.
  pool.on("error", () => {});
  return pool;
}

export function createPrismaClient(url: string, opts: ClientOptions = {}): PrismaClient {
  hidePgQueuedQueryWarning();
  // One pool per client, shared by Prisma and by `readRows`.
  const pool = makePool(connectionConfig(url), opts.max ?? 10, opts);
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    // pg sends a statement without a name (planned per call) when the generator gives none.
    statementNameGenerator: (({ sql }) => preparedStatementName(sql)) as (query: { sql: string }) => string,
  });
  const client = new PrismaClient({ adapter });
  urls.set(client, url);
  pools.set(client, pool);
  // Opened on first use: a client that never reads a detail holds none of these connections.
  const plannedOnce = makePool(
    withServerOptions(url, `${SERIAL_PLANS} -c plan_cache_mode=force_generic_plan`),
    Math.max(1, Math.ceil((opts.max ?? 10) / 2)),
    opts,
  );
  plannedOncePools.set(client, plannedOnce);
  // Prisma ends the pool only if it connected; a client that only ever read through `readRows` ends it here.
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    if (!pool.ended) await pool.end();
    if (!plannedOnce.ended) await plannedOnce.end();
  };
  return client;
}

/** Read rows' values as `$queryRaw` gives them: a date is midnight UTC, a bigint a BigInt. */
const READ_TYPES = {
  getTypeParser(oid: number, format?: string) {
    if (oid === pg.types.builtins.DATE) return (v: string) => new Date(`${v}T00:00:00.000Z`);
    if (oid === pg.types.builtins.INT8) return (v: string) => BigInt(v);
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

/**
 * The rows of one read statement, sent through the client's own pool without Prisma's work per
 * call (compiling the query and converting every value of every row): on the public reads that
 * answer most requests, that work cost more than PostgreSQL did. A statement marked PLANNED_ONCE
 * is also prepared once per connection. Values come typed as `$queryRaw` types them. A client that
 * was not made here (a transaction's, a test's wrapper) reads through `$queryRaw`. Like any
 * client made here, it cannot be used again once disconnected.
 */
export async function readRows<Rows extends unknown[]>(db: PrismaClient, query: Prisma.Sql): Promise<Rows> {
  const name = preparedStatementName(query.text);
  const pool = (name && plannedOncePools.get(db)) || pools.get(db);
  if (!pool) return db.$queryRaw<Rows>(query);
  const result = await pool.query({ name, text: query.text, values: query.values, types: READ_TYPES });
  return result.rows as Rows;
}

/**
 * Whether the client holds a connection to its database, idle or in use. A health check allows a
 * client without one the time to open it (a new server process, authentication), which is not
 * what a check of a running app should be timed against.
 */
export function holdsConnection(db: PrismaClient): boolean {
  const pool = pools.get(db);
  return pool !== undefined && pool.totalCount > 0;
}

/** Runs `SELECT 1` on the client's own pool (no Prisma work): whether the database answers. */
export async function pingDatabase(db: PrismaClient): Promise<void> {
  await readRows(db, Prisma.sql`SELECT 1`);
}

/**
 * The database a client made here connects to, for work Prisma cannot do (COPY, which bulk
 * imports stream rows through).
 */
export function connectionUrlOf(db: PrismaClient): string | undefined {
  return urls.get(db);
}

/**
 * A read statement that begins with this comment is prepared once per connection under a name:
 * PostgreSQL parses and plans it once and reuses the plan. For the one-statement detail reads,
 * whose many correlated subqueries took longer to plan (2-5 ms) than to run, this is most of their
 * time. `readRows` sends them on connections of their own that always use the statement's one
 * plan (`plan_cache_mode`): left to choose, PostgreSQL kept planning an agreement's detail again
 * on every call, since the plan for one agreement's actual number of events was estimated cheaper
 * than the plan for any (8.6 against 6.5 ms a call at 1,000,000 events). Only statements whose
 * plan does not depend on their values should carry it: a list whose filters change how selective
 * it is stays planned per call.
 */
export const PLANNED_ONCE = "/* planned once */";

const statementNames = new Map<string, string>();

/** The name of a statement marked PLANNED_ONCE (the same on every connection), or none. */
export function preparedStatementName(sql: string): string | undefined {
  if (!sql.startsWith(PLANNED_ONCE)) return undefined;
  let name = statementNames.get(sql);
  if (!name) {
    name = `ties_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** A pg client class that reports each statement before sending it. */
function clientReporting(onQuery: NonNullable<ClientOptions["onQuery"]>): typeof pg.Client {
  return class ReportingClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      const send = this.query.bind(this) as (...args: unknown[]) => unknown;
      this.query = ((...args: unknown[]) => {
        const [first, second] = args;
        const config =
          typeof first === "string" ? { text: first, values: second } : (first as { text?: string; values?: unknown } | undefined);
        onQuery(config?.text ?? "", Array.isArray(config?.values) ? config.values : []);
        return send(...args);
      }) as pg.Client["query"];
    }
  };
}
