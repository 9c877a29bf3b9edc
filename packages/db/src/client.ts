/** The one Prisma client factory: every part of Ties gets its database client here. */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(url: string, opts: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: opts.max ?? 10 });
  return new PrismaClient({ adapter });
}
