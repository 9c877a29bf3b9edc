/** Commitment rules from the twenty-sixth unseen set: a due date named by reference ("before then", "before that date"). */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const dueOf = (text: string, needle: string, published: string) =>
  extract(text, { published, lang: "en", pair: ["CL", "PE"] }).commitments.find((c) => c.text.includes(needle))?.due;

describe("commitments: due dates named by reference", () => {
  it("dates 'before that date' by the date the clause before gave", () => {
    const text =
      "The Chilean side confirmed that the Arica–Tacna ferry will start sailing on 9 October; the Peruvian side will dredge the harbour before that date.";
    expect(dueOf(text, "dredge", "2033-03-02")).toBe("2033-10-09");
  });
  it("dates 'before then' and 'before that round' by the date given earlier in the sentence", () => {
    expect(
      dueOf(
        "Chilean Minister Rojas will attend the Pacific Forum on August 14, and Peru will publish its fisheries report before then.",
        "fisheries",
        "2033-03-02",
      ),
    ).toBe("2033-08-14");
    expect(
      dueOf(
        "The envoy said the next round would be held in Lima from May 4 to 6, and that Chile would send its draft annex before that round.",
        "annex",
        "2033-03-02",
      ),
    ).toBe("2033-05-04");
  });
  it("takes no date that is already past", () => {
    const text = "The Chilean ferry began sailing on 9 January; the Peruvian side will dredge the harbour before that date.";
    expect(dueOf(text, "dredge", "2033-03-02")).toBeNull();
  });
});
