/**
 * A statement published in quotation marks over several paragraphs, each opening with the mark and only the last closing
 * it: each paragraph is a quote of the person who issued the statement.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const statement = [
  "The Honourable Marta Lindqvist, Minister of Fisheries, today issued the following statement:",
  "",
  "\u201CToday, the fisheries agreement between our two countries takes effect after years of patient work.",
  "",
  "\u201COur inspectors will share their findings, and our fleets will follow the same rules in the shared waters.",
  "",
  "\u201CI thank the negotiators on both sides for the care they brought to every clause of this text.\u201D",
].join("\n");

describe("quotes: a statement over several paragraphs", () => {
  const quotes = extract(statement, { published: "2031-03-04", lang: "en", pair: ["NO", "IS"] }).quotes;
  it("gives every paragraph to the person who issued the statement", () => {
    expect(quotes.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([
      ["Marta Lindqvist", "Today, the fisheries"],
      ["Marta Lindqvist", "Our inspectors will "],
      ["Marta Lindqvist", "I thank the negotiat"],
    ]);
  });
  it("keeps no open paragraph whose speaker is unknown", () => {
    const text = [
      "The delegation returned home on Friday:",
      "",
      "\u201CWe met ministers and officials from both countries during a week of talks in the capital.",
      "",
      "\u201CThe visit ended with a dinner at the residence of the ambassador in the old town.\u201D",
    ].join("\n");
    const found = extract(text, { published: "2031-03-04", lang: "en", pair: ["NO", "IS"] }).quotes.map((q) => q.text.slice(0, 12));
    expect(found).not.toContain("We met minis");
  });
});
