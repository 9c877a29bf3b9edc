/**
 * A title's subject written as a series with commas ("Agreement on Science, Technology and Innovation Cooperation"), and
 * negotiations on an agreement whose launch an aside dates ("negotiations on ..., launched in February 2030, were concluded").
 */
import { describe, expect, it } from "vitest";
import { actionsOf, read } from "./rules-test-kit";

const names = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-04-02", lang, pair }).agreements.map((a) => a.name);

describe("agreements: a series with commas inside a title", () => {
  it("keeps the series whole when it closes on 'and'", () => {
    expect(
      names(
        "The two ministers launched negotiations on a Chile-New Zealand Agreement on Research, Education and Innovation Cooperation in Santiago.",
        ["CL", "NZ"],
      ),
    ).toContain("Chile-New Zealand Agreement on Research, Education and Innovation Cooperation");
  });
  it("still ends a title at a comma that no series follows", () => {
    const found = names(
      "Chile and New Zealand signed the Agreement on Fisheries Cooperation, Wellington said on Monday, and the Memorandum of Understanding on Tourism.",
      ["CL", "NZ"],
    );
    expect(found).toContain("Agreement on Fisheries Cooperation");
  });
});

describe("agreements: negotiations launched in an aside", () => {
  it("dates the launch from the aside after the negotiations' object", () => {
    const found = actionsOf(
      "New Zealand and Chile held their third Strategic Dialogue in Wellington on September 11, 2030. The delegations noted that negotiations on an Agreement on Maritime Research Cooperation, launched in March 2029, were concluded in June.",
      { published: "2030-09-12", pair: ["NZ", "CL"] },
    );
    expect(found).toContainEqual(["Agreement on Maritime Research Cooperation", "negotiations_launched", "2029-03"]);
    expect(found.map(([, action]) => action)).not.toContain("launched");
  });
});
