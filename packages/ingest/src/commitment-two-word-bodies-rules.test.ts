/** Commitment rules from the twenty-fifth unseen set: two bodies named together by a noun of two words. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: 'the two coast guards' as the pair's actors", () => {
  it("reads 'the two' and a noun of two words as two bodies, one of each side", () => {
    expect(
      pledgesOf(
        "The Canadian Coast Guard and the Korea Coast Guard held an exercise. Under the memorandum, the two coast guards will exchange liaison officers by September 1, 2031.",
        { published: "2031-03-13", lang: "en", pair: ["KR", "CA"] },
      ),
    ).toContainEqual(["Under the memorandum, the two coast guards will exchange liaison officers by September 1, 2031.", "2031-09-01"]);
  });
  it("still reads no actor in a noun phrase with an adjective and a singular noun", () => {
    expect(
      pledgesOf(
        "The Canadian Coast Guard and the Korea Coast Guard held an exercise. The two weather system will move by September 1, 2031.",
        {
          published: "2031-03-13",
          lang: "en",
          pair: ["KR", "CA"],
        },
      ),
    ).toEqual([]);
  });
});
