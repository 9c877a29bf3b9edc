/** Commitments: the items of a list lead stop at the next item with the lead's own mark, the next point of the outer list. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: a list lead's sibling items", () => {
  it("reads the items under the lead and not the next point of the outer list", () => {
    const text = [
      "- The two sides agreed on the following follow-up measures:",
      "",
      "  1) The Finnish institute will send six radar engineers to Windhoek in July.",
      "  2) Namibia will host a training course for forecasters in Walvis Bay from September 9 to 13.",
      "",
      "- Namibia lost some 2,000 hectares of crops to floods last year, according to the service, while Finland faces longer storm seasons every year.",
    ].join("\n");
    expect(pledgesOf(text, { published: "2030-06-19", pair: ["FI", "NA"] })).toEqual([
      ["The Finnish institute will send six radar engineers to Windhoek in July.", "2030-07"],
      ["Namibia will host a training course for forecasters in Walvis Bay from September 9 to 13.", "2030-09-09"],
    ]);
  });
});
