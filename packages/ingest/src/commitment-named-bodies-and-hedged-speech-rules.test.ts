/**
 * Commitment rules from the fortieth unseen set: a body named by what it deals with ("the intergovernmental
 * commission on border rivers"), an institution whose name joins two nationalities with a dash, and a speaker's "I would add".
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const opts = { published: "2031-02-12", pair: ["PL", "CZ"] as [string, string] };

describe("commitments: named bodies and hedged speech", () => {
  it("reads a pledge of a lower-case body named by its matter", () => {
    const text =
      "Poland and the Czech Republic met in Opole. The intergovernmental commission on border rivers will sit in Ostrava in May.";
    expect(pledgesOf(text, opts)).toContainEqual([
      "The intergovernmental commission on border rivers will sit in Ostrava in May.",
      "2031-05",
    ]);
  });
  it("reads a pledge of an institution whose name joins two nationalities with an en dash", () => {
    const text =
      "Poland and the Czech Republic met in Opole. The Polish–Czech Forest Commission will hold its next session in Brno in June.";
    expect(pledgesOf(text, opts)).toContainEqual([
      "The Polish–Czech Forest Commission will hold its next session in Brno in June.",
      "2031-06",
    ]);
  });
  it("reads no pledge in a speaker's 'I would add'", () => {
    const text = "Poland and the Czech Republic are close partners, and I would add one more point about Poland and the Czech Republic.";
    expect(pledgesOf(text, opts).map((p) => p[0])).toEqual([]);
  });
});
