/**
 * Writes a synthetic events CSV for measuring imports:
 *   tsx packages/importers/scripts/synthetic-csv.ts <file> [rows=100000]
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const [file, n = "100000"] = process.argv.slice(2);
if (!file) throw new Error("Usage: synthetic-csv <file> [rows]");
const out = createWriteStream(file);
const types = ["meeting", "visit", "summit", "phone_call", "dialogue_round"];
out.write("key,type,date,title,summary,parties,city,country\n");
for (let i = 0; i < Number(n); i++) {
  const day = new Date(Date.UTC(1990, 0, 1) + (i % 12000) * 86_400_000).toISOString().slice(0, 10);
  const line = `syn-${i},${types[i % types.length]},${day},Synthetic event ${i},"Generated row ${i}, for load measurements.",KR;CA,Ottawa,CA\n`;
  if (!out.write(line)) await once(out, "drain");
}
out.end();
await once(out, "finish");
