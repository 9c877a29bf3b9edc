/**
 * The command line's contract for outside tools, run as they run it: `ties extract <file>
 * --published YYYY-MM-DD [--lang en|fr] [--pair XX,YY]` prints JSON with the top-level fields
 * below, each item's offsets pointing at its words; a web page is read as the workbench reads an
 * upload, and its readable text comes with the output; bad arguments end with one line on stderr.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const PACKAGE = resolve(import.meta.dirname, "..");
const READOUT = join(PACKAGE, "test", "fixtures", "docs", "mofa-readout-en.txt");
const FIELDS = ["dates", "people", "organizations", "places", "agreements", "commitments", "quotes", "areas", "events", "boilerplate"];

const work = mkdtempSync(join(tmpdir(), "ties-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  // As `npm run ties` runs it: TypeScript through tsx, from the package.
  const r = spawnSync(process.execPath, ["--import", "tsx", join(PACKAGE, "src", "cli.ts"), ...args], {
    cwd: PACKAGE,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Item = { start?: number; end?: number; text?: string; [k: string]: unknown };
type Output = Record<string, Item[]> & { text?: string };

function extractFile(file: string, ...more: string[]): Output {
  const r = run(["extract", file, "--published", "2025-03-07", ...more]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Output;
}

/** Every item with a span points at text of the document; a date's span is its own words. */
function expectSpansWithin(out: Output, text: string) {
  for (const field of FIELDS) {
    for (const item of out[field]!) {
      if (item.start === undefined || item.end === undefined) continue;
      expect(item.start).toBeGreaterThanOrEqual(0);
      expect(item.end).toBeGreaterThan(item.start);
      expect(item.end).toBeLessThanOrEqual(text.length);
    }
  }
  for (const d of out.dates!) expect(text.slice(d.start, d.end)).toBe(d.text);
}

/** What a curator would check first: the meeting, its two people, the negotiations launched. */
function expectReadout(out: Output) {
  expect(out.events!.map((e) => [e.date, e.type])).toContainEqual(["2025-03-07", "meeting"]);
  expect(out.people!.map((p) => p.name)).toEqual(expect.arrayContaining(["Park Yoon-joo", "David Morrison"]));
  expect(out.agreements!.map((a) => a.action)).toContain("negotiations_launched");
}

describe("ties extract", () => {
  it("prints every top-level field, each item's offsets pointing into the file", () => {
    const out = extractFile(READOUT, "--lang", "en", "--pair", "KR,CA");
    for (const field of FIELDS) expect(Array.isArray(out[field]), field).toBe(true);
    expect(out.text).toBeUndefined();
    expectSpansWithin(out, readFileSync(READOUT, "utf8"));
    expectReadout(out);
  });

  it("reads a web page as its readable text, and prints that text for the offsets", () => {
    const body = readFileSync(READOUT, "utf8")
      .split(/\n\n+/)
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("\n");
    const page = `<!doctype html><html><head><title>Press release</title><style>p { margin: 0 }</style>
      <script>window.published = "January 2, 2019";</script></head>
      <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><main>${body}</main></body></html>`;
    const file = join(work, "readout.html");
    writeFileSync(file, page);
    const out = extractFile(file);
    expect(out.text).toContain("First Vice Foreign Minister Park Yoon-joo held a meeting");
    expect(out.text).not.toMatch(/<p>|window\.published/);
    expectSpansWithin(out, out.text!);
    expectReadout(out);
    expect(out.dates!.map((d) => d.value)).not.toContain("2019-01-02");
    // The same page named .txt is read as it is, unless told it is a web page.
    const named = join(work, "readout-page.txt");
    writeFileSync(named, page);
    expect(extractFile(named, "--format", "html").text).toBe(out.text);
    // Two runs of the command, each starting Node and tsx: over the default 5 s on a loaded two-core machine.
  }, 20_000);

  it.each([
    [["extract", READOUT], /^ties: --published must be a date YYYY-MM-DD \(got nothing\)\n$/],
    [["extract", READOUT, "--published", "2025-3-7"], /^ties: --published must be a date/],
    [["extract", READOUT, "--published", "2025-03-07", "--pair", "KR"], /^ties: --pair must be two country codes/],
    [
      ["extract", READOUT, "--published", "2025-03-07", "--format", "pdf"],
      /^ties: --format must be one of text, markdown, html \(got pdf\)\n$/,
    ],
    [["extract", join(work, "missing.txt"), "--published", "2025-03-07"], /^ties: cannot read .*missing\.txt: ENOENT\n$/],
    [["summarise", READOUT], /^ties: usage: ties extract <file>/],
  ])("refuses %j with one line on stderr and exit status 1", (args, message) => {
    const r = run(args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});
