/** Agreement rules from the twenty-fifth unseen set: a date in a relative clause after the name dates that clause only. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: dates in a relative clause after the name", () => {
  it("dates a signing by the sentence before, not by the older step the relative clause recalls", () => {
    const text =
      "The Commissioner of the Peruvian Coast Guard welcomed the Commander of the Chilean Navy aboard a patrol ship in Callao on Tuesday. The two commissioners then signed a Memorandum of Understanding on Maritime Search and Rescue Cooperation, which replaces the letter of intent the two services signed in Valparaíso in October 2028.";
    expect(actionsOf(text, { published: "2031-03-13", pair: ["PE", "CL"] })).toContainEqual([
      "Memorandum of Understanding on Maritime Search and Rescue Cooperation",
      "signed",
      "2031-03-11",
    ]);
  });
  it("keeps the date of a relative clause that tells the agreement's own step", () => {
    const text =
      "Prime Minister Takaichi welcomed the entry into force on October 30 of the Japan-Australia Agreement on the Security of Information, which the two foreign ministers signed in Canberra in March.";
    expect(actionsOf(text, { published: "2026-11-02", pair: ["JP", "AU"] })).toContainEqual([
      "Japan-Australia Agreement on the Security of Information",
      "signed",
      "2026-03",
    ]);
  });
});
