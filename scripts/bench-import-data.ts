/** The synthetic events CSV the import benchmarks read: the same file for the same count. */
import { once } from "node:events";
import { createWriteStream } from "node:fs";

/** Keys, dates and types follow the row number. */
export async function writeSyntheticEvents(file: string, n: number) {
  const out = createWriteStream(file);
  const types = ["meeting", "visit", "summit", "phone_call", "dialogue_round"];
  out.write("key,type,date,title,summary,parties,city,country\n");
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(1990, 0, 1) + (i % 12000) * 86_400_000).toISOString().slice(0, 10);
    const line = `syn-${i},${types[i % types.length]},${day},Synthetic event ${i},"Generated row ${i}, for load measurements.",KR;CA,Ottawa,CA\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
