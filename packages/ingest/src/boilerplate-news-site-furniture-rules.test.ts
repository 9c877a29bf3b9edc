/**
 * A news site's and a newswire's furniture around the story: the lists of recommended and latest headlines, numbered ad
 * slots and their placeholder, view and hit counters with a thousands separator, an edit stamp under the publication stamp
 * or as an age, a newswire's credit of the issuer, a language's link in capitals, a ministry's note on its translation, a
 * state's motto in a stacked masthead, a paper's name over its menu or named again in the copyright line, and a section
 * breadcrumb under a menu holding the newsletters' link; and the lines of the same shapes that are the story's own.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Chile and New Zealand signed a memorandum on seasonal farm work in Wellington on 4 March 2032.";
const ARTICLE_FR = "Le Bénin et le Togo ont signé à Cotonou, le 4 mars 2032, un accord sur le corridor routier.";
/** Whether the line, set under the article on a page of its own, is removed. */
const removedUnderArticle = (line: string, article = ARTICLE) => isRemoved([article, "", line].join("\n"), line);

describe("a news site's lines around the story", () => {
  it("removes the headings of recommended and latest headlines with the headlines under them", () => {
    for (const heading of ["Recommended News", "Latest News", "Related briefings", "Dernières nouvelles"]) {
      const text = [ARTICLE, "", heading, "Wellington port reopens after storm", "Dairy exports rise 4% in January"].join("\n");
      expect(isRemoved(text, heading)).toBe(true);
      expect(isRemoved(text, "Dairy exports rise 4% in January")).toBe(true);
    }
    expect(removedUnderArticle("The latest news from the talks came on Friday, when both sides agreed on quotas.")).toBe(false);
  });

  it("removes numbered ad slots, their placeholder and a site's labels over the body", () => {
    for (const line of [
      "Advertisement 4",
      "This advertisement has not loaded yet, but your article continues below.",
      "Article content",
      "Join the conversation",
    ])
      expect(removedUnderArticle(line)).toBe(true);
    expect(removedUnderArticle("The advertisement campaign for the new route starts in May.")).toBe(false);
  });

  it("removes view and hit counters written with a thousands separator", () => {
    for (const line of ["Views: 12,403", "Hit 2,918", "Views 1 204"]) expect(removedUnderArticle(line)).toBe(true);
    expect(removedUnderArticle("Views differ on the quota, the minister said.")).toBe(false);
  });

  it("removes an edit stamp under a write stamp, as an age, or as a time of day alone", () => {
    const text = ["Ferry talks resume", "", "Write: 2032-03-04 10:02:11", "Update: 2032-03-04 12:40:09", "", ARTICLE].join("\n");
    expect(isRemoved(text, "Update: 2032-03-04 12:40:09")).toBe(true);
    expect(removedUnderArticle("Last updated 5 hours ago")).toBe(true);
    expect(removedUnderArticle("Mis à jour à 11 h 05", ARTICLE_FR)).toBe(true);
    // An update stamp with its day and no publication stamp above is dated content, as the earlier sets annotate it.
    expect(removedUnderArticle("Updated 2032-03-04 12:40")).toBe(false);
  });

  it("removes a newswire's credit of the issuer with the issuer's name under it", () => {
    const text = ["Nouvelles fournies par", "Ministère de l'Agriculture du Bénin", "4 mars 2032, 09 h 00 HNE", "", ARTICLE_FR].join("\n");
    expect(isRemoved(text, "Ministère de l'Agriculture du Bénin")).toBe(true);
    expect(isRemoved(text, "4 mars 2032, 09 h 00 HNE")).toBe(false);
  });

  it("removes a language's link in capitals and a ministry's note on its translation", () => {
    expect(removedUnderArticle("SPANISH")).toBe(true);
    expect(removedUnderArticle("*Unofficial translation")).toBe(true);
    expect(removedUnderArticle("Spanish")).toBe(false);
  });
});

describe("a publisher's masthead", () => {
  it("removes a paper's short name right over its menu bar", () => {
    const text = ["La Nation", "Politique | Économie | Société | Culture | Sport | Opinions", "", ARTICLE_FR].join("\n");
    expect(isRemoved(text, "La Nation")).toBe(true);
  });

  it("removes the first line named again as the copyright's holder, a state's name in a paper's title included", () => {
    const text = ["The Morning Star of Ghana", "", ARTICLE, "", "Copyright © 2032 The Morning Star of Ghana. All rights reserved."].join(
      "\n",
    );
    expect(isRemoved(text, "The Morning Star of Ghana")).toBe(true);
    // A state's office tells whose page it is and stays.
    const office = ["Embassy of Chile in New Zealand", "", ARTICLE, "", "© 2032 Embassy of Chile in New Zealand"].join("\n");
    expect(isRemoved(office, "Embassy of Chile in New Zealand")).toBe(false);
  });

  it("removes a state's motto stacked between its name and the office over the menu", () => {
    const text = [
      "RÉPUBLIQUE TOGOLAISE",
      "Travail – Liberté – Patrie",
      "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
      "Accueil | Le Ministère | Actualités | Communiqués | Contact",
      "",
      ARTICLE_FR,
    ].join("\n");
    expect(isRemoved(text, "Travail – Liberté – Patrie")).toBe(true);
    expect(isRemoved(text, "MINISTÈRE DES AFFAIRES ÉTRANGÈRES")).toBe(true);
  });

  it("removes a section breadcrumb under a menu that holds the newsletters' link", () => {
    const text = ["Otago Daily Times", "News | Business | Sport | Newsletters | Subscribe", "Business > Agriculture", "", ARTICLE].join(
      "\n",
    );
    expect(isRemoved(text, "Business > Agriculture")).toBe(true);
  });
});
