/** Date rules from the forty-fourth unseen set: a year closing a name in capitals names an edition. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string) => read(text, { published: "2031-03-02" }).dates.map((d) => [d.text, d.value]);

describe("dates: years closing a name in capitals", () => {
  it("reads no date in an exercise's or a festival's edition", () => {
    const values = datesOf("The navy briefed its partners on PACEX 2032, to be held off Guam, and on the FILMFEST 2031 programme.").map(
      (d) => d[1],
    );
    expect(values).not.toContain("2032");
    expect(values).not.toContain("2031");
  });
  it("still reads a month in capitals, and a year in a heading in capitals", () => {
    expect(datesOf("Posted: NOV 2030 by the Press Office.").map((d) => String(d[1]).slice(0, 4))).toContain("2030");
    expect(datesOf("ANNUAL TRADE REPORT 2030\n\nExports grew.").map((d) => d[1])).toContain("2030");
  });
});
