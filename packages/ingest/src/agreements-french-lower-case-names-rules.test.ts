/**
 * Agreement rules from the twenty-ninth unseen set: lower-case French names whose subject ends in a noun after "de"
 * ("une entente de collaboration scientifique", "un protocole d'échange de semences"), a name after "de" and a capital
 * ("l'Institut national de Suède ont signé"), the agreement's term after its subject, and an expiry "arrivé à échéance".
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const BE_SE = { published: "2031-09-12", lang: "fr" as const, pair: ["BE", "SE"] as [string, string] };

describe("agreements: lower-case French names", () => {
  it("reads the verb before a name whose subject follows 'de' and a capital ('l'Institut ... de Suède ont signé')", () => {
    const text =
      "Bruxelles, le 12 septembre 2031 – Le Musée royal de Belgique et l'Institut national de Suède ont signé mercredi, à Uppsala, une entente de coopération muséale de trois ans.";
    expect(actionsOf(text, BE_SE)).toContainEqual(["entente de coopération muséale", "signed", "2031-09-10"]);
  });
  it("reads the participle after a subject ending in a noun after 'de' ('d'échange de semences signé en ...')", () => {
    const text =
      "L'entente belgo-suédoise prend le relais d'un protocole de prêt de collections signé en mai 2027 par les deux musées et arrivé à échéance le 30 juin dernier.";
    const found = actionsOf(text, BE_SE);
    expect(found).toContainEqual(["protocole de prêt de collections", "signed", "2027-05"]);
    expect(found).toContainEqual(["protocole de prêt de collections", "terminated", "2031-06-30"]);
  });
  it("keeps a year after 'de' in the name ('la convention de pêche de 1986')", () => {
    const text = "La Belgique et la Suède ont dénoncé la convention de pêche de 1986 le 3 mars 2031.";
    expect(actionsOf(text, BE_SE)).toContainEqual(["convention de pêche de 1986", "terminated", "2031-03-03"]);
  });
});
