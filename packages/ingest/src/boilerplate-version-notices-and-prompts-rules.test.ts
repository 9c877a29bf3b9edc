/**
 * A page's note on which version of a document counts, a news agency's terms for linking to its stories, a page's
 * error-report prompt and a site's search label.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const minutes = [
  "Ville de Granby",
  "",
  "Ce procès-verbal est diffusé pour information. Seule la version signée par le greffier fait foi.",
  "",
  "Le conseil a adopté la résolution sur le jumelage avec Tartu.",
  "",
  "Une faute sur cette page ?",
  "Vous avez remarqué une erreur sur cette page ? Écrivez-nous.",
].join("\n");

const dispatch = [
  "Agence baltique d'information",
  "Rechercher dans Agence baltique",
  "",
  "Riga et Tallinn signent un accord sur les ferries",
  "",
  "Les deux gouvernements ont signé l'accord lundi.",
  "",
  "Toute reproduction exige un lien hypertexte vers balticinfo.ee, celui-ci est obligatoire.",
].join("\n");

describe("boilerplate: notices, prompts and search labels", () => {
  it("removes a note on which version of the minutes counts", () => {
    expect(isRemoved(minutes, "Seule la version signée par le greffier fait foi.")).toBe(true);
    expect(isRemoved(minutes, "Le conseil a adopté la résolution")).toBe(false);
  });
  it("removes a page's prompt to report an error", () => {
    expect(isRemoved(minutes, "Vous avez remarqué une erreur sur cette page ? Écrivez-nous.")).toBe(true);
  });
  it("removes a search label and an agency's terms for links", () => {
    expect(isRemoved(dispatch, "Rechercher dans Agence baltique")).toBe(true);
    expect(isRemoved(dispatch, "un lien hypertexte vers balticinfo.ee, celui-ci est obligatoire.")).toBe(true);
    expect(isRemoved(dispatch, "Les deux gouvernements ont signé l'accord lundi.")).toBe(false);
  });
});
