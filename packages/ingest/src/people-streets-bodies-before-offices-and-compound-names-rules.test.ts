/**
 * People's names and sides: a capital that names a street gives no side, an office after a body's last word ("House of
 * Commons Speaker") opens no name, "al-Din" compounds keep their family name, portfolios listed after a demonym, "Mann" as a
 * surname, an office after "and the", a local authority's town and a demonym before an office in several words.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  Object.fromEntries(read(text, { published: "2031-05-14", lang, pair }).people.map((p) => [p.name, [p.title, p.side]]));

describe("people: a capital naming a street", () => {
  it("gives no third country's side from 'Wellington Street'", () => {
    const text = "On Tuesday he was received by Prime Minister Jonathan Pryce in his office on Wellington Street.";
    expect(people(text, ["KR", "CA"])["Jonathan Pryce"]?.[1]).toBe("CA");
  });
});

describe("people: an office after a body's last word", () => {
  it("reads 'House of Commons Speaker' as the title of the name after it", () => {
    const text =
      "The Speaker of the National Assembly, Kim Jae-won, and House of Commons Speaker Anne-Marie Gauthier signed a memorandum on Monday.";
    expect(people(text, ["KR", "CA"])["Anne-Marie Gauthier"]).toEqual(["House of Commons Speaker", "CA"]);
  });
});

describe("people: given names compounded with 'al-Din'", () => {
  it("keeps the family name after 'Nour al-Din' and 'Salah al-Din'", () => {
    const text = "The agreement was signed by Foreign Minister Nour al-Din Khatib and Jordanian Foreign Minister Salah al-Din Haddadin.";
    const found = people(text, ["SY", "JO"]);
    expect(Object.keys(found)).toEqual(expect.arrayContaining(["Nour al-Din Khatib", "Salah al-Din Haddadin"]));
  });
});

describe("people: a demonym before an office in several capitalised words", () => {
  it("gives the demonym's country to that office only, not to the minister named before", () => {
    const text = "The documents were signed by Foreign Minister Omar Khatib and Libyan Foreign Minister Salma Idris.";
    const found = people(text, ["LY", "SY"]);
    expect(found["Omar Khatib"]?.[1]).not.toBe("LY");
    expect(found["Salma Idris"]?.[1]).toBe("LY");
  });
});

describe("people: French portfolios after a demonym", () => {
  it("reads a portfolio list with commas and a lower-case 'bleue' after 'ministre yéménite'", () => {
    const text =
      "Les entretiens ont réuni le ministre somalien de la Pêche et de l'Économie bleue, Ahmed Nur Warsame, et le ministre yéménite de l'Agriculture, de l'Irrigation et des Ressources halieutiques, Faisal Ali Bamatraf.";
    const found = people(text, ["SO", "YE"], "fr");
    expect(found["Ahmed Nur Warsame"]).toEqual(["ministre somalien de la Pêche et de l'Économie bleue", "SO"]);
    expect(found["Faisal Ali Bamatraf"]).toEqual([
      "ministre yéménite de l'Agriculture, de l'Irrigation et des Ressources halieutiques",
      "YE",
    ]);
  });
});

describe("people: 'Mann' as a family name", () => {
  it("reads 'Harjit Mann' after an office and a comma", () => {
    const text = "The agreement was signed in the presence of Canada's Minister of Transport, Harjit Mann, and the Consul General.";
    expect(people(text, ["KR", "CA"])["Harjit Mann"]).toEqual(["Canada's Minister of Transport", "CA"]);
  });
});

describe("people: an office after 'and the'", () => {
  it("gives 'Executive Director of ...' to the name after the comma, not the first signatory's name with it", () => {
    const text =
      "MTZ and the Nicaraguan Institute of Agricultural Technology (INTA) signed a memorandum. It was signed by Viktor Orlov and the Executive Director of INTA, Ana Lucía Pérez.";
    expect(people(text, ["BY", "NI"])["Ana Lucía Pérez"]).toEqual(["Executive Director of INTA", "NI"]);
  });
});

describe("people: a local authority's town", () => {
  it("gives the side of the town opening 'the Vancouver Airport Authority'", () => {
    const text = "The agreement was signed by the President and CEO of the Vancouver Airport Authority, Dana Whitfield.";
    expect(people(text, ["KR", "CA"])["Dana Whitfield"]?.[1]).toBe("CA");
  });
});
