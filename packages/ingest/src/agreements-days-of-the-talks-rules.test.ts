/** Agreement rules from the forty-fourth unseen set: an act done at or after the talks takes the talks' day. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: the day of the talks an act was done at", () => {
  it("dates a signing 'during the talks' by the talks, not by the stay told between", () => {
    const text =
      "Lima - The Presidents of Peru and Chile agreed on Tuesday in Lima to open a new border crossing, at the end of official talks held at the Government Palace.\n\nThe Chilean head of state has been in Peru since Monday on a three-day state visit.\n\nDuring the talks, the two Presidents witnessed the signing of an Agreement on Fisheries Cooperation.";
    expect(actionsOf(text, { published: "2030-05-15", pair: ["CL", "PE"] })).toContainEqual([
      "Agreement on Fisheries Cooperation",
      "signed",
      "2030-05-14",
    ]);
  });
  it("dates a signing 'following their meeting' by the meeting, not by the guest's arrival in the same sentence", () => {
    const text =
      "May 15, 2030 – Lima – Ministry of Defence\n\nToday, the Minister of Defence of Peru met with the Minister of National Defence of Chile, who arrived in Lima yesterday for a three-day visit.\n\nThe ministers discussed maritime security.\n\nFollowing their meeting, the ministers signed the Arrangement on Naval Training Cooperation.\n\nThe ministers also agreed to terminate the Memorandum on Coastal Patrols.";
    const found = actionsOf(text, { published: "2030-05-15", pair: ["CL", "PE"] });
    expect(found).toContainEqual(["Arrangement on Naval Training Cooperation", "signed", "2030-05-15"]);
    expect(found).toContainEqual(["Memorandum on Coastal Patrols", "terminated", "2030-05-15"]);
  });
});
