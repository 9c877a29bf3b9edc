/** Walks a cursor-paginated list to the end, one item at a time, fetching pages lazily. */

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PaginateOptions {
  /** Stop after this many pages (a guard for scripts; unlimited by default). */
  maxPages?: number;
}

/**
 * `fetchPage` gets the cursor to send (null for the first page):
 *
 *   for await (const e of paginate((cursor) => client.event.list.query({ limit: 50, cursor }))) ...
 */
export async function* paginate<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  opts: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let pages = 0; opts.maxPages === undefined || pages < opts.maxPages; pages++) {
    const page: Page<T> = await fetchPage(cursor);
    yield* page.items;
    if (page.nextCursor === null) return;
    // A server that hands back a cursor twice would loop forever; treat it as the end.
    if (seen.has(page.nextCursor)) throw new Error("The list returned the same cursor twice");
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

/** Collects every item of a list (mind the size: prefer `paginate` for big lists). */
export async function collectAll<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, opts: PaginateOptions = {}): Promise<T[]> {
  const out: T[] = [];
  for await (const item of paginate(fetchPage, opts)) out.push(item);
  return out;
}
