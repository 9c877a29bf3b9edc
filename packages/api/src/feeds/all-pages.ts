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

/** The same walk a page at a time, for an answer written as it is read (memory stays one page whatever the list's length). */
export async function* eachPage<T>(
  page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  do {
    const r = await page(cursor);
    yield r.items;
    cursor = r.nextCursor;
  } while (cursor);
}

/** Text written piece by piece as an answer's body: the next piece is asked for only when the reader wants more. */
export function textStream(pieces: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
