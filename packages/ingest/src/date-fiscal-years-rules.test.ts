/** Date rules from the twenty-second unseen set: a fiscal year over two calendar years. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string) => read(text, { published: "2030-12-02" }).dates.map((d) => [d.text, d.value]);

describe("dates: fiscal years", () => {
  it("reads '2029-30', 'FY2029-30' and '2031–32' as their two calendar years", () => {
    expect(datesOf("Exports reached USD 40 million in 2029-30.")).toContainEqual(["2029-30", "2029/2030"]);
    expect(datesOf("Imports stood at USD 48.5 million in FY2029-30.")).toContainEqual(["FY2029-30", "2029/2030"]);
    expect(datesOf("The report is due in the 2031–32 fiscal year.")).toContainEqual(["2031–32", "2031/2032"]);
  });
  it("reads no fiscal year in a day written in numbers, nor in two numbers that do not follow each other", () => {
    const values = datesOf("On 2030-12-03 the line ran at 2030-45.").map((d) => d[1]);
    expect(values).toContain("2030-12-03");
    expect(values.filter((v) => String(v).includes("/"))).toEqual([]);
  });
});
