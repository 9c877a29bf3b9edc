/** Event rules from public releases: talks named as the setting of what was discussed, dated on the spot, are the event. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: talks named as a setting and dated there", () => {
  it("reads 'discussed ... during their talks following an official welcome ceremony in Lisbon on June 4' as the leaders' talks", () => {
    expect(
      eventsOf(
        "President Ana Silva and her Swedish counterpart Erik Berg discussed trade and energy during their talks following an official welcome ceremony in Lisbon on June 4.",
        { published: "2030-06-05", pair: ["PT", "SE"] },
      ),
    ).toEqual([["2030-06-04", "summit", "Lisbon"]]);
  });
  it("reads 'ont évoqué ... lors de leurs entretiens à Lisbonne le 4 juin' as a meeting", () => {
    expect(
      eventsOf(
        "La ministre portugaise Ana Silva et son homologue suédois Erik Berg ont évoqué le commerce lors de leurs entretiens à Lisbonne le 4 juin.",
        { published: "2030-06-05", lang: "fr", pair: ["PT", "SE"] },
      ),
    ).toEqual([["2030-06-04", "meeting", "Lisbon"]]);
  });
});
