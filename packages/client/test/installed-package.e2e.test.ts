/**
 * @ties/client as an outsider gets it: `pnpm pack`, `npm install` of the tarball into a fresh
 * project outside the workspace, `tsc` under NodeNext and Bundler resolution (a correct file
 * passes, deliberate mistakes fail with the errors a user should see), and the example compiled
 * by that project run against the served web app.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const WEB_URL = process.env.TIES_E2E_WEB_URL;
// Only an explicit TIES_E2E=0 skips these; missing apps otherwise fail the run.
if (!WEB_URL && process.env.TIES_E2E !== "0")
  throw new Error("The apps are not served: build them first (npm test does), or set TIES_E2E=0");

const pkgDir = join(import.meta.dirname, "..");
const root = join(pkgDir, "../..");
/** A full `tsc` over a fresh node_modules, library declarations included, takes a while on a busy machine. */
const TSC_TIMEOUT = 300_000;
const bin = (name: string) => join(root, "node_modules/.bin", name);

function run(cmd: string, args: string[], cwd: string, timeout = 180_000) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout,
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });
  return { status: r.status, out: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

const CORRECT = `import { createTiesClient, type EventSummary, type TiesClient, tiesErrorOf } from "@ties/client";

export async function latest(ties: TiesClient): Promise<EventSummary[]> {
  const page = await ties.event.list.query({ limit: 3, type: "summit", from: "2020-01-01" });
  const totals = await ties.stats.totals.query();
  console.log(totals, tiesErrorOf(null));
  return page.items;
}
export const ties = createTiesClient({ url: "http://localhost:3000" });
`;

/** Each line is a mistake the types must catch; the error each should produce is checked below. */
const MISTAKES = `import { createTiesClient } from "@ties/client";

const ties = createTiesClient({ url: "http://localhost:3000" });
await ties.event.list.query({ limit: 3, tyep: "summit" });
await ties.event.list.query({ type: "sumit" });
const e = await ties.event.byId.query({ id: "x" });
console.log(e.title.de);
await ties.event.adminList.query({});
`;

function tsconfig(resolution: "NodeNext" | "Bundler", files: string[], emit = false) {
  return {
    compilerOptions: {
      target: "ES2022",
      module: resolution === "NodeNext" ? "NodeNext" : "ESNext",
      moduleResolution: resolution,
      lib: ["ES2022", "DOM", "ESNext.Disposable"],
      types: ["node"],
      strict: true,
      // Library declarations are checked too: a broken .d.ts in the package must fail here.
      skipLibCheck: false,
      ...(emit ? { outDir: "out", rootDir: "." } : { noEmit: true }),
    },
    files,
  };
}

describe.skipIf(!WEB_URL)("@ties/client installed from its tarball outside the workspace", () => {
  let work = "";
  let project = "";

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ties-client-"));
    const packed = run(bin("pnpm"), ["pack", "--pack-destination", work], pkgDir);
    expect(packed.status, packed.out).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    expect(tarball, packed.out).toBeDefined();
    project = join(work, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const installed = run(
      "npm",
      ["install", "--no-package-lock", join(work, tarball ?? ""), "typescript@5.9.3", "@types/node@20"],
      project,
      300_000,
    );
    expect(installed.status, installed.out).toBe(0);
    writeFileSync(join(project, "correct.ts"), CORRECT);
    writeFileSync(join(project, "mistakes.ts"), MISTAKES);
    copyFileSync(join(pkgDir, "examples/latest-events.ts"), join(project, "latest-events.ts"));
  }, 420_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("installs with no private dependency and ships declarations that need nothing else", () => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules/@ties/client/package.json"), "utf8"));
    expect(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).sort()).toEqual(["@trpc/client", "@trpc/server"]);
    expect(manifest.exports["."]).toEqual({ types: "./dist/index.d.ts", import: "./dist/index.js" });
    const dist = join(project, "node_modules/@ties/client/dist");
    const declarations = readdirSync(dist)
      .filter((f) => f.endsWith(".d.ts"))
      .map((f) => readFileSync(join(dist, f), "utf8"))
      .join("\n");
    expect(declarations).toContain("export type EventSummary");
    expect(declarations).not.toMatch(/from "(@ties\/|zod|@prisma)/);
  });

  for (const resolution of ["NodeNext", "Bundler"] as const) {
    it(
      `type-checks a correct consumer under ${resolution}`,
      () => {
        writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig(resolution, ["correct.ts", "latest-events.ts"])));
        const r = run(join(project, "node_modules/.bin/tsc"), ["-p", "."], project);
        expect(r.out).toBe("");
        expect(r.status).toBe(0);
      },
      TSC_TIMEOUT,
    );

    it(
      `rejects a misspelt filter, a bad enum value, an unknown locale and a curation procedure under ${resolution}`,
      () => {
        writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig(resolution, ["mistakes.ts"])));
        const r = run(join(project, "node_modules/.bin/tsc"), ["-p", "."], project);
        expect(r.status).not.toBe(0);
        const errors = r.out.split("\n").filter((l) => l.startsWith("mistakes.ts("));
        expect(errors).toHaveLength(4);
        expect(r.out).toContain("'tyep' does not exist in type 'EventListInput'");
        expect(r.out).toMatch(/'"sumit"' is not assignable to type 'EventType \| undefined'\. Did you mean '"summit"'\?/);
        expect(r.out).toContain("Property 'de' does not exist on type 'LocalizedText'");
        expect(r.out).toContain("Property 'adminList' does not exist");
      },
      TSC_TIMEOUT,
    );
  }

  it(
    "runs the example, compiled by the consumer's own tsc, against the web app",
    async () => {
      writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig("NodeNext", ["latest-events.ts"], true)));
      const built = run(join(project, "node_modules/.bin/tsc"), ["-p", "."], project);
      expect(built.status, built.out).toBe(0);
      const r = run(process.execPath, ["out/latest-events.js", WEB_URL ?? ""], project, 60_000);
      expect(r.status, r.out).toBe(0);
      expect(r.out).toContain(`Latest events from ${WEB_URL}`);
      expect(r.out).toMatch(/Status timeline: .+\(now \w+\)\n( {2}\S+\s+\w+.* -> \w+\n?)+/);
    },
    TSC_TIMEOUT,
  );
});
