/** Event rules from the forty-third unseen set: a visit's town after "to", "St." towns, a call "spoken by telephone". */
import { describe, expect, it } from "vitest";
import { citiesNamed } from "./city-gazetteer";
import { findPlaceMentions } from "./places";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: towns visited and calls", () => {
  it("places a visit in the town it went to, told after 'to', before a town of another clause", () => {
    const found = eventsOf(
      "Saint Lucia and St Vincent and the Grenadines agreed on a ferry. The minister recalled the state visit of the Governor-General of Saint Lucia to Kingstown in June 2029, and the talks concluded in Castries last year.",
      { published: "2031-05-09", pair: ["LC", "VC"] },
    );
    expect(found).toContainEqual(["2029-06", "visit", "Kingstown"]);
  });
  it("reads a town written with 'St.' as the table's 'Saint', after 'to' too", () => {
    expect(citiesNamed("St. John's").map((c) => c.code)).toContain("AG");
    const towns = findPlaceMentions("The ferry will sail from Bridgetown to St. John's twice a week.", ["AG", "BB"]).map((p) => [
      p.text,
      p.countryCode,
    ]);
    expect(towns).toContainEqual(["St. John's", "AG"]);
  });
  it("reads a call told with the participle 'spoken by telephone'", () => {
    expect(triggerTypes("The minister said she had spoken by telephone with her Grenadian counterpart on Friday.")).toContain("phone_call");
  });
});
