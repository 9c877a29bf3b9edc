/** paginate: follows cursors to the end, lazily, and refuses a server that loops. */
import { describe, expect, it } from "vitest";
import { collectAll, type Page, paginate } from "./paginate";

const pages: Record<string, Page<number>> = {
  start: { items: [1, 2], nextCursor: "b" },
  b: { items: [3, 4], nextCursor: "c" },
  c: { items: [5], nextCursor: null },
};

describe("paginate", () => {
  it("yields every item across pages, sending each nextCursor back", async () => {
    const sent: (string | null)[] = [];
    const all = await collectAll(async (cursor) => {
      sent.push(cursor);
      return pages[cursor ?? "start"] ?? { items: [], nextCursor: null };
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(sent).toEqual([null, "b", "c"]);
  });

  it("fetches no page beyond what the consumer reads", async () => {
    let fetched = 0;
    for await (const n of paginate(async (cursor) => {
      fetched++;
      return pages[cursor ?? "start"] ?? { items: [], nextCursor: null };
    })) {
      if (n === 2) break;
    }
    expect(fetched).toBe(1);
  });

  it("stops at maxPages and throws when a cursor repeats", async () => {
    expect(await collectAll(async (c) => pages[c ?? "start"] ?? { items: [], nextCursor: null }, { maxPages: 2 })).toEqual([1, 2, 3, 4]);
    await expect(collectAll(async () => ({ items: [0], nextCursor: "same" }))).rejects.toThrow(/same cursor/);
  });
});
