/**
 * A date without its year followed at once by a relative year: one date in that year. Weekdays after
 * opening hours: no date. A second day of a schedule told in the present: ahead, as the first.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: a day or a month, then 'last year' or 'next year'", () => {
  it("reads 'November 12 and 13 last year' as two days of the year before, not two days and a year", () => {
    expect(datesOf("The amendment was agreed at consultations held in Ottawa on November 12 and 13 last year.", "2031-01-28")).toEqual([
      ["November 12 and 13 last year", "2030-11-12/2030-11-13"],
    ]);
  });
  it("gives a day ahead the year named ('on March 3 next year')", () => {
    expect(datesOf("The office will open on March 3 next year.", "2031-01-28")).toEqual([["March 3 next year", "2032-03-03"]]);
  });
  it("reads the French 'En mars l'an dernier' as one month of the year before", () => {
    expect(datesOf("En mars l'an dernier, une mission s'était rendue à Séoul.", "2031-02-18", "fr")).toEqual([
      ["En mars l'an dernier", "2030-03"],
    ]);
  });
  it("leaves a date set off by a comma apart from the year after it", () => {
    expect(datesOf("They met in May, and last year they signed.", "2031-01-28").map(([t]) => t)).toEqual(["in May", "last year"]);
  });
});

describe("dates: a range of weekdays after opening hours", () => {
  it("is every week's, no date ('hours: 09:30-12:00, Monday to Friday', 'Horaires : 9 h 00 à 17 h 00, du lundi au vendredi')", () => {
    expect(datesOf("- Visa counter hours: 09:30-12:00, Monday to Friday.", "2031-02-03")).toEqual([]);
    expect(datesOf("Horaires : 9 h 00 à 17 h 00, du lundi au vendredi.", "2031-02-03", "fr")).toEqual([]);
  });
  it("is still a week's days when no hours come before it ('will meet from Monday to Friday')", () => {
    expect(datesOf("The delegation will meet officials from Monday to Friday.", "2031-02-03").map(([t]) => t)).toEqual([
      "from Monday to Friday",
    ]);
  });
});

describe("dates: a second day after a schedule told in the present", () => {
  it("is ahead as the first is ('is closed on 1 March (...) and on 17 February')", () => {
    expect(
      datesOf("- The consular section is closed on 1 March (Independence Movement Day) and on 17 February (Family Day).", "2031-02-03"),
    ).toEqual([
      ["1 March", "2031-03-01"],
      ["17 February", "2031-02-17"],
    ]);
  });
});
