/**
 * CSV rows are named by the header row (trimmed, any case), keep their line (as csv-parse counts
 * it: a row holding a quoted line break, its last), and a file is refused with its line and reason when its header lacks a
 * column, names an unknown one, or a row has another number of fields than the header.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ImportFileError } from "../import-plan";
import { csvRows } from "./csv-rows";

const tmp = mkdtempSync(join(tmpdir(), "ties-csv-rows-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const columns = { required: ["key", "title"], optional: ["city"] };

function fileOf(name: string, text: string) {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

async function read(file: string) {
  const out: { value: Record<string, string>; line: number }[] = [];
  for await (const row of csvRows(file, columns)) out.push(row);
  return out;
}

async function refusal(file: string) {
  try {
    await read(file);
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
});
