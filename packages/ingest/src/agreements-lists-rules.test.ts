/** Agreement rules from the fourteenth unseen set: every item of a list of signed texts after the verb's colon. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: lists after a colon", () => {
  it("signs each item of a list after 'signed three agreements:', the last one too", () => {
    const found = actionsOf(
      "Yesterday, in Rotterdam, the Netherlands, the two ports signed three agreements: a memorandum of understanding on a green shipping corridor, a data-sharing protocol and a Letter of Intent on port community systems. Thailand welcomed them.",
      { published: "2027-11-30", pair: ["TH", "NL"] },
    );
    expect(found).toContainEqual(["data-sharing protocol", "signed", "2027-11-29"]);
    expect(found).toContainEqual(["Letter of Intent on port community systems", "signed", "2027-11-29"]);
  });
  it("signs lettered items after 'witnessed the signing of:'", () => {
    const found = actionsOf(
      "On 3 November, Saudi Arabia and Viet Nam held talks. During the talks, the two sides witnessed the signing of: (a) a Memorandum of Understanding on Energy; (b) an Agreement on the Avoidance of Double Taxation; and (c) an Executive Programme for Cultural Cooperation.",
      { published: "2027-11-05", pair: ["SA", "VN"] },
    );
    expect(found.map((a) => [a[0], a[1]])).toContainEqual(["Agreement on the Avoidance of Double Taxation", "signed"]);
    expect(found.map((a) => [a[0], a[1]])).toContainEqual(["Executive Programme for Cultural Cooperation", "signed"]);
  });
});
