/** Rounds named by a numbered session, a passive, a body's complement or a French reflexive (nineteenth unseen set). */
import { describe, expect, it } from "vitest";
import { triggerTypes } from "./rules-test-kit";

describe("events: numbered rounds", () => {
  it("reads 'held the seventh Korea–Canada Foreign Ministers' Strategic Dialogue' (a dash and an apostrophe in the name) as a round", () => {
    expect(triggerTypes("The two ministers held the seventh Korea–Canada Foreign Ministers' Strategic Dialogue in Seoul today.")).toEqual([
      "dialogue_round",
    ]);
  });
  it("reads 'had held its twentieth session' as a round", () => {
    expect(
      triggerTypes("He added that the Korea–Canada Joint Economic Committee had held its twentieth session in Seoul on June 18."),
    ).toEqual(["dialogue_round"]);
  });
  it("reads 'The first session of the ... Joint Commission for Economic Cooperation was held' as a round", () => {
    expect(
      triggerTypes(
        "The first session of the Sri Lanka–Czech Joint Commission for Economic Cooperation was held in Colombo on 2 July 2030.",
      ),
    ).toEqual(["dialogue_round"]);
  });
  it("reads a working group 'on Youth Mobility' that met as a round", () => {
    expect(triggerTypes("The first Korea–Canada Working Group on Youth Mobility met in Ottawa on 14 February 2030.")).toEqual([
      "dialogue_round",
    ]);
  });
  it("reads 'the first 2+2 Foreign and Defence Ministerial Meeting, held in Ottawa' as a round, and a plain meeting as a meeting", () => {
    expect(
      triggerTypes("The roadmap was adopted at the first 2+2 Foreign and Defence Ministerial Meeting, held in Ottawa on May 8, 2030."),
    ).toEqual(["dialogue_round"]);
    expect(triggerTypes("The two ministers held a meeting in Ottawa on May 8, 2030.")).toEqual(["meeting"]);
  });
  it("reads 'La commission mixte sénégalo-portugaise s'était réunie' as a round, not a body's members that met", () => {
    expect(triggerTypes("La commission mixte sénégalo-portugaise s'était réunie à Lisbonne le 14 novembre 2029.")).toEqual([
      "dialogue_round",
    ]);
    expect(triggerTypes("Les étudiants se sont réunis à Lisbonne le 14 novembre 2029.")).toEqual([]);
  });
});
