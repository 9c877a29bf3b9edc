/**
 * Agreement rules: "The Agreement, signed in ... on ..., was ratified ..." and "Negotiations on the Agreement were launched"
 * take up the name; a date in a relative clause on the talks does not date the main verb; a building or "last Friday" after a name is not the name's; a step in a clause of time still to come is no step.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: asides, venues and steps still to come", () => {
  it("reads the steps told of 'The Agreement' in an aside and of 'the negotiations on the Agreement'", () => {
    const text =
      "Chile welcomed the entry into force of the Agreement between Chile and Peru on Glacier Monitoring.\n\nThe Agreement, signed in Lima on June 3, 2031, was ratified by Chile in May. The negotiations on the Agreement were launched in Arica in March 2030.";
    const found = actionsOf(text, { published: "2032-09-01", pair: ["CL", "PE"] });
    expect(found).toContainEqual(["Agreement between Chile and Peru on Glacier Monitoring", "signed", "2031-06-03"]);
    expect(found).toContainEqual(["Agreement between Chile and Peru on Glacier Monitoring", "ratified", "2032-05"]);
    expect(found).toContainEqual(["Agreement between Chile and Peru on Glacier Monitoring", "negotiations_launched", "2030-03"]);
  });
  it("ends a name before a building and a weekday, and dates the signing by the day told before the talks' relative clause", () => {
    const text =
      "Chile and Peru yesterday signed two accords. The ministers signed the Agreement on the Arica–Tacna Railway at Morro Convention Centre after four days of talks, which started on Friday with a meeting of experts. Port agencies signed a memorandum of understanding on tide data sharing last Monday in Callao.";
    const found = actionsOf(text, { published: "2032-09-01", pair: ["CL", "PE"] });
    expect(found).toContainEqual(["Agreement on the Arica–Tacna Railway", "signed", "2032-08-31"]);
    expect(found).toContainEqual(["memorandum of understanding on tide data sharing", "signed", "2032-08-30"]);
  });
  it("takes no step told in a clause of time still to come", () => {
    const text =
      "Chile and Peru signed the Agreement on the Arica–Tacna Railway in June. The opposition wants a debate on the railway agreement before it is ratified.";
    const found = actionsOf(text, { published: "2032-09-01", pair: ["CL", "PE"] });
    expect(found.some((a) => a[1] === "ratified")).toBe(false);
  });
});
