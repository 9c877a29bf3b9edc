/**
 * The order the write pipeline keeps, whatever the timing: batches commit in the files' order,
 * each once; a batch whose first try fails is written again alone after the one before it has
 * committed, and the batch after it steps back and follows; a batch sharing a key with the one
 * before starts only after it; a failure for good stops every later batch. The writers here only
 * record what they are asked (the database side is `write-pipeline.int.test.ts`).
 */
import type { BulkCounts } from "@ties/db";
import { describe, expect, it } from "vitest";
import type { CopyWriter } from "./copy-writer";
import type { PlannedRecord } from "./import-plan";
import { type PipelineBatch, writePipeline } from "./write-pipeline";

const counts: BulkCounts = { created: 1, updated: 0, unchanged: 0 };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function batchOf(n: number, key = `k${n}`): PipelineBatch {
  const record: PlannedRecord = { kind: "event", id: `e${n}`, dataset: "t", externalId: key, input: { n } } as never;
  return { records: [record], rows: 1 };
}
const numberOf = (b: PipelineBatch) => (b.records[0]!.input as { n: number }).n;

/** A pipeline over two writers (or `writers`) whose first tries take `delay(n)` ms and fail where `fails(n)`. */
function harness(opts: {
  delay: (n: number) => number;
  fails?: (n: number) => boolean;
  failsAlone?: (n: number) => boolean;
  writers?: number;
}) {
  const log: string[] = [];
  const writers = Array.from({ length: opts.writers ?? 2 }, () => ({})) as CopyWriter[];
  const pipeline = writePipeline({
    writers,
    lockTimeoutMs: 1000,
    prepare: async (_w, b, order) => {
      const n = numberOf(b);
      log.push(`prepare ${n}`);
      await pause(opts.delay(n));
      await order.eventsAfter;
      order.eventsWritten?.();
      if (opts.fails?.(n)) throw new Error(`first try of ${n}`);
      return {
        counts,
        commit: async () => {
          log.push(`commit ${n}`);
        },
        rollback: async () => {
          log.push(`rollback ${n}`);
        },
      };
    },
    alone: async (_w, b) => {
      const n = numberOf(b);
      log.push(`alone ${n}`);
      await pause(opts.delay(n));
      if (opts.failsAlone?.(n)) throw new Error(`batch ${n}`);
      return counts;
    },
    committed: (_c, b) => log.push(`done ${numberOf(b)}`),
  });
  return { log, pipeline, done: () => log.filter((l) => l.startsWith("done")).map((l) => Number(l.split(" ")[1])) };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("the write pipeline", () => {
  it("commits batches in order, each once, whatever each one's time", async () => {
    const h = harness({ delay: (n) => (n * 7) % 13 });
    for (const n of range(20)) await h.pipeline.submit(batchOf(n));
    await h.pipeline.finish();
    expect(h.done()).toEqual(range(20));
    expect(h.log.filter((l) => l.startsWith("alone"))).toEqual([]);
  });

  it("writes a batch whose first try failed again alone, after the one before, and the next one after it", async () => {
    const h = harness({ delay: (n) => (n === 6 ? 1 : 10), fails: (n) => n === 5 });
    for (const n of range(10)) await h.pipeline.submit(batchOf(n));
    await h.pipeline.finish();
    expect(h.done()).toEqual(range(10));
    const at = (l: string) => h.log.indexOf(l);
    expect(at("alone 5")).toBeGreaterThan(at("done 4"));
    // Batch 6 was ready first, stepped back, and was written after 5.
    expect(at("rollback 6")).toBeGreaterThan(-1);
    expect(at("rollback 6")).toBeLessThan(at("alone 5"));
    expect(at("alone 6")).toBeGreaterThan(at("done 5"));
    expect(h.log).not.toContain("commit 6");
  });

  it("starts a batch sharing a key with the one before only after that one committed", async () => {
    const h = harness({ delay: () => 5 });
    await h.pipeline.submit(batchOf(0));
    await h.pipeline.submit(batchOf(1, "k0"));
    await h.pipeline.finish();
    expect(h.log.indexOf("prepare 1")).toBeGreaterThan(h.log.indexOf("done 0"));
    expect(h.done()).toEqual([0, 1]);
  });

  it("with three writers, starts a batch sharing a key with any batch still in flight only after the one before it", async () => {
    const h = harness({ delay: (n) => (n === 0 ? 30 : 5), writers: 3 });
    await h.pipeline.submit(batchOf(0));
    await h.pipeline.submit(batchOf(1));
    await h.pipeline.submit(batchOf(2, "k0"));
    await h.pipeline.submit(batchOf(3));
    await h.pipeline.finish();
    expect(h.log.indexOf("prepare 1")).toBeLessThan(h.log.indexOf("done 0"));
    expect(h.log.indexOf("prepare 2")).toBeGreaterThan(h.log.indexOf("done 1"));
    expect(h.done()).toEqual([0, 1, 2, 3]);
    expect(h.log.filter((l) => l.startsWith("alone"))).toEqual([]);
  });

  it("with three writers, commits batches in order, each once, whatever each one's time", async () => {
    const h = harness({ delay: (n) => (n * 7) % 13, writers: 3, fails: (n) => n === 7 });
    for (const n of range(20)) await h.pipeline.submit(batchOf(n));
    await h.pipeline.finish();
    expect(h.done()).toEqual(range(20));
  });

  it("stops every later batch when one fails for good", async () => {
    const h = harness({ delay: () => 3, fails: (n) => n === 3, failsAlone: (n) => n === 3 });
    await expect(
      (async () => {
        for (const n of range(10)) await h.pipeline.submit(batchOf(n));
        await h.pipeline.finish();
      })(),
    ).rejects.toThrow("batch 3");
    expect(h.done()).toEqual([0, 1, 2]);
  });
});
