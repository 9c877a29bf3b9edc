/** Timing a benchmark case: warm once, then run until `runs` times or the budget is spent (at least 5 runs). */
import { performance } from "node:perf_hooks";

export const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/** The run times in milliseconds, sorted ascending. */
export async function timed(run: () => Promise<unknown>, runs: number, budgetMs: number): Promise<number[]> {
  await run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs && (times.length < 5 || performance.now() - started < budgetMs)) {
    const s = performance.now();
    await run();
    times.push(performance.now() - s);
  }
  return times.sort((a, b) => a - b);
}
