/**
 * Where each record kind lives in the admin app: its list, and each record by its slug. Lists,
 * the dashboard and the audit log all link through here.
 */
import type { ReviewableKind } from "@ties/domain";

export const KIND_PATHS: Record<ReviewableKind, string> = {
  event: "/events",
  agreement: "/agreements",
  commitment: "/commitments",
  person: "/people",
  organization: "/organizations",
  area: "/areas",
  source: "/sources",
  claim: "/claims",
};

export const KIND_NAMES: Record<ReviewableKind, { one: string; many: string }> = {
  event: { one: "event", many: "events" },
  agreement: { one: "agreement", many: "agreements" },
  commitment: { one: "commitment", many: "commitments" },
  person: { one: "person", many: "people" },
  organization: { one: "organisation", many: "organisations" },
  area: { one: "area", many: "areas" },
  source: { one: "source", many: "sources" },
  claim: { one: "claim", many: "claims" },
};

export function isListedKind(kind: string): kind is ReviewableKind {
  return kind in KIND_PATHS;
}

/** The record's own page, by its slug (a source's is its reader). */
export function recordHref(kind: ReviewableKind, slug: string): string {
  return `${KIND_PATHS[kind]}/${encodeURIComponent(slug)}`;
}

/** The record's history, opened at one revision's changes when given. */
export function historyHref(kind: ReviewableKind, slug: string, version?: number | null): string {
  return `/records/${kind}/${encodeURIComponent(slug)}${version ? `#revision-${version}` : ""}`;
}
