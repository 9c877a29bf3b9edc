/**
 * Agreement rules from the twenty-ninth unseen set: an acronym defined by its long form then written before a head word
 * ("the bilateral TBT arrangement"), the arrangement an amendment acts on ("an amendment that makes the arrangement
 * permanent"), and no name made of a relative clause or an article inside the words before a head.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const NZ_PE = { published: "2030-05-06", pair: ["NZ", "PE"] as [string, string] };
const NOTICE =
  "This notice informs exporters of the renewal of the Technical Barriers Cooperation (TBC) between the New Zealand Ministry for Primary Industries and Peru's National Agrarian Health Service.\n\nNew Zealand and Peru signed the bilateral TBC arrangement in Lima on 3 March 2027, for a trial period that was extended once in late 2029. On April 22, the two directors-general signed in Wellington an amendment that makes the arrangement permanent. A review of the amended arrangement is planned for 2031.";

describe("agreements: an acronym before a head word", () => {
  it("names 'the TBC arrangement' by the long form the acronym was defined with", () => {
    expect(actionsOf(NOTICE, NZ_PE)).toContainEqual(["Technical Barriers Cooperation arrangement", "signed", "2027-03-03"]);
  });
  it("reads 'an amendment that makes the arrangement permanent' as the arrangement amended", () => {
    expect(actionsOf(NOTICE, NZ_PE)).toContainEqual(["Technical Barriers Cooperation arrangement", "amended", "2030-04-22"]);
  });
  it("makes no name of a relative clause or of an article's phrase before the head", () => {
    const names = actionsOf(NOTICE, NZ_PE).map((a) => a[0]);
    expect(names.filter((n) => /\b(?:that|the)\b/.test(n as string))).toEqual([]);
  });
  it("keeps the instrument before a relative pronoun as the subject ('The letter of intent that preceded ...')", () => {
    const text =
      "New Zealand and Peru signed a twinning agreement. The letter of intent that preceded the agreement was signed in Lima in March 2029 during a visit.";
    expect(actionsOf(text, NZ_PE)).toContainEqual(["letter of intent", "signed", "2029-03"]);
  });
});
