/**
 * People: after a form of address, a capital's name opens a name of three words ("Mme Sofia Ondo Mba"), and a portfolio
 * of physical, spatial or urban planning before a name stays out of it.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const names = (text: string, lang: "en" | "fr" = "en") =>
  read(text, { published: "2034-09-12", lang, pair: ["GA", "CM"] }).people.map((p) => p.name);

describe("people: capitals as given names and planning portfolios", () => {
  it("keeps a capital's name that opens a three-word name after an honorific", () => {
    const found = names(
      "La commission mixte s'est tenue à Libreville sous la coprésidence de Mme Sofia Ondo Mba, ministre des Affaires étrangères du Gabon.",
      "fr",
    );
    expect(found).toContain("Sofia Ondo Mba");
    expect(found).not.toContain("Ondo Mba");
  });

  it("leaves a physical or spatial planning portfolio out of the name after it", () => {
    for (const office of ["Physical Planning", "Spatial Planning", "Urban Planning"]) {
      const found = names(`Minister of Housing and ${office} Jeanne Essono said Gabon and Cameroon will map the border towns.`);
      expect(found, office).toContain("Jeanne Essono");
    }
  });
});
