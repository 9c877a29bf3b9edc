/**
 * The REST resources under /api/v1, each a thin view over public tRPC queries. Adding a record
 * kind to the HTTP API (and to the OpenAPI document) is one line here; the input and output
 * schemas come from the procedures themselves.
 */
import type { inferRouterInputs } from "@trpc/server";
import type { AppRouter } from "../root";

type Inputs = inferRouterInputs<AppRouter>;
/** "event.list", "agreement.byId", ...: only paths that exist type-check. */
export type QueryPath = { [R in keyof Inputs & string]: `${R}.${keyof Inputs[R] & string}` }[keyof Inputs & string];

export interface RestResource {
  /** The URL segment: /api/v1/{segment} and /api/v1/{segment}/{idOrSlug}. */
  segment: string;
  /** The procedure behind the list. */
  list: QueryPath;
  /** The procedure behind one record, taking `{ id }` (an id or a slug). */
  byId?: QueryPath;
  /** Names in the OpenAPI document: the tag, and the item name its schemas are called after. */
  title: string;
  item: string;
}

export const REST_RESOURCES: readonly RestResource[] = [
  { segment: "events", list: "event.list", byId: "event.byId", title: "Events", item: "Event" },
  { segment: "agreements", list: "agreement.list", byId: "agreement.byId", title: "Agreements", item: "Agreement" },
  { segment: "commitments", list: "commitment.list", byId: "commitment.byId", title: "Commitments", item: "Commitment" },
  { segment: "people", list: "person.list", byId: "person.byId", title: "People", item: "Person" },
  { segment: "organizations", list: "organization.list", byId: "organization.byId", title: "Organizations", item: "Organization" },
  { segment: "areas", list: "area.list", byId: "area.byId", title: "Areas", item: "Area" },
  { segment: "sources", list: "source.list", byId: "source.byId", title: "Sources", item: "Source" },
  { segment: "claims", list: "claim.list", byId: "claim.byId", title: "Claims", item: "Claim" },
  { segment: "search", list: "search.query", title: "Search", item: "SearchHit" },
];
