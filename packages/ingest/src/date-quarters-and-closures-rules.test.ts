/** Date rules from the twenty-third unseen set: quarters with no year, French quarters, and closures on days ahead. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: a quarter with no year", () => {
  it("is the year of writing's quarter ('intends to sign ... in the second quarter, and ...')", () => {
    expect(
      datesOf(
        "The airline intends to sign a codeshare agreement in the second quarter, and the two will align their programmes.",
        "2031-01-28",
      ),
    ).toEqual([["in the second quarter", "2031-04/2031-06"]]);
  });
  it("is no date when it names results ('the second quarter results')", () => {
    expect(datesOf("The second quarter results were strong.", "2031-01-28")).toEqual([]);
  });
});

describe("dates: a French quarter", () => {
  it("reads 'troisième trimestre de 2031' as its three months and 'la fin du premier trimestre 2032' as the last one", () => {
    expect(
      datesOf(
        "La réunion aura lieu au cours du troisième trimestre de 2031, et le rapport à la fin du premier trimestre 2032.",
        "2031-01-14",
        "fr",
      ),
    ).toEqual([
      ["troisième trimestre de 2031", "2031-07/2031-09"],
      ["la fin du premier trimestre 2032", "2032-03"],
    ]);
  });
});

describe("dates: a closure told in the present", () => {
  it("'is closed on 1 March' is the day ahead", () => {
    expect(datesOf("The visa section is closed on 1 March for a national holiday.", "2031-02-03")).toEqual([["1 March", "2031-03-01"]]);
  });
});
