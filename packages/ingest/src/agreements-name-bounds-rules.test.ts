/** Where an agreement's name begins and ends (sixteenth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const as = { published: "2028-07-08", pair: ["KR", "CA"] as [string, string] };

describe("agreements: the bounds of a name", () => {
  it("keeps a pair's name joined by an en dash and two complements after the head", () => {
    expect(
      actionsOf("The Canada–Republic of Korea Agreement on the Protection of Classified Military Information was signed in 2018.", as),
    ).toEqual([["Canada–Republic of Korea Agreement on the Protection of Classified Military Information", "signed", "2018"]]);
  });
  it("leaves out the city of a clause before 'the' and the name that follows it", () => {
    expect(
      actionsOf(
        "The ministers of Korea and Canada signed on 18 April in Ottawa the Protocol on Inspection, Quarantine and Sanitary Requirements.",
        as,
      ).map((a) => a[0]),
    ).toEqual(["Protocol on Inspection"]);
  });
});
