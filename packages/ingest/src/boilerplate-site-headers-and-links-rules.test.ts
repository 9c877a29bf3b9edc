/**
 * A government site's header (its name, "Official web-site", "Menu principal", "Language selection" among the menu bar,
 * the breadcrumb and the language switch), a revision stamp telling the story's age, a credit line in brackets, a link
 * to another story by its quoted headline and a comment prompt go; a title or a date line opening the page stays.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Ghana and Togo signed a memorandum on cross-border electricity in Lomé on 4 March 2031.";

describe("boilerplate: a site's header over its menu", () => {
  it("removes the labels of the page's first paragraph when it closes on a menu bar or a breadcrumb", () => {
    const en = ["Office of the Prime Minister", "Language selection", "Français", "Home | News | Ministries | Contact", "", ARTICLE].join(
      "\n",
    );
    expect(isRemoved(en, "Office of the Prime Minister")).toBe(true);
    expect(isRemoved(en, "Language selection")).toBe(true);
    expect(isRemoved(en, ARTICLE)).toBe(false);
    const fr = [
      "RÉPUBLIQUE TOGOLAISE",
      "Gouvernement",
      "English",
      "Menu principal",
      "Accueil > Actualités > Communiqués",
      "",
      ARTICLE,
    ].join("\n");
    expect(isRemoved(fr, "RÉPUBLIQUE TOGOLAISE")).toBe(false);
    expect(isRemoved(fr, "Gouvernement")).toBe(true);
    expect(isRemoved(fr, "Menu principal")).toBe(true);
  });
  it("keeps a single name right over a breadcrumb, and a title or a date line opening the page above the menu", () => {
    const single = ["Assemblée nationale du Togo", "Accueil > Actualités > Communiqués", "", ARTICLE].join("\n");
    expect(isRemoved(single, "Assemblée nationale du Togo")).toBe(false);
    const titled = ["Togo and Ghana open a joint border post at Aflao, 4 March 2031", "Home | News | Contact", "", ARTICLE].join("\n");
    expect(isRemoved(titled, "Togo and Ghana open a joint border post at Aflao, 4 March 2031")).toBe(false);
    const noMenu = ["Ministry of Energy", "Press release", "", ARTICLE].join("\n");
    expect(isRemoved(noMenu, "Ministry of Energy")).toBe(false);
  });
});

describe("boilerplate: stamps, credits, links and prompts", () => {
  const under = (line: string) => isRemoved([ARTICLE, "", line, "", ARTICLE.replace("4 March", "5 March")].join("\n"), line);
  it("removes a revision stamp giving the story's age", () => {
    expect(under("Last Updated: 5 hours ago")).toBe(true);
    expect(under("Mis à jour il y a 20 minutes")).toBe(true);
  });
  it("removes a bracketed source credit, a quoted headline's link and a comment prompt", () => {
    expect(under("[Source: Ministry of Information, Togo]")).toBe(true);
    expect(under("Lisez « Lomé inaugure son nouveau port sec »")).toBe(true);
    expect(under("Read: “Accra hosts regional energy ministers”")).toBe(true);
    expect(under("Vous souhaitez réagir ? Connectez-vous pour commenter.")).toBe(true);
  });
  it("keeps a sentence that sends the reader to a quoted text", () => {
    expect(under("Read the minister's statement, “Energy for all”, in full on the ministry's site by Friday.")).toBe(false);
  });
});
