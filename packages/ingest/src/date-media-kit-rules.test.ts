/** A media kit's, a programme's or a call's list of key dates is a list of dates still to come. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const dateValueAt = (text: string, phrase: string, published: string, lang: "en" | "fr" = "en") => {
  const at = text.indexOf(phrase);
  return read(text, { published, lang }).dates.find((d) => d.start <= at && at < d.end)?.value;
};

describe("dates: key dates listed under their heading", () => {
  it("reads a 'Key dates 2030 (for your calendar)' list as still to come", () => {
    const text =
      "The museum reopened on November 3 after a year of works.\n\nKEY DATES 2030 (for your calendar)\nMar. 8: Spring lantern night\nJune 2–6: Harbour music week";
    expect(dateValueAt(text, "Mar. 8", "2030-01-20")).toBe("2030-03-08");
    expect(dateValueAt(text, "June 2–6", "2030-01-20")).toBe("2030-06-02/2030-06-06");
  });
  it("reads a programme's 'Key screenings' after a lead and a dash as still to come", () => {
    const text =
      "The festival announced its guest country on Monday.\n\nCHILE IN FOCUS – KEY SCREENINGS\nOct. 4 — Opening night: The Long Coast";
    expect(dateValueAt(text, "Oct. 4", "2030-08-20")).toBe("2030-10-04");
  });
  it("reads a call's 'Dates importantes' as still to come", () => {
    const text = "Le colloque a été annoncé en juin.\n\nDates importantes\nAvis aux auteurs : 15 mars\nColloque : 3 juin, Rimouski";
    expect(dateValueAt(text, "15 mars", "2030-12-01", "fr")).toBe("2031-03-15");
  });
});
