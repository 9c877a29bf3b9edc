/**
 * Commitment rules: what a traveller will do at the place a pledge names, a subject named in an apposition before an
 * adverb, a date and a place opening a clause, a present schedule's departure, and a briefing's own order of business.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const pledges = (text: string, lang: "en" | "fr", published: string, pair: [string, string] = ["PE", "EC"]) =>
  extract(text, { published, lang, pair }).commitments.map((c) => ({ text: c.text.trim(), due: c.due }));

describe("commitments: a trip and what is done at its place", () => {
  it("keeps 'where she will meet ...' in the pledge of the trip, in English and French", () => {
    expect(
      pledges(
        "Peru's Foreign Minister Elena Diaz arrived in Quito on Monday. On May 4, Minister Diaz will travel to Guayaquil, where she will meet the mayor and business leaders.",
        "en",
        "2032-04-20",
      ),
    ).toEqual([
      { text: "On May 4, Minister Diaz will travel to Guayaquil, where she will meet the mayor and business leaders.", due: "2032-05-04" },
    ]);
    expect(
      pledges(
        "La ministre péruvienne des Affaires étrangères, Elena Diaz, est arrivée lundi à Quito. Le 4 mai, elle se rendra à Guayaquil, où elle rencontrera le maire et des chefs d'entreprise.",
        "fr",
        "2032-04-20",
      ),
    ).toEqual([
      { text: "Le 4 mai, elle se rendra à Guayaquil, où elle rencontrera le maire et des chefs d'entreprise.", due: "2032-05-04" },
    ]);
  });
  it("dates a pledge by the day and place opening its clause", () => {
    expect(
      pledges(
        "Peru's President Ana Quispe met Ecuador's President Luis Mora in Lima on Tuesday. Tomorrow in Cusco, she will meet with business leaders and visit a copper plant.",
        "en",
        "2032-04-20",
      ),
    ).toContainEqual({ text: "Tomorrow in Cusco, she will meet with business leaders and visit a copper plant.", due: "2032-04-21" });
  });
  it("reads no pledge in a present schedule's departure", () => {
    const found = pledges(
      "Ecuador's Minister of Trade, Rosa Vera, held talks with her Peruvian counterpart in Lima on Monday. She is scheduled to leave for Santiago on Thursday.",
      "en",
      "2032-04-20",
    );
    expect(found.some((c) => c.text.includes("leave for Santiago"))).toBe(false);
  });
});

describe("commitments: an invitation accepted", () => {
  it("reads the subject of an apposition closed before 'also accepted'", () => {
    expect(
      pledges(
        "Ecuador's Minister of Trade, Rosa Vera, also accepted an invitation to visit Lima before the end of the year.",
        "en",
        "2032-04-20",
      ),
    ).toEqual([
      {
        text: "Ecuador's Minister of Trade, Rosa Vera, also accepted an invitation to visit Lima before the end of the year.",
        due: "2032",
      },
    ]);
  });
});

describe("commitments: a briefing's own order of business", () => {
  it("reads no pledge in a spokesperson's 'I will start with' or 'I will let you know', and keeps the visit announced", () => {
    const text =
      "Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs, April 20, 2032\n\nSpokesperson Lucia Paredes: Good afternoon. I will start with two announcements about Ecuador. At the invitation of Foreign Minister Elena Diaz, Ecuador's Minister of Foreign Affairs Pablo Andrade will visit Peru from April 22 to 24.\n\nQ: Will Peru and Ecuador sign the fisheries agreement during the visit?\nA: The two sides are still discussing the text. I will let you know when there is more to share.";
    expect(pledges(text, "en", "2032-04-20")).toEqual([
      {
        text: "At the invitation of Foreign Minister Elena Diaz, Ecuador's Minister of Foreign Affairs Pablo Andrade will visit Peru from April 22 to 24.",
        due: "2032-04-22",
      },
    ]);
  });
});
