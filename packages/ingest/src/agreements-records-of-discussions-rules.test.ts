/** A development agency's "Record of Discussions" is an instrument, signed like an agreement. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: records of discussions", () => {
  it("reads a Record of Discussions signed, bare or with its object, as an agreement's signing", () => {
    const text =
      "The project was set out in a Record of Discussions that Japan and Cambodia signed in Phnom Penh on 3 March 2029. On 8 May 2031, JICA President Sato Ken met Cambodia's Minister of Rural Development, Chea Sophara; the two signed a Record of Discussions for the second phase (2031–2035).";
    const found = actionsOf(text, { published: "2031-06-01", pair: ["JP", "KH"] });
    expect(found).toContainEqual(["Record of Discussions", "signed", "2029-03-03"]);
    expect(found).toContainEqual(["Record of Discussions for the second phase", "signed", "2031-05-08"]);
  });
});
