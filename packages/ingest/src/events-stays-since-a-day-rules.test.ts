/**
 * Events: a visit under way told since a day ("en visite officielle en Principauté depuis lundi", "on a working visit to
 * Seoul since Sunday") runs from that day to the leaving a later sentence tells ("Le Président, qui s'est rendu ce matin au
 * musée, quitte la Principauté demain pour Paris"); told with no leaving, it is no event.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: stays told since a day", () => {
  const text = (end: string) =>
    `Monaco et le Cabo Verde renforcent leur coopération. S.A.S. le Prince Souverain a reçu hier au Palais Princier le Président de la République du Cabo Verde, en visite officielle en Principauté depuis lundi. Les deux Chefs d'État se sont entretenus en tête-à-tête. ${end}`;
  it("spans the stay from the day it runs since to the leaving told later", () => {
    expect(
      eventsOf(text("Le Président, qui s'est rendu ce matin au Musée océanographique, quitte la Principauté demain pour Paris."), {
        published: "2032-10-13",
        lang: "fr",
        pair: ["MC", "CV"],
      }),
    ).toContainEqual(["2032-10-11/2032-10-14", "visit", "Monaco"]);
  });
  it("reads no visit from the first day alone", () => {
    const events = eventsOf(text("Le Président s'est rendu ce matin au Musée océanographique."), {
      published: "2032-10-13",
      lang: "fr",
      pair: ["MC", "CV"],
    });
    expect(events.filter((e) => e[1] === "visit")).toEqual([]);
  });
});
