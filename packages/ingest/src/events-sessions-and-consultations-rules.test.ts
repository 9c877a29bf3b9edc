/** Event rules from the twenty-second unseen set: a numbered session a step followed, and consultations held. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: a numbered session named as what a step followed", () => {
  it("is a round over the days of its own 'held' clause (after 'à l''issue de', with 'tenue à ... les 9 et 10 déc.')", () => {
    const text =
      "Riga, le 11 déc. 2030 – La Lettonie et le Portugal ont signé hier un accord sur la pêche. La signature est intervenue à l'issue de la 4e réunion de la commission mixte lettono-portugaise, tenue à Riga les 9 et 10 déc.";
    expect(eventsOf(text, { published: "2030-12-11", lang: "fr", pair: ["LV", "PT"] })).toContainEqual([
      "2030-12-09/2030-12-10",
      "dialogue_round",
      "Riga",
    ]);
  });
});

describe("events: consultations held", () => {
  it("are a round, not a meeting", () => {
    const text = "On 14 May 2029, Latvia's State Secretary held political consultations with Portugal's Secretary of State in Lisbon.";
    const found = eventsOf(text, { published: "2029-05-20", pair: ["LV", "PT"] });
    expect(found).toContainEqual(["2029-05-14", "dialogue_round", "Lisbon"]);
    expect(found.filter((e) => e[1] === "meeting")).toEqual([]);
  });
});
