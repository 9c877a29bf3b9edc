/**
 * The whole published record as one open-data document, with its licence and a version that
 * changes whenever the content does. Read through the public API, so it holds exactly what the
 * public may see.
 */
import { createHash } from "node:crypto";
import type { createCaller } from "../root";

type PublicCaller = ReturnType<typeof createCaller>;

export const DATA_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Ties, a source-cited record of a bilateral relationship",
} as const;

async function everything<T>(page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const r = await page(cursor);
    out.push(...r.items);
    cursor = r.nextCursor;
  } while (cursor);
  return out;
}

export async function openDataset(api: PublicCaller, info: { siteUrl: string; today: string }) {
  const [events, agreements, commitments, people, organizations, areas, sources, claims] = await Promise.all([
    everything((cursor) => api.event.list({ limit: 100, cursor })),
    everything((cursor) => api.agreement.list({ limit: 100, cursor })),
    everything((cursor) => api.commitment.list({ limit: 100, cursor, today: info.today })),
    everything((cursor) => api.person.list({ limit: 100, cursor })),
    everything((cursor) => api.organization.list({ limit: 100, cursor })),
    everything((cursor) => api.area.list({ limit: 100, cursor })),
    everything((cursor) => api.source.list({ limit: 100, cursor })),
    everything((cursor) => api.claim.list({ limit: 100, cursor })),
  ]);
  const records = { events, agreements, commitments, people, organizations, areas, sources, claims };
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
