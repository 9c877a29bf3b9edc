/** Agreement rules from the forty-first unseen set: an instrument whose term lapsed is terminated. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: lapsed instruments", () => {
  it("reads 'lapsed' as a termination", () => {
    const text = "Quito, 4 March 2031 – The Agreement on Andean Seed Banks between Ecuador and Bolivia lapsed in January.";
    expect(actionsOf(text, { published: "2031-03-04", pair: ["EC", "BO"] }).map((a) => a.slice(1))).toContainEqual([
      "terminated",
      "2031-01",
    ]);
  });
});
