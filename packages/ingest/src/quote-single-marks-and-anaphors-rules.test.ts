/** Quote rules from the thirty-fourth unseen set: single quotation marks, offices standing for a name, relative clauses, colons. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const quotes = (text: string, lang: "en" | "fr" = "en") =>
  extract(text, { published: "2030-05-12", lang, pair: ["MT", "IT"] }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: single marks, offices and clauses", () => {
  it("reads a quote in single quotation marks with its speaker after it, and none without a speaker", () => {
    const text =
      "Senator Ana Torres opened the debate.\n\n'Our fishermen need certainty before the season opens,' said Senator Torres.\n\nThe islands' ferry is 'not a luxury for anyone who lives here' in winter.";
    expect(quotes(text)).toEqual([["Ana Torres", "Our fishermen need certainty before the season opens,"]]);
  });
  it("takes the main clause's subject, not a person inside a relative clause, as the speaker", () => {
    const text =
      'Prime Minister Robert Abela welcomed the Italian minister, who met President Myriam Spiteri the previous day, and said the visit "opens a new era" of trade.';
    expect(quotes(text)).toEqual([["Robert Abela", "opens a new era"]]);
  });
  it("reads 'The Minister said:' as the minister named before", () => {
    const text =
      'Minister Clyde Caruana travelled to Rome on Monday.\n\nThe Minister said: "Malta and Italy share a sea, and now they share a plan for its ports."';
    expect(quotes(text)).toEqual([["Clyde Caruana", expect.stringContaining("share a sea")]]);
  });
  it("reads a French office after the verb, and a new verb of saying, as the people named before", () => {
    const text =
      "Arrivée lundi à Valletta, la ministre des Transports Giulia Rossi a visité le port.\n\n« Nos deux îles se parlent enfin directement », a déclaré la ministre italienne.\n\n« Le port de La Valette est prêt », a résumé Paolo Grech Mifsud.";
    expect(quotes(text, "fr")).toEqual([
      ["Giulia Rossi", "Nos deux îles se parlent enfin directement"],
      ["Paolo Grech Mifsud", "Le port de La Valette est prêt"],
    ]);
  });
  it("reads a name right before a colon and the quote as its speaker", () => {
    const text = "Je me souviens des mots de votre prédécesseur, M. Paolo Gentiloni : « Le port restera ouvert à tous les pêcheurs. »";
    expect(quotes(text, "fr")).toEqual([["Paolo Gentiloni", "Le port restera ouvert à tous les pêcheurs."]]);
  });
});
