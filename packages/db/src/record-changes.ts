/**
 * Hearing that the record changed, from any process: triggers on the record's tables notify
 * "ties_records_changed" when a writing transaction commits (see the record_change_notify
 * migration). A server listens on one connection and keeps a change counter; what it caches is
 * good while the counter has not moved. While the connection is down nothing is cached, so a
 * missed notification can never leave a stale answer behind.
 */
import pg from "pg";
import { processWide } from "./process-wide";

export const RECORDS_CHANGED_CHANNEL = "ties_records_changed";

/**
 * What one notification says: the kind of record and the ids a statement touched, or "*" for
 * more than a hundred (or a truncated table). See the record_change_tags migration.
 */
export interface RecordChange {
  kind: string;
  ids: string[] | "*";
}

/** Reads a notification's payload ("event id1,id2" or "event *"); null for one it does not know. */
export function parseRecordChange(payload: string | undefined): RecordChange | null {
  const m = /^([a-z]+) (\*|[^\s,]+(?:,[^\s,]+)*)$/.exec(payload ?? "");
  if (!m?.[1] || !m[2]) return null;
  return { kind: m[1], ids: m[2] === "*" ? "*" : m[2].split(",") };
}

/**
 * Told each change heard, and "everything" whenever changes may have been missed (the
 * connection came up, dropped or came back): then all that was kept must be dropped.
 */
export type RecordChangeListener = (change: RecordChange | "everything") => void;

export interface RecordChanges {
  /** Moves on every change heard, and whenever the connection drops or comes back. */
  readonly version: number;
  /** True while notifications are being received. */
  readonly listening: boolean;
  /** Resolves once listening (or after the first failed attempt). */
  readonly ready: Promise<void>;
  /** Calls `listener` on every change from now on; returns the function that stops it. */
  subscribe(listener: RecordChangeListener): () => void;
  close(): Promise<void>;
}

export function listenForRecordChanges(url: string, opts: { retryMs?: number } = {}): RecordChanges {
  let version = 0;
  let listening = false;
  let closed = false;
  let client: pg.Client | null = null;
  const listeners = new Set<RecordChangeListener>();
  const tell = (change: RecordChange | "everything") => {
    for (const l of listeners) l(change);
  };
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => {
    markReady = r;
  });
  const lost = () => {
    listening = false;
    version++;
    client = null;
    tell("everything");
    if (!closed) setTimeout(connect, opts.retryMs ?? 1000).unref();
  };
  async function connect() {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on("notification", (n) => {
      version++;
      tell(parseRecordChange(n.payload) ?? "everything");
    });
    c.on("error", () => {});
    c.on("end", () => {
      if (client === c) lost();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${RECORDS_CHANGED_CHANNEL}`);
      if (closed) {
        await c.end();
        return;
      }
      client = c;
      // What was cached before this connection may have missed a change.
      version++;
      listening = true;
      tell("everything");
    } catch {
      await c.end().catch(() => {});
      lost();
    } finally {
      markReady();
    }
  }
  void connect();
  return {
    get version() {
      return version;
    },
    get listening() {
      return listening;
    },
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listening = false;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

/**
 * Keeps one answer per key while the record has not changed: concurrent callers share one load,
 * and an answer is stored under the counter read before it was loaded, so a change committed
 * during the load makes the next call load again. At most `maxEntries` answers are kept, the
 * least recently used going first: a hundred holds the reads that many requests share (the menus,
 * the totals, the first pages), while a stream of different requests, each read once, cannot make
 * the server hold hundreds of answers (a whole answer is kept in front of the framework as well).
 *
 * With `stale`, a read that is slow and only guides the reader (the timeline's menu counts) is
 * answered from its previous answer while the new one loads, once per change, instead of making
 * the first reader after each change wait for it.
 */
export function cacheUntilChange(changes: RecordChanges, maxEntries = 100) {
  interface Entry {
    version: number;
    value: Promise<unknown>;
    loaded: boolean;
    refreshing: boolean;
  }
  const entries = new Map<string, Entry>();
  const store = (key: string, version: number, value: Promise<unknown>): Entry => {
    const entry: Entry = { version, value, loaded: false, refreshing: false };
    value.then(
      () => {
        entry.loaded = true;
      },
      () => {
        if (entries.get(key) === entry) entries.delete(key);
      },
    );
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return entry;
  };
  return function cached<T>(key: string, load: () => Promise<T>, opts: { stale?: boolean } = {}): Promise<T> {
    if (!changes.listening) return load();
    const at = changes.version;
    const hit = entries.get(key);
    if (hit && hit.version === at) {
      // Most recently used last, so the oldest is the first to go.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    if (opts.stale && hit?.loaded) {
      if (!hit.refreshing) {
        hit.refreshing = true;
        const fresh = load();
        fresh.then(
          () => {
            if (entries.get(key) === hit) store(key, at, fresh).loaded = true;
          },
          () => {
            hit.refreshing = false;
          },
        );
      }
      return hit.value as Promise<T>;
    }
    return store(key, at, load()).value as Promise<T>;
  };
}

export type RecordCache = ReturnType<typeof cacheUntilChange>;

/** Each client's cache, found by every bundle the client is used from (see process-wide.ts). */
const caches = processWide("recordCaches", () => new WeakMap<object, RecordCache>());

/** Gives a database client a cache kept until the record changes (a long-running server's client). */
export function attachRecordCache(db: object, cache: RecordCache): void {
  caches.set(db, cache);
}

/** The client's cache, or none (tests, scripts): then every read goes to the database. */
export function recordCacheFor(db: object): RecordCache | undefined {
  return caches.get(db);
}
