/**
 * One database client per process and URL, for long-running servers: Next.js may evaluate a
 * server module more than once, and each evaluation must not open its own connection pool. Each
 * such client listens for changes to the record, so that reads worth keeping (the timeline's menus)
 * are answered from memory until something is written.
 */
import { createPrismaClient, type Db } from "./client";
import { attachRecordCache, cacheUntilChange, listenForRecordChanges } from "./record-changes";

const clients = new Map<string, Db>();

export function processClient(url: string): Db {
  let db = clients.get(url);
  if (!db) {
    db = createPrismaClient(url);
    attachRecordCache(db, cacheUntilChange(listenForRecordChanges(url)));
    clients.set(url, db);
  }
  return db;
}
