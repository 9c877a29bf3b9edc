/**
 * CSV rows are named by the header row (trimmed, any case), keep their line (as csv-parse counts
 * it: a row holding a quoted line break, its last), and a file is refused with its line and reason when its header lacks a
 * column, names an unknown one, or a row has another number of fields than the header. A large
 * file is parsed on a worker thread: the rows, lines and refusals are the same, and a thread that
 * dies mid-file leaves the rest to the main thread, which gives the same rows.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "../import-plan";
import { type CsvReadOptions, csvRows } from "./csv-rows";

const tmp = mkdtempSync(join(tmpdir(), "ties-csv-rows-"));
const columns = { required: ["key", "title"], optional: ["city"] };

function fileOf(name: string, text: string) {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

async function read(file: string, opts: CsvReadOptions = {}) {
  const out: { value: Record<string, string>; line: number }[] = [];
  for await (const row of csvRows(file, columns, opts)) out.push(row);
  return out;
}

async function refusal(file: string, opts: CsvReadOptions = {}) {
  try {
    await read(file, opts);
  } catch (e) {
    if (e instanceof ImportFileError) return e.problem;
    throw e;
  }
  throw new Error("not refused");
}

describe("CSV rows", () => {
  it("are named by the header row and keep their line", async () => {
    const file = fileOf("ok.csv", '\uFEFF Key ,TITLE,city\na1, One ,Seoul\n\na2,"Two\nlines",\na3,Three,Ottawa\n');
    expect(await read(file)).toEqual([
      { value: { key: "a1", title: "One", city: "Seoul" }, line: 2 },
      { value: { key: "a2", title: "Two\nlines", city: "" }, line: 5 },
      { value: { key: "a3", title: "Three", city: "Ottawa" }, line: 6 },
    ]);
  });

  it("refuse a header without a required column, or with an unknown one", async () => {
    expect(await refusal(fileOf("missing.csv", "key,city\na1,Seoul\n"))).toMatchObject({
      line: 1,
      reason: "The header row lacks the column(s) title",
    });
    expect(await refusal(fileOf("unknown.csv", "key,title,colour\na1,One,red\n"))).toMatchObject({
      line: 1,
      reason: "Unknown column(s) colour",
    });
  });

  it("refuse a row with another number of fields than the header, naming its line", async () => {
    const problem = await refusal(fileOf("short.csv", "key,title,city\na1,One,Seoul\na2,Two\n"));
    expect(problem.line).toBe(3);
    expect(problem.reason).toMatch(/Invalid Record Length.*line 3/);
  });

  /** Rows with quoted commas, quotes, line ends (LF and CRLF), accents and empty lines: thousands of them. */
  function awkwardFile(name: string, rows: number, eol = "\n") {
    const lines = ["key,title,city"];
    for (let i = 0; i < rows; i++) {
      if (i % 97 === 0) lines.push("");
      lines.push(i % 5 === 0 ? `k${i},"Title ${i}, with ""quotes""${eol}and a line end",Montréal` : `k${i},Title ${i},서울 ${i}`);
    }
    return fileOf(name, `${lines.join(eol)}${eol}`);
  }

  it("are the same, lines included, when parsed on a worker thread", async () => {
    for (const eol of ["\n", "\r\n"]) {
      const file = awkwardFile(`thread${eol.length}.csv`, 5000, eol);
      const alone = await read(file, { thread: false });
      expect(alone).toHaveLength(5000);
      expect(alone.at(-1)!.line).toBeGreaterThan(6000);
      let fellBack = false;
      expect(await read(file, { thread: { onFallback: () => (fellBack = true) } })).toEqual(alone);
      expect(fellBack).toBe(false);
    }
  });

  it("refuse a bad row found on a worker thread with its line and reason, as on the main thread", async () => {
    const text = `${"key,title,city\n"}${Array.from({ length: 3000 }, (_, i) => `k${i},T${i},C`).join("\n")}\nbad,row\nk9,T,C\n`;
    const file = fileOf("thread-short.csv", text);
    const problem = await refusal(file, { thread: true });
    expect(problem).toMatchObject({ file, line: 3002 });
    expect(problem.reason).toMatch(/Invalid Record Length.*line 3002/);
    expect(problem).toEqual(await refusal(file, { thread: false }));
    expect(await refusal(fileOf("thread-header.csv", "key,city\na1,Seoul\n"), { thread: true })).toMatchObject({
      line: 1,
      reason: "The header row lacks the column(s) title",
    });
  });

  it("are the same when the worker thread dies mid-file (the main thread reads on)", async () => {
    // Rows, then one too large for the thread's heap, then more rows.
    const rows = Array.from({ length: 3000 }, (_, i) => `k${i},"Title ${i}, ""quoted""",Seoul`);
    const file = fileOf("thread-dies.csv", `key,title,city\n${rows.join("\n")}\nhuge,"${"x".repeat(24 << 20)}",Ottawa\nlast,Last,Seoul\n`);
    const alone = await read(file, { thread: false });
    let fellBack = { why: "", given: -1 };
    const threaded = await read(file, {
      thread: { resourceLimits: { maxOldGenerationSizeMb: 16 }, onFallback: (why, given) => (fellBack = { why, given }) },
    });
    expect(fellBack.why).toMatch(/memory/);
    // The thread had given rows before it died: the main thread read on after them.
    expect(fellBack.given).toBeGreaterThan(0);
    expect(threaded).toHaveLength(3002);
    expect(threaded).toEqual(alone);
  });
});
