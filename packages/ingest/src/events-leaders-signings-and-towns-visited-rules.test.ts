/** Event rules from the forty-third unseen set: leaders at a signing together, a visit's town after "to", "St." towns. */
import { describe, expect, it } from "vitest";
import { citiesNamed } from "./city-gazetteer";
import { findPlaceMentions } from "./places";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: leaders' signings and towns visited", () => {
  it("reads the two sides' heads of government signing together as their summit of that day", () => {
    const found = eventsOf(
      "Castries, 9 May 2031 – The Prime Minister of Grenada, Jonah Pierre, is in Saint Lucia for a two-day visit at the invitation of the Prime Minister of Saint Lucia, Alva Joseph. On Thursday, the two Prime Ministers signed a memorandum on coastguard training at the Treasury in Castries.",
      { published: "2031-05-09", pair: ["LC", "GD"] },
    );
    expect(found).toContainEqual(["2031-05-08", "signing", "Castries"]);
    expect(found).toContainEqual(["2031-05-08", "summit", "Castries"]);
  });
  it("reads no summit from a signing by ministers", () => {
    const found = eventsOf(
      "Castries, 9 May 2031 – The fisheries ministers of Grenada and Saint Lucia met on Thursday. The two ministers signed a memorandum on coastguard training in Castries.",
      { published: "2031-05-09", pair: ["LC", "GD"] },
    );
    expect(found.map((e) => e[1])).toContain("signing");
    expect(found.map((e) => e[1])).not.toContain("summit");
  });
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
