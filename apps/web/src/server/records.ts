/**
 * Page loaders, each wrapped in React cache() so a page and its generateMetadata share one fetch
 * per request. A missing or unpublished record becomes the 404 page.
 */
import "server-only";
import { allPages } from "@ties/api/feeds";
import { connection } from "next/server";
import { cache } from "react";
import { publicApi } from "./api";
import { orNotFound } from "./load";

const api = async () => {
  await connection();
  return publicApi();
};

export const loadEvent = cache(async (slug: string) => orNotFound((await api()).event.byId({ id: slug })));
export const loadAgreement = cache(async (slug: string) => orNotFound((await api()).agreement.byId({ id: slug })));
export const loadCommitment = cache(async (slug: string) => orNotFound((await api()).commitment.byId({ id: slug })));
export const loadPerson = cache(async (slug: string) => orNotFound((await api()).person.byId({ id: slug })));
export const loadOrganization = cache(async (slug: string) => orNotFound((await api()).organization.byId({ id: slug })));
export const loadArea = cache(async (slug: string) => orNotFound((await api()).area.byId({ id: slug })));
export const loadSource = cache(async (slug: string) => orNotFound((await api()).source.byId({ id: slug })));
export const loadClaim = cache(async (slug: string) => orNotFound((await api()).claim.byId({ id: slug })));

/** Claims checked about one record, for marking disputed facts where they appear. */
export const claimsAbout = cache(async (kind: "event" | "agreement" | "commitment" | "person" | "organization", id: string) => {
  const a = await api();
  return allPages((cursor) => a.claim.list({ subjectKind: kind, subjectId: id, limit: 100, cursor }));
});

/** Whole lists for the list pages (each kind is small: hundreds, not millions, of published records). */
export const allAgreements = cache(async () => {
  const a = await api();
  return allPages((cursor) => a.agreement.list({ limit: 100, cursor }));
});
export const allAreas = cache(async () => {
  const a = await api();
  return allPages((cursor) => a.area.list({ limit: 100, cursor }));
});
export const allCommitments = cache(async () => {
  const a = await api();
  return allPages((cursor) => a.commitment.list({ limit: 100, cursor }));
});
export const allPeople = cache(async () => {
  const a = await api();
  return allPages((cursor) => a.person.list({ limit: 100, cursor }));
});
export const allOrganizations = cache(async () => {
  const a = await api();
  return allPages((cursor) => a.organization.list({ limit: 100, cursor }));
});
export const allSources = cache(async () => {
  const a = await api();
  return allPages((cursor) => a.source.list({ limit: 100, cursor }));
});
export const allClaims = cache(async (source?: string) => {
  const a = await api();
  return allPages((cursor) => a.claim.list({ limit: 100, cursor, ...(source ? { source } : {}) }));
});
/** Published events, agreements and commitments in one area, for its page. */
export const areaRecords = cache(async (slug: string) => {
  const a = await api();
  return Promise.all([
    a.event.list({ area: slug, limit: 50 }),
    allPages((cursor) => a.agreement.list({ area: slug, limit: 100, cursor })),
    allPages((cursor) => a.commitment.list({ area: slug, limit: 100, cursor })),
  ]);
});
