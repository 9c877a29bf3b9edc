/** A portfolio in capitals between "Minister of" and its holder's name, and the name of a fair or a congress. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-05-10", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: portfolios and fairs", () => {
  it("reads the portfolio between 'Minister of' and a comma as no person", () => {
    const found = people(
      "Oman's Deputy Minister of Marine Wealth, Said Hamood Rawahi, who accompanied the minister, said Oman would open a consulate in Mombasa.",
      ["OM", "KE"],
    );
    expect(found.map(([n]) => n)).toEqual(["Said Hamood Rawahi"]);
  });
  it("reads a fair's or a congress's name as no person", () => {
    const names = (t: string, lang: "en" | "fr" = "en") => people(t, ["NZ", "CL"], lang).map(([n]) => n);
    expect(names("Chile asked for New Zealand's support for its bid to host the 2035 World Salmon Expo, an official said.")).toEqual([]);
    expect(names("Le Chili accueillera en 2035 le Pacific Seafood Congress, a indiqué un responsable.", "fr")).toEqual([]);
  });
});
