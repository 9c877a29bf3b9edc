/**
 * Events: a visit's last day told after the leaving in a sentence that also tells a day of the stay ("visits ... today and
 * leaves for Tashkent tomorrow"), a day told after "since" or "depuis" lent to no later sentence, a signing "à l'issue de
 * l'entretien" dated by the talks, a princely palace and "la Principauté" standing for their town, and the leaders' talks
 * told right after a reception making the reception their summit.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: leavings, palaces and talks told in the singular", () => {
  it("ends a visit on the day told after the leaving, not on a day of the stay told before it", () => {
    expect(
      eventsOf(
        "Hungary and Uzbekistan strengthen cooperation. Hungarian Minister Anna Kovács, who arrived in Tashkent on 14 May on a working visit, was received yesterday by the President of Uzbekistan. She visits the Tashkent State Agrarian University today and leaves for Almaty tomorrow.",
        { published: "2035-05-16", pair: ["HU", "UZ"] },
      ),
    ).toContainEqual(["2035-05-14/2035-05-17", "visit", "Tashkent"]);
  });
  it("dates a signing told 'à l'issue de l'entretien' by the talks, not by the day the stay began", () => {
    const events = eventsOf(
      "Le Président du Sénégal a reçu hier à Dakar le ministre gambien des Affaires étrangères, en visite de travail depuis lundi. À l'issue de l'entretien, les deux ministres des Affaires étrangères ont signé un accord sur la pêche.",
      { published: "2032-10-13", lang: "fr", pair: ["SN", "GM"] },
    );
    expect(events.filter((e) => e[1] === "signing").map((e) => e[0])).toEqual(["2032-10-12"]);
  });
  it("reads the Prince's palace and the Principality as Monaco, and the leaders' talks after a reception as the summit", () => {
    expect(
      eventsOf(
        "Monaco et le Cabo Verde renforcent leur coopération. S.A.S. le Prince Souverain a reçu hier au Palais Princier le Président de la République du Cabo Verde, en visite officielle en Principauté depuis lundi. Les deux Chefs d'État se sont entretenus en tête-à-tête, puis en présence des délégations.",
        { published: "2032-10-13", lang: "fr", pair: ["MC", "CV"] },
      ),
    ).toContainEqual(["2032-10-12", "summit", "Monaco"]);
  });
});
