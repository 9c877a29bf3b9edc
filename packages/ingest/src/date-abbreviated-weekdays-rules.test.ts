/** Dates: an English weekday abbreviated before a day and a month ("Sat. 16 March", "Thu Sept. 25") places its year. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

describe("dates: an abbreviated weekday before a yearless day", () => {
  it.each([
    ["Sat. 9 March – cultural evening in Tashkent", "Sat. 9 March", "2030-03-09"],
    ["Thu Sept. 26 – film night", "Thu Sept. 26", "2030-09-26"],
    ["Wed., 6 Feb. – trade seminar", "Wed., 6 Feb.", "2030-02-06"],
  ])("reads '%s' in the year whose calendar has that weekday", (line, text, value) => {
    // Published in December 2029, with no verb to tell the tense: the weekday tells the year.
    const dates = read(`Events of the Uzbek–Kyrgyz friendship society\n\n${line}\n`, {
      published: "2029-12-10",
      pair: ["UZ", "KG"],
    }).dates.map((d) => [d.text, d.value]);
    expect(dates).toContainEqual([text, value]);
  });
});
