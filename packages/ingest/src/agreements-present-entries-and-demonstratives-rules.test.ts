/**
 * An agreement that "enters into force" today is in force that day, and "This Agreement" opening a sentence points back to
 * the agreement named before rather than naming one of its own.
 */
import { describe, expect, it } from "vitest";
import { actionsOf, read } from "./rules-test-kit";

describe("agreements: an entry into force told in the present", () => {
  it("'enters into force' today is an entry into force that day", () => {
    const text =
      "Oslo, 4 March 2031 – Today, the Agreement between Norway and Iceland on Fisheries Inspection in the Norwegian Sea enters into force, the ministry said.";
    expect(actionsOf(text, { published: "2031-03-04", pair: ["NO", "IS"] })).toContainEqual([
      "Agreement between Norway and Iceland on Fisheries Inspection in the Norwegian Sea",
      "entered_into_force",
      "2031-03-04",
    ]);
  });
});

describe("agreements: a capitalised demonstrative is no name", () => {
  it("reads no agreement named 'This Agreement'", () => {
    const text =
      "Oslo, 4 March 2031 – Norway and Iceland signed the Agreement on Fisheries Inspection on 2 March 2031. This Agreement sets common rules for inspectors at sea.";
    const names = read(text, { published: "2031-03-04", pair: ["NO", "IS"] }).agreements.map((a) => a.name);
    expect(names).toContain("Agreement on Fisheries Inspection");
    expect(names).not.toContain("This Agreement");
  });
});
