/**
 * Rules from public news stories: "previous" and "précédent" place a yearless month before the story even after a verb
 * of agreeing, and a French clause coordinated after an agreement's name is not the name's.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, lang: "en" | "fr") =>
  read(text, { published: "2031-05-20", lang, pair: ["PT", "AO"] }).dates.map((d) => [d.text, d.value]);

describe("dates: a month at a previous meeting", () => {
  it("reads 'at their previous summit in Luanda in October' as last October, after 'agreed to'", () => {
    expect(
      datesOf(
        "Portugal and Angola reviewed the progress made since they agreed to deepen their ties at their previous summit in Luanda in October.",
        "en",
      ),
    ).toEqual([["in October", "2030-10"]]);
  });
  it("reads 'lors de leur précédent sommet à Luanda en octobre' as last October, after 'sont convenus de'", () => {
    expect(
      datesOf(
        "Le Portugal et l'Angola ont fait le point depuis qu'ils sont convenus de renforcer leurs liens lors de leur précédent sommet à Luanda en octobre.",
        "fr",
      ),
    ).toEqual([["en octobre", "2030-10"]]);
  });
});

describe("agreements: a French clause coordinated after the name", () => {
  it("names 'accord sur la protection des données', not '... et de coopérer'", () => {
    const names = read(
      "Le Portugal et l'Angola sont convenus de signer un accord sur la protection des données et de coopérer dans le domaine numérique.",
      { published: "2031-05-20", lang: "fr", pair: ["PT", "AO"] },
    ).agreements.map((a) => a.name);
    expect(names).toEqual(["accord sur la protection des données"]);
  });
});
