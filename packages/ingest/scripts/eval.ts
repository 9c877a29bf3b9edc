/**
 * `npm run eval:ingest`: runs the five labelled sets and all together, and prints precision and recall per field,
 * the checks that nothing comes from removed text and no annotated content was removed, and the time per 10 KB.
 * What each set's figures can be trusted for: the development set, the held-out set and the second and third
 * unseen sets have all had rules tuned on their misses since their first measurement, so their figures now show
 * only that nothing regressed. The fourth unseen set's first measurement (before any rule saw it) is the last
 * honest one; it too is tuned on from then on, and honest figures need a new set annotated before the extractor
 * runs on it.
 * `--verbose` lists misses and extras; `--set dev|held-out|unseen-2|unseen-3|unseen-4|all` limits the listing to one set.
 */
import { HELD_OUT_DIR, loadLabelledSet, UNSEEN_2_DIR, UNSEEN_3_DIR, UNSEEN_4_DIR } from "../src/evaluation/labelled-set";
import { type EvaluationReport, evaluate, FIELDS, precision, recall } from "../src/evaluation/score-labelled-set";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--set") ? args[args.indexOf("--set") + 1] : undefined;
const pct = (n: number) => `${(n * 100).toFixed(1).padStart(5)}%`;

const dev = loadLabelledSet();
const heldOut = loadLabelledSet(HELD_OUT_DIR);
const unseen2 = loadLabelledSet(UNSEEN_2_DIR);
const unseen3 = loadLabelledSet(UNSEEN_3_DIR);
const unseen4 = loadLabelledSet(UNSEEN_4_DIR);
const sets = [
  { name: "dev", title: "Development set (rules tuned on it)", documents: dev.documents, known: dev.known },
  { name: "held-out", title: "Held-out set (tuned on since its first measurement)", documents: heldOut.documents, known: heldOut.known },
  { name: "unseen-2", title: "Second unseen set (other publishers, French; tuned on since)", documents: unseen2.documents, known: unseen2.known },
  { name: "unseen-3", title: "Third unseen set (features, summit wires, provinces, newsletters, Hansard, timelines; tuned on since)", documents: unseen3.documents, known: unseen3.known },
  { name: "unseen-4", title: "Fourth unseen set (web video embeds, Q&A, backgrounder, policy brief, joint release, other pair; tuned on since its first, honest, measurement)", documents: unseen4.documents, known: unseen4.known },
  { name: "all", title: "Combined", documents: [...dev.documents, ...heldOut.documents, ...unseen2.documents, ...unseen3.documents, ...unseen4.documents], known: dev.known },
];

function print(title: string, report: EvaluationReport) {
  console.log(`\n== ${title}: ${report.documents} documents, ${(report.totalChars / 1024).toFixed(1)} KB${report.unavailable.length ? ` (unavailable: ${report.unavailable.join(", ")})` : ""}`);
  console.log("field         precision  recall   expected  predicted");
  for (const f of FIELDS) {
    const s = report.fields[f];
    console.log(`${f.padEnd(13)} ${pct(precision(s))}    ${pct(recall(s))}   ${String(s.expected).padStart(5)}     ${String(s.predicted).padStart(5)}`);
  }
  console.log(`Korea-Canada records from other pairs: ${report.forbiddenPairRecords.length}`);
  console.log(`Suggestions from removed boilerplate: ${report.fromBoilerplate.length}`);
  console.log(`Annotated content removed as boilerplate: ${report.contentRemoved.length}`);
  console.log(`Speed: ${report.msPer10Kb.toFixed(2)} ms per 10 KB`);
}

function printDetails(report: EvaluationReport) {
  for (const f of FIELDS) {
    const s = report.fields[f];
    for (const m of s.misses) console.log(`  MISS  ${f}: ${m}`);
    for (const e of s.extras) console.log(`  EXTRA ${f}: ${e}`);
  }
  for (const r of report.forbiddenPairRecords) console.log(`  FORBIDDEN ${r}`);
  for (const r of report.fromBoilerplate) console.log(`  FROM-BOILERPLATE ${r}`);
  for (const r of report.contentRemoved) console.log(`  CONTENT-REMOVED ${r}`);
}

for (const set of sets) {
  const report = evaluate(set.documents, set.known, 5);
  print(set.title, report);
  if (verbose && (only === undefined ? set.name !== "all" : only === set.name)) printDetails(report);
}
