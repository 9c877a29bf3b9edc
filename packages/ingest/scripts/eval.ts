/** `npm run eval:ingest`: runs the labelled set and prints precision and recall per field and the time per 10 KB. */
import { loadLabelledSet } from "../src/evaluation/labelled-set";
import { evaluate, FIELDS, precision, recall } from "../src/evaluation/score-labelled-set";

const verbose = process.argv.includes("--verbose");
const { documents, known } = loadLabelledSet();
const report = evaluate(documents, known, 5);
const pct = (n: number) => `${(n * 100).toFixed(1).padStart(5)}%`;

console.log(`Labelled set: ${report.documents} documents, ${(report.totalChars / 1024).toFixed(1)} KB${report.unavailable.length ? ` (unavailable: ${report.unavailable.join(", ")})` : ""}`);
console.log("field         precision  recall   expected  predicted");
for (const f of FIELDS) {
  const s = report.fields[f];
  console.log(`${f.padEnd(13)} ${pct(precision(s))}    ${pct(recall(s))}   ${String(s.expected).padStart(5)}     ${String(s.predicted).padStart(5)}`);
}
console.log(`Korea-Canada records from other pairs: ${report.forbiddenPairRecords.length}`);
console.log(`Suggestions from removed boilerplate: ${report.fromBoilerplate.length}`);
console.log(`Speed: ${report.msPer10Kb.toFixed(2)} ms per 10 KB`);
if (verbose) {
  for (const f of FIELDS) {
    const s = report.fields[f];
    for (const m of s.misses) console.log(`  MISS  ${f}: ${m}`);
    for (const e of s.extras) console.log(`  EXTRA ${f}: ${e}`);
  }
  for (const r of report.forbiddenPairRecords) console.log(`  FORBIDDEN ${r}`);
  for (const r of report.fromBoilerplate) console.log(`  FROM-BOILERPLATE ${r}`);
}
