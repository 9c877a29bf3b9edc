/** Date rules from the twenty-fifth unseen set: "the last quarter of 2031", "au dernier trimestre 2031", "T4 2030". */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-04-03", lang, pair: ["NP", "KR"] }).dates.map((d) => [d.text, d.value]);

describe("dates: last quarters and quarters written 'T4'", () => {
  it("reads 'the last quarter of <year>' as its fourth quarter, not 'the last quarter' alone", () => {
    expect(datesOf("The group will meet in Seoul in the last quarter of 2031.")).toEqual([
      ["in the last quarter of 2031", "2031-10/2031-12"],
    ]);
    expect(datesOf("Sales fell in the last quarter.")).toEqual([]);
  });
  it("reads 'au dernier trimestre 2031' and 'T4 2030' as quarters", () => {
    expect(datesOf("Le groupe se réunira au dernier trimestre 2031.", "fr")).toEqual([["dernier trimestre 2031", "2031-10/2031-12"]]);
    expect(datesOf("Au T4 2030, les expéditions ont bondi de 31 %.", "fr")).toEqual([["T4 2030", "2030-10/2030-12"]]);
  });
});
