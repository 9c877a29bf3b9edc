/**
 * The published record as one open-data document, with its licence and a version that changes
 * whenever the content does: every kind's public list view, and agreements with their status
 * timelines. Read through the public API, so it holds exactly what the public may see.
 *
 * The document is written a page at a time as it is read, so that a record of any size is
 * answered at once and held in memory one page at a time; its counts and version, known only at
 * the end, are its last fields.
 */
import { createHash } from "node:crypto";
import type { createCaller } from "../root";
import { eachPage } from "./all-pages";

type PublicCaller = ReturnType<typeof createCaller>;
type Items<F extends (...args: never[]) => Promise<{ items: unknown[] }>> = Awaited<ReturnType<F>>["items"];
type AgreementDetail = Awaited<ReturnType<PublicCaller["agreement"]["byId"]>>;

export const DATA_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Ties, a source-cited record of a bilateral relationship",
} as const;

export interface DatasetInfo {
  siteUrl: string;
  /** The day commitment statuses are computed for. */
  today: string;
}

export interface OpenDataset {
  title: string;
  site: string;
  licence: typeof DATA_LICENCE;
  statusesAsOf: string;
  events: Items<PublicCaller["event"]["list"]>;
  agreements: Omit<AgreementDetail, "commitments" | "citations" | "version">[];
  commitments: Items<PublicCaller["commitment"]["list"]>;
  people: Items<PublicCaller["person"]["list"]>;
  organizations: Items<PublicCaller["organization"]["list"]>;
  areas: Items<PublicCaller["area"]["list"]>;
  sources: Items<PublicCaller["source"]["list"]>;
  claims: Items<PublicCaller["claim"]["list"]>;
  counts: Record<string, number>;
  version: string;
}

/** One kind's part of the document: its pages, and what of each item its version follows. */
interface Part {
  key: keyof OpenDataset;
  pages: AsyncIterable<readonly object[]>;
  /** The item as the version sees it: commitment statuses follow the clock, not the record. */
  stable?: (item: never) => object;
}

function parts(api: PublicCaller, { today }: DatasetInfo): Part[] {
  // Agreements are few and their timelines are the point: each one's detail, a page at a time.
  async function* agreements() {
    for await (const page of eachPage((cursor) => api.agreement.list({ limit: 100, cursor }))) {
      const details = await Promise.all(page.map((a) => api.agreement.byId({ id: a.id, today })));
      yield details.map(({ commitments: _c, citations: _ci, version: _v, ...a }) => a);
    }
  }
  return [
    { key: "events", pages: eachPage((cursor) => api.event.list({ limit: 100, cursor })) },
    { key: "agreements", pages: agreements() },
    {
      key: "commitments",
      pages: eachPage((cursor) => api.commitment.list({ limit: 100, cursor, today })),
      stable: ({ status: _s, late: _l, asOf: _a, ...rest }: Items<PublicCaller["commitment"]["list"]>[number]) => rest,
    },
    { key: "people", pages: eachPage((cursor) => api.person.list({ limit: 100, cursor })) },
    { key: "organizations", pages: eachPage((cursor) => api.organization.list({ limit: 100, cursor })) },
    { key: "areas", pages: eachPage((cursor) => api.area.list({ limit: 100, cursor })) },
    { key: "sources", pages: eachPage((cursor) => api.source.list({ limit: 100, cursor })) },
    { key: "claims", pages: eachPage((cursor) => api.claim.list({ limit: 100, cursor })) },
  ];
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels down in such a document. */
const pretty = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

/**
 * The document's text, a piece at a time (the same text as `JSON.stringify(dataset, null, 2)`).
 * The generator's return value is the version, a hash of the records as the public sees them.
 */
export async function* openDatasetText(api: PublicCaller, info: DatasetInfo): AsyncGenerator<string, string> {
  const head = { title: "Ties open data", site: info.siteUrl, licence: DATA_LICENCE, statusesAsOf: info.today };
  yield pretty(head, 0).slice(0, -2);
  const hash = createHash("sha256");
  const counts: Record<string, number> = {};
  for (const part of parts(api, info)) {
    yield `,\n  ${JSON.stringify(part.key)}: [`;
    hash.update(`\n${part.key}`);
    let count = 0;
    for await (const page of part.pages) {
      if (page.length === 0) continue;
      for (const item of page) hash.update(`\n${JSON.stringify(part.stable ? part.stable(item as never) : item)}`);
      yield `${count ? "," : ""}\n    ${page.map((item) => pretty(item, 2)).join(",\n    ")}`;
      count += page.length;
    }
    counts[part.key] = count;
    yield count ? "\n  ]" : "]";
  }
  const version = hash.digest("hex").slice(0, 16);
  yield `,\n  "counts": ${pretty(counts, 1)},\n  "version": ${JSON.stringify(version)}\n}`;
  return version;
}

/** The whole document at once, for callers that want the object (small records and tests). */
export async function openDataset(api: PublicCaller, info: DatasetInfo): Promise<OpenDataset> {
  const pieces: string[] = [];
  for await (const piece of openDatasetText(api, info)) pieces.push(piece);
  return JSON.parse(pieces.join("")) as OpenDataset;
}
