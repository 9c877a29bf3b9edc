/** Agreement rules from the thirteenth unseen set: a demonstrative for the last agreement named, a name that stops before its day. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: demonstratives and names", () => {
  it("resolves 'That agreement' to the last agreement named with that head", () => {
    const text =
      "Brazil and South Africa met. The preferential trade agreement between the Southern African Customs Union and Mercosur is at the heart of the talks. That agreement took effect in April 2016.";
    expect(actionsOf(text, { published: "2027-08-26", pair: ["ZA", "BR"] })).toEqual([
      ["preferential trade agreement", "entered_into_force", "2016-04"],
    ]);
  });
  it("ends a name before a place and a relative day ('... training on campus yesterday')", () => {
    const text =
      "The University of Limerick and India's IIT Madras signed a memorandum of understanding on semiconductor research and doctoral training on campus yesterday, during the visit to Ireland of India's Minister of Education.";
    expect(actionsOf(text, { published: "2027-06-09", pair: ["IE", "IN"] })).toEqual([
      ["memorandum of understanding on semiconductor research and doctoral training", "signed", "2027-06-08"],
    ]);
  });
});
