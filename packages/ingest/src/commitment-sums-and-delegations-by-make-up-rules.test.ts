/**
 * Commitments: a sum given from or by a date ("will contribute R150 million ... from January 2036") is a pledge, a sum an
 * instrument's term sets is not; a delegation told by its make-up ("A Swedish trade delegation of about 30 companies")
 * pledges its dated trip, a pledge of its own beside the next clause's.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const as = { published: "2035-09-19", pair: ["SE", "ZA"] as [string, string] };

describe("commitments: a sum given from a date", () => {
  it.each([
    ["Sweden will contribute R150 million to a green hydrogen skills programme in the Eastern Cape from January 2036.", "2036-01"],
    ["South Africa will contribute US$2 million to the joint fund with Sweden by the end of 2036.", "2036"],
  ])("reads '%s' as a pledge", (sentence, due) => {
    expect(pledgesOf(sentence, as)).toEqual([[sentence, due]]);
  });

  it("reads a contribution to an outcome, and a sum an instrument sets, as none", () => {
    expect(pledgesOf("Sweden will contribute to peace and stability in the region.", as)).toEqual([]);
    expect(
      pledgesOf(
        "The two sides signed an arrangement, under which each side will contribute 5 billion won (about 5 million dollars) a year to joint projects.",
        as,
      ),
    ).toEqual([]);
  });
});

describe("commitments: a delegation told by its make-up", () => {
  it("splits its dated trip from the session after it", () => {
    const text =
      "A Swedish trade delegation of about 30 companies will visit Johannesburg and Cape Town in the first quarter of 2036, and the eighth session of the Joint Commission will be held in Stockholm in 2037.";
    expect(pledgesOf(text, as)).toEqual([
      ["A Swedish trade delegation of about 30 companies will visit Johannesburg and Cape Town in the first quarter of 2036", "2036-03"],
      [", and the eighth session of the Joint Commission will be held in Stockholm in 2037.", "2037"],
    ]);
  });
});
