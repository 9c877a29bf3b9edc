/**
 * Page loaders, each wrapped in React cache() so a page and its generateMetadata share one fetch
 * per request. A missing or unpublished record becomes the 404 page. Each loader tags the page
 * with what it read (see page-cache.ts), so the kept page is dropped when that changes.
 */
import "server-only";
import { allPages } from "@ties/api/feeds";
import { cache } from "react";
import { publicApi } from "./api";
import { orNotFound } from "./load";
import { listsRecords, missesRecord, type RecordKind, showsRecord } from "./page-cache";

const api = async () => publicApi();

/** Loads one published record for its page, or answers 404 (a page a later publish may fill). */
async function loadRecord<T extends { id: string }>(kind: RecordKind, load: Promise<T>): Promise<T> {
  const record = await orNotFound(load, () => missesRecord(kind));
  await showsRecord(kind, record.id);
  return record;
}

export const loadEvent = cache(async (slug: string) => loadRecord("event", (await api()).event.byId({ id: slug })));
export const loadAgreement = cache(async (slug: string) => loadRecord("agreement", (await api()).agreement.byId({ id: slug })));
export const loadCommitment = cache(async (slug: string) => loadRecord("commitment", (await api()).commitment.byId({ id: slug })));
export const loadPerson = cache(async (slug: string) => loadRecord("person", (await api()).person.byId({ id: slug })));
export const loadOrganization = cache(async (slug: string) => loadRecord("organization", (await api()).organization.byId({ id: slug })));
export const loadArea = cache(async (slug: string) => loadRecord("area", (await api()).area.byId({ id: slug })));
export const loadSource = cache(async (slug: string) => loadRecord("source", (await api()).source.byId({ id: slug })));
export const loadClaim = cache(async (slug: string) => loadRecord("claim", (await api()).claim.byId({ id: slug })));

/** Claims checked about one record, for marking disputed facts where they appear. */
export const claimsAbout = cache(async (kind: "event" | "agreement" | "commitment" | "person" | "organization", id: string) => {
  await listsRecords("claim");
  const a = await api();
  return allPages((cursor) => a.claim.list({ subjectKind: kind, subjectId: id, limit: 100, cursor }));
});

/** Whole lists for the list pages of kinds that stay small (hundreds of published records, not thousands). */
export const allAgreements = cache(async () => {
  await listsRecords("agreement");
  const a = await api();
  return allPages((cursor) => a.agreement.list({ limit: 100, cursor }));
});
export const allAreas = cache(async () => {
  await listsRecords("area");
  const a = await api();
  return allPages((cursor) => a.area.list({ limit: 100, cursor }));
});
export const allCommitments = cache(async () => {
  await listsRecords("commitment");
  const a = await api();
  return allPages((cursor) => a.commitment.list({ limit: 100, cursor }));
});
export const allOrganizations = cache(async () => {
  await listsRecords("organization");
  const a = await api();
  return allPages((cursor) => a.organization.list({ limit: 100, cursor }));
});
export const allClaims = cache(async (source?: string) => {
  await listsRecords("claim");
  const a = await api();
  return allPages((cursor) => a.claim.list({ limit: 100, cursor, ...(source ? { source } : {}) }));
});
/** Published events, agreements and commitments in one area, for its page. */
export const areaRecords = cache(async (slug: string) => {
  await listsRecords("event", "agreement", "commitment");
  const a = await api();
  return Promise.all([
    a.event.list({ area: slug, limit: 50 }),
    allPages((cursor) => a.agreement.list({ area: slug, limit: 100, cursor })),
    allPages((cursor) => a.commitment.list({ area: slug, limit: 100, cursor })),
  ]);
});
