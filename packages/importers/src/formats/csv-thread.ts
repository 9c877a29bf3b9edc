/**
 * A CSV's records parsed on a worker thread (csv-parse-thread.mjs): the check of a large CSV maps
 * and validates each row on the main thread while csv-parse reads the next ones on the second
 * core, instead of doing both on one core while the other idles. The records, their lines and a
 * malformed file's error are csv-parse's own, in the same order, so the rows and refusals do not
 * change. Nothing is written meanwhile: this is the check, before any write.
 *
 * A thread that cannot start or stops mid-file (out of memory, say) is replaced by csv-parse on
 * the main thread, which skips the records the thread has given already: the rows are the same,
 * only read slower.
 */
import { createReadStream } from "node:fs";
import { type ResourceLimits, Worker } from "node:worker_threads";
import { type Options, parse } from "csv-parse";

/**
 * The thread's file, beside this one. Named through a constant so that an app's bundler leaves it
 * alone: bundled, the file is not found beside the bundle, and the main thread parses instead.
 */
const THREAD_FILE = "./csv-parse-thread.mjs";

/**
 * The thread holds a few batches of records at a time: a small heap keeps the import's peak memory
 * where it was (a default one added some 50 MB). A row too large for it stops the thread, and the
 * main thread parses on.
 */
const THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };

export interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

type FromThread =
  | { text: string; fieldEnds: Uint32Array; recordEnds: Uint32Array; lines: Uint32Array }
  | { end: true }
  | { error: { message: string; lines?: number } };

/** csv-parse's error, as the main thread's parser would throw it (its message and line). */
class CsvParseError extends Error {
  constructor(
    message: string,
    readonly lines?: number,
  ) {
    super(message);
  }
}

/** The records parsed on the main thread, after the first `skip`. */
async function* onMainThread(file: string, options: Options, skip: number): AsyncIterable<ParsedRecord> {
  let n = 0;
  for await (const rec of createReadStream(file).pipe(parse({ ...options, info: true })) as AsyncIterable<ParsedRecord>) {
    if (n++ >= skip) yield rec;
  }
}

export interface ParseThreadOptions {
  /** Limits of the thread's memory (default THREAD_LIMITS). */
  resourceLimits?: ResourceLimits;
  /** Told when the thread stopped before the end and the main thread took over after `given` records. */
  onFallback?: (reason: string, given: number) => void;
}

export async function* parsedInThread(file: string, options: Options, opts: ParseThreadOptions = {}): AsyncIterable<ParsedRecord> {
  const queue: FromThread[] = [];
  let stopped: string | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  let worker: Worker;
  // Batches taken, counted where the thread sees them without a message.
  const taken = new Int32Array(new SharedArrayBuffer(4));
  try {
    worker = new Worker(new URL(THREAD_FILE, import.meta.url), {
      workerData: { file, options: { ...options, info: true }, taken: taken.buffer },
      resourceLimits: opts.resourceLimits ?? THREAD_LIMITS,
    });
  } catch (e) {
    opts.onFallback?.(e instanceof Error ? e.message : String(e), 0);
    yield* onMainThread(file, options, 0);
    return;
  }
  worker.on("message", (m: FromThread) => {
    queue.push(m);
    notify();
  });
  worker.on("error", (e) => {
    stopped ??= e.message;
    notify();
  });
  worker.on("exit", (code) => {
    stopped ??= `exited with ${code}`;
    notify();
  });
  let given = 0;
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        // Messages sent before the thread stopped are taken first.
        if (stopped !== null) {
          opts.onFallback?.(stopped, given);
          yield* onMainThread(file, options, given);
          return;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      if ("end" in m) return;
      if ("error" in m) throw new CsvParseError(m.error.message, m.error.lines);
      Atomics.add(taken, 0, 1);
      Atomics.notify(taken, 0);
      let field = 0;
      let start = 0;
      for (let i = 0; i < m.lines.length; i++) {
        const record: string[] = [];
        for (const last = m.recordEnds[i]!; field < last; field++) {
          const end = m.fieldEnds[field]!;
          record.push(m.text.slice(start, end));
          start = end;
        }
        given++;
        yield { record, info: { lines: m.lines[i]! } };
      }
    }
  } finally {
    await worker.terminate();
  }
}
