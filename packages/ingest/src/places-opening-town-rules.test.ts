/** A town opening the copy before a dash, with no date (sixteenth unseen set). */
import { describe, expect, it } from "vitest";
import { eventsOf, read } from "./rules-test-kit";

describe("places: a town opening the copy", () => {
  it("reads 'Kumasi —' and 'SHERBROOKE —' at a line's start as towns that place the events told after them", () => {
    const as = { published: "2028-03-09", pair: ["GH", "NL"] as [string, string] };
    const text =
      "University news\n\nKumasi — The Vice-Chancellor of a Ghanaian university and the Rector of a Dutch university signed a Memorandum of Understanding between Ghana and the Netherlands on Tuesday, 7 March.";
    expect(read(text, as).places.map((p) => p.name)).toContain("Kumasi");
    expect(eventsOf(text, as)).toEqual([["2028-03-07", "signing", "Kumasi"]]);
    const fr = read("Économie\n\nSHERBROOKE — Le Canada et la Corée du Sud ont signé mercredi une entente.", {
      published: "2028-09-14",
      lang: "fr",
      pair: ["KR", "CA"],
    });
    expect(fr.places.map((p) => p.name)).toContain("Sherbrooke");
  });
});
