/** Pledge shapes from the eighth unseen set: a reported "would be held", an invitation accepted, a French second pledge after "et de". */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const pledges = (text: string, lang: "en" | "fr" = "en") =>
  extract(text, { published: "2026-12-02", lang, pair: ["EG", "IT"] }).commitments.map((c) => [c.text.trim(), c.due]);

describe("commitments: shapes of the eighth unseen set", () => {
  it("reads a reported 'would be held' as a pledge with its due month", () => {
    expect(
      pledges(
        "Italy's and Egypt's ministers met in Cairo. Abdelatty said the second session of the dialogue would be held in Rome in October 2027.",
      ),
    ).toEqual([[expect.stringContaining("would be held in Rome"), "2027-10"]]);
  });
  it("reads an invitation accepted later in the sentence as a pledge", () => {
    const found = pledges(
      "Egypt's President met Italy's Prime Minister in Cairo. The President invited the Prime Minister to make an official visit to Egypt next year, and the Prime Minister accepted.",
    );
    expect(found).toEqual([[expect.stringContaining("invited the Prime Minister to make an official visit"), "2027"]]);
  });
  it("does not read an invitation nobody accepted", () => {
    expect(
      pledges("Italy's Prime Minister met Egypt's President in Cairo. The Prime Minister invited the President to visit Rome next year."),
    ).toEqual([]);
  });
  it("reads a French second pledge after 'et de' with its own due day", () => {
    const found = pledges(
      "Les ministres égyptien et italien se sont réunis au Caire. Les deux parties sont convenues de tenir la prochaine session à Rome en 2028 et de finaliser, avant le 30 juin, la feuille de route sur l'énergie.",
      "fr",
    );
    expect(found.map((f) => f[1])).toEqual(["2028", "2027-06-30"]);
  });
});
