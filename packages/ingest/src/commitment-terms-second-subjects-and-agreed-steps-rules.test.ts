/**
 * Commitment rules: a Korean release's "o" items under "agreed to the following follow-up measures:", an agreement's step
 * agreed with no date, a term on a condition, an agreement's expected ratification, a second subject
 * with its future in French, a past joined after a pledge, "et de" with no pledge before it, a pronoun's future inside a
 * quotation, a budget tabled, a House's recess, and bodies named with a word of joint bodies, a House and "both".
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const en = { published: "2033-11-07", pair: ["PE", "EC"] as [string, string] };
const fr = { published: "2032-10-08", lang: "fr" as const, pair: ["PE", "EC"] as [string, string] };

describe("commitments: terms, second subjects and agreed steps", () => {
  it("reads 'o' items under 'agreed to the following follow-up measures:' as the pledges, not the lead", () => {
    const text = [
      "□ The two sides agreed to the following follow-up measures:",
      "",
      " o The two ministries will select the first six joint research projects by March 2034.",
      " o Peru will dispatch a delegation of researchers to Quito in May next year.",
    ].join("\n");
    expect(pledgesOf(text, en)).toEqual([
      ["The two ministries will select the first six joint research projects by March 2034.", "2034-03"],
      ["Peru will dispatch a delegation of researchers to Quito in May next year.", "2034-05"],
    ]);
  });
  it("reads negotiations or an extension agreed with no date as no pledge", () => {
    expect(pledgesOf("Peru and Ecuador also agreed to begin negotiations on an agreement on higher education.", en)).toEqual([]);
    expect(pledgesOf("Peru and Ecuador also agreed to extend for five years the 2031 agreement on driving licences.", en)).toEqual([]);
  });
  it("reads an undated term on a condition as no pledge", () => {
    expect(pledgesOf("In the event of an outbreak in Peru, Ecuador will accept pork from the free zones.", en)).toEqual([]);
    expect(pledgesOf("En cas de foyer de la maladie au Pérou, l'Équateur continuera d'accepter le porc des zones indemnes.", fr)).toEqual(
      [],
    );
  });
  it("reads an agreement's ratification 'attendue' as no pledge", () => {
    const text = "Le Pérou a ratifié en septembre l'accord maritime, dont la ratification par l'Équateur est attendue au premier semestre.";
    expect(pledgesOf(text, fr)).toEqual([]);
  });
  it("cuts a French sentence at a second subject with its own future and date", () => {
    const text =
      "Le Pérou et l'Équateur tiendront un exercice conjoint en mars, et des inspecteurs de l'agence équatorienne visiteront en novembre deux abattoirs.";
    expect(pledgesOf(text, fr).map(([, due]) => due)).toEqual(["2033-03", "2032-11"]);
  });
  it("reads a body with two words after its head, a House and 'both' as actors", () => {
    const commission = "Aux termes du mémorandum entre le Pérou et l'Équateur, une commission technique mixte se réunira à Lima en avril.";
    expect(pledgesOf(commission, fr)).toEqual([[commission, "2033-04"]]);
    const house = "Under the Peru-Ecuador memorandum, the House will send a delegation of six MPs to Quito in the spring.";
    expect(pledgesOf(house, en)).toEqual([[house, "2034-05"]]);
    const both =
      "The Peru-Ecuador memorandum also provides for an annual meeting of the two boards' directors, and both will publish a joint study before the end of the year.";
    expect(pledgesOf(both, en).find(([t]) => t!.includes("both will publish"))?.[1]).toBe("2033");
  });
  it("reads a pronoun's undated future inside a quotation as no pledge, and a named actor's as one", () => {
    expect(pledgesOf('"With this centre, we will share what Peru has learned," said the Peruvian ambassador to Ecuador.', en)).toEqual([]);
    expect(
      pledgesOf("« Désormais, le Pérou et l'Équateur partageront les mêmes laboratoires, et ils partageront leurs données. »", fr).length,
    ).toBe(1);
  });
  it("reads a budget tabled and a House's recess as no pledge", () => {
    expect(
      pledgesOf("Le Pérou a signé un accord avec l'Équateur, et le gouvernement péruvien déposera son budget le 26 mars.", fr),
    ).toEqual([]);
    expect(pledgesOf("Peru and Ecuador signed the accord, and the House will go on recess from 18 August.", en)).toEqual([]);
  });
  it("reads a past joined after a pledge, and 'et de' with no pledge before it, as no pledge of their own", () => {
    const text =
      'The minister said that Peru would open a visa centre in Quito within three months, and described the memorandum as "a bridge."';
    expect(pledgesOf(text, en).map(([, due]) => due)).toEqual(["2034-02"]);
    const fr2 =
      "Le Pérou et l'Équateur ont signé mardi un mémorandum qui permettra à leurs équipes de travailler de part et d'autre de la frontière et de partager leurs données.";
    expect(pledgesOf(fr2, fr)).toEqual([]);
  });
});
