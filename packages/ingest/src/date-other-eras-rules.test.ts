/** Date rules from the twenty-fifth unseen set: a date in another calendar's era ("2087/12/21 B.S.") is not Gregorian. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string) => read(text, { published: "2031-04-03", pair: ["NP", "KR"] }).dates.map((d) => [d.text, d.value]);

describe("dates: other calendars' eras", () => {
  it("reads no Gregorian date from a Bikram Sambat or Hijri date, and keeps the Gregorian one beside it", () => {
    expect(datesOf("Date: 2087/12/21 B.S. (3 April 2031)")).toEqual([["3 April 2031", "2031-04-03"]]);
    expect(datesOf("Press Release on Dengue Prevention (2087/12/10 BS)")).toEqual([]);
  });
  it("still reads a year-month-day date with no era after it", () => {
    expect(datesOf("Filed on 2031/04/02 by the ministry.")).toEqual([["2031/04/02", "2031-04-02"]]);
  });
});
