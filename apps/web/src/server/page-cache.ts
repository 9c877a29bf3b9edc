/**
 * Pages are rendered once and kept (Next.js's full-route cache) until the record they show
 * changes. Each page is tagged, while it renders, with what it shows:
 * - `<kind>:<id>` for the record a detail page is about;
 * - `list:<kind>` for every kind it lists or mentions (a timeline lists events, an event page
 *   names people, organisations, agreements, areas and its sources);
 * - `missing:<kind>` for a 404 page, which a new record of that kind may fill.
 * A change heard from PostgreSQL (see `page-invalidation.ts`) drops the tags it touches.
 */
import "server-only";
import { unstable_cache } from "next/cache";

/** The kinds of record the notifications name (the record_change_tags migration). */
export type RecordKind = "event" | "agreement" | "commitment" | "person" | "organization" | "area" | "source" | "claim" | "citation";

/** Every page carries this tag: dropping it empties the cache (when changes may have been missed). */
export const EVERY_PAGE = "records";

/** What a detail page of each kind mentions besides its own record. */
const MENTIONS: Record<RecordKind, RecordKind[]> = {
  event: ["person", "organization", "agreement", "area", "citation", "source", "claim"],
  agreement: ["event", "commitment", "organization", "area", "citation", "source", "claim"],
  commitment: ["event", "agreement", "area", "citation", "source", "claim"],
  person: ["event", "organization", "citation", "source", "claim"],
  organization: ["person", "event", "agreement", "citation", "source", "claim"],
  area: ["area", "event", "agreement", "commitment"],
  source: ["organization", "citation", "claim", "event", "agreement", "commitment", "person"],
  claim: ["source", "event", "agreement", "commitment", "person", "organization"],
  citation: ["source"],
};

export const recordTag = (kind: RecordKind, id: string) => `${kind}:${id}`;
export const listTag = (kind: RecordKind) => `list:${kind}`;
export const missingTag = (kind: RecordKind) => `missing:${kind}`;
/** Carried by every detail page of a kind, for a change too large to name each record ("*"). */
export const kindTag = (kind: RecordKind) => `kind:${kind}`;

/** The tags a change drops: the records it names (or all of their kind), and every list of the kind. */
export function tagsForChange(kind: string, ids: readonly string[] | "*"): string[] {
  const k = kind as RecordKind;
  const records = ids === "*" ? [kindTag(k)] : ids.map((id) => recordTag(k, id));
  return [...records, listTag(k), missingTag(k)];
}

/**
 * Tags the page being rendered. A cached no-op carrying the tags is how a page built from
 * database reads (not `fetch`) joins Next.js's tags: the route's entry collects the tags of every
 * cached call made while it renders.
 */
async function tagPage(tags: string[]): Promise<void> {
  const unique = [...new Set([EVERY_PAGE, ...tags])].sort();
  await unstable_cache(async () => true, ["ties-page-tags", ...unique], { tags: unique })();
}

/** The page shows the record `kind`/`id` in full. */
export const showsRecord = (kind: RecordKind, id: string) => tagPage([recordTag(kind, id), kindTag(kind), ...MENTIONS[kind].map(listTag)]);

/** The page lists records of these kinds. */
export const listsRecords = (...kinds: RecordKind[]) => tagPage(kinds.map(listTag));

/** The page is a 404 for a record of `kind` that may yet be published. */
export const missesRecord = (kind: RecordKind) => tagPage([missingTag(kind)]);
