/** Date rules from the fourteenth unseen set: ranges of days across months, of weekdays and of years. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["TH", "NL"] }).dates.map((d) => [d.text, d.value]);

describe("dates: ranges", () => {
  it("reads a range of days written day first across two months, and 'between 1 and 11 November'", () => {
    expect(datesOf("The Thai delegation is in the Netherlands from 27 November to 2 December.", "2027-11-30")).toEqual([
      ["27 November to 2 December", "2027-11-27/2027-12-02"],
    ]);
    expect(datesOf("The exercise was conducted between 1 and 11 November.", "2027-11-11")).toEqual([
      ["1 and 11 November", "2027-11-01/2027-11-11"],
    ]);
  });
  it("reads a range of weekdays by the clause's tense", () => {
    expect(datesOf("The High Commissioner paid a working visit to the region from Monday to Wednesday.", "2027-10-14")).toEqual([
      ["from Monday to Wednesday", "2027-10-11/2027-10-13"],
    ]);
  });
  it("reads ranges of years in both languages", () => {
    expect(datesOf("They adopted an Action Plan for the years 2028-2032.", "2027-11-26")).toEqual([["2028-2032", "2028/2032"]]);
    expect(datesOf("Le programme de coopération 2028-2031 couvre les années 2025 à 2028.", "2027-10-07", "fr")).toEqual([
      ["2028-2031", "2028/2031"],
      ["2025 à 2028", "2025/2028"],
    ]);
  });
});
