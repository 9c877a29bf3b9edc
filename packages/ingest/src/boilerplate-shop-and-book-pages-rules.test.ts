/**
 * A publisher's book sheet and an online shop's furniture: the sections under "L'AUTEUR" and the book's data row are the
 * page's own matter; the cart, the delivery terms and the postal address are furniture.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const sheet = [
  "LA ROUTE DU SEL",
  "Essai | Collection « Sahel »",
  "Panier (3) | Mon compte",
  "",
  "248 pages | 13 × 20 cm | ISBN 978-2-0000-0000-0 | 9 500 XOF",
  "",
  "L'AUTEURE",
  "Née à Ségou en 1984, Aminata Traoré-Keïta enseigne l'histoire à Bamako.",
  "",
  "RENCONTRES",
  "Jeudi 7 octobre, 18 h : lecture à la librairie Kalila, Bamako",
  "",
  "Livraison gratuite à Bamako | Paiement sécurisé",
  "Presses du Sahel, 3, avenue Lamine-Guèye, BP 4410, Bamako, Mali",
].join("\n");

describe("boilerplate: a publisher's book sheet", () => {
  it("keeps the author's section, the launch dates under their heading and the book's data row", () => {
    expect(isRemoved(sheet, "Née à Ségou en 1984")).toBe(false);
    expect(isRemoved(sheet, "Jeudi 7 octobre, 18 h : lecture")).toBe(false);
    expect(isRemoved(sheet, "248 pages | 13 × 20 cm | ISBN 978-2-0000-0000-0 | 9 500 XOF")).toBe(false);
  });
  it.each([
    "Panier (3) | Mon compte",
    "Livraison gratuite à Bamako | Paiement sécurisé",
    "Presses du Sahel, 3, avenue Lamine-Guèye, BP 4410, Bamako, Mali",
  ])("removes %s", (line) => {
    expect(isRemoved(sheet, line)).toBe(true);
  });
  it("keeps a sentence that gives a post-office box", () => {
    const page = "Lead.\n\nOn 3 May, the envoy wrote to the ministry, P.O. Box 30, Apia, asking for a reply.";
    expect(isRemoved(page, "the envoy wrote")).toBe(false);
  });
  it("still removes what follows an article's 'About the author'", () => {
    const page = "The essay.\n\nAbout the author\nJane Roe teaches in Accra.";
    expect(isRemoved(page, "Jane Roe teaches in Accra.")).toBe(true);
  });
});
