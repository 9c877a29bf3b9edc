/**
 * Boilerplate of podcast pages and news sites: the bar of the apps a podcast is on, "Related episodes", a news site's
 * account links, a mission's partners between pipes, an agency's notice on its subscribers' service, a masthead over a
 * language switch and a name in two languages over the menu; and the section label under the menu and the article's
 * headline, which stay.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Belize and Suriname signed a memorandum on agricultural health in Paramaribo on 7 July 2031.";

describe("boilerplate: bars and notices", () => {
  it("removes a podcast's 'Listen on:' bar and its 'Related episodes'", () => {
    const text = [
      "Episode 87: After the summit",
      "Listen on: Apple Podcasts | Spotify | YouTube | RSS",
      "",
      ARTICLE,
      "",
      "Related episodes",
      "- Episode 86: India's elections (April 22, 2031)",
      "- Episode 85: ASEAN at the crossroads (April 8, 2031)",
    ].join("\n");
    expect(isRemoved(text, "Listen on: Apple Podcasts | Spotify | YouTube | RSS")).toBe(true);
    expect(isRemoved(text, "- Episode 86: India's elections (April 22, 2031)")).toBe(true);
    expect(isRemoved(text, ARTICLE)).toBe(false);
  });
  it("removes a mission's partners line and an agency's subscribers' notice", () => {
    const partners = "Partenaires de la mission : Investissement Québec | Export Québec | Air Canada";
    const notice =
      "Sur le site web de l'Agence, seule une partie des nouvelles diffusées aux abonnés est publiée, et sous forme résumée. Veuillez nous contacter pour vous abonner.";
    expect(isRemoved([ARTICLE, "", partners].join("\n"), partners)).toBe(true);
    expect(isRemoved([ARTICLE, "", notice].join("\n"), notice)).toBe(true);
  });
});

describe("boilerplate: mastheads and section labels", () => {
  it("removes a masthead over a language switch and a menu with the section's label under it, and keeps the headline", () => {
    const text = [
      "APA News | Agence de Presse Africaine",
      "Français | English",
      "Accueil | Politique | Économie | Société | Culture",
      "Politique",
      "",
      "La Gambie et le Lesotho signent un accord-cadre à Banjul",
      "",
      ARTICLE,
    ].join("\n");
    expect(isRemoved(text, "APA News | Agence de Presse Africaine")).toBe(true);
    expect(isRemoved(text, "Culture\nPolitique")).toBe(true);
    expect(isRemoved(text, "La Gambie et le Lesotho signent un accord-cadre à Banjul")).toBe(false);
  });
  it("removes a name given in two languages over the menu", () => {
    const text = ["Canal de Panamá | Panama Canal", "Home | Maritime Services | Water | Media | Careers", "", ARTICLE].join("\n");
    expect(isRemoved(text, "Canal de Panamá | Panama Canal")).toBe(true);
  });
  it("removes a news site's account links over its breadcrumb", () => {
    const text = [
      "Le Soleil",
      "Actualités | Politique | Affaires | Arts | Sports",
      "S'abonner | Se connecter",
      "Actualités > Politique",
      "",
      ARTICLE,
    ].join("\n");
    expect(isRemoved(text, "S'abonner | Se connecter")).toBe(true);
    expect(isRemoved(text, "Actualités > Politique")).toBe(true);
  });
});
