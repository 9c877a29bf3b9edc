/** Agreement rules from the fifteenth unseen set: an action with no date of its own borrows a past day, never a visit's span. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: dates borrowed from earlier sentences", () => {
  it("does not date a signing by the span of a visit told just before", () => {
    const text =
      "Viet Nam's Minister Pham Minh Quang launched the Year of Cultural Exchange in Wellington, New Zealand, on Thursday.\n\nMinister Pham Minh Quang is in New Zealand from 29 February to 5 March.\n\nAt the launch, the two institutes signed a Memorandum of Understanding on Arts Exchange.";
    expect(actionsOf(text, { published: "2028-03-03", pair: ["NZ", "VN"] })).toContainEqual([
      "Memorandum of Understanding on Arts Exchange",
      "signed",
      "2028-03-02",
    ]);
  });
  it("does not date a signing by an arrival's day or a departure to come", () => {
    const text =
      "ANKARA, Feb 10 - Argentina and Türkiye signed agreements on Thursday during a visit by Argentine Foreign Minister María Belén Echeverría Ruiz.\n\nEcheverría Ruiz, who arrived in Ankara on Wednesday and leaves for Istanbul on Saturday, held talks with her Turkish counterpart.\n\nThe two ministers signed a framework agreement on defence industry cooperation.";
    expect(actionsOf(text, { published: "2028-02-10", pair: ["AR", "TR"] })).toContainEqual([
      "framework agreement on defence industry cooperation",
      "signed",
      "2028-02-10",
    ]);
  });
});
