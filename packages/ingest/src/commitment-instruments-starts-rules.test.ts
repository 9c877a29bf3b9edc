/**
 * Commitments: a start an instrument or its provision announces with its day ("The new annual quota ... will apply from
 * January 1, 2035"; "... was ratified last week; it will enter into force on April 1").
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: an instrument's announced start", () => {
  it("reads a provision's start with its day as a pledge", () => {
    const text =
      "The Youth Mobility Arrangement between Peru and Ecuador was amended by an exchange of notes in Lima on March 20. The new annual quota of 6,000 participants for each country will apply from January 1, 2035.";
    expect(pledgesOf(text, { published: "2034-04-12", pair: ["PE", "EC"] })).toEqual([
      ["The new annual quota of 6,000 participants for each country will apply from January 1, 2035.", "2035-01-01"],
    ]);
  });
  it("reads an entry into force announced after a ratification as a pledge", () => {
    const text =
      "An Air Services Agreement between Peru and Ecuador was ratified by Peru's Congress last week; it will enter into force on April 1.";
    expect(pledgesOf(text, { published: "2034-02-22", pair: ["PE", "EC"] })).toEqual([[text, "2034-04-01"]]);
  });
});
