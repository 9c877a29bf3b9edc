/**
 * One database client per process and URL, for long-running servers: Next.js may evaluate a
 * server module more than once, and each evaluation must not open its own connection pool.
 */
import { createPrismaClient, type Db } from "./client";

const clients = new Map<string, Db>();

export function processClient(url: string): Db {
  let db = clients.get(url);
  if (!db) {
    db = createPrismaClient(url);
    clients.set(url, db);
  }
  return db;
}
