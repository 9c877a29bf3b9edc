/** Experts' meetings and numbered rounds as rounds, seats of government as towns, and a minister's title before a town's name. */
import { describe, expect, it } from "vitest";
import { findPlaceMentions } from "./places";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("experts' meetings and numbered rounds", () => {
  it("reads a meeting of the two sides' experts as a round", () => {
    expect(triggerTypes("Une réunion des experts des deux pays, tenue lundi et mardi à Dakar, avait préparé les textes.")).toEqual([
      "dialogue_round",
    ]);
    expect(triggerTypes("The text was prepared at a meeting of the two institutes' experts in Espoo.")).toContain("dialogue_round");
  });
  it("leaves a meeting of officials with no step of talks a meeting", () => {
    expect(triggerTypes("The session was preceded by a meeting of senior officials on Wednesday and Thursday.")).not.toContain(
      "dialogue_round",
    );
  });
  it("reads a meeting at a numbered round as the round", () => {
    expect(triggerTypes("The two deputy ministers last met in Lisbon in June, at the fourth round of political consultations.")).toEqual([
      "dialogue_round",
    ]);
  });
  it("reads the numbered round a signing was told within as an event of its own", () => {
    const text =
      "Finland and Portugal signed a memorandum on Arctic research on Wednesday, as their foreign ministers met in Lisbon for the third round of their strategic dialogue.";
    const x = eventsOf(text, { published: "2031-11-21", pair: ["FI", "PT"] });
    expect(x).toContainEqual(["2031-11-19", "signing", "Lisbon"]);
    expect(x).toContainEqual(["2031-11-19", "dialogue_round", "Lisbon"]);
  });
});

describe("seats of government and titles", () => {
  it("places a seat of government in its capital", () => {
    const towns = (text: string) => findPlaceMentions(text).map((p) => p.town ?? p.name);
    expect(towns("called on Estonia's Prime Minister at Stenbock House")).toContain("Tallinn");
    expect(towns("a été reçu ce vendredi au palais de la Marina par le chef de l'État")).toContain("Cotonou");
    expect(towns("met the Deputy President at the Union Buildings")).toContain("Pretoria");
  });
  it("does not take a town's name after a title for a third country", () => {
    const text =
      "Estonia and Singapore signed a memorandum on digital identity today in Tallinn. Minister Farah is on a working visit to Estonia from 5 to 8 September.";
    expect(eventsOf(text, { published: "2033-09-07", pair: ["EE", "SG"] }).map((e) => e[1])).toContain("visit");
  });
});
