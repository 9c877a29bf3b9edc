/**
 * Intake benchmark: the time from a pasted 10 KB source to its stored suggestions, server-side,
 * through the real tRPC caller (HTML reduction, the known-records snapshot, extraction and the
 * one transaction that writes the source and its suggestions). Starts a throwaway PostgreSQL
 * with the seed record and prints the median and p95 of each stage.
 *   npm run bench:intake -- [runs=20]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createCaller, createContextInner } from "@ties/api";
import { createUserWithPassword } from "@ties/api/server";
import { knownSnapshot } from "@ties/db";
import { repoRoot } from "@ties/db/ops";
import { extract } from "@ties/ingest";
import { withBenchDatabase } from "./bench-database";

const runs = Number(process.argv[2] ?? 20);

/** About 10 KB of release text: the workbench fixtures repeated with their paragraphs renumbered. */
function tenKilobytes(): string {
  const parts = ["new-meeting-en.txt", "known-meeting-en.txt"].map((f) =>
    readFileSync(join(repoRoot, "tests/fixtures/workbench", f), "utf8"),
  );
  let text = "";
  for (let i = 0; text.length < 10_000; i++) text += `${parts[i % parts.length]}\n\n`;
  return text.slice(0, 10_240);
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `${at(0.5).padStart(10)} ${at(0.95).padStart(10)}`;
}

async function main() {
  await withBenchDatabase({ name: "bench-intake", portFrom: 56500 }, async (db) => {
    const id = await createUserWithPassword(db, {
      email: "bench@ties.local",
      name: "Bench",
      password: "a-long-bench-password",
      role: "curator",
    });
    const api = createCaller(
      createContextInner({ db, user: { id, email: "bench@ties.local", name: "Bench", role: "curator" }, surface: "admin" }),
    );
    const text = tenKilobytes();
    const stages: Record<string, number[]> = { "known-records snapshot": [], extraction: [], "source.intake (all of it)": [] };
    for (let i = -2; i < runs; i++) {
      const a = performance.now();
      const known = await knownSnapshot(db, { around: "2025-09-12" });
      const b = performance.now();
      extract(text, { published: "2025-09-12", lang: "en", known });
      const c = performance.now();
      await api.source.intake({
        text,
        title: `Bench source ${i}`,
        publisher: "Global Affairs Canada",
        publishedAt: "2025-09-12",
        language: "en",
      });
      const d = performance.now();
      if (i < 0) continue; // warm-up
      stages["known-records snapshot"]!.push(b - a);
      stages.extraction!.push(c - b);
      stages["source.intake (all of it)"]!.push(d - c);
    }
    console.log(`Intake of a ${(text.length / 1024).toFixed(1)} KB text, ${runs} runs (target: under 300 ms server-side)\n`);
    console.log(`${"stage".padEnd(30)} ${"median ms".padStart(10)} ${"p95 ms".padStart(10)}`);
    for (const [name, times] of Object.entries(stages)) console.log(`${name.padEnd(30)} ${summary(times)}`);
    const suggestions = await db.suggestion.count();
    console.log(`\n${suggestions} suggestions stored over ${runs + 2} intakes`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
