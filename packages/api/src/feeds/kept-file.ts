/**
 * A download too large to keep in memory, kept as a file while the record does not change: the
 * first reader's answer is written to disk as it is sent, and once it is whole (and nothing was
 * written to the record meanwhile) later readers of the same day are sent the file. Whatever was
 * kept is passed over the moment the change counter moves, and nothing is kept while changes
 * cannot be heard, exactly as the record's other caches do.
 */
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, rmSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { processFolder, type RecordChanges } from "@ties/db";

export interface KeptFile {
  /** What the writer returned when it finished (the open dataset's version), if anything. */
  version: string | undefined;
  /** A strong validator: a hash of the file's bytes. */
  etag: string;
  bytes: number;
  /** The file's contents; the file stays readable even if a newer one replaces it meanwhile. */
  body: ReadableStream<Uint8Array>;
}

interface Entry {
  key: string;
  path: string;
  version: string | undefined;
  etag: string;
  bytes: number;
}

export function keptFiles(changes: Pick<RecordChanges, "version" | "listening">, opts: { name: string; dir?: string }) {
  let kept: Entry | null = null;
  let writing = false;
  let dir: Promise<string> | null = null;
  const folder = () => {
    dir ??= opts.dir ? Promise.resolve(opts.dir) : processFolderRemovedOnExit(opts.name);
    return dir;
  };
  const keyFor = (day: string) => (changes.listening ? `${changes.version} ${day}` : null);

  return {
    /** The file kept for `day` and the record as it is now, if there is one. */
    async current(day: string): Promise<KeptFile | null> {
      const entry = kept;
      if (!entry || entry.key !== keyFor(day)) return null;
      const handle = await open(entry.path).catch(() => null);
      if (!handle) return null;
      const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
      return { version: entry.version, etag: entry.etag, bytes: entry.bytes, body };
    },

    /**
     * Passes the writer's pieces through, and writes them to a file kept for `day` when they are
     * whole. Only one such file is written at a time; a reader who stops early leaves none.
     */
    async *keep<R extends string | undefined>(day: string, pieces: AsyncGenerator<string, R>): AsyncGenerator<string, R> {
      const key = keyFor(day);
      if (!key || writing) return yield* pieces;
      writing = true;
      const partial = join(await folder(), `partial-${process.pid}-${Date.now()}`);
      const out = createWriteStream(partial);
      const hash = createHash("sha256");
      let bytes = 0;
      let finished = false;
      try {
        for (let next = await pieces.next(); ; next = await pieces.next()) {
          if (next.done) {
            out.end();
            await once(out, "close");
            finished = true;
            const etag = `"${hash.digest("base64url").slice(0, 22)}"`;
            if (keyFor(day) === key) await replaceKept({ key, path: partial, version: next.value, etag, bytes });
            return next.value;
          }
          bytes += Buffer.byteLength(next.value);
          hash.update(next.value);
          if (!out.write(next.value)) await once(out, "drain");
          yield next.value;
        }
      } finally {
        writing = false;
        if (!finished) {
          // A stream destroyed before its file was opened still creates it: wait until it is closed before removing it.
          out.destroy();
          if (!out.closed) await once(out, "close");
          await pieces.return?.(undefined as R);
        }
        if (kept?.path !== partial) await rm(partial, { force: true });
      }
    },
  };

  async function replaceKept(entry: Entry) {
    const path = join(await folder(), `${opts.name}-${entry.key.replace(/\W+/g, "-")}`);
    await rename(entry.path, path);
    const before = kept;
    kept = { ...entry, path };
    if (before && before.path !== path) await rm(before.path, { force: true });
  }
}

export type KeptFiles = ReturnType<typeof keptFiles>;

/** The process's folder for kept files, removed when it exits (SIGTERM exits through `process.exit`). */
async function processFolderRemovedOnExit(name: string): Promise<string> {
  const dir = await processFolder(`ties-${name}-`);
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
