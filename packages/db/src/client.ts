/** The one Prisma client factory: every part of Ties gets its database client here. */
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

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

const urls = new WeakMap<PrismaClient, string>();

export function createPrismaClient(url: string, opts: ClientOptions = {}): PrismaClient {
  hidePgQueuedQueryWarning();
  const adapter = new PrismaPg(
    {
      connectionString: url,
      max: opts.max ?? 10,
      ...(opts.onQuery ? { Client: clientReporting(opts.onQuery) } : {}),
    },
    // pg sends a statement without a name (planned per call) when the generator gives none.
    { statementNameGenerator: (({ sql }) => preparedStatementName(sql)) as (query: { sql: string }) => string },
  );
  const client = new PrismaClient({ adapter });
  urls.set(client, url);
  return client;
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
 * PostgreSQL parses and plans it once and reuses the plan (after its first five runs, when the
 * generic plan costs no more than the custom ones). For the one-statement detail reads, whose
 * many correlated subqueries took longer to plan (about 2 ms) than to run, this is most of their
 * time. Only statements whose plan does not depend on their values should carry it: a list whose
 * filters change how selective it is stays planned per call.
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
