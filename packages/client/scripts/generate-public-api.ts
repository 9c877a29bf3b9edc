/**
 * Writes src/public-api.ts: the public router's type and the record types it returns,
 * spelled out as plain TypeScript. The published client imports nothing private: no @ties/api,
 * no @ties/domain, no zod, no Prisma. The types are read off the real router by the compiler,
 * and src/public-api-matches.ts fails the typecheck when the two drift apart.
 *
 *   pnpm --filter @ties/client generate        (the build runs it too)
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const pkg = join(import.meta.dirname, "..");
const domainSrc = join(pkg, "../domain/src");
const out = join(pkg, "src/public-api.ts");
const entry = join(pkg, "scripts/public-api-entry.ts");

/** Domain files whose types describe what the public API returns or takes (curation views stay out). */
const PUBLIC_VIEW_FILE = /^views(-(?!curation|review)[\w-]+)?\.ts$/;
/** Files whose types never name a part of the public API (curation and extraction only). */
const PRIVATE_FILE = /^(views-curation|views-review|suggestion|revision|errors)\.ts$/;

interface DomainType {
  name: string;
  file: string;
  /** The zod schema the type is inferred from, if any: inputs are printed as what a caller may send. */
  schema: string | null;
}

function domainTypes(): DomainType[] {
  const types: DomainType[] = [];
  for (const file of readdirSync(domainSrc).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const text = readFileSync(join(domainSrc, file), "utf8");
    for (const m of text.matchAll(/^export (?:type|interface) (\w+)\b(?:<[^>]*>)?(?: = z\.(?:infer|output|input)<typeof (Z\w+)>)?/gm)) {
      const name = m[1];
      if (name && !text.includes(`export type ${name}<`)) types.push({ name, file, schema: m[2] ?? null });
    }
  }
  return types;
}

function entrySource(types: DomainType[]): string {
  const lines = [
    `import type { PublicRouter } from "@ties/api";`,
    `import type * as D from "@ties/domain";`,
    `import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";`,
    `import type { z } from "zod";`,
    `export type __Record = PublicRouter["_def"]["record"];`,
    `export type __Inputs = inferRouterInputs<PublicRouter>;`,
    `export type __Outputs = inferRouterOutputs<PublicRouter>;`,
    `export type __ErrorShape = PublicRouter["_def"]["_config"]["$types"]["errorShape"];`,
  ];
  for (const t of types) {
    const input = t.schema && t.name.endsWith("Input");
    lines.push(`export type ${t.name} = ${input ? `z.input<typeof D.${t.schema}>` : `D.${t.name}`};`);
  }
  return lines.join("\n");
}

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias;

/** Worth a name where it appears: an object or a union, not a bare `string`. */
function isComposite(text: string): boolean {
  return text.length > 24 && /[{|]/.test(text);
}

function main() {
  const types = domainTypes();
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  };
  const host = ts.createCompilerHost(options);
  const source = entrySource(types);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === entry ? source : readFile(f));
  host.fileExists = (
    (exists) => (f: string) =>
      f === entry || exists(f)
  )(host.fileExists.bind(host));
  host.getSourceFile = (f, lang, ...rest) => (f === entry ? ts.createSourceFile(f, source, lang) : getSourceFile(f, lang, ...rest));
  const program = ts.createProgram([entry], options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(entry);
  if (!file) throw new Error("entry not loaded");
  const errors = ts.getPreEmitDiagnostics(program, file);
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, host));
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) throw new Error("entry has no module symbol");
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
  const typeOf = (name: string): ts.Type => {
    const s = exported.get(name);
    if (!s) throw new Error(`no export ${name}`);
    return checker.getDeclaredTypeOfSymbol(s);
  };
  const print = (t: ts.Type): string => checker.typeToString(t, file, FLAGS);
  const prop = (t: ts.Type, key: string): ts.Type => {
    const p = t.getProperty(key);
    if (!p) throw new Error(`no property ${key} on ${print(t)}`);
    return checker.getTypeOfSymbol(p);
  };

  // Every domain type, printed; the public ones, and any they mention by name, are kept.
  const printed = new Map(types.map((t) => [t.name, print(typeOf(t.name))]));
  const keep = new Set(types.filter((t) => PUBLIC_VIEW_FILE.test(t.file)).map((t) => t.name));

  // The router, procedure by procedure: its kind, and its input and output as a caller sees them.
  const record = typeOf("__Record");
  const inputs = typeOf("__Inputs");
  const outputs = typeOf("__Outputs");
  const routerLines: string[] = [];
  for (const group of record.getProperties()) {
    routerLines.push(`  ${group.name}: {`);
    for (const proc of checker.getTypeOfSymbol(group).getProperties()) {
      const kind = print(prop(prop(checker.getTypeOfSymbol(proc), "_def"), "type")).replace(/"/g, "");
      const builder = { query: "TRPCQueryProcedure", mutation: "TRPCMutationProcedure", subscription: "TRPCSubscriptionProcedure" }[kind];
      if (!builder) throw new Error(`${group.name}.${proc.name}: unknown kind ${kind}`);
      const input = print(prop(prop(inputs, group.name), proc.name));
      const output = print(prop(prop(outputs, group.name), proc.name));
      routerLines.push(`    ${proc.name}: ${builder}<{ input: ${input}; output: ${output}; meta: object; errorShape: TiesErrorShape }>;`);
    }
    routerLines.push("  };");
  }
  // The shape's numeric `code` is a tRPC type that only prints as an internal name: name it.
  const shape = typeOf("__ErrorShape");
  const errorShape = `{ ${shape
    .getProperties()
    .map((p) => `${p.name}: ${p.name === "code" ? "TRPC_ERROR_CODE_NUMBER" : print(checker.getTypeOfSymbol(p))}`)
    .join("; ")} }`;

  // Names that a kept type or the router mentions must be declared too, and so are the domain's
  // named parts (statuses, localized text) that appear written out inside them.
  const identifiers = (text: string) => new Set(text.match(/\b[A-Z]\w*\b/g) ?? []);
  const parts = types.filter((t) => !PRIVATE_FILE.test(t.file) && isComposite(printed.get(t.name) ?? ""));
  for (;;) {
    const before = keep.size;
    const all = [...keep].map((n) => printed.get(n) ?? "").join("\n") + routerLines.join("\n");
    for (const name of identifiers(all)) if (printed.has(name)) keep.add(name);
    for (const t of parts)
      if (all.includes(printed.get(t.name) ?? "\0") && ![...keep].some((k) => printed.get(k) === printed.get(t.name))) keep.add(t.name);
    if (keep.size === before) break;
  }

  // Where a kept type's text appears inside another type, use its name (longest first), so an
  // editor shows `items: EventSummary[]` rather than the whole object again.
  const named = [...keep]
    .map((n) => ({ name: n, text: printed.get(n) ?? "" }))
    .filter((n) => isComposite(n.text))
    .sort((a, b) => b.text.length - a.text.length);
  const withNames = (text: string, self?: string) => {
    let t = text;
    for (const n of named) if (n.name !== self && t !== n.text) t = t.split(n.text).join(n.name);
    return t;
  };

  const body = [
    "/**",
    " * The public API of a Ties site as TypeScript types: every public procedure with its input and",
    " * output, and the record types they use. Generated from the server's router by",
    " * scripts/generate-public-api.ts; do not edit by hand.",
    " */",
    `import type { TRPC_ERROR_CODE_NUMBER, TRPCBuiltRouter, TRPCQueryProcedure${routerLines.some((l) => l.includes("TRPCMutationProcedure")) ? ", TRPCMutationProcedure" : ""} } from "@trpc/server";`,
    "",
    "/** What a failed call carries: `data.code`, the HTTP status, and for invalid input the field messages. */",
    `export type TiesErrorShape = ${errorShape};`,
    "",
    ...[...keep].sort().map((n) => `export type ${n} = ${withNames(printed.get(n) ?? "never", n)};`),
    "",
    "/** The public procedures, grouped by record kind. */",
    "export type PublicRouter = TRPCBuiltRouter<",
    "  { ctx: object; meta: object; errorShape: TiesErrorShape; transformer: false },",
    "  {",
    ...routerLines.map((l) => `  ${withNames(l)}`),
    "  }",
    ">;",
    "",
  ].join("\n");
  if (body.includes("import(")) throw new Error("a type printed as an import of another module: name it above");
  writeFileSync(out, body);
  // Formatted like the rest of the repository, so the format check passes on a fresh generation.
  const biome = join(pkg, "../../node_modules/.bin/biome");
  const r = spawnSync(biome, ["format", "--write", out], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("biome format failed");
  console.log(`wrote ${out}: ${keep.size} types, ${routerLines.filter((l) => l.includes("Procedure<")).length} procedures`);
}

main();
