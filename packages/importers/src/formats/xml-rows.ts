/**
 * Streams the record elements of an XML file (`<visit>`, `<trip>`) as plain objects, one at a
 * time, with the line and column where each starts. Reads with saxes, a maintained streaming
 * parser, so memory stays flat however large the file; a malformed file fails with the parser's
 * line, column and reason.
 */
import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";
import { ImportFileError, type SourceRow } from "../import-plan";

/** A record element: its attributes, and each child element's text and attributes. */
export interface XmlRecord {
  attrs: Record<string, string>;
  fields: Record<string, { text: string; attrs: Record<string, string> }>;
}

export async function* xmlRecords(file: string, recordTag: string): AsyncIterable<SourceRow<XmlRecord>> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: SourceRow<XmlRecord>[] = [];
  let current: { rec: XmlRecord; line: number; column: number } | null = null;
  let field: { name: string; text: string; attrs: Record<string, string> } | null = null;
  let failure: ImportFileError | null = null;

  parser.on("error", (e) => {
    failure ??= new ImportFileError({ file, line: parser.line, column: parser.column, reason: e.message.replace(/^[^:]*:\d+:\d+: /, "") });
  });
  parser.on("opentag", (tag) => {
    const attrs = Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)]));
    if (tag.name === recordTag) current = { rec: { attrs, fields: {} }, line: parser.line, column: parser.column };
    else if (current && !field) field = { name: tag.name, text: "", attrs };
  });
  parser.on("text", (t) => {
    if (field) field.text += t;
  });
  parser.on("closetag", (tag) => {
    if (field && tag.name === field.name) {
      current!.rec.fields[field.name] = { text: field.text.replace(/\s+/g, " ").trim(), attrs: field.attrs };
      field = null;
    } else if (current && tag.name === recordTag) {
      ready.push({ value: current.rec, line: current.line, column: current.column });
      current = null;
    }
  });

  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
    parser.write(chunk as string);
    if (failure) throw failure;
    while (ready.length) yield ready.shift()!;
  }
  parser.close();
  if (failure) throw failure;
  while (ready.length) yield ready.shift()!;
}
