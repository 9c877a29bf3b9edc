/**
 * CSV read with csv-parse (streaming, constant memory): a header row is required and must name
 * the kind's required columns and no unknown one; each record keeps the line it starts on. The
 * parser gives each record as an array (named here, by the header row): its own objects, one
 * property defined at a time, cost more than the parse itself.
 */
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { ImportFileError, type SourceRow } from "../import-plan";

export type CsvRow = Record<string, string>;

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

export async function* csvRows(file: string, columns: CsvColumns): AsyncIterable<SourceRow<CsvRow>> {
  const known = new Set([...columns.required, ...columns.optional]);
  const parser = parse({ bom: true, trim: true, skip_empty_lines: true });
  // Each record with the lines read when csv-parse gives it (the `lines` its `info` option
  // reports): the parser hands each record to `push` as it ends it. The `info` option itself
  // builds an object per record from the parser's whole state, some 40% of the parse.
  const push = parser.push.bind(parser);
  parser.push = (record: unknown) => push(record === null ? null : { record, lines: parser.info.lines });
  createReadStream(file).pipe(parser);
  let header: string[] | null = null;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; lines: number }>) {
      if (!header) {
        header = rec.record.map((c) => c.trim().toLowerCase());
        const missing = columns.required.filter((c) => !header!.includes(c));
        if (missing.length)
          throw new ImportFileError({ file, line: 1, reason: `The header row lacks the column(s) ${missing.join(", ")}` });
        const unknown = header.filter((c) => !known.has(c));
        if (unknown.length) throw new ImportFileError({ file, line: 1, reason: `Unknown column(s) ${unknown.join(", ")}` });
        continue;
      }
      const { record, lines } = rec;
      // csv-parse refuses a record whose field count differs from the header's (the first record's).
      const value: CsvRow = {};
      for (let i = 0; i < header.length; i++) value[header[i]!] = record[i]!;
      yield { value, line: lines };
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
