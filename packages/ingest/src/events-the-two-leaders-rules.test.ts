/**
 * Events: in a text about the pair, "the two leaders" are the pair's leaders unless an earlier sentence named two other
 * sides, so what they did is the pair's event and their meeting a summit.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: the two leaders", () => {
  it("takes 'the two leaders' for the pair's when no earlier sentence named two sides, and their meeting for a summit", () => {
    const signed = eventsOf(
      "Prime Minister Kofi Asante and his Togolese counterpart, Edem Kodjo, agreed to open a border market.\n\nThe two leaders witnessed the signing of a memorandum on border markets in Accra on Monday.",
      { published: "2031-06-02", pair: ["GH", "TG"] },
    );
    expect(signed).toContainEqual(["2031-06-02", "signing", "Accra"]);
    const met = eventsOf(
      "Prime Minister Kofi Asante and Prime Minister Edem Kodjo of Togo agreed on a border market in Accra on Monday.\n\nThe two leaders last met in Lomé on May 3, where they discussed the market.",
      { published: "2031-06-02", pair: ["GH", "TG"] },
    );
    expect(met).toContainEqual(["2031-05-03", "summit", "Lome"]);
  });
});
