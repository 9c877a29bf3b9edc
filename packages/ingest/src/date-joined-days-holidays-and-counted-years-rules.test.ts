/** Date rules from the forty-first unseen set: two days each with its weekday, Easter Monday in French, months without a year, "the new year", counts of two words. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, lang: "en" | "fr" = "en", published = "2030-03-12") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: joined days, holidays and counted years", () => {
  it("reads two days joined by 'et', each with its weekday, as one range", () => {
    expect(datesOf("La foire se tiendra le vendredi 10 et samedi 11 mai 2030 à Laval.", "fr")).toContainEqual([
      "le vendredi 10 et samedi 11 mai 2030",
      "2030-05-10/2030-05-11",
    ]);
  });
  it("reads 'lundi de Pâques' as the day after Easter Sunday", () => {
    expect(datesOf("Le bureau sera fermé le lundi de Pâques.", "fr")).toContainEqual(["lundi de Pâques", "2030-04-22"]);
  });
  it("reads a range of months without a year in the year the clause's tense gives", () => {
    expect(datesOf("The two ferries will sail from May to September every year.")).toContainEqual(["May to September", "2030-05/2030-09"]);
  });
  it("reads 'in the new year' late in a year as the year that follows", () => {
    expect(datesOf("The ministers will meet again in the new year.", "en", "2030-11-20")).toContainEqual(["the new year", "2031"]);
  });
  it("reads a count of two words joined by a hyphen ('vingt-trois', 'twenty-three')", () => {
    expect(datesOf("La centrale a fermé il y a vingt-trois ans.", "fr")).toContainEqual(["il y a vingt-trois ans", "2007"]);
    expect(datesOf("The mill closed thirty-one years ago.")).toContainEqual(["thirty-one years ago", "1999"]);
  });
});
