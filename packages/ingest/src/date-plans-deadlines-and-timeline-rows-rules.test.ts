/**
 * Dates: a present tense of travel with its day is a plan, a deadline after "by" in a clause with no tense is ahead, and
 * a timeline's verbless rows straddling the day of writing each take the year nearest it.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["TO", "KI"] }).dates.map((d) => [d.text, d.value]);

describe("dates: plans in the present, deadlines and timeline rows", () => {
  it("reads 'leave ... on May 3' and 'arrives in Tarawa on June 2' as days to come", () => {
    expect(valuesOf("Three Tongan teachers leave for a term in Tarawa on May 3.", "2032-04-21")).toEqual([["May 3", "2032-05-03"]]);
    expect(valuesOf("The Kiribati delegation arrives in Nukuʻalofa on June 2.", "2032-04-21")).toEqual([["June 2", "2032-06-02"]]);
  });
  it("keeps a past 'left ... on May 3' in the past", () => {
    expect(valuesOf("Three Tongan teachers left for a term in Tarawa on May 3.", "2032-04-21")).toEqual([["May 3", "2031-05-03"]]);
  });
  it("reads 'by December 31' in a clause with no tense as ahead", () => {
    expect(valuesOf("Our goal for the Tonga–Kiribati scholarship fund is $400,000 by December 31.", "2032-04-21")).toEqual([
      ["December 31", "2032-12-31"],
    ]);
  });
  it("reads a programme's rows around the day of writing in the year nearest it, and a row with a past verb in the past", () => {
    const text =
      "Programme timeline\nSept. 2–6 · Onboarding\nOct. 14–18 · Field week in Tarawa\nDec. 4 · Closing day\n\nMarch 3 – Ministers met in Nukuʻalofa";
    expect(valuesOf(text, "2030-09-10").map(([, v]) => v)).toEqual([
      "2030-09-02/2030-09-06",
      "2030-10-14/2030-10-18",
      "2030-12-04",
      "2030-03-03",
    ]);
  });
});
