/**
 * How far a free-text walk in date order goes before the search index answers instead: on as far
 * as the word's measured share says the page needs, while that reads fewer rows than the index.
 */
import { describe, expect, it } from "vitest";
import { nextWalkRows } from "./search-filter";

describe("nextWalkRows", () => {
  it("leaves a word the walk never met to the index", () => {
    expect(nextWalkRows(250, 0, 20, 1_000_000)).toBeNull();
  });

  it("walks on as far as the word's share says the page needs", () => {
    // One event in ten: 150 more matches need about 1,500 rows (and a quarter more to be safe).
    expect(nextWalkRows(250, 25, 150, 1_000_000)).toBe(1875);
  });

  it("turns to the index when it holds fewer rows than the walk would read", () => {
    // One event in 125 at a million events: 8,000 matches in the index against about 30,000 rows to walk.
    expect(nextWalkRows(250, 2, 190, 1_000_000)).toBeNull();
    // The same share among 10,000,000 events: walking is now the cheaper.
    expect(nextWalkRows(250, 2, 190, 10_000_000)).toBe(29_688);
  });
});
