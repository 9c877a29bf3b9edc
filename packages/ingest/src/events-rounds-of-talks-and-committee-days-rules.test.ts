/**
 * Events: talks named as one round of a series ("The last round of officials' talks was held in ...", "Le dernier cycle de
 * négociations s'était tenu à ...") are a round; a joint body that "met the following day" held a session, a round; the
 * talks a signing followed, told without an article ("following bilateral talks between ..."), are an event of their own.
 * A meeting named by its weekday ("la réunion de mardi", "Tuesday's meeting") is the session told before on that day.
 */
import { describe, expect, it } from "vitest";
import { eventTriggers } from "./events";
import { eventsOf } from "./rules-test-kit";

describe("events: rounds of talks and a committee's day", () => {
  it("reads talks named as a round of a series as a round, in English and French", () => {
    expect(
      eventsOf(
        "Ghana and Togo will open a joint border post next year. The last round of Ghana-Togo officials' talks was held in Lomé in March.",
        { published: "2031-06-07", pair: ["GH", "TG"] },
      ),
    ).toContainEqual(["2031-03", "dialogue_round", "Lome"]);
    expect(
      eventTriggers("Le dernier cycle de négociations s'était tenu à Dakar en avril et le prochain se tiendra à Praia.", 0)[0]?.type,
    ).toBe("dialogue_round");
  });

  it("reads a joint body that met the following day as holding a session", () => {
    expect(
      eventsOf(
        "Ghana's Minister of Trade, Kofi Mensah, and Togo's Minister of Commerce, Ama Kouassi, signed a customs protocol in Lomé on 4 June 2031. The Joint Trade Committee met the following day, co-chaired by the two ministers.",
        { published: "2031-06-07", pair: ["GH", "TG"] },
      ),
    ).toContainEqual(["2031-06-05", "dialogue_round", "Lome"]);
  });

  it("reads the talks a signing followed, told without an article, as an event of their own", () => {
    const types = eventTriggers(
      "Senegal and Cabo Verde have signed a fisheries agreement, following bilateral talks between the two foreign ministers in Praia today.",
      0,
    ).map((t) => t.type);
    expect(types).toEqual(expect.arrayContaining(["signing", "meeting"]));
  });

  it("reads a meeting named by its weekday as the session told before on that day", () => {
    const fr = eventsOf(
      "Réunie mardi à Dakar, la commission mixte sénégalo-cap-verdienne a adopté un plan de pêche. Pour le ministre cap-verdien Carlos Tavares, la réunion de mardi « ouvre une nouvelle étape ».",
      { published: "2032-05-13", lang: "fr", pair: ["SN", "CV"] },
    );
    expect(fr.filter(([, type]) => type === "meeting")).toEqual([]);
    const en = eventsOf(
      "The Ghana-Togo Joint Commission met in Accra on Tuesday. Tuesday's meeting, said Togo's foreign minister Ama Kouassi, opened a new chapter.",
      { published: "2031-06-05", pair: ["GH", "TG"] },
    );
    expect(en.filter(([, type]) => type === "meeting")).toEqual([]);
  });
});
