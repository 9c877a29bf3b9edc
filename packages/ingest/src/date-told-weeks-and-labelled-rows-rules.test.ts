/**
 * Dates: a weekday "of that week" and a weekday in the entry a span of days heads; "the final day of the visit"; an
 * apposition that restates a day; "from the fall"; a forecast's "is likely"; a labelled row of dates; "the same evening"
 * whose verb follows it.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["ER", "SO"] }).dates.map((d) => [d.text, d.value]);

describe("dates: told weeks and labelled rows", () => {
  it("reads 'Wednesday of that week' in the week of the last day told", () => {
    expect(
      valuesOf(
        "The Somali delegation stayed in Asmara from 7 to 11 March. On Wednesday of that week, the ministers toured the port.",
        "2033-03-30",
      ),
    ).toEqual([
      ["7 to 11 March", "2033-03-07/2033-03-11"],
      ["On Wednesday of that week", "2033-03-09"],
    ]);
  });
  it("reads a weekday in a diary's entry as a day of the span heading it, and 'the final day of the visit' as its last", () => {
    const text = [
      "MONDAY, JUNE 6 – WEDNESDAY, JUNE 8",
      "ASMARA — Visit by the Somali foreign minister. Talks with his Eritrean counterpart on Tuesday. He will tour the Massawa port on the final day of the visit.",
    ].join("\n");
    expect(valuesOf(text, "2033-06-01")).toEqual([
      ["MONDAY, JUNE 6 – WEDNESDAY, JUNE 8", "2033-06-06/2033-06-08"],
      ["on Tuesday", "2033-06-07"],
      ["the final day of the visit", "2033-06-08"],
    ]);
  });
  it("leaves an apposition that restates a day ('On Friday, the last day of the mission,') to that day", () => {
    expect(
      valuesOf(
        "The delegation is in Hargeisa from 6 to 10 June. On Friday, the last day of the mission, the delegation returns to Mogadishu.",
        "2033-06-01",
      ).map(([t]) => t),
    ).toEqual(["6 to 10 June", "On Friday"]);
  });
  it("reads 'from the fall' by the clause's tense, and not 'the fall of' a regime", () => {
    expect(
      valuesOf("Pilots will be seconded to Hargeisa from the fall. Since the fall of the regime, trade has grown.", "2033-03-21"),
    ).toEqual([["from the fall", "2033-09/2033-11"]]);
  });
  it("reads a forecast's 'is likely' as ahead", () => {
    expect(valuesOf("Breeding is likely along the coast in the second half of February.", "2033-01-20")).toEqual([
      ["the second half of February", "2033-02-16/2033-02-28"],
    ]);
  });
  it("reads the dates of a labelled row in the year nearest the day of writing", () => {
    expect(valuesOf("Rest days: May 11, May 14\n\nThe tour ends in Mogadishu.", "2033-04-25")).toEqual([
      ["May 11", "2033-05-11"],
      ["May 14", "2033-05-14"],
    ]);
  });
  it("reads 'The same evening' by the verb after it", () => {
    expect(
      valuesOf(
        "The trade fair opened in Asmara on 2 June and runs until 14 June. The same evening, the Somali minister was received by the president.",
        "2033-06-05",
      ),
    ).toEqual([
      ["2 June", "2033-06-02"],
      ["14 June", "2033-06-14"],
      ["The same evening", "2033-06-02"],
    ]);
  });
});

describe("dates: the days of a visit, not of a week counted from the day of writing", () => {
  it("reads 'the final day of the visit' in the visit's span even after 'next week'", () => {
    expect(
      valuesOf(
        "The foreign minister will visit Asmara from 19 to 21 May. The committee study opens next week. She will meet the port authority on the final day of the visit.",
        "2033-05-14",
      ),
    ).toEqual([
      ["19 to 21 May", "2033-05-19/2033-05-21"],
      ["next week", "2033-05-16/2033-05-22"],
      ["the final day of the visit", "2033-05-21"],
    ]);
  });
});
