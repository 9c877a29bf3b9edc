/**
 * Date rules for lines written in capitals (headlines, datelines, communiqué titles): their month and weekday names are
 * read as prose writes them, and each date keeps the text as written.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-05-12", lang }).dates.map((d) => [d.text, d.value, text.slice(d.start, d.end)]);

describe("dates on lines in capitals", () => {
  it("reads an English headline's range and a dateline's day, as written", () => {
    const text =
      "JOINT COMMUNIQUE ON THE STATE VISIT TO ZAMBIA FROM 8TH TO 10TH MAY 2031\n\nSTATE HOUSE, LUSAKA\n\n9TH MAY 2031\n\nThe two Heads of State met in Lusaka.";
    const found = datesOf(text);
    expect(found).toContainEqual(["8TH TO 10TH MAY 2031", "2031-05-08/2031-05-10", "8TH TO 10TH MAY 2031"]);
    expect(found).toContainEqual(["9TH MAY 2031", "2031-05-09", "9TH MAY 2031"]);
    expect(found.map((d) => d[1])).not.toContain("2031");
  });

  it("reads a French dateline in capitals", () => {
    expect(datesOf("COMMUNIQUÉ CONJOINT\n\nRABAT, LE 3 MAI 2031\n\nLe Maroc et le Sénégal ont signé un accord.", "fr")).toContainEqual([
      "LE 3 MAI 2031",
      "2031-05-03",
      "LE 3 MAI 2031",
    ]);
  });

  it("leaves a line with small letters as it is: 'may' in prose is no month", () => {
    expect(datesOf("The two sides MAY 2031 review the plan.").map((d) => d[1])).not.toContain("2031-05");
  });
});
