/** Bars of links and address blocks between pipes, and two-item contact or footer lines. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

describe("boilerplate: pipe bars", () => {
  const page = [
    "Ministry notice",
    "The two ministers met in Seoul on 3 June 2030 and signed an agreement.",
    "Seoul | March 10, 2026 | 4 min read",
    "Avis importants | Transparence | Contactez-nous",
    "Deutsche Messe AG | Messegelände | 30521 Hannover | Germany",
    "Tel. +49 511 89-0 | exhibitors@messe.de",
    "Report a problem on this page | Date modified: 2030-12-05",
    "Korea and Canada | partners",
    "In this issue: Swap renewal | Soybean protocol | Trade fair",
  ].join("\n");
  it("removes a bar of three or more short items, and a two-item line with a contact or a page's footer", () => {
    expect(isRemoved(page, "Avis importants | Transparence | Contactez-nous")).toBe(true);
    expect(isRemoved(page, "Deutsche Messe AG | Messegelände | 30521 Hannover | Germany")).toBe(true);
    expect(isRemoved(page, "Tel. +49 511 89-0 | exhibitors@messe.de")).toBe(true);
    expect(isRemoved(page, "Report a problem on this page | Date modified: 2030-12-05")).toBe(true);
  });
  it("keeps a byline with a year, a newsletter's contents after a colon, two items with no contact, and the article", () => {
    expect(isRemoved(page, "Seoul | March 10, 2026 | 4 min read")).toBe(false);
    expect(isRemoved(page, "Korea and Canada | partners")).toBe(false);
    expect(isRemoved(page, "In this issue: Swap renewal | Soybean protocol | Trade fair")).toBe(false);
    expect(isRemoved(page, "The two ministers met in Seoul")).toBe(false);
  });
});

describe("boilerplate: pipe contacts, a trunk-prefixed phone and 'Print' as a word", () => {
  const page = [
    "Bulletin",
    "Aquarium de Rimouski, 200, rue du Port, Rimouski (Québec) G5L 1A1 | 1 866 555-0142",
    "Artwork: Malia Fonua | Printing: Joh. Enschedé, Netherlands",
    "22-0417 | Troupe Kaleo (Laval) | Tournée au printemps 2031 | 18 000 $",
    "The two ministers met in Apia on 3 June 2030.",
  ].join("\n");
  it("removes an address closing on a phone number with its trunk prefix", () => {
    expect(isRemoved(page, "Aquarium de Rimouski, 200, rue du Port")).toBe(true);
  });
  it("keeps a credit line naming a printer and a table row that mentions spring", () => {
    expect(isRemoved(page, "Artwork: Malia Fonua | Printing: Joh. Enschedé, Netherlands")).toBe(false);
    expect(isRemoved(page, "22-0417 | Troupe Kaleo (Laval)")).toBe(false);
  });
});

describe("boilerplate: a menu that opens on the home page", () => {
  const page = [
    "Accueil | Programmes | Admissions 2032 | Vie étudiante | Nous joindre",
    "Seoul | March 10, 2026 | 4 min read",
    "The two ministers met in Apia on 3 June 2030.",
  ].join("\n");
  it("removes the menu whatever year an item carries, and keeps a byline with a year", () => {
    expect(isRemoved(page, "Accueil | Programmes | Admissions 2032")).toBe(true);
    expect(isRemoved(page, "Seoul | March 10, 2026 | 4 min read")).toBe(false);
  });
});

describe("boilerplate: a table row with a sum of money", () => {
  const page = [
    "Grants awarded",
    "22-0188 | Kaveh Rostami, poet (Calgary) | Persian translation of a novel | 9 500 $",
    "Rice €0.80/kg | Wheat €0.31/kg | Maize €0.27/kg",
    "Avis importants | Transparence | Contactez-nous",
  ].join("\n");
  it("keeps a grant table's row and a price list, and removes a bar of links", () => {
    expect(isRemoved(page, "22-0188 | Kaveh Rostami")).toBe(false);
    expect(isRemoved(page, "Rice €0.80/kg")).toBe(false);
    expect(isRemoved(page, "Avis importants | Transparence")).toBe(true);
  });
});
