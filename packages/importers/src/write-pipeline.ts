/**
 * Writes the rows' batches several at a time (two by default), each on a connection of its own,
 * so that the database works on two or more batches (processes, cores) while the importer reads
 * and builds the next one. Batches commit in the files' order: a batch commits only once the one
 * before it has, so the run's checkpoint (rows done, advanced in each batch's transaction) always
 * counts a prefix of the files, and a resumed run skips exactly the committed batches.
 *
 * A batch written alongside the ones before it must never wait for a lock one of them holds while
 * that one waits for it to commit: PostgreSQL would not see that deadlock, half of it being
 * here. So a batch sharing a key, a record or an event slug with any batch still in flight is
 * written after the batch before it (and so after every earlier one); a batch of published events writes its event rows after the one before it has written
 * its own (the activity summary's rows, which count published events only, are locked in that
 * order); its checkpoint is taken only once the batch before it has committed; and a lock waited
 * for too long fails the batch's first try.
 *
 * A batch whose first try fails, or which needs the audited per-record path (it updates records),
 * is rolled back and written again alone once the batches before it have committed and the batch
 * after it has stepped back: that one rolls back too and is written again after it.
 */
import type { BulkCounts } from "@ties/db";
import type { CopyWriter, PreparedBatch, PrepareOrder } from "./copy-writer";
import type { PlannedRecord } from "./import-plan";

export interface PipelineBatch {
  records: PlannedRecord[];
  /** Rows of the files the batch holds (the checkpoint's step). */
  rows: number;
}

export interface WritePipeline {
  /** Starts writing a batch; answers once it may be given the next one. */
  submit(batch: PipelineBatch): Promise<void>;
  /** Waits for every batch to commit; the first failure, if any, is thrown. */
  finish(): Promise<void>;
}

export interface PipelineOptions {
  /** One writer per batch in flight; none (no COPY) writes every batch alone. */
  writers: CopyWriter[];
  /** A batch's first try: written in a transaction left open, or null for the audited path. */
  prepare: (writer: CopyWriter, batch: PipelineBatch, order: PrepareOrder) => Promise<PreparedBatch | null>;
  /** Writes a batch alone, every batch before it committed (COPY where it can, else audited). */
  alone: (writer: CopyWriter | null, batch: PipelineBatch) => Promise<BulkCounts>;
  /** A batch committed, in order. */
  committed: (counts: BulkCounts, batch: PipelineBatch) => void;
  /** A first try waiting this long for a lock gives up (it is then written alone). */
  lockTimeoutMs?: number;
}

interface Flight {
  writer: CopyWriter | null;
  /** Record keys, ids and event slugs: a batch sharing one with this one is written after it. */
  keys: Set<string>;
  /** Whether the first try committed (false: it stepped back, and is written again alone). */
  firstTry: Deferred<boolean>;
  /** The batch holds no transaction the batch before it could wait for (its first try is over). */
  clear: Deferred<void>;
  /** The event rows of the first try are written (or the first try stopped before them). */
  events: Deferred<void>;
  /** The batch committed (or failed for good). */
  done: Deferred<void>;
  /** Set once the batch is written alone: the next batch then starts only after it. */
  alone: boolean;
  /** Set once the batch has committed or failed: it holds no lock any more. */
  settled: boolean;
  prev: Flight | null;
  next: Flight | null;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function keysOf(records: readonly PlannedRecord[]): Set<string> {
  const keys = new Set<string>();
  for (const r of records) {
    keys.add(`key\u0000${r.dataset}\u0000${r.externalId}`);
    keys.add(`id\u0000${r.kind}\u0000${r.id}`);
    const slug = (r.input as { slug?: unknown }).slug;
    if (typeof slug === "string") keys.add(`slug\u0000${r.kind}\u0000${slug}`);
  }
  return keys;
}

export function writePipeline(opts: PipelineOptions): WritePipeline {
  const writers = opts.writers.length ? opts.writers : [null];
  const lastOn = new Map<CopyWriter | null, Flight>();
  let tail: Flight | null = null;
  let turn = 0;
  /** The first failure for good: later batches roll back, and it is thrown. */
  const failures: unknown[] = [];
  const all: Promise<void>[] = [];

  /** Whether the batch shares a key, a record or a slug with a batch before it still in flight. */
  function clashes(flight: Flight): boolean {
    for (let p = flight.prev; p && !p.settled; p = p.prev) for (const k of flight.keys) if (p.keys.has(k)) return true;
    return false;
  }

  async function run(flight: Flight, prev: Flight | null, batch: PipelineBatch): Promise<void> {
    const together = !!prev && !prev.alone && !!flight.writer && !clashes(flight);
    let first = false;
    try {
      if (!together) {
        flight.clear.resolve();
        if (prev) await prev.done.promise;
      }
      let prepared: PreparedBatch | null = null;
      if (flight.writer) {
        try {
          prepared = await opts.prepare(flight.writer, batch, {
            eventsAfter: together ? prev?.events.promise : undefined,
            eventsWritten: () => flight.events.resolve(),
            lockTimeoutMs: together ? opts.lockTimeoutMs : undefined,
          });
        } catch (e) {
          // Alone, the batch fails for good; alongside another, it is written again alone.
          if (!together) throw e;
        }
      }
      flight.events.resolve();
      if (prepared) {
        if (!together || (await prev?.firstTry.promise)) {
          await prepared.commit();
          first = true;
          opts.committed(prepared.counts, batch);
          return;
        }
        await prepared.rollback();
      }
    } finally {
      flight.events.resolve();
      flight.firstTry.resolve(first);
      flight.clear.resolve();
    }
    // Written again alone: after the batch before it, and after the batch after it stepped back.
    flight.alone = true;
    if (prev) await prev.done.promise;
    await flight.next?.clear.promise;
    opts.committed(await opts.alone(flight.writer, batch), batch);
  }

  return {
    async submit(batch) {
      if (failures.length) throw failures[0];
      const writer = writers[turn++ % writers.length]!;
      // One batch in flight per writer: the one before on this writer is done first.
      await lastOn.get(writer)?.done.promise.catch(() => undefined);
      if (failures.length) throw failures[0];
      const flight: Flight = {
        writer,
        keys: keysOf(batch.records),
        firstTry: deferred(),
        clear: deferred(),
        events: deferred(),
        done: deferred(),
        alone: false,
        settled: false,
        prev: tail,
        next: null,
      };
      const prev = tail;
      if (prev) prev.next = flight;
      tail = flight;
      lastOn.set(writer, flight);
      // A failure is seen by the next submit or by finish, not left unhandled meanwhile.
      flight.done.promise.catch(() => undefined);
      run(flight, prev, batch).then(
        () => {
          flight.settled = true;
          // Only batches in flight are compared with the next ones: the chain ends here.
          flight.prev = null;
          flight.done.resolve();
        },
        (e) => {
          flight.settled = true;
          flight.prev = null;
          failures.push(e);
          flight.done.reject(e);
        },
      );
      all.push(flight.done.promise);
    },
    async finish() {
      await Promise.allSettled(all);
      if (failures.length) throw failures[0];
    },
  };
}
