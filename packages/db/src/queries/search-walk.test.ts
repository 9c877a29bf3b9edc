/**
 * How far a free-text walk in date order goes before the search index answers instead: on as far
 * as the word's measured share says the page needs, while that costs less than the index, whose
 * matches are each read from the table.
 */
import { describe, expect, it } from "vitest";
import { INDEX_WALK_ENTRY_COST, nextWalkRows } from "./search-filter";

describe("nextWalkRows", () => {
  it("leaves a word the walk never met, or met once by chance, to the index", () => {
    expect(nextWalkRows(250, 0, 20, 1_000_000)).toBeNull();
    expect(nextWalkRows(250, 1, 20, 1_000_000)).toBeNull();
    expect(nextWalkRows(250, 1, 20, 1_000_000, 1)).toBeNull();
  });

  it("walks on as far as the word's share says the page needs", () => {
    // One event in ten (24 in 250, counting one match fewer): 150 more matches need about 1,560
    // rows, and a quarter more to be safe.
    expect(nextWalkRows(250, 25, 150, 1_000_000)).toBe(1954);
  });

  it("turns to the index when it holds fewer rows than the walk of the table would read", () => {
    // One event in 125 at a million events: 8,000 matches in the index against about 30,000 rows to walk.
    expect(nextWalkRows(250, 3, 190, 1_000_000)).toBeNull();
    // The same share among 10,000,000 events: walking is now the cheaper.
    expect(nextWalkRows(250, 3, 190, 10_000_000)).toBe(29_688);
  });

  it("walks further when the walk reads the covering index alone, as far as the signatures rule events out", () => {
    // The same 30,000 rows cost an eighth of a table read each, and the three in 250 whose
    // signature allows a match (here, the matches themselves) one each.
    expect(INDEX_WALK_ENTRY_COST).toBe(1 / 8);
    expect(nextWalkRows(250, 3, 190, 1_000_000, 3)).toBe(29_688);
    // A word on fewer of the newest events than of all (8 in the first 1,000 walked, 9 checked):
    // 34,286 entries cost less than the 7,000 matches the index would read at that share.
    expect(nextWalkRows(1000, 8, 192, 1_000_000, 9)).toBe(34_286);
  });

  it("walks on when the statistics say the index holds more matches than the walk's share", () => {
    // 6 in the newest 1,000 (0.5% counted): 48,500 entries cost about 6,350, more than the 5,000
    // matches that share gives the index, less than the 9,500 the statistics estimate.
    expect(nextWalkRows(1000, 6, 194, 1_000_000, 6)).toBeNull();
    expect(nextWalkRows(1000, 6, 194, 1_000_000, 6, 9_500)).toBe(48_500);
    // An estimate below the share's changes nothing.
    expect(nextWalkRows(1000, 6, 194, 1_000_000, 6, 100)).toBeNull();
    // A query whose signature rules nothing out reads every walked row from the table as well.
    expect(nextWalkRows(250, 3, 190, 1_000_000, 250)).toBeNull();
    // Rarer still (one in 250, 4,000 matches in the index), the index is the cheaper again.
    expect(nextWalkRows(250, 2, 190, 1_000_000, 2)).toBeNull();
  });
});
