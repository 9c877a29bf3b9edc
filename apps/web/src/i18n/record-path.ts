/** Where a record's public page lives, by kind; kinds without a page of their own have none. */
import type { RecordKind } from "@ties/domain";

const SEGMENT: Partial<Record<RecordKind, string>> = {
  event: "events",
  agreement: "agreements",
  commitment: "commitments",
  person: "people",
  organization: "organizations",
  area: "areas",
  source: "sources",
  claim: "claims",
};

export function recordPath(kind: RecordKind, slug: string | null): string | null {
  const segment = SEGMENT[kind];
  return segment && slug ? `/${segment}/${slug}` : null;
}
