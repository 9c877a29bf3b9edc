/** Dates: a day and month without a year, where the text writes that same day with its year, is that day. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, lang: "en" | "fr", published: string) =>
  read(text, { published, lang, pair: ["TO", "FJ"] }).dates.map((d) => [d.text, d.value]);

describe("dates: the year of the same day written in full", () => {
  it("reads a headline's 'starts July 1' and a column's 'From July 1' in the year the notice gives", () => {
    const text =
      "Roaming with Fiji starts July 1\n\nStarting on July 1, 2032, Tonga's customers can call and text in Fiji at home rates.\n\n| Service | Before | From July 1 |";
    expect(valuesOf(text, "en", "2032-06-24").filter(([t]) => /July 1/.test(String(t)))).toEqual([
      ["July 1", "2032-07-01"],
      ["July 1, 2032", "2032-07-01"],
      ["July 1", "2032-07-01"],
    ]);
  });
  it("reads 'entre en vigueur le 1er avril' in the year of 'le 1er avril 2033' below", () => {
    const text = "L'accord entre en vigueur le 1er avril\n\nL'accord entre les Tonga et les Fidji entrera en vigueur le 1er avril 2033.";
    expect(valuesOf(text, "fr", "2033-03-09").map(([, v]) => v)).toEqual(["2033-04-01", "2033-04-01"]);
  });
  it("keeps 'January 1 of this year' in the year of writing", () => {
    const text = "The Tonga–Fiji agreement entered into force on January 1, 2015. The last tariff fell to zero on January 1 of this year.";
    expect(valuesOf(text, "en", "2030-05-20").map(([, v]) => v)).toContain("2030-01-01");
  });
});
