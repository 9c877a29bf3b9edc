/**
 * Date rules: the end of a season that names a body's sitting ("the end of the spring session"), and a year after two words
 * in capitals that follow a word in lower case ("Exercise NORTHERN SHIELD 2032"), which names an edition.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string) => read(text, { published, lang: "en" }).dates.map((d) => [d.text, d.value]);

describe("dates: a season naming a sitting", () => {
  it("reads no date in 'the end of the spring session', and still reads 'the end of the spring'", () => {
    expect(datesOf("The bill passed at the end of the spring session with 90 votes.", "2032-06-20")).toEqual([]);
    expect(datesOf("The bill will pass by the end of the spring.", "2032-03-20")).toContainEqual(["by the end of the spring", "2032-05"]);
  });
});

describe("dates: a year closing a name in capitals", () => {
  it("reads no date in a year after two words in capitals that follow a word in lower case", () => {
    expect(datesOf("The navies completed Exercise NORTHERN SHIELD 2032 off the coast.", "2032-06-20")).toEqual([]);
  });
  it("still reads the year of a heading in capitals", () => {
    expect(datesOf("TRADE MISSION REPORT 2032", "2032-06-20")).toContainEqual(["2032", "2032"]);
  });
});
