/**
 * The furniture that closes a page about the publisher rather than the text: the regulator that licenses a firm, the page's
 * suggested citation of itself, a land acknowledgement, the pictures' credit, a data vendor's call to book a demo and an
 * address closing on a French telephone; and the lines of the same shapes that are the text's own (a byline naming the
 * print edition, a blog's note on the day of its next post).
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Fiji and Tonga signed a memorandum on inter-island ferries in Suva on 3 June 2031.";
const page = (...lines: string[]) => [ARTICLE, "", ...lines].join("\n");
/** Each line, set under the article on a page of its own, is removed; the failure names the line. */
const expectEachRemoved = (lines: readonly string[]) => {
  for (const line of lines) expect(isRemoved(page(line), line), line).toBe(true);
};
/** Each line, set under the article on a page of its own, stays. */
const expectEachKept = (lines: readonly string[]) => {
  for (const line of lines) expect(isRemoved(page(line), line), line).toBe(false);
};

describe("boilerplate: a firm's licence, a citation, a land acknowledgement, a photo credit, a demo call", () => {
  it("removes a firm's statement of the regulator that licenses it", () => {
    expectEachRemoved([
      "Harbour Re Ltd. is licensed by the Financial Services Commission of Jamaica (Class B).",
      "Nordsee Versicherung AG is authorised and regulated by BaFin. This notice does not amend your policy.",
    ]);
  });
  it("keeps a sentence of the article on a regulator", () => {
    expectEachKept(["The central bank said the new exchange is licensed by the Tongan authorities since May."]);
  });
  it("removes the page's suggested citation of itself", () => {
    expectEachRemoved([
      "Cite this page: National Archives of Fiji, Series 14, file 3.",
      "Pour citer cet article : Revue du Pacifique, no 12, 2031.",
    ]);
  });
  it("removes a publisher's land acknowledgement", () => {
    expectEachRemoved([
      "The Harbour Society acknowledges that it works on the traditional, unceded territory of the Musqueam people.",
      "Nous reconnaissons que nos bureaux sont situés sur le territoire ancestral et non cédé des Wendat.",
    ]);
  });
  it("removes the pictures' credit and keeps a caption telling what a picture shows", () => {
    expectEachRemoved(["Photos: Studio Nord / Ville de Suva – free to use with credit", "Crédit photo : Ville de Lévis"]);
    expectEachKept(["Photo: Ministers Rabuka and Tu'ipulotu sign the memorandum in Suva."]);
  });
  it("removes a data vendor's call to book a demo", () => {
    expectEachRemoved([
      "Track every tender with Pacific Bids Pro. Book a demo",
      "Suivez vos chantiers avec ChantierData. Demander une démo",
    ]);
  });
  it("removes an address closing on a French telephone", () => {
    expectEachRemoved([
      "Mairie de Wallis, rue du Port, 98600 Mata-Utu | 0681 72 03 00",
      "Archives de Lyon, 1 place des Archives | 04 78 92 32 50",
    ]);
  });
});

describe("boilerplate: a byline naming its print edition and a blog's next post by day stay", () => {
  it("keeps a byline with the print edition's page", () => {
    expectEachKept(["By Mele Taufa | 4 June 2031 | Print edition, p. 12"]);
  });
  it("keeps a note on the day of the next post, and removes a link to the next post by its title", () => {
    expectEachKept(["Next post: Thursday, from the reef station.", "Article suivant : samedi, depuis Nuku'alofa."]);
    expectEachRemoved(["Next post: Day 5 – Vava'u"]);
  });
});
