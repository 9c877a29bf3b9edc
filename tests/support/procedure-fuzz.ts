/**
 * Fuzzing every tRPC procedure through the real router with a signed-in user of each role. The
 * procedures come from walking the router and each input is generated from the procedure's own
 * zod schema (as JSON Schema): mostly the right shape, so the input gets past validation and
 * reaches the handler and the database, with hostile leaves: NUL, lone surrogates, huge strings,
 * deep nesting, SQL and LIKE metacharacters. Whatever comes in, the answer is a value or a
 * client error with a short, clear message: never INTERNAL_SERVER_ERROR, never a stack or a
 * database message.
 */
import { allProcedures, appRouter, type Context, createCaller, procedureSchemas } from "@ties/api";
import fc from "fast-check";
import { z } from "zod";

export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "\r\nBEGIN:VEVENT",
  "'; DROP TABLE event; --",
  "' OR '1'='1",
  '" OR ""="',
  "%",
  "_",
  "%_%",
  "\\",
  "\\%",
  "[a-z]",
  "*",
  "$1",
  "\u202e",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "data:text/html,<b>x</b>",
  "../../etc/passwd",
  "😀".repeat(3),
  "2025-13-45",
  "0000-01-01",
  "NaN",
];

const huge = fc.constantFrom("a".repeat(100_000), "\u0000".repeat(20_000), "%".repeat(50_000), "é".repeat(300_000));
const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_STRINGS)).map(([a, b]) => `${a}${b}${a}`),
  },
  { weight: 1, arbitrary: huge },
);
/** An object or array nested thousands deep, built iteratively (fast-check's recursion would overflow). */
const deep = fc.tuple(fc.integer({ min: 200, max: 5000 }), fc.boolean()).map(([depth, asArray]) => {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
});
const anyLeaf = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
  deep,
);

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  format?: string;
};

/** Values close to the schema: right shape, plausible or hostile leaves, sometimes anything at all. */
function fromSchema(s: JsonSchema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 6) return anyLeaf;
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((a) => fromSchema(a, ids, depth + 1)));
  if (s.allOf?.length) return fromSchema(s.allOf[0], ids, depth + 1);
  if (s.const !== undefined) return fc.oneof({ weight: 4, arbitrary: fc.constant(s.const) }, { weight: 1, arbitrary: anyLeaf });
  if (s.enum?.length) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...s.enum) }, { weight: 1, arbitrary: anyLeaf });
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  let shaped: fc.Arbitrary<unknown>;
  switch (type) {
    case "object": {
      const props = Object.entries(s.properties ?? {});
      shaped = props.length
        ? fc.record(Object.fromEntries(props.map(([k, v]) => [k, fromSchema(v, ids, depth + 1)])), { requiredKeys: [] })
        : fc.dictionary(fc.string({ maxLength: 8 }), anyLeaf, { maxKeys: 3 });
      break;
    }
    case "array":
      shaped = fc.array(fromSchema(s.items ?? s.prefixItems?.[0], ids, depth + 1), { maxLength: 4 });
      break;
    case "string":
      shaped = fc.oneof(
        { weight: 3, arbitrary: hostileString },
        { weight: 2, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.string({ maxLength: 12 }) },
        {
          weight: 1,
          arbitrary:
            s.format === "date" ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) : fc.string({ maxLength: 20 }),
        },
        { weight: 1, arbitrary: fc.constantFrom("https://example.org/a", "2025-03-04", "en", "canada", "event") },
      );
      break;
    case "integer":
    case "number":
      shaped = fc.oneof(
        fc.integer({ min: s.minimum ?? -5, max: Math.min(s.maximum ?? 200, Number.MAX_SAFE_INTEGER) }),
        fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, 1e308, 0.5, -0),
      );
      break;
    case "boolean":
      shaped = fc.boolean();
      break;
    case "null":
      shaped = fc.constant(null);
      break;
    default:
      shaped = anyLeaf;
  }
  return fc.oneof({ weight: 8, arbitrary: shaped }, { weight: 1, arbitrary: anyLeaf });
}

export interface FuzzTarget {
  path: string;
  type: string;
  input: fc.Arbitrary<unknown>;
}

/** Every procedure of the router, with an input generator from its schema. */
export function fuzzTargets(ids: string[]): FuzzTarget[] {
  return allProcedures(appRouter).map(({ path, procedure }) => {
    const schema = procedureSchemas(procedure).input;
    let json: JsonSchema | undefined;
    try {
      json = schema ? (z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema) : undefined;
    } catch {
      json = undefined;
    }
    const input = fc.oneof(
      { weight: 6, arbitrary: fromSchema(json, ids) },
      { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), anyLeaf, { maxKeys: 4 }) },
      { weight: 1, arbitrary: anyLeaf },
    );
    return { path, type: procedure._def.type, input };
  });
}

/** What went wrong with one call, or null when the answer was acceptable. */
export async function callAndJudge(ctx: Context, path: string, input: unknown): Promise<string | null> {
  // The caller is a proxy typed per procedure; walk it by name like the router was walked.
  let procedure: unknown = createCaller(ctx);
  for (const key of path.split(".")) procedure = procedure ? Reflect.get(procedure, key) : undefined;
  if (typeof procedure !== "function") return `${path}: not reachable through the caller`;
  try {
    await procedure(input);
    return null;
  } catch (e) {
    if (!(e instanceof Error) || e.name !== "TRPCError" || !("code" in e))
      return `${path}: threw a non-tRPC error: ${String(e).slice(0, 300)}`;
    if (e.code === "INTERNAL_SERVER_ERROR")
      return `${path}: INTERNAL_SERVER_ERROR: ${e.message.slice(0, 300)} ${String(e.cause ?? "").slice(0, 300)}`;
    const message = e.message;
    if (!message.trim()) return `${path}: ${e.code} with an empty message`;
    if (/\n\s+at |prisma|invalid `|PrismaClient|SQLSTATE|syntax error at/i.test(message))
      return `${path}: ${e.code} message leaks internals: ${message.slice(0, 300)}`;
    return null;
  }
}

export function describeInput(input: unknown): string {
  try {
    const s = JSON.stringify(input);
    return s === undefined ? String(input) : s.length > 200 ? `${s.slice(0, 200)}... (${s.length} chars)` : s;
  } catch (e) {
    return `(unprintable: ${(e as Error).message})`;
  }
}
