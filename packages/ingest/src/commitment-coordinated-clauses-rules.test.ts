/** Commitment rules from the fourteenth unseen set: ports, funds and companies as actors, and a second pledge's clause after ", and". */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: coordinated pledges", () => {
  it("reads two pledges joined by ', and', the second with a long subject, each with its own due date", () => {
    const found = pledgesOf(
      "Thailand and the Netherlands signed three agreements. The two ports will exchange staff from January, and a first pilot voyage on methanol between Laem Chabang and Rotterdam will sail in May 2028.",
      { published: "2027-11-30", pair: ["TH", "NL"] },
    );
    expect(found).toEqual([
      ["The two ports will exchange staff from January,", "2028-01"],
      ["a first pilot voyage on methanol between Laem Chabang and Rotterdam will sail in May 2028.", "2028-05"],
    ]);
  });
});
