/** Event rules on the towns a site or a spelling names, on French plans in the future plural, and on a round dated by its close. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: a French site named with its owner before its town", () => {
  it("places a signing 'au chantier Davie de Lévis' in Lévis rather than a capital named before", () => {
    const found = eventsOf(
      "Ottawa et Séoul s'entendent. Le Canada et la Corée ont signé mardi, au chantier Marchand de Lévis, un protocole d'entente sur la construction navale.",
      { published: "2031-05-08", lang: "fr" },
    );
    expect(found).toContainEqual(["2031-05-06", "signing", "Levis"]);
  });
  it("places a signing 'à l'usine Solaris de Sherbrooke' in Sherbrooke for another pair", () => {
    const found = eventsOf(
      "Le Canada et le Maroc ont signé jeudi, à l'usine Solaris de Sherbrooke, une entente de coopération industrielle.",
      { published: "2031-05-09", lang: "fr", pair: ["CA", "MA"] },
    );
    expect(found).toContainEqual(["2031-05-08", "signing", "Sherbrooke"]);
  });
});

describe("events: the capital of Mongolia as English news writes it", () => {
  it("places a commission concluded 'in Ulaanbaatar today' in Ulaanbaatar", () => {
    const found = eventsOf(
      "The 12th meeting of the Mongolia-Kazakhstan Intergovernmental Commission concluded in Ulaanbaatar today. The two sides signed a memorandum today.",
      { published: "2031-05-14", pair: ["MN", "KZ"] },
    );
    expect(found).toContainEqual(["2031-05-14", "dialogue_round", "Ulaanbaatar"]);
  });
});

describe("events: French plans in the future plural", () => {
  it("reads 'tiendront ... l'été prochain' as a plan, not an exercise held", () => {
    const found = eventsOf(
      "Le Canada et la Corée ont signé jeudi à Halifax une entente. Les deux marines tiendront leur premier exercice conjoint dans l'Atlantique l'été prochain.",
      { published: "2031-05-09", lang: "fr" },
    );
    expect(found.map((e) => e[1])).not.toContain("exercise");
  });
  it("reads 'organiseront un exercice conjoint' for another pair as a plan", () => {
    const found = eventsOf(
      "Le Sénégal et la Mauritanie ont signé lundi à Dakar un accord de pêche. Leurs garde-côtes organiseront un exercice conjoint en mer en octobre.",
      { published: "2031-05-09", lang: "fr", pair: ["SN", "MR"] },
    );
    expect(found.map((e) => e[1])).not.toContain("exercise");
  });
});

describe("events: a round dated by its close, its opening told after", () => {
  it("reads 'concluded in <town> today' then 'The two-day meeting, which opened on Tuesday' as a round over both days", () => {
    const found = eventsOf(
      "The 9th meeting of the Kazakhstan-Uzbekistan Intergovernmental Commission concluded in Tashkent today with the signing of five documents. The two-day meeting, which opened on Tuesday at the Palace of Forums, was co-chaired by the two Deputy Prime Ministers.",
      { published: "2031-05-14", pair: ["KZ", "UZ"] },
    );
    expect(found).toContainEqual(["2031-05-13/2031-05-14", "dialogue_round", "Tashkent"]);
  });
  it("reads 'La session ... s'est achevée ce jeudi ... Ouverte mardi' as a round over those days", () => {
    const found = eventsOf(
      "La 5e session de la Commission mixte Canada-Corée s'est achevée ce jeudi à Ottawa. Ouverte mardi, elle a réuni une centaine de délégués.",
      { published: "2031-05-15", lang: "fr" },
    );
    expect(found.map((e) => e.slice(0, 2))).toContainEqual(["2031-05-13/2031-05-15", "dialogue_round"]);
  });
});
