/** Negotiations launched or concluded in a town in a month: rounds held there, one for each step. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const events = (text: string, published: string, lang: "en" | "fr" = "en") =>
  extract(text, { published, lang, pair: ["FI", "PT"] }).events.map((e) => `${e.date} ${e.type} ${e.location.city ?? ""}`.trim());

describe("negotiation steps told with a town and a month", () => {
  it("reads each step of negotiations with its town and month as a round held there", () => {
    const text =
      "Finland and Portugal signed a Fisheries Research Agreement in Helsinki today. Negotiations on the Agreement were " +
      "launched at a meeting of fisheries officials in Lisbon in March and concluded in Porto in June.";
    const x = events(text, "2031-10-02");
    expect(x).toContain("2031-03 dialogue_round Lisbon");
    expect(x).toContain("2031-06 dialogue_round Porto");
    expect(x).not.toContain("2031-03 meeting Lisbon");
  });
  it("reads a French step in the pluperfect, naming no country, as the pair's round", () => {
    const text =
      "La Finlande et le Portugal ont signé mardi à Helsinki un accord sur la recherche halieutique. Les négociations " +
      "avaient été lancées à Lisbonne en février, lors d'une réunion des administrations des pêches.";
    expect(events(text, "2031-10-02", "fr")).toContain("2031-02 dialogue_round Lisbon");
  });
  it("leaves a step taken at a meeting of ministers to the meeting", () => {
    const text =
      "Finland and Portugal signed a Fisheries Research Agreement in Helsinki today. Negotiations were launched at a " +
      "meeting of the two fisheries ministers in Lisbon in March.";
    expect(events(text, "2031-10-02").filter((e) => e.includes("dialogue_round"))).toEqual([]);
  });
  it("leaves a step taken during a visit to the visit", () => {
    const text =
      "Finland and Portugal signed a Fisheries Research Agreement in Helsinki today. Negotiations were opened in Lisbon " +
      "in March, during the visit of the Finnish minister.";
    expect(events(text, "2031-10-02").filter((e) => e.includes("dialogue_round"))).toEqual([]);
  });
});
