/** A charity's, a blog's and a periodic report's furniture: buttons, numbers, disclaimers, counters and pointers. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const body = "The two ministers met in Apia on 3 June 2030 and signed a fisheries agreement.";

describe("boilerplate: a charity's page", () => {
  const page = [
    body,
    "Give monthly today →",
    "Registered charity number 1012345",
    "12 Harbour Road, Leeds LS1 4AB | Company reg. no. 04417752",
    "The business registration of the joint venture was completed in Suva.",
  ].join("\n");
  it("removes a donation button closing on an arrow, and a charity's or a firm's registration number", () => {
    expect(isRemoved(page, "Give monthly today →")).toBe(true);
    expect(isRemoved(page, "Registered charity number 1012345")).toBe(true);
    expect(isRemoved(page, "12 Harbour Road, Leeds LS1 4AB")).toBe(true);
  });
  it("keeps the article, and a sentence that mentions a registration", () => {
    expect(isRemoved(page, body)).toBe(false);
    expect(isRemoved(page, "The business registration of the joint venture")).toBe(false);
  });
});

describe("boilerplate: a blog's furniture", () => {
  it("removes a French blog's disclaimer and an English one on opinions", () => {
    const page = `${body}\nLes opinions exprimées dans ce site sont celles de leurs auteurs.\nThe opinions expressed here are those of the contributors.\n`;
    expect(isRemoved(page, "Les opinions exprimées dans ce site")).toBe(true);
    expect(isRemoved(page, "The opinions expressed here")).toBe(true);
    expect(isRemoved(page, body)).toBe(false);
  });
  it("removes a French comment counter and the page after it", () => {
    const page = `${body}\n\n12 commentaires | Réagir\n\nAmira: Bravo !\n`;
    expect(isRemoved(page, "12 commentaires")).toBe(true);
    expect(isRemoved(page, "Amira: Bravo")).toBe(true);
    expect(isRemoved(page, body)).toBe(false);
  });
  it("removes a blog's related posts after a colon", () => {
    const page = `${body}\nBillets similaires : Un été à Dakar | Retour de Hanoï\nSimilar posts: Spring in Kyoto | A week in Suva\n`;
    expect(isRemoved(page, "Billets similaires")).toBe(true);
    expect(isRemoved(page, "Similar posts: Spring in Kyoto")).toBe(true);
  });
  it("removes a short call to write to an e-mail address, not a sentence that gives one earlier", () => {
    const page = `${body}\nEnvie de participer ? Écrivez-nous à benevoles@example.ca\nMs. Tui (tui@example.ws) led the talks for Samoa's delegation in Apia.\n`;
    expect(isRemoved(page, "Envie de participer")).toBe(true);
    expect(isRemoved(page, "Ms. Tui")).toBe(false);
  });
  it("removes a pointer to the site's own pages, not one to a minister's statement", () => {
    const page = `${body}\nTo learn more about the exhibit, visit our website.\nTo learn more, the committee will visit Nadi in May.\n`;
    expect(isRemoved(page, "To learn more about the exhibit")).toBe(true);
    expect(isRemoved(page, "the committee will visit Nadi")).toBe(false);
  });
});

describe("boilerplate: a report's stamps and buttons", () => {
  const page = [
    "Situation report",
    body,
    "Next update: Monday, 4 August 2031 – 09:00 CEST",
    "Prochain bulletin : lundi 4 août 2031, 9 h",
    "Next meeting: 12 May 2031 in Nadi",
    "Télécharger le discours (PDF, 98 Ko) | Voir la vidéo",
  ].join("\n");
  it("removes the note on the next issue and a download button with the page's other buttons", () => {
    expect(isRemoved(page, "Next update: Monday")).toBe(true);
    expect(isRemoved(page, "Prochain bulletin")).toBe(true);
    expect(isRemoved(page, "Télécharger le discours")).toBe(true);
  });
  it("keeps a meeting to come and the article", () => {
    expect(isRemoved(page, "Next meeting: 12 May 2031")).toBe(false);
    expect(isRemoved(page, body)).toBe(false);
  });
});
