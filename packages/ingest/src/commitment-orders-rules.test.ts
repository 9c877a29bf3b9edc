/** Commitment rules from the twenty-fifth unseen set: a regulator's orders ("X shall file ... by ...") under numbered paragraphs. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const AS = { published: "2031-05-14", pair: ["KE", "UG"] as [string, string] };
const MATTER =
  "In the matter of an application by Kenya Power (KPLC) for approval of the power purchase agreement with Uganda Electricity Transmission (UETCL) of Uganda.\n\n";
const duesOf = (order: string) => pledgesOf(MATTER + order, AS).map((p) => p[1]);

describe("commitments: orders with 'shall'", () => {
  it("reads an order to a party as its pledge, with the due date the order gives", () => {
    expect(duesOf("KPLC shall file the final tariff schedule with the Authority by 30 June 2031.")).toEqual(["2031-06-30"]);
  });
  it("reads the subject after a decision's paragraph number ('3.3 KPLC shall ...', '4.1.2 UETCL will ...')", () => {
    expect(duesOf("3.3 KPLC shall submit quarterly export reports, the first by 15 November 2031.")).toEqual(["2031-11-15"]);
    expect(duesOf("4.1.2 UETCL will publish the line's availability figures by 1 July 2031.")).toEqual(["2031-07-01"]);
  });
  it("still reads a rule without an actor as no pledge", () => {
    expect(duesOf("Applications shall be made in writing by 1 July 2031.")).toEqual([]);
  });
});
