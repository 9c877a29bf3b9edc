/**
 * The records a checked file maps to, kept on disk between the check and the write: the check
 * reads, parses, validates and maps every row once, and the write reads its records back from
 * here instead of reading and mapping the file a second time. A record is one line (its kind, id,
 * key and fingerprint as a JSON array, a tab, then its validated input as JSON, the very text its
 * fingerprint is taken of); an empty line ends each row of the file. Written and read 256 kB
 * at a time, so memory stays constant whatever the file's size. The file is removed when the
 * import ends; one left behind by a killed process is removed by the next import.
 */
import { createReadStream } from "node:fs";
import { open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CuratedKind, fingerprintOfJson, processFolder } from "@ties/db";
import type { PlannedRecord } from "./import-plan";

const CHUNK = 1 << 18;

export interface Spool {
  /** The temporary file. */
  readonly path: string;
  /** Keeps a row's records (validated); the row ends with them. A promise when it writes. */
  add(records: readonly PlannedRecord[]): Promise<void> | undefined;
  /** The rows kept, in order, after the first `skip`; each as its records (with their input's JSON and fingerprint). */
  rows(skip?: number): AsyncIterable<PlannedRecord[]>;
  /** Removes the file. */
  remove(): Promise<void>;
}

const PREFIX = "ties-import-spool-";

export async function openSpool(root = tmpdir()): Promise<Spool> {
  const dir = await processFolder(PREFIX, root);
  const path = join(dir, "records");
  const file = await open(path, "w");
  let pending = "";
  let closed = false;

  async function close() {
    if (closed) return;
    closed = true;
    if (pending) await file.write(pending);
    pending = "";
    await file.close();
  }

  return {
    path,
    add(records) {
      for (const r of records) {
        const json = r.json ?? JSON.stringify(r.input);
        const fingerprint = r.fingerprint ?? fingerprintOfJson(json);
        // JSON text holds no raw tab or line end: the line splits at its first tab.
        pending += `${JSON.stringify([r.kind, r.id, r.dataset, r.externalId, fingerprint])}\t${json}\n`;
      }
      pending += "\n";
      if (pending.length < CHUNK) return undefined;
      const text = pending;
      pending = "";
      return file.write(text).then(() => undefined);
    },
    async *rows(skip = 0) {
      await close();
      let rest = "";
      let row: PlannedRecord[] = [];
      let skipped = 0;
      for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: CHUNK })) {
        const lines = (rest + (chunk as string)).split("\n");
        rest = lines.pop()!;
        for (const line of lines) {
          if (line === "") {
            if (skipped < skip) skipped++;
            else yield row;
            row = [];
            continue;
          }
          if (skipped < skip) continue;
          const tab = line.indexOf("\t");
          const [kind, id, dataset, externalId, fingerprint] = JSON.parse(line.slice(0, tab)) as [
            CuratedKind,
            string,
            string,
            string,
            string,
          ];
          const json = line.slice(tab + 1);
          row.push({ kind, id, dataset, externalId, input: JSON.parse(json), json, fingerprint });
        }
      }
    },
    async remove() {
      await close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
