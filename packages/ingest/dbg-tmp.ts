import { readFileSync } from "node:fs";
import { extract } from "/work/wt-13/packages/ingest/src/extract";
const D = "/work/wt-13/packages/ingest/test/fixtures/";
const field = process.argv[2]!;
for (const id of process.argv.slice(3)) {
  const doc = JSON.parse(readFileSync(`${D}${id}.json`, "utf8"));
  const dir = id.split("/")[0];
  const text = readFileSync(`${D}${dir}/${doc.source.file}`, "utf8");
  const x = extract(text, { published: doc.published, lang: doc.lang, publisher: doc.publisher, pair: doc.pair }) as any;
  console.log("##", id);
  for (const e of x[field]) {
    const { start, end, text: t, ...rest } = e;
    console.log(JSON.stringify({ ...rest, text: t.slice(0, 140) }));
  }
}
