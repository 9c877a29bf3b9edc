/**
 * The REST resources under /api/v1, each a thin view over public tRPC queries. Adding a record
 * kind to the HTTP API (and to the OpenAPI document) is one line here; the input and output
 * schemas come from the procedures themselves.
 */
import type { inferRouterInputs } from "@trpc/server";
import { z } from "zod";
import type { AppRouter } from "../root";

type Inputs = inferRouterInputs<AppRouter>;
/** "event.list", "agreement.byId", ...: only paths that exist type-check. */
export type QueryPath = { [R in keyof Inputs & string]: `${R}.${keyof Inputs[R] & string}` }[keyof Inputs & string];

export interface RestResource {
  /** The URL path under the base: /api/v1/{segment} and /api/v1/{segment}/{idOrSlug}; may hold a slash ("stats/activity"). */
  segment: string;
  /** The procedure behind the collection (or the document, for `returns: "document"`). */
  list: QueryPath;
  /** The procedure behind one record, taking `{ id }` (an id or a slug). */
  byId?: QueryPath;
  /** Names in the OpenAPI document: the tag, and the item name its schemas are called after. */
  title: string;
  item: string;
  /** What the list procedure answers: a page of items (the default), or one document such as statistics. */
  returns?: "page" | "document";
  /** One sentence for the index at /api/v1 and the OpenAPI document. */
  description: string;
  /** Parameters the OpenAPI example answers to, where the list needs some (search needs `q`). */
  exampleQuery?: Record<string, string>;
}

export const REST_RESOURCES: readonly RestResource[] = [
  {
    segment: "events",
    list: "event.list",
    byId: "event.byId",
    title: "Events",
    item: "Event",
    description: "Meetings, visits, summits, calls and signings between the two countries.",
  },
  {
    segment: "agreements",
    list: "agreement.list",
    byId: "agreement.byId",
    title: "Agreements",
    item: "Agreement",
    description: "Treaties, MOUs and joint statements, each with its status timeline.",
  },
  {
    segment: "commitments",
    list: "commitment.list",
    byId: "commitment.byId",
    title: "Commitments",
    item: "Commitment",
    description: "Promises made at events or in agreements, with their due dates and status.",
  },
  {
    segment: "people",
    list: "person.list",
    byId: "person.byId",
    title: "People",
    item: "Person",
    description: "Officials and others who took part, with the positions they held.",
  },
  {
    segment: "organizations",
    list: "organization.list",
    byId: "organization.byId",
    title: "Organizations",
    item: "Organization",
    description: "Ministries, agencies, companies and other bodies.",
  },
  {
    segment: "areas",
    list: "area.list",
    byId: "area.byId",
    title: "Areas",
    item: "Area",
    description: "Policy areas (trade, defence, energy...) the record is filed under.",
  },
  {
    segment: "sources",
    list: "source.list",
    byId: "source.byId",
    title: "Sources",
    item: "Source",
    description: "The documents every fact is cited from, with a reliability grade.",
  },
  {
    segment: "claims",
    list: "claim.list",
    byId: "claim.byId",
    title: "Claims",
    item: "Claim",
    description: "Statements checked against the sources, with a verdict and its reasoning.",
  },
  {
    segment: "search",
    list: "search.query",
    title: "Search",
    item: "SearchHit",
    description: "Full-text search across the published record (`q` is required).",
    exampleQuery: { q: "Canada" },
  },
  {
    segment: "stats/activity",
    list: "stats.activity",
    title: "Statistics",
    item: "ActivityStats",
    returns: "document",
    description: "Events, commitments and agreement milestones counted by year and by area, as the site's charts show them.",
  },
  {
    segment: "stats/totals",
    list: "stats.totals",
    title: "Statistics",
    item: "RecordTotals",
    returns: "document",
    description: "How many published records of each kind there are.",
  },
];

/** The body of GET /api/v1: the resources, each with a sentence and its URL templates. */
export const ZRestIndex = z.object({
  name: z.string(),
  description: z.string(),
  openapi: z.string().meta({ description: "Path of the OpenAPI document" }),
  resources: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      href: z.string().meta({ description: "The collection (or document)" }),
      item: z.string().nullable().meta({ description: "One record, by id or slug; null when the resource has none" }),
    }),
  ),
});
export type RestIndex = z.infer<typeof ZRestIndex>;

/** The resource a path (split into decoded segments) names, and the record id it carries, if any. */
export function routeOf(
  resources: readonly RestResource[],
  segments: string[],
): { resource: RestResource; idOrSlug: string | null } | null {
  for (const resource of resources) {
    const parts = resource.segment.split("/");
    if (parts.some((p, i) => segments[i] !== p)) continue;
    const rest = segments.slice(parts.length);
    if (rest.length === 0) return { resource, idOrSlug: null };
    if (rest.length === 1 && resource.byId && rest[0] !== undefined) return { resource, idOrSlug: rest[0] };
  }
  return null;
}
