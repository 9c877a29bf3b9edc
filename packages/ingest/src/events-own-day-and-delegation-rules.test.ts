/** A meeting's own day before a visit's range, a bare "the delegation" as the writer's own, an answer's body (nineteenth unseen set). */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: own day, the writer's delegation, answer marks", () => {
  it("dates an audience 'ce mercredi' by its day, and the visit told beside it by its range", () => {
    expect(
      eventsOf(
        "Dakar, le 22 mai 2030 – Le ministre de la Santé, Dr Ibrahima Sy Diallo, a reçu ce mercredi en audience la ministre portugaise de la Santé, Mme Ana Paula Martins, en visite de travail au Sénégal du 21 au 23 mai 2030.",
        { published: "2030-05-22", lang: "fr", pair: ["SN", "PT"] },
      ),
    ).toEqual([
      ["2030-05-22", "meeting", "Dakar"],
      ["2030-05-21/2030-05-23", "visit", "Dakar"],
    ]);
  });
  it("reads 'the delegation met' in a report written from one side as that side's meeting", () => {
    expect(
      eventsOf(
        "The Hague, 2 May 2030\n\n1. A delegation of the Committee on Jordan–Netherlands relations visited Amman from 8 to 11 April 2030.\n\n2. On 9 April the delegation met Jordan's Minister of Water, Mr. Walid Abu Ghazaleh, in Amman.",
        { published: "2030-05-02", pair: ["JO", "NL"] },
      ),
    ).toContainEqual(["2030-04-09", "meeting", "Amman"]);
  });
  it("reads a working group opening an answer ('A. The first ... Working Group ... met') as a round", () => {
    expect(triggerTypes("A. The first Korea–Canada Working Group on Youth Mobility met in Ottawa on 14 February 2030.")).toEqual([
      "dialogue_round",
    ]);
  });
  it("reads 'Jordan' as the country after a word of place, in a compound or as a possessive, not as a given name", () => {
    const codes = (s: string) => findCountryMentions(s).map((m) => m.code);
    expect(codes("The second round of Jordan–Netherlands political consultations")).toEqual(["JO", "NL"]);
    expect(codes("a working visit to Jordan.")).toEqual(["JO"]);
    expect(codes("Jordan's Minister of Water")).toEqual(["JO"]);
    expect(codes("Michael Jordan said so.")).toEqual([]);
  });
  it("reads the first country of a French compound adjective ('sénégalo-portugaise', 'belgo-congolaise')", () => {
    const codes = (s: string) => findCountryMentions(s).map((m) => m.code);
    expect(codes("La commission mixte sénégalo-portugaise")).toEqual(["SN", "PT"]);
    expect(codes("la commission mixte belgo-congolaise")).toEqual(["BE", "CD"]);
    expect(codes("une réunion de haut-niveau")).toEqual([]);
  });
});
