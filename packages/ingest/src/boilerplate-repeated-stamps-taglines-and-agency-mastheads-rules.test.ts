/**
 * Boilerplate from the forty-first unseen set: a revision stamp repeating the publication day above it, a news
 * organisation's closing tagline, a first line named again in a "(c)" line, and a news agency's name as masthead.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const STORY = "Manila and Hanoi signed a memorandum on rice trade on Tuesday, officials said.";

describe("boilerplate: stamps, taglines and mastheads", () => {
  it("removes a revision stamp that repeats the bare publication day above it, and keeps the day", () => {
    const text = ["By Staff", "May 4,2032", "Last updated at May 4,2032", "", STORY].join("\n");
    expect(isRemoved(text, "Last updated at May 4,2032")).toBe(true);
    expect(isRemoved(text, "May 4,2032\n")).toBe(false);
    expect(isRemoved(["By Staff", "May 4,2032", "Last updated at May 6,2032", "", STORY].join("\n"), "Last updated at")).toBe(false);
  });

  it("removes a news organisation's tagline closing the story", () => {
    const text = [STORY, "", "Luzon Wire is Manila's trusted news source. Read more: World", "© 2032 Luzon Wire"].join("\n");
    expect(isRemoved(text, "Luzon Wire is Manila's trusted news source.")).toBe(true);
    expect(isRemoved(["Manila Courier", "", STORY, "", "The deal is the first of its kind, officials said."].join("\n"), "The deal")).toBe(
      false,
    );
  });

  it("removes a first line named again in a '(c)' line, with the menu under it", () => {
    const text = ["Island Breeze Online", "Home | News | Sports | Features", "", STORY, "", "(c) Island Breeze Online 2032"].join("\n");
    expect(isRemoved(text, "Island Breeze Online\nHome | News | Sports | Features")).toBe(true);
  });

  it("removes a national news agency's name over its language switch and menu", () => {
    const text = [
      "Agence Gabonaise d'Information",
      "Français | English",
      "Accueil | Politique | Économie | Société",
      "",
      "Libreville et Malabo ont signé mardi un accord sur la pêche.",
      "",
      "© 2032 Agence Gabonaise d'Information",
    ].join("\n");
    expect(isRemoved(text, "Agence Gabonaise d'Information\n")).toBe(true);
  });
});
