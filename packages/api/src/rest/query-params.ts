/**
 * Query strings to procedure inputs. A query string only carries text, so each value is coerced
 * to what the procedure's own zod input schema expects (numbers, booleans, arrays), then that
 * schema validates it: the REST API accepts exactly what the tRPC procedure accepts.
 *
 * Rules (documented in the OpenAPI document): an empty value counts as absent; unknown
 * parameters are rejected (a misspelt filter should fail loudly, not return everything); a
 * parameter given twice is rejected unless it is a list, which also accepts comma-separated values.
 */
import { TiesError, validationError } from "@ties/domain";
import { z } from "zod";

type Field = z.core.$ZodType;

/** Strips optional/nullable/default wrappers to reach the type a value must have. */
export function baseType(field: Field): Field {
  let cur = field;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur._zod.def.innerType;
  return cur;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function coerceScalar(base: Field, value: string): unknown {
  if (base instanceof z.ZodNumber) return NUMERIC.test(value.trim()) ? Number(value) : value;
  if (base instanceof z.ZodBoolean) return value === "true" ? true : value === "false" ? false : value;
  return value;
}

/** The input object schema of a procedure, if it takes one (every list procedure does). */
export function objectInput(schema: unknown): z.ZodObject | null {
  return schema instanceof z.ZodObject ? schema : null;
}

/** Parses a query string against an input schema; throws a VALIDATION error naming the bad fields. */
export function parseQuery(schema: z.ZodObject, params: URLSearchParams): Record<string, unknown> {
  const shape: Record<string, Field> = schema.shape;
  const raw: Record<string, unknown> = {};
  const fields: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== "");
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) {
      const known = Object.keys(shape);
      fields[key] = [
        known.length > 0 ? `Unknown parameter; this endpoint takes ${known.join(", ")}` : "Unknown parameter; this endpoint takes none",
      ];
      continue;
    }
    if (values.length === 0) continue;
    const base = baseType(field);
    if (base instanceof z.ZodArray) {
      raw[key] = values.flatMap((v) => v.split(",")).map((v) => coerceScalar(baseType(base._zod.def.element), v.trim()));
    } else if (values.length > 1) {
      fields[key] = ["Given more than once"];
    } else {
      raw[key] = coerceScalar(base, values[0] ?? "");
    }
  }
  if (Object.keys(fields).length > 0) {
    const [name, messages] = Object.entries(fields)[0] ?? ["_", [""]];
    throw new TiesError("VALIDATION", `Invalid ${name}: ${messages[0]}`, { fields });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "Query");
  return parsed.data;
}

/**
 * A record procedure's input without the id the path gives, made once per schema: zod compiles a
 * schema's checks on its first parse, and a schema made for each request was compiled again
 * every time (about a twentieth of a detail answer's CPU).
 */
const withoutIdSchemas = new WeakMap<z.ZodObject, z.ZodObject>();
export function withoutId(schema: z.ZodObject): z.ZodObject {
  let omitted = withoutIdSchemas.get(schema);
  if (!omitted) {
    omitted = schema.omit({ id: true });
    withoutIdSchemas.set(schema, omitted);
  }
  return omitted;
}
