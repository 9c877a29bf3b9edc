/** Sides from a town or a province at the end of the title: "maire de Fès", "ministre de l'Économie du Québec". */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const side = (text: string, name: string, pair: [string, string]) =>
  read(text, { published: "2027-10-20", lang: "fr", pair }).people.find((p) => p.name === name)?.side;

describe("people: sides from a town named in the title", () => {
  it("gives a mayor the side of the town the title names", () => {
    const text = "La France et le Maroc coopèrent. Le maire de Fès, Abdeslam Bekkali, est arrivé dimanche à Montpellier.";
    expect(side(text, "Abdeslam Bekkali", ["FR", "MA"])).toBe("MA");
  });
  it("gives the side of a province named at the end of the title", () => {
    const text =
      "Le Canada et la Corée coopèrent. Le ministre de l'Économie du Québec, Christopher Skeete, a rencontré le ministre coréen Kim Jung-kwan.";
    expect(side(text, "Christopher Skeete", ["KR", "CA"])).toBe("CA");
  });
});
