/**
 * Examples for the query parameters of the OpenAPI document, found in the real answers collected
 * by `collectOpenApiExamples` rather than written per route: a parameter takes a value the record
 * holds under the same name (`type`, `kind`, `status`...), under a name built from it (`country` ->
 * `countryCode`, `area` -> `areaSlugs`, `subjectId` -> `subject.id`), or the slug of the kind it
 * names (`person` -> a person's slug). What the record cannot give comes from the schema itself
 * (its default, its first allowed value). Every value is checked against the parameter's own zod
 * schema, as the REST handler would coerce it, so an example never shows a refused value.
 */
import { z } from "zod";
import type { OpenApiExamples } from "./openapi-examples";
import { baseType } from "./query-params";
import type { RestResource } from "./resources";

type Field = z.core.$ZodType;

/** Suffixes under which an answer carries the value a filter named `name` takes. */
const SUFFIXES = ["", "Code", "Slug", "Slugs", "Name", "Id"];

/** Every scalar in an answer by its camel-cased path (`subject.id` -> `subjectId`); arrays also joined, as a list parameter or a pair takes them. */
function scalarsByName(value: unknown, name = "", into = new Map<string, unknown[]>()): Map<string, unknown[]> {
  const add = (key: string, v: unknown) => into.set(key, [...(into.get(key) ?? []), v]);
  if (Array.isArray(value)) {
    for (const item of value) scalarsByName(item, name, into);
    if (value.length > 1 && value.every((v) => typeof v === "string")) add(name, value.join("-"));
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      scalarsByName(v, name ? `${name}${key[0]?.toUpperCase()}${key.slice(1)}` : key, into);
    }
  } else if (value !== null && value !== undefined) {
    add(name, value);
  }
  return into;
}

/** The items of a list answer, or the answer itself for a document. */
function itemsOf(answer: unknown): unknown[] {
  const items = (answer as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : answer === undefined ? [] : [answer];
}

/** How a query-string value reaches the schema: a list parameter takes an array. */
function asQueryValue(field: Field, value: unknown): unknown {
  return baseType(field) instanceof z.ZodArray && !Array.isArray(value) ? [value] : value;
}

/** True when the schema takes only some strings (a date, a code, an enumeration), not any text. */
function isRestrictive(field: Field): boolean {
  return !z.safeParse(field, "any words at all").success;
}

/** The schema's default, if it has one. */
function defaultOf(field: Field): unknown {
  return field instanceof z.ZodDefault ? field._zod.def.defaultValue : undefined;
}

/** The first value an enumeration (or a list of one) allows. */
function firstOption(field: Field): unknown {
  const base = baseType(field);
  const element = base instanceof z.ZodArray ? baseType(base._zod.def.element) : base;
  return element instanceof z.ZodEnum ? element.options[0] : undefined;
}

export interface ParameterExampleSource {
  resource: RestResource;
  resources: readonly RestResource[];
  examples: OpenApiExamples | undefined;
}

/** One example per parameter of `input` that the record or the schema can give a valid value for. */
export function parameterExamples(input: z.ZodObject, { resource, resources, examples }: ParameterExampleSource): Record<string, unknown> {
  const own = examples?.[resource.segment];
  const ownValues = scalarsByName([...itemsOf(own?.list), own?.detail]);
  const allValues = scalarsByName(Object.values(examples ?? {}).flatMap((e) => itemsOf(e.list)));
  const slugsOfKind = (name: string) =>
    itemsOf(examples?.[resources.find((r) => r.item.toLowerCase() === name.toLowerCase())?.segment ?? ""]?.list).map(
      (item) => (item as { slug?: unknown }).slug,
    );

  const found: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(input.shape as Record<string, Field>)) {
    const candidates = [
      // What the 200 example was read with, then the page after it.
      own?.query?.[name],
      ...(name === "cursor" ? [(own?.list as { nextCursor?: unknown } | undefined)?.nextCursor] : []),
      ...resources.map((r) => r.exampleQuery?.[name]),
      ...SUFFIXES.flatMap((suffix) => ownValues.get(`${name}${suffix}`) ?? []),
      ...slugsOfKind(name),
      ...SUFFIXES.flatMap((suffix) => allValues.get(`${name}${suffix}`) ?? []),
      defaultOf(field),
      // A date or a code: the first value of the answers that fits.
      ...(isRestrictive(field) ? [...ownValues.values(), ...allValues.values()].flat() : []),
      firstOption(field),
      // A filter on the list's own kind (an area's parent) takes one of its slugs.
      ...(ownValues.get("slug") ?? []),
    ];
    for (const candidate of candidates) {
      if (candidate === undefined || candidate === null) continue;
      const value = asQueryValue(field, candidate);
      if (z.safeParse(field, value).success) {
        found[name] = value;
        break;
      }
    }
  }
  return found;
}
