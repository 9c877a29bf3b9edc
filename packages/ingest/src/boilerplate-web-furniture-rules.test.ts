/** Page furniture on news and government sites: video embeds, section menus, toolbars, breadcrumbs, e-mail bylines, wire sign-offs. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const removed = isRemoved;

describe("web page furniture", () => {
  it("removes a video embed with its title and caption, and keeps the paragraph after the blank line", () => {
    const text =
      "Ministers met in Busan.\n\nWATCH | Ministers tour the shipyard:\nA look inside the dry dock\nThe defence minister says the yard can deliver two hulls a year. 3:15\n\nThe tour lasted two hours.\n";
    expect(removed(text, "WATCH | Ministers")).toBe(true);
    expect(removed(text, "A look inside")).toBe(true);
    expect(removed(text, "3:15")).toBe(true);
    expect(removed(text, "The tour lasted")).toBe(false);
  });
  it("removes a caption ending on a running time, but not a time of day in prose", () => {
    expect(removed("Body.\nAnalysts weigh the tariff dispute. 4:07\n", "Analysts weigh")).toBe(true);
    expect(removed("The talks resumed at 10:30\n", "The talks resumed")).toBe(false);
  });
  it("removes section menus, toolbars and share labels", () => {
    expect(removed("Home News\nSports  Arts  Opinion  Weather  Podcasts\nBody.\n", "Sports  Arts")).toBe(true);
    expect(removed("Télécharger le PDF   Imprimer   Citer\nBody.\n", "Imprimer")).toBe(true);
    expect(removed("Social Sharing\nBody.\n", "Social Sharing")).toBe(true);
    expect(removed("Partager sur LinkedIn\nBody.\n", "Partager sur LinkedIn")).toBe(true);
    expect(removed("Canada and Korea will share research data and print joint reports.\n", "Canada and Korea")).toBe(false);
  });
  it("removes breadcrumbs, e-mail bylines and wire sign-offs", () => {
    expect(removed("Home > Ministry of Trade > Press releases\nBody.\n", "Home >")).toBe(true);
    expect(removed("Body.\n\nJane Roe (jroe@example.org)\n", "jroe@")).toBe(true);
    expect(removed("Body.\n\nRTR ab/cd\n", "RTR ab/cd")).toBe(true);
    expect(removed("Trade rose 5 per cent > the target set last year, the ministry said.\n", "Trade rose")).toBe(false);
  });
});
