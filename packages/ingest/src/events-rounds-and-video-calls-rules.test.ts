/** A round named by its ordinal after "at their", a French talk "par visioconférence", and "des deux pays" as the pair. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: ordinal rounds, video calls in French, the pair named as 'des deux pays'", () => {
  it("reads 'at their third and final round in <town>' as a round", () => {
    expect(
      eventsOf("On 4 March, Peru and Chile concluded negotiations on a fisheries agreement at their third and final round in Arica.", {
        published: "2030-03-10",
        pair: ["PE", "CL"],
      }),
    ).toEqual([["2030-03-04", "dialogue_round", "Arica"]]);
  });
  it("reads 's'étaient entretenus par visioconférence' as a call", () => {
    expect(
      eventsOf("Les ministres béninois et togolais de la Santé s'étaient entretenus par visioconférence le 3 mars.", {
        published: "2030-03-10",
        lang: "fr",
        pair: ["BJ", "TG"],
      }),
    ).toEqual([["2030-03-03", "phone_call", null]]);
  });
  it("reads 'les vice-ministres ... des deux pays' as the pair's officials after a sentence naming the pair", () => {
    expect(
      eventsOf(
        "La France et la République de Guinée ont établi leurs relations diplomatiques en 1959. Le moment s'y prête. Réunis à Paris lundi et mardi, les vice-ministres des Affaires étrangères des deux pays ont tenu la 9e session du Dialogue stratégique France–Guinée.",
        { published: "2031-12-04", lang: "fr", pair: ["FR", "GN"] },
      ),
    ).toEqual([["2031-12-01/2031-12-02", "dialogue_round", "Paris"]]);
  });
  it("places a meeting held by videoconference in no town, not the town of the sentence before", () => {
    const text =
      "Veterinary officials of Peru and Chile met in Arica on April 8 and 9. Peru's Chief Veterinary Officer, Dr. Ana Quispe, and Chile's Director of Animal Health, Dr. Pablo Soto, settled the last points by videoconference on Monday.";
    expect(eventsOf(text, { published: "2031-06-12", pair: ["PE", "CL"] })).toContainEqual(["2031-06-09", "meeting", null]);
  });
});
