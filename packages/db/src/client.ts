/** The one Prisma client factory: every part of Ties gets its database client here. */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export interface ClientOptions {
  /** Connections in the pool. */
  max?: number;
  /** Called with every statement sent to PostgreSQL and its parameters (tests count queries per request). */
  onQuery?: (sql: string, values: unknown[]) => void;
}

export function createPrismaClient(url: string, opts: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: opts.max ?? 10,
    ...(opts.onQuery ? { Client: clientReporting(opts.onQuery) } : {}),
  });
  return new PrismaClient({ adapter });
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
