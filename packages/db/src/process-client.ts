/**
 * One database client per process and URL, for long-running servers: Next.js may evaluate a
 * server module more than once, and each evaluation must not open its own connection pool. Each
 * such client listens for changes to the record, so that reads worth keeping (the timeline's menus)
 * are answered from memory until something is written.
 */
import { createPrismaClient, type Db } from "./client";
import { attachRecordCache, cacheUntilChange, listenForRecordChanges, type RecordChanges } from "./record-changes";

const clients = new Map<string, Db>();
const listeners = new Map<string, RecordChanges>();

/**
 * The process's one listener for changes written through the primary at `url` (notifications are
 * sent by the primary only: a replica never hears them).
 */
export function processRecordChanges(url: string): RecordChanges {
  let changes = listeners.get(url);
  if (!changes) {
    changes = listenForRecordChanges(url);
    listeners.set(url, changes);
  }
  return changes;
}

/** The client for `url`; what it keeps lasts until the primary at `primaryUrl` reports a change. */
export function processClient(url: string, primaryUrl = url): Db {
  let db = clients.get(url);
  if (!db) {
    db = createPrismaClient(url);
    attachRecordCache(db, cacheUntilChange(processRecordChanges(primaryUrl)));
    clients.set(url, db);
  }
  return db;
}
