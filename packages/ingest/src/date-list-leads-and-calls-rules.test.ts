/** Date rules from the twenty-sixth unseen set: list items under a lead that looks ahead, calls for what is to come. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const value = (text: string, needle: string, published: string) =>
  extract(text, { published, lang: "en", pair: ["KE", "PE"] }).dates.find((d) => d.text.includes(needle))?.value;

describe("dates: the tense of list items and of calls", () => {
  it("passes over the blank lines between a lead and its items", () => {
    const text = "The two councils have agreed to:\n\n• swap three planners a year, starting in January;\n\n• open a joint library.";
    expect(value(text, "January", "2033-06-20")).toBe("2034-01");
  });
  it("reads a participle after an item's opening verb as an adjective, not a past", () => {
    const text =
      "Under the accord, the coast guards have agreed to:\na) run combined drills along the shared bay every quarter, from April;";
    expect(value(text, "April", "2033-02-11")).toBe("2033-04");
  });
  it("reads the infinitive after a call or a request as ahead", () => {
    expect(value("Deputy Alvarez urged the minister to testify before the committee in the spring.", "spring", "2033-06-20")).toBe(
      "2034-03/2034-05",
    );
    expect(value("Several deputies are calling for a summit before the regional forum in March.", "March", "2033-06-20")).toBe("2034-03");
  });
});
