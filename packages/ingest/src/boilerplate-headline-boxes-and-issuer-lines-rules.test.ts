/**
 * Boxes of other headlines under a French heading ("Dans la même rubrique", "Plus de dépêches"), a publisher's list of its
 * coming events, a lone "Tags" heading, a "Previous news:" link, a programme's listening
 * link and a site's notice that it carries an agency's wire unedited.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

describe("headline boxes and issuer lines", () => {
  it("removes a French box of other headlines and keeps the prose after it", () => {
    const page = [
      "Les deux ministres ont ouvert les pourparlers sur un accord maritime mardi à Lima.",
      "",
      "Dans la même rubrique",
      "- Chili : la récolte de cuivre recule",
      "- Pérou : nouvelle ligne de bus à Cusco",
      "",
      "Les négociateurs se retrouveront à Quito au mois de juin pour une deuxième série de discussions sur le texte.",
    ].join("\n");
    expect(isRemoved(page, "Dans la même rubrique")).toBe(true);
    expect(isRemoved(page, "- Chili : la récolte")).toBe(true);
    expect(isRemoved(page, "Les négociateurs se retrouveront")).toBe(false);
  });
  it("removes the most-read box, the more-dispatches link and the publisher's coming events", () => {
    const page = [
      "Le traité a été signé lundi à Berne.",
      "",
      "Articles les plus lus",
      "- Neige record dans les Grisons",
      "",
      "Plus de dépêches",
      "",
      "Prochaines activités",
      "- 4 mars 2031 : Conférence sur l'Arctique",
    ].join("\n");
    expect(isRemoved(page, "Articles les plus lus")).toBe(true);
    expect(isRemoved(page, "- Neige record")).toBe(true);
    expect(isRemoved(page, "Plus de dépêches")).toBe(true);
    expect(isRemoved(page, "Prochaines activités")).toBe(true);
    expect(isRemoved(page, "- 4 mars 2031")).toBe(true);
  });
  it("removes a lone Tags heading and a previous-news link", () => {
    const page = [
      "The ferry deal was signed on Monday.",
      "",
      "Tags",
      "Ferries | Ports",
      "",
      "Previous news: Council adopts budget for rural roads",
    ].join("\n");
    expect(isRemoved(page, "Tags")).toBe(true);
    expect(isRemoved(page, "Previous news:")).toBe(true);
  });
  it("removes a programme's link and an unedited-wire notice", () => {
    const page = [
      "The agency signed a research accord with its Icelandic partner today.",
      "",
      "Écouter l'émission « Le magazine de l'Atlantique »",
      "",
      "Les dépêches de l'Agence Nord sont publiées telles quelles, sans relecture de notre rédaction.",
    ].join("\n");
    expect(isRemoved(page, "Écouter l'émission")).toBe(true);
    expect(isRemoved(page, "Les dépêches de l'Agence Nord")).toBe(true);
    expect(isRemoved(page, "The agency signed a research accord")).toBe(false);
  });
});
