/** Walks a cursor-paginated list to the end: feeds and downloads must not stop silently at one page. */
export async function allPages<T>(page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const r = await page(cursor);
    out.push(...r.items);
    cursor = r.nextCursor;
  } while (cursor);
  return out;
}
