/** A milestone's own day borrowed by no other action, a name that ends before a second verb in the past, and a conclusion told around an aside (thirty-seventh unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const no = { published: "2031-04-09", lang: "en" as const, pair: ["NO", "CL"] as [string, string] };

describe("agreements: days of milestones of their own and names before a second verb", () => {
  it("dates a signing told without a day by the meeting, not by an entry into force told just before it", () => {
    expect(
      actionsOf(
        "Santiago, April 9, 2031\n\nThe President of Chile today received the Prime Minister of Norway at La Moneda for talks on trade and the energy transition.\n\nThe leaders welcomed the entry into force on March 1 of the Norway–Chile Tax Convention. In the leaders' presence, the two foreign ministers signed a Memorandum of Understanding on Green Hydrogen Cooperation.",
        no,
      ),
    ).toEqual([
      ["Norway–Chile Tax Convention", "entered_into_force", "2031-03-01"],
      ["Memorandum of Understanding on Green Hydrogen Cooperation", "signed", "2031-04-09"],
    ]);
  });
  it("still dates a second signing by the first one's day", () => {
    expect(
      actionsOf(
        "The foreign ministers of Norway and Chile signed an Agreement on Youth Mobility in Oslo on April 7. The ministers also signed a Memorandum of Understanding on Polar Research.",
        no,
      ),
    ).toEqual([
      ["Agreement on Youth Mobility", "signed", "2031-04-07"],
      ["Memorandum of Understanding on Polar Research", "signed", "2031-04-07"],
    ]);
  });
  it("ends a memorandum's subject before 'and held', 'and met' or 'and made'", () => {
    expect(
      actionsOf(
        "Oslo, April 9, 2031: Norway and Chile have signed a Memorandum of Understanding on Fisheries Cooperation and held the first meeting of their Joint Trade Committee.",
        no,
      ),
    ).toEqual([["Memorandum of Understanding on Fisheries Cooperation", "signed", "2031-04-09"]]);
    expect(
      actionsOf("Norway and Chile signed a memorandum of understanding on seafood trade and met business leaders on April 8.", no),
    ).toEqual([["memorandum of understanding on seafood trade", "signed", "2031-04-08"]]);
  });
  it("reads 'the conclusion, in <city> on <day>, of negotiations on' as concluded, not launched", () => {
    expect(
      actionsOf("Norway and Chile welcomed the conclusion, in Santiago on March 20, of negotiations on a social security agreement.", no),
    ).toEqual([["social security agreement", "concluded", "2031-03-20"]]);
  });
});
