/** Commitment rules from the twenty-sixth unseen set: French list leads with an adverb, planned signings, more passives. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const commitments = (text: string) =>
  extract(text, { published: "2033-03-02", lang: "fr", pair: ["CL", "PE"] }).commitments.map((c) => ({ text: c.text, due: c.due }));

describe("commitments: French leads, planned signings and passives", () => {
  it("reads the items after 'sont en outre convenus :' as pledges", () => {
    const found = commitments(
      "Les ministres du Chili et du Pérou ont signé un protocole sur la pêche. Ils sont en outre convenus :\n" +
        "– de tenir un premier dialogue sur les océans avant la fin du premier semestre ;\n– de relancer le groupe de travail sur le cuivre.",
    );
    expect(found.find((c) => c.text.includes("dialogue sur les océans"))?.due).toBe("2033-06");
    expect(found.some((c) => c.text.includes("relancer le groupe"))).toBe(true);
  });
  it("reads a signing planned 'lors de' a meeting as a pledge due on the meeting's day", () => {
    const found = commitments(
      "Les négociations entre le Chili et le Pérou sont conclues. La signature est prévue lors de la 2e réunion de la Commission mixte, qui se tiendra à Lima le 14 avril.",
    );
    expect(found.find((c) => c.text.includes("signature est prévue"))?.due).toBe("2033-04-14");
  });
  it("reads a future passive of diffusing or installing as a pledge", () => {
    const found = commitments(
      "Ce que prévoit le protocole\n\n• le Chili et le Pérou échangeront leurs données de pêche dès le 1er oct. ;\n" +
        "• un rapport commun du Chili et du Pérou sera diffusé chaque année.",
    );
    expect(found.some((c) => c.text.includes("sera diffusé"))).toBe(true);
  });
});
