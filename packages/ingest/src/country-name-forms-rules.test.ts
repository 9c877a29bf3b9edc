/**
 * Country rules: a name in the country data that is also a common English word is not read as the country; an index
 * form's head ("Holy See (Vatican City State)") and a French archipelago's lower-case "îles" are.
 */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { read } from "./rules-test-kit";

const codes = (text: string) => findCountryMentions(text).map((m) => m.code);

describe("countries: names that are common words", () => {
  it("reads 'Island' in a place's name as no country, while Iceland keeps its names", () => {
    for (const text of ["the crossing to Union Island", "ferries to Prince Edward Island and Jeju Island", "an Island council"])
      expect(codes(text)).not.toContain("IS");
    for (const text of ["a visit to Iceland", "le ministre de l'Islande", "Ísland og Kanada"]) expect(codes(text), text).toContain("IS");
  });
});

describe("countries: forms written in prose", () => {
  it("reads the head of an index form and a lower-case 'îles' as the country, without displacing another's name", () => {
    expect(codes("the Holy See's Secretary for Relations with States")).toEqual(["VA"]);
    expect(codes("le Saint-Siège a salué l'accord")).toEqual(["VA"]);
    expect(codes("le ministre des îles Marshall et celui des îles Salomon")).toEqual(["MH", "SB"]);
    expect(codes("Korea and the Congo")).toEqual(["KR", "CD"]);
    expect(codes("St Kitts and Nevis, St Lucia and St Vincent and the Grenadines")).toEqual(["KN", "LC", "VC"]);
  });
  it("reads the initials of an official name as the country: RMI, FSM, DRC and RDC, PRC", () => {
    expect(codes("talks between the RMI and the FSM on shipping")).toEqual(["MH", "FM"]);
    expect(codes("DRC troops and the PRC's envoy")).toEqual(["CD", "CN"]);
    expect(codes("le président de la RDC")).toEqual(["CD"]);
  });
  it("gives an office holder the side of the archipelago in the title, and reads 'le Prince Souverain' as no one", () => {
    const x = read("Le ministre des Finances des îles Salomon, M. Peter Tovua, a rencontré le Prince Souverain à Monaco.", {
      published: "2031-03-19",
      lang: "fr",
      pair: ["SB", "MC"],
    });
    expect(x.people.map((p) => [p.name, p.side])).toEqual([["Peter Tovua", "SB"]]);
  });
});

describe("countries: a place's name as a person's given name", () => {
  it("reads a province's name after an honorific as no country, so a signing between the pair's ministers is reported", () => {
    expect(codes("Peru's minister and Ecuador's minister, the Hon. Leon Pazmiño-Haro, signed it")).toEqual(["PE", "EC"]);
    const x = read(
      "On Tuesday, Peru's Minister of Finance, Dr. Ana Quispe, and Ecuador's Minister of Trade, the Hon. Leon Pazmiño-Haro, signed an agreement on double taxation in Lima.",
      { published: "2030-11-21", lang: "en", pair: ["PE", "EC"] },
    );
    expect(x.events.map((e) => [e.date, e.type, e.location.city])).toContainEqual(["2030-11-19", "signing", "Lima"]);
  });
});

describe("places: a capital after a venue", () => {
  it("reads a capital set off after a venue as the city where the text's two countries signed", () => {
    const x = read(
      "The Memorandum was signed at Government House, Basseterre, on Thursday by the Prime Minister of St Kitts and Nevis and the Foreign Minister of Dominica.",
      { published: "2031-09-22", lang: "en", pair: ["KN", "DM"] },
    );
    expect(x.events.map((e) => [e.date, e.type, e.location.city])).toContainEqual(["2031-09-18", "signing", "Basseterre"]);
  });
});
