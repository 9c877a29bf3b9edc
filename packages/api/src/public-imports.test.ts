/**
 * The public site's server loads what this package gives it (the API, the feeds, the request
 * guard, the server in front) and nothing only curators use: the extractor with its datasets, the
 * importers with their parsers and better-auth stay out of its memory until a curator's call needs
 * them (about 50 MB resident). Node is started with a resolve hook that writes down every module
 * it loads.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const PUBLIC_ENTRIES = ["@ties/api", "@ties/api/feeds", "@ties/api/kept-responses", "@ties/api/request-guard", "@ties/api/serve-next"];
const CURATORS_ONLY =
  /\/packages\/(ingest|importers)\/|\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(better-auth|@better-auth|chrono-node)\//;

const dir = mkdtempSync(join(tmpdir(), "ties-imports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every module URL node resolves while importing `entries` (and, with `call`, running it). */
async function loadedBy(entries: string[], call = ""): Promise<string[]> {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(
    join(dir, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(trace)}, r.url + "\\n");
  return r;
}`,
  );
  writeFileSync(
    join(dir, "register.mjs"),
    `import { register } from "node:module";\nregister(${JSON.stringify(`file://${dir}/hooks.mjs`)});`,
  );
  const script = `${entries.map((e, i) => `const m${i} = await import(${JSON.stringify(e)});`).join("\n")}\n${call}`;
  await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--import", join(dir, "register.mjs"), "--input-type=module", "-e", script],
    {
      cwd: join(import.meta.dirname, ".."),
      env: { ...process.env, DATABASE_URL: "postgresql://ties@127.0.0.1:1/none" },
      timeout: 60_000,
    },
  );
  return readFileSync(trace, "utf8").split("\n").filter(Boolean);
}

describe("what the public site's server loads", () => {
  it("takes none of the curators' modules with the API", async () => {
    const loaded = await loadedBy(PUBLIC_ENTRIES);
    expect(loaded.some((u) => u.includes("/packages/api/src/public-router.ts"))).toBe(true);
    expect(loaded.filter((u) => CURATORS_ONLY.test(u))).toEqual([]);
  }, 90_000);

  it("sees a module imported later (the trace works)", async () => {
    const loaded = await loadedBy(["@ties/api"], `await import("@ties/ingest");`);
    expect(loaded.some((u) => /\/packages\/ingest\//.test(u))).toBe(true);
  }, 90_000);
});
