/**
 * `tsx scripts/bench.ts [--passes N] [--against <folder>]`: the extractor's speed on every labelled set, in ms per
 * 10 KB, as the median of N timed passes over all documents after two warm-up passes. With `--against`, a second
 * copy of the extractor (a folder holding an older `extract.ts`) is timed too, each pass of either copy in a process of
 * its own, the two alternating, so that a loaded machine slows both alike (two copies in one process do not run alike:
 * the same rules timed against a copy of themselves were 45% apart). Then the slowest documents, each timed alone, as
 * written and in two shapes real input takes: all on one line (a text whose line breaks were lost), and with its
 * paragraphs apart by a long run of blanks (what the boilerplate filter leaves where it removed a page's furniture). A
 * regular expression that backtracks on one text shows there before it moves the median. Run it under
 * `node --cpu-prof` for a profile.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FIXTURES_DIR, HELD_OUT_DIR, type LoadedDocument, loadLabelledSet } from "../src/evaluation/labelled-set";
import type { extract as extractType } from "../src/extract";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const passes = Number(option("--passes") ?? 9);
const against = option("--against") === undefined ? undefined : resolve(option("--against")!);
/** Set in the process that times one copy for `--against`: the folder of that copy's `extract.ts`. */
const only = option("--only") === undefined ? undefined : resolve(option("--only")!);
const script = fileURLToPath(import.meta.url);
/** The folder of the extractor this checkout holds. */
const CURRENT = resolve(dirname(script), "../src");

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

type Extract = typeof extractType;

/** The extractor of a folder, imported only when timed: a process that times one copy loads no other. */
async function extractorIn(folder: string): Promise<Extract> {
  return ((await import(pathToFileURL(join(folder, "extract.ts")).href)) as { extract: Extract }).extract;
}
interface Timings {
  /** Wall time per 10 KB of each timed pass, ms. */
  wall: number[];
  /** This process's CPU time per 10 KB of each timed pass, ms: on a loaded machine the wall time counts the waits for a core, the CPU time less so. */
  cpu: number[];
}

/** `passes` timed passes of one extractor over every document, after two warm-up passes. */
function timePasses(run: Extract, count: number): Timings {
  for (let i = 0; i < 2; i++) for (const r of runs) run(r.text, r.opts);
  const timings: Timings = { wall: [], cpu: [] };
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const r of runs) run(r.text, r.opts);
    const cpu = process.cpuUsage(cpu0);
    timings.wall.push(((performance.now() - t0) / totalChars) * 10_240);
    timings.cpu.push(((cpu.user + cpu.system) / 1000 / totalChars) * 10_240);
  }
  return timings;
}

/** One timed pass of a copy, in a process of its own. */
function passInItsOwnProcess(folder: string): Timings {
  const out = execFileSync(process.execPath, ["--import", "tsx", script, "--passes", "1", "--only", folder], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Timings;
}

if (only) {
  console.log(JSON.stringify(timePasses(await extractorIn(only), passes)));
  process.exit(0);
}

const results = new Map<string, Timings>();
if (against) {
  for (const folder of [CURRENT, against]) results.set(folder, { wall: [], cpu: [] });
  for (let i = 0; i < passes; i++) {
    // Alternate the order so neither copy always runs second.
    for (const folder of i % 2 === 0 ? [CURRENT, against] : [against, CURRENT]) {
      const t = passInItsOwnProcess(folder);
      results.get(folder)!.wall.push(...t.wall);
      results.get(folder)!.cpu.push(...t.cpu);
    }
  }
}
const extract = await extractorIn(CURRENT);
if (!against) results.set(CURRENT, timePasses(extract, passes));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${runs.length} documents, ${(totalChars / 1024).toFixed(1)} KB, ${passes} timed passes`);
const line = (xs: number[]) => `median ${median(xs).toFixed(1)} (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
for (const [folder, t] of results)
  console.log(`${folder === CURRENT ? "current" : folder}: wall ${line(t.wall)}, CPU ${line(t.cpu)} ms per 10 KB`);

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
