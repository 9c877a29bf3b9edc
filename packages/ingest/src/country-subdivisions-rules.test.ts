/** Provinces, states and regions from the subdivision data: read as their country's, in English, French and local forms. */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { extract } from "./extract";

const codes = (text: string) => findCountryMentions(text).map((m) => [m.text, m.code]);

describe("country mentions: subdivisions", () => {
  it("reads provinces and states in English, French, local forms and dotted codes", () => {
    expect(codes("B.C.'s Minister of Jobs")).toEqual([["B.C.", "CA"]]);
    expect(codes("the Premier of British Columbia")).toEqual([["British Columbia", "CA"]]);
    expect(codes("Le Québec et l'État libre de Bavière")).toEqual([
      ["Québec", "CA"],
      ["Bavière", "DE"],
    ]);
    expect(codes("Bavaria's premier")).toEqual([["Bavaria", "DE"]]);
    expect(codes("Gyeongnam and Gyeongsangnam-do")).toEqual([
      ["Gyeongnam", "KR"],
      ["Gyeongsangnam-do", "KR"],
    ]);
    expect(codes("la province du Gyeongsang du Nord")).toEqual([["Gyeongsang du Nord", "KR"]]);
  });
  it("leaves out forms several countries share, given names, generic words and company abbreviations", () => {
    expect(codes("Punjab")).toEqual([]);
    expect(codes("Victoria")).toEqual([]);
    expect(codes("Central")).toEqual([]);
    expect(codes("PAP S.A.")).toEqual([]);
    expect(codes("The signing of the Free Trade Agreement")).toEqual([]);
  });
  it("does not let a province's name stop a surname", () => {
    const x = extract("Mexico's Foreign Minister Fernando Guerrero met Spain's Foreign Minister in Madrid on Monday.", {
      published: "2027-03-10",
      lang: "en",
      pair: ["MX", "ES"],
    });
    expect(x.people.map((p) => p.name)).toContain("Fernando Guerrero");
  });
  it("reads a text about a province and a state as about their countries' pair", () => {
    const x = extract("Le Québec et l'État libre de Bavière ont renouvelé mardi à Munich leur entente de coopération, signée en 1989.", {
      published: "2027-10-13",
      lang: "fr",
      pair: ["DE", "CA"],
    });
    expect(x.agreements.filter((a) => a.action).map((a) => [a.action, a.date])).toContainEqual(["extended", "2027-10-12"]);
  });
  it("reads no small territory's parish in a common word or another place's name ('Forest', 'Vale', 'Southampton')", () => {
    expect(codes("the Memorandum of Understanding on Forest Industry and Wildfire Cooperation")).toEqual([]);
    expect(codes("The Vale of Glamorgan council and the port of Southampton")).toEqual([]);
    expect(codes("the Premier of British Columbia")).toEqual([["British Columbia", "CA"]]);
  });
});
