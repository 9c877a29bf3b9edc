/**
 * Events: in a text about the pair, "the two Prime Ministers" are the pair's leaders unless an earlier sentence named two
 * other sides, so their talks are a summit; "on the first day of <name>'s two-day official visit" after the reported event
 * names a visit of its own, over the days its length gives.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: the two leaders, and the day of a visit", () => {
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

  it("reads a visit from 'on the first day of <name>'s two-day official visit' after the day's talks", () => {
    const events = eventsOf(
      "Ghana's Minister of Trade, Ama Owusu, held talks with Togo's Minister of Trade, Koffi Agbo, in Lomé on Monday, on the first day of Minister Owusu's two-day official visit.",
      { published: "2031-06-02", pair: ["GH", "TG"] },
    );
    expect(events).toContainEqual(["2031-06-02", "meeting", "Lome"]);
    expect(events).toContainEqual(["2031-06-02/2031-06-03", "visit", "Lome"]);
  });
});
