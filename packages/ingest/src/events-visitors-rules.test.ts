/** Event rules from the eighteenth unseen set: visits whose visitor no country names, missions dated by their month. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: a visitor no country names", () => {
  it("comes from the other side when the place visited is one side's", () => {
    const text =
      "Korea and Peru signed a loan agreement on 26 March 2029 in Lima.\n\nAn appraisal mission visited Lima from 3 to 7 September 2028.";
    expect(eventsOf(text, { published: "2029-03-28", pair: ["PE", "KR"] })).toContainEqual(["2028-09-03/2028-09-07", "visit", "Lima"]);
  });
  it("reads a dignitary named by office alone", () => {
    const text =
      "Qatar and Argentina signed two agreements in Doha on 16 October 2029.\n\nWhen His Highness the Amir visited Buenos Aires in November 2028, the leaders asked for an investment treaty.";
    expect(eventsOf(text, { published: "2029-10-16", pair: ["QA", "AR"] })).toContainEqual(["2028-11", "visit", "Buenos Aires"]);
  });
  it("takes no visit from a stop within a visit already told", () => {
    const text =
      "Le maire de Fès effectue depuis dimanche une visite de trois jours à Montpellier, en France, jusqu'à mardi.\n\nMardi, la délégation a visité un marché à Lattes.";
    expect(eventsOf(text, { published: "2027-10-20", lang: "fr", pair: ["FR", "MA"] }).filter(([, , city]) => city === "Lattes")).toEqual(
      [],
    );
  });
});

describe("events: a mission dated by its month", () => {
  it("is a visit, and the meeting held there is its own event", () => {
    const text =
      "Saskatchewan and Korea signed a memorandum today.\n\nLast November, Minister Brenda Nakamura-Fehr led a mission to Seoul, where she met Korea's Vice Minister of Agriculture, Park Ji-hoon.";
    const events = eventsOf(text, { published: "2029-05-16" });
    expect(events).toContainEqual(["2028-11", "visit", "Seoul"]);
    expect(events).toContainEqual(["2028-11", "meeting", "Seoul"]);
  });
});

describe("events: a joint body that met", () => {
  it("held a round, unless it met someone", async () => {
    const { triggerTypes } = await import("./rules-test-kit");
    expect(triggerTypes("The Committee last met in Vancouver on October 4, 2027.")).toEqual(["dialogue_round"]);
    expect(triggerTypes("In Seoul, the committee met Korea's First Vice Minister of Foreign Affairs on 19 April.")).toEqual(["meeting"]);
  });
});

describe("events: a signing 'à cette occasion'", () => {
  it("is the pair's, on the day and in the city of the event just told, not of a participle before its verb", () => {
    const text =
      "Berne, 12.02.2029 – Le conseiller fédéral, chef du DFAE, a reçu lundi à Berne le ministre tunisien des Affaires étrangères, M. Mohamed Ali Ben Younes, pour un entretien avec la Suisse. Une convention de sécurité sociale, paraphée le 9 novembre 2028 à Tunis, a été signée à cette occasion.";
    expect(eventsOf(text, { published: "2029-02-12", lang: "fr", pair: ["TN", "CH"] })).toContainEqual(["2029-02-12", "signing", "Bern"]);
  });
});

describe("dates: 'la veille' after a participle aside", () => {
  it("counts from the day the sentence reports, not from a date recalled between commas", () => {
    const text =
      "Berne, 12.02.2029 – Le conseiller fédéral a reçu lundi à Berne le ministre tunisien des Affaires étrangères pour un entretien avec la Suisse. Une convention, paraphée le 9 novembre 2028 à Tunis, a été signée à cette occasion. La troisième session des consultations politiques s'était tenue la veille à Genève.";
    expect(eventsOf(text, { published: "2029-02-12", lang: "fr", pair: ["TN", "CH"] })).toContainEqual([
      "2029-02-11",
      "dialogue_round",
      "Geneva",
    ]);
  });
});
