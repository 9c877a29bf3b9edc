/**
 * Rules from West African news sites: a country's name with an elided article inside it ("Côte d'Ivoire", straight or
 * curled apostrophe) in text and in a title, and a story's date with its parts joined by dashes ("08 - Mai - 2024").
 */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { read } from "./rules-test-kit";

describe("countries: a name with an elided article inside it", () => {
  it.each(["Côte d'Ivoire", "Côte d’Ivoire", "la République de Côte d'Ivoire"])("finds Côte d'Ivoire in %s", (text) => {
    expect(findCountryMentions(text).map((m) => m.code)).toEqual(["CI"]);
  });
  it("still drops the elided article before a name of one word ('d'Indonésie')", () => {
    expect(findCountryMentions("l'Égypte et d'Indonésie").map((m) => m.text)).toEqual(["Égypte", "Indonésie"]);
  });
});

describe("people: the country closing a title may carry an elided article", () => {
  it("gives the Vice-President of the Republic of Côte d'Ivoire that side", () => {
    const people = read(
      "Le président du Ghana a reçu le Vice-Président de la République de Côte d'Ivoire, Tiémoko Meyliet Koné, à Accra le 5 mars 2031.",
      { published: "2031-03-05", lang: "fr", pair: ["GH", "CI"] },
    ).people;
    expect(people.find((p) => p.name === "Tiémoko Meyliet Koné")?.side).toBe("CI");
  });
});

describe("dates: a story's day, month and year joined by dashes", () => {
  it.each([
    ["08 - Mai - 2031", "fr", "2031-05-08"],
    ["15-May-2031", "en", "2031-05-15"],
  ] as const)("reads %s", (stamp, lang, value) => {
    const dates = read(`Tête à tête\n\n${stamp}\n\nLe président est à Accra.`, { published: value, lang, pair: ["GH", "CI"] }).dates;
    expect(dates.map((d) => [d.text, d.value])).toEqual([[stamp, value]]);
  });
});

describe("people: 'chef de l'Etat' is an office", () => {
  it("reads the head of state named after it", () => {
    const people = read("Le chef de l'Etat Mamadou Diallo Sarr est arrivé à Accra pour une visite au Ghana.", {
      published: "2031-03-05",
      lang: "fr",
      pair: ["SN", "GH"],
    }).people;
    expect(people.map((p) => [p.name, p.title])).toEqual([["Mamadou Diallo Sarr", "chef de l'Etat"]]);
  });
});

describe("people: names vouched for by a verb of meeting", () => {
  it("reads both names in 'X s'est entretenu, dans l'après-midi, avec Y'", () => {
    const names = read(
      "Kwame Asante s'est entretenu, dans l'après-midi, avec Mamadou Sarr sur la coopération entre le Ghana et le Sénégal.",
      { published: "2031-06-21", lang: "fr", pair: ["SN", "GH"] },
    ).people.map((p) => p.name);
    expect(names).toEqual(["Kwame Asante", "Mamadou Sarr"]);
  });
});

describe("countries: a language's own name opening a line of links", () => {
  it("reads no French people in 'Français Contact Us Help Search Canada Site'", () => {
    expect(findCountryMentions("Français Contact Us Help Search Canada Site").map((m) => m.code)).toEqual(["CA"]);
  });
  it("still reads them in a sentence ('Les Français et les Canadiens')", () => {
    expect(findCountryMentions("Les Français et les Canadiens").map((m) => m.code)).toEqual(["FR", "CA"]);
  });
  it("keeps a page's event when its menu offers the French page", () => {
    const text =
      "Français Contact Us Help Search Canada Site\nHome Media Room\n\nCANADA AND GHANA REACH NEW AGREEMENTS\n\nIn Accra today with the Team Canada trade mission to Ghana, Minister for International Trade Jane Doe signed three new agreements.";
    expect(read(text, { published: "2031-01-13", pair: ["CA", "GH"] }).events.map((e) => [e.date, e.type])).toEqual([
      ["2031-01-13", "signing"],
    ]);
  });
});
