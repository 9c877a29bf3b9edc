/** Dates: a holiday that names one day is that day, in the year the clause's tense gives ("since Christmas", "before Easter"). */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["LS", "SZ"] }).dates.map((d) => [d.text, d.value]);

describe("dates: holidays", () => {
  it("reads Easter by the computus, ahead after 'will ... before' and behind after 'since'", () => {
    expect(valuesOf("Lesotho's cabinet will approve the treaty before Easter.", "2031-02-10")).toEqual([["Easter", "2031-04-13"]]);
    expect(valuesOf("Traders from Eswatini have waited at the border post since Christmas.", "2031-02-10")).toEqual([
      ["Christmas", "2030-12-25"],
    ]);
  });
  it("reads 'Christmas next year', 'pour Noël' and 'pour la Saint-Jean'", () => {
    expect(valuesOf("By Christmas next year the road to Mbabane will be paved.", "2031-10-10")).toEqual([
      ["Christmas next year", "2032-12-25"],
    ]);
    expect(valuesOf("Après, retour à Maseru pour Noël!", "2031-11-03", "fr")).toEqual([["Noël", "2031-12-25"]]);
    expect(valuesOf("Les deux ambassades seront ouvertes au public pour la Saint-Jean.", "2033-03-08", "fr")).toEqual([
      ["la Saint-Jean", "2033-06-24"],
    ]);
  });
  it("leaves a holiday inside a name or a place alone ('Jean-Noël', 'Lac-Saint-Jean', 'le marché de Noël')", () => {
    expect(valuesOf("Jean-Noël Barrot, député de Lac-Saint-Jean, a visité le marché de Noël.", "2031-11-03", "fr")).toEqual([]);
  });
});
