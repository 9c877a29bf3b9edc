/** Attribution lines under block quotes, French inverted pronouns, and indirect speech that is not a quote. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const quotes = (text: string, lang: "en" | "fr" = "en") =>
  extract(text, { published: "2026-05-04", lang }).quotes.map((q) => [q.speaker, q.text]);

describe("quote attribution", () => {
  it("takes the speaker from a dash line under a block quote, honorific aside", () => {
    const text =
      'Quotes\n\n"Students who spend a year abroad come home with a wider view of the world and of their own country."\n– The Honourable Jane Whitfield, Minister of Youth\n';
    expect(quotes(text)).toEqual([["Jane Whitfield", expect.stringContaining("Students who spend")]]);
  });
  it("resolves a French inverted pronoun to the person named before it", () => {
    const text =
      "Pour la professeure Hélène Marchand, de l'Université Laval, le projet avance. « Les deux pays ont trop attendu pour agir ensemble sur ce dossier », rappelle-t-elle.";
    expect(quotes(text, "fr")).toEqual([["Hélène Marchand", expect.stringContaining("trop attendu")]]);
  });
  it("does not offer backshifted indirect speech as a quote, but keeps a modal claim", () => {
    expect(quotes("Opposition critic Tom Hale said the province needed to prove the plan would add local jobs.")).toEqual([]);
    expect(quotes("Opposition critic Tom Hale said that no study had been done on the costs.")).toEqual([]);
    expect(quotes("Minister Tom Hale said the accord would lower tariffs on lumber and seafood.")).toHaveLength(1);
    expect(quotes("Economist Tom Hale said the move is aimed at lowering costs for shippers.")).toHaveLength(1);
  });
});
