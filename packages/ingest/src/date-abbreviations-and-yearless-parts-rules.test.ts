/**
 * Date rules from the twenty-fourth unseen set: month abbreviations without their period before a day ("Mar 12, 2031"),
 * and French quarters and half-years named without a year ("au cours du troisième trimestre").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: month abbreviations without a period", () => {
  it("read 'Mar', 'Jun' and 'Jul' as months before a day or a year", () => {
    expect(datesOf("Released on: Mar 12, 2031", "2031-03-12")).toEqual([["Mar 12, 2031", "2031-03-12"]]);
    expect(datesOf("The fair will open on 3 Jun 2031 and again on Jul 4.", "2031-03-12")).toEqual([
      ["3 Jun 2031", "2031-06-03"],
      ["Jul 4", "2031-07-04"],
    ]);
  });
  it("leave the words alone elsewhere", () => {
    expect(datesOf("Delays mar the project; Jun Park and Jul Kim spoke.", "2031-03-12")).toEqual([]);
  });
});

describe("dates: French quarters and half-years without a year", () => {
  it("are the year of writing", () => {
    expect(datesOf("La chambre enverra une mission à Montréal au cours du troisième trimestre.", "2031-03-19", "fr")).toEqual([
      ["troisième trimestre", "2031-07/2031-09"],
    ]);
    expect(datesOf("Les deux pays connecteront 40 institutions au premier semestre.", "2031-03-19", "fr")).toEqual([
      ["au premier semestre", "2031-01/2031-06"],
    ]);
  });
});
