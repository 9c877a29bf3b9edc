/**
 * `tsx scripts/bench.ts [--passes N] [--against <folder>]`: the extractor's speed on every labelled set, in ms per
 * 10 KB, as the median of N timed passes over all documents after two warm-up passes. With `--against`, a second
 * copy of the extractor (a folder holding an older `extract.ts`) is timed in the same process, passes alternating
 * between the two, so that a loaded machine slows both alike. Then the slowest documents, each timed alone, as written
 * and in two shapes real input takes: all on one line (a text whose line breaks were lost), and with its paragraphs
 * apart by a long run of blanks (what the boilerplate filter leaves where it removed a page's furniture). A regular
 * expression that backtracks on one text shows there before it moves the median. Run it under `node --cpu-prof` for a
 * profile.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { FIXTURES_DIR, HELD_OUT_DIR, type LoadedDocument, loadLabelledSet } from "../src/evaluation/labelled-set";
import { extract } from "../src/extract";

const args = process.argv.slice(2);
const passes = args.includes("--passes") ? Number(args[args.indexOf("--passes") + 1]) : 9;
const against = args.includes("--against") ? resolve(args[args.indexOf("--against") + 1]!) : undefined;

const dev = loadLabelledSet();
const unseen = readdirSync(FIXTURES_DIR)
  .filter((d) => /^unseen-\d+$/.test(d))
  .sort();
const documents: LoadedDocument[] = [
  ...dev.documents,
  ...loadLabelledSet(HELD_OUT_DIR).documents,
  ...unseen.flatMap((d) => loadLabelledSet(join(FIXTURES_DIR, d)).documents),
];
const runs = documents.flatMap(({ doc, text }) =>
  text === null
    ? []
    : [
        {
          id: doc.id,
          text,
          opts: { published: doc.published, lang: doc.lang, publisher: doc.publisher, pair: doc.pair, known: dev.known },
        },
      ],
);
const totalChars = runs.reduce((n, r) => n + r.text.length, 0);

type Extract = typeof extract;
const candidates: Array<{ name: string; run: Extract }> = [{ name: "current", run: extract }];
if (against) {
  const older = (await import(pathToFileURL(join(against, "extract.ts")).href)) as { extract: Extract };
  candidates.push({ name: against, run: older.extract });
}

// Wall time and this process's CPU time: on a loaded machine the wall time counts the waits for a core, the CPU time less so.
const timings = new Map<string, number[]>(candidates.map((c) => [c.name, []]));
const cpuTimings = new Map<string, number[]>(candidates.map((c) => [c.name, []]));
for (const c of candidates) for (let i = 0; i < 2; i++) for (const r of runs) c.run(r.text, r.opts);
for (let i = 0; i < passes; i++) {
  // Alternate the order so neither copy always runs second.
  const order = i % 2 === 0 ? candidates : [...candidates].reverse();
  for (const c of order) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const r of runs) c.run(r.text, r.opts);
    const cpu = process.cpuUsage(cpu0);
    timings.get(c.name)!.push(((performance.now() - t0) / totalChars) * 10_240);
    cpuTimings.get(c.name)!.push(((cpu.user + cpu.system) / 1000 / totalChars) * 10_240);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${runs.length} documents, ${(totalChars / 1024).toFixed(1)} KB, ${passes} timed passes`);
const line = (xs: number[]) => `median ${median(xs).toFixed(1)} (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
for (const c of candidates) console.log(`${c.name}: wall ${line(timings.get(c.name)!)}, CPU ${line(cpuTimings.get(c.name)!)} ms per 10 KB`);

/** The shapes each document is also timed in, alone. */
const SHAPES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["as written", (text) => text],
  ["on one line", (text) => text.replace(/\n+/g, " ")],
  ["paragraphs apart by 1,500 blanks", (text) => text.replace(/\n\n/g, `\n${" ".repeat(1500)}\n`)],
];
for (const [shape, reshape] of SHAPES) {
  // Each document alone, best of three runs, the slowest five by their size as written.
  const alone = runs.map((r) => {
    const text = reshape(r.text);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      extract(text, r.opts);
      best = Math.min(best, performance.now() - t0);
    }
    return { id: r.id, ms: best, per10Kb: (best / r.text.length) * 10_240 };
  });
  console.log(`slowest documents ${shape}, each alone:`);
  for (const d of alone.sort((a, b) => b.per10Kb - a.per10Kb).slice(0, 5))
    console.log(`  ${d.per10Kb.toFixed(1)} ms per 10 KB (${d.ms.toFixed(1)} ms) ${d.id}`);
}
