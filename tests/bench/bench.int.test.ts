/**
 * A smoke run of `npm run bench` (server side, a few hundred synthetic events, a few runs per
 * case, in a test database rather than a server of its own): the harness loads the synthetic
 * record, times every case through the caller and as raw SQL, and reports the same figures as a
 * table and as JSON.
 */
import { createTestDatabase } from "@ties/db/testing";
import { describe, expect, it } from "vitest";
import { markdownTable, parseSize, runBench } from "../../scripts/bench";
import { seedVocabulary, sizesFor } from "../../scripts/bench-synthetic";

describe("npm run bench", () => {
  it("reads sizes as the seed alone, thousands or millions of events", () => {
    expect(parseSize("seed")).toBe(0);
    expect(parseSize("100k")).toBe(100_000);
    expect(parseSize("1m")).toBe(1_000_000);
    expect(parseSize("2500")).toBe(2500);
    expect(() => parseSize("lots")).toThrow();
    expect(sizesFor(1_000_000)).toMatchObject({ people: 4000, organizations: 200, agreements: 50, sources: 20_000 });
  });

  it("draws words from a real vocabulary, common ones first", () => {
    const words = seedVocabulary();
    expect(words.length).toBeGreaterThan(300);
    expect(words.slice(0, 20)).toContain("the");
  });

  it("measures every case through the caller and as raw SQL, and reports them", { timeout: 180_000 }, async () => {
    const t = await createTestDatabase({ seeded: true });
    const report = await runBench({ size: "300", runs: 3, budgetSeconds: 0.2, http: null, database: t }).finally(() => t.drop());
    expect(report.events).toBeGreaterThan(300);
    const names = report.cases.map((c) => c.name);
    for (const name of ["event.byId", "agreement.byId", "stats.activity", "search.query rare term"]) expect(names).toContain(name);
    for (const c of report.cases) {
      expect(c.statements, c.name).toBeGreaterThan(0);
      expect(Number.isFinite(c.p99) && c.p99 >= c.p50, c.name).toBe(true);
      expect(Number.isFinite(c.ratio) && c.ratio > 0, c.name).toBe(true);
    }
    const table = markdownTable(report);
    expect(table).toContain("| event.byId |");
    expect(JSON.parse(JSON.stringify(report)).cases).toHaveLength(report.cases.length);
  });
});
