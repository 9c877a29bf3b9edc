/**
 * The published record as one open-data document, with its licence and a version that changes
 * whenever the content does: every kind's public list view, and agreements with their status
 * timelines. Read through the public API, so it holds exactly what the public may see.
 */
import { createHash } from "node:crypto";
import type { createCaller } from "../root";
import { allPages } from "./all-pages";

type PublicCaller = ReturnType<typeof createCaller>;

export const DATA_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Ties, a source-cited record of a bilateral relationship",
} as const;

export async function openDataset(api: PublicCaller, info: { siteUrl: string; today: string }) {
  const [events, agreements, commitments, people, organizations, areas, sources, claims] = await Promise.all([
    allPages((cursor) => api.event.list({ limit: 100, cursor })),
    allPages((cursor) => api.agreement.list({ limit: 100, cursor })),
    allPages((cursor) => api.commitment.list({ limit: 100, cursor, today: info.today })),
    allPages((cursor) => api.person.list({ limit: 100, cursor })),
    allPages((cursor) => api.organization.list({ limit: 100, cursor })),
    allPages((cursor) => api.area.list({ limit: 100, cursor })),
    allPages((cursor) => api.source.list({ limit: 100, cursor })),
    allPages((cursor) => api.claim.list({ limit: 100, cursor })),
  ]);
  // Agreements are few and their timelines are the point: take each one's detail.
  const agreementDetails = await Promise.all(agreements.map((a) => api.agreement.byId({ id: a.id, today: info.today })));
  const records = {
    events,
    agreements: agreementDetails.map(({ commitments: _c, citations: _ci, version: _v, ...a }) => a),
    commitments,
    people,
    organizations,
    areas,
    sources,
    claims,
  };
  // Commitment statuses depend on the day; the version follows the records, not the clock.
  const stable = { ...records, commitments: commitments.map(({ status: _s, late: _l, asOf: _a, ...rest }) => rest) };
  const version = createHash("sha256").update(JSON.stringify(stable)).digest("hex").slice(0, 16);
  return {
    title: "Ties open data",
    site: info.siteUrl,
    licence: DATA_LICENCE,
    version,
    statusesAsOf: info.today,
    counts: Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length])),
    ...records,
  };
}
export type OpenDataset = Awaited<ReturnType<typeof openDataset>>;
