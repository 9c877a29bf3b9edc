/**
 * People rules for a counterpart's nationality before an apposition opening on an article, an authority's head named by
 * the authority's acronym, and talks held at a place "with" the other side's official.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const sides = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  Object.fromEntries(read(text, { published: "2033-05-10", lang, pair }).people.map((p) => [p.name, p.side]));

describe("people: sides from counterparts, authorities and talks", () => {
  it("gives 'son homologue gabonais, le ministre ...' the counterpart's country", () => {
    const found = sides(
      "Le ministre des Mines, Paul Essomba, et son homologue gabonais, le ministre des Mines et de la Géologie, Hervé Ndong Mba, ont signé hier un accord à Yaoundé, au Cameroun.",
      ["CM", "GA"],
      "fr",
    );
    expect(found["Hervé Ndong Mba"]).toBe("GA");
  });
  it("gives the head of an authority named by its acronym the authority's town's side", () => {
    const found = sides(
      "Incheon Port Authority (IPA) signed a memorandum with the Halifax Port Authority (HPA) of Canada. The memorandum was signed by IPA President Lee Kyung-min and HPA President and CEO Daniel Mercer.",
      ["KR", "CA"],
    );
    expect(found["Daniel Mercer"]).toBe("CA");
  });
  it("reads talks held at a place 'with' an official as an encounter between the two sides", () => {
    const found = sides(
      "On Monday, Deputy Minister of Foreign Affairs of the Czech Republic Jana Dvořáková held talks at the Ministry of Foreign Affairs in Nairobi with the Principal Secretary for Foreign Affairs, Peter Kamau.",
      ["CZ", "KE"],
    );
    expect(found["Peter Kamau"]).toBe("KE");
  });
});
