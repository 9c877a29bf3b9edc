/** Date rules from the forty-first unseen set: a provision told in the present that runs from a start without a year. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string) => read(text, { published: "2031-09-20" }).dates.map((d) => [d.text, d.value]);

describe("dates: a provision's present that runs from a start", () => {
  it("reads the start of a quota that rises from a day as ahead", () => {
    expect(datesOf("The scheme was renewed in June, and its quota rises to 900 places from December 1.")).toContainEqual([
      "December 1",
      "2031-12-01",
    ]);
  });
  it("reads the start of what an instrument allows from a day as ahead", () => {
    expect(
      datesOf(
        "The protocol that was signed in May allows fishing boats of both countries to land their catch in either port from November 1.",
      ),
    ).toContainEqual(["November 1", "2031-11-01"]);
  });
});
