/**
 * CSV read with csv-parse (streaming, constant memory): a header row is required and must name
 * the kind's required columns and no unknown one; each record keeps the line it starts on. The
 * parser gives each record as an array (named here, by the header row): its own objects, one
 * property defined at a time, cost more than the parse itself.
 */
import { createReadStream, statSync } from "node:fs";
import { type Options, parse } from "csv-parse";
import { ImportFileError, type SourceRow } from "../import-plan";
import { type ParsedRecord, type ParseThreadOptions, parsedInThread } from "./csv-thread";

export type CsvRow = Record<string, string>;

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

/** Files from this size on are parsed on a worker thread (csv-thread.ts): a thread takes some 50 ms to start. */
const THREAD_BYTES = 1 << 20;
const OPTIONS: Options = { bom: true, trim: true, skip_empty_lines: true };

export interface CsvReadOptions {
  /** Parse on a worker thread: by default for files of 1 MB or more. */
  thread?: boolean | ParseThreadOptions;
}

export async function* csvRows(file: string, columns: CsvColumns, opts: CsvReadOptions = {}): AsyncIterable<SourceRow<CsvRow>> {
  const known = new Set([...columns.required, ...columns.optional]);
  const thread = opts.thread ?? statSync(file).size >= THREAD_BYTES;
  const parser: AsyncIterable<ParsedRecord> = thread
    ? parsedInThread(file, OPTIONS, thread === true ? {} : thread)
    : createReadStream(file).pipe(parse({ ...OPTIONS, info: true }));
  let header: string[] | null = null;
  try {
    for await (const rec of parser) {
      if (!header) {
        header = rec.record.map((c) => c.trim().toLowerCase());
        const missing = columns.required.filter((c) => !header!.includes(c));
        if (missing.length)
          throw new ImportFileError({ file, line: 1, reason: `The header row lacks the column(s) ${missing.join(", ")}` });
        const unknown = header.filter((c) => !known.has(c));
        if (unknown.length) throw new ImportFileError({ file, line: 1, reason: `Unknown column(s) ${unknown.join(", ")}` });
        continue;
      }
      const { record, info } = rec;
      // csv-parse refuses a record whose field count differs from the header's (the first record's).
      const value: CsvRow = {};
      for (let i = 0; i < header.length; i++) value[header[i]!] = record[i]!;
      yield { value, line: info.lines };
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    const err = e as { message?: string; lines?: number };
    throw new ImportFileError({ file, line: err.lines, reason: err.message ?? String(e) });
  }
}

/** A list cell: values separated by ';' (or, where `spaces`, also by spaces). */
export const listOf = (v: string | undefined, spaces = false) =>
  (v ?? "")
    .split(spaces ? /[;\s]+/ : ";")
    .map((x) => x.trim())
    .filter(Boolean);
