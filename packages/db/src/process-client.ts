/**
 * One database client per process and URL, for long-running servers. Each such client listens
 * for changes to the record, so that reads worth keeping (the timeline's menus) are answered from
 * memory until something is written.
 *
 * Next.js bundles a server's pages, its route handlers and its start-up hook separately, and each
 * bundle evaluates this module anew. So the clients and listeners are kept on `globalThis`, where
 * every bundle finds the same ones: one connection pool, one listener and one set of kept reads per
 * process, instead of one of each per bundle (three in the public site).
 */
import { createPrismaClient, type Db } from "./client";
import { attachRecordCache, cacheUntilChange, listenForRecordChanges, type RecordChanges } from "./record-changes";

/** A map shared by every copy of this module in the process, under a registered symbol. */
function processWide<T>(name: string): Map<string, T> {
  const key = Symbol.for(`ties.db.${name}`);
  const holder = globalThis as unknown as Record<symbol, Map<string, T> | undefined>;
  holder[key] ??= new Map<string, T>();
  return holder[key];
}

const clients = processWide<Db>("processClients");
const listeners = processWide<RecordChanges>("recordChangeListeners");

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
