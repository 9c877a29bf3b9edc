/** French amendments ("révisé", "complété par un avenant", "amendée"), and the agreement a clause-opening pronoun stands for. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: French amendments and pronouns", () => {
  it("reads 'révisé', 'amendée' and 'complété par un avenant' as amendments with their own dates", () => {
    const as = { published: "2030-11-20", lang: "fr" as const, pair: ["BJ", "MA"] as [string, string] };
    expect(
      actionsOf(
        "Le Bénin et le Maroc. L'accord culturel, signé à Rabat le 4 juin 2009, avait été complété par un avenant en févr. 2022.",
        as,
      ),
    ).toContainEqual(["accord culturel", "amended", "2022-02"]);
    expect(
      actionsOf(
        "La France et le Gabon. Le traité remplace le traité de coopération militaire de 1960, révisé une première fois en 2010 et entré en vigueur en mai 2014.",
        { ...as, pair: ["FR", "GA"] },
      ),
    ).toEqual(
      expect.arrayContaining([
        [expect.stringContaining("traité de coopération militaire"), "amended", "2010"],
        [expect.stringContaining("traité de coopération militaire"), "entered_into_force", "2014-05"],
      ]),
    );
  });
  it("reads a sentence-opening pronoun as the subject of the sentence before, and 'qu'elle' as the agreement just named", () => {
    const signed = actionsOf(
      "La France et le Gabon. Le nouveau traité de partenariat de défense remplace le traité de coopération militaire de 1960. Il a été signé le 15 oct. par les ministres.",
      { published: "2030-10-25", lang: "fr", pair: ["FR", "GA"] },
    );
    expect(signed).toContainEqual(["traité de partenariat de défense", "signed", "2030-10-15"]);
    const amended = actionsOf(
      "La ministre a parlé de la Corée. Qu'elle rappelle que l'Entente en matière de sécurité sociale entre le Québec et la République de Corée est en vigueur depuis le 1er juin 2017 et qu'elle a été modifiée par un avenant en 2029.",
      { published: "2030-11-13", lang: "fr" },
    );
    expect(amended.map(([, action]) => action)).toContain("amended");
  });
});

describe("agreements: dates in a recalled clause", () => {
  it("does not date a signing by the day of what the same sentence goes on to recall", () => {
    const found = actionsOf(
      "Germany and Viet Nam.\n\nMinister Reinholt held talks in Hanoi on 11 November with Viet Nam's Minister of Industry and Trade, Mr. Nguyen Hong Dien Quang. They signed a Joint Declaration of Intent on Energy Transition Partnership and recalled that the EU–Viet Nam Free Trade Agreement entered into force on 1 August 2020.",
      { published: "2030-11-28", pair: ["DE", "VN"] },
    );
    expect(found).toContainEqual(["Joint Declaration of Intent on Energy Transition Partnership", "signed", "2030-11-11"]);
    expect(found).toContainEqual(["EU–Viet Nam Free Trade Agreement", "entered_into_force", "2020-08-01"]);
  });
});
