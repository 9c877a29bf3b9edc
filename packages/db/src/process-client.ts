/**
 * One database client per process and URL, for long-running servers. Each such client listens
 * for changes to the record, so that reads worth keeping (the timeline's menus) are answered from
 * memory until something is written. Every bundle of a Next.js server finds the same clients and
 * listeners (see process-wide.ts): one connection pool, one listener and one set of kept reads per
 * process, instead of one of each per bundle (three in the public site).
 */
import { createPrismaClient, type Db } from "./client";
import { processWide } from "./process-wide";
import { attachRecordCache, cacheUntilChange, listenForRecordChanges, type RecordChanges } from "./record-changes";

const clients = processWide("processClients", () => new Map<string, Db>());
const listeners = processWide("recordChangeListeners", () => new Map<string, RecordChanges>());

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
