/**
 * French quotes with their speaker told after a verb of saying in the present ("», lance la productrice ..."), after a
 * past tense split by an aside between commas ("a, pour sa part, salué « ... »"), and by "son homologue" before the verb,
 * the counterpart of the quote before.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotesIn = (text: string) =>
  read(text, { published: "2033-03-08", lang: "fr", pair: ["SN", "GM"] }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: French verbs in the present after the quote, asides and counterparts before it", () => {
  it("reads a verb of saying in the present put after the quote, before its speaker", () => {
    const text =
      "À Dakar, le festival prend de l'ampleur avec la Gambie. « Nous avons doublé nos entrées en une saison », observe la productrice Awa Ndiaye, directrice du festival.";
    expect(quotesIn(text)).toContainEqual(["Awa Ndiaye", "Nous avons doublé nos entrées en une saison"]);
  });

  it("reads a past tense whose aside stands between commas", () => {
    const text =
      "Le ministre sénégalais Moussa Fall a reçu son homologue gambien à Dakar. Moussa Fall a, pour sa part, salué « un voisin qui est aussi un frère ».";
    expect(quotesIn(text)).toContainEqual(["Moussa Fall", "un voisin qui est aussi un frère"]);
  });

  it("gives the counterpart before the verb the name other than the last quote's speaker", () => {
    const text =
      "Le ministre sénégalais Moussa Fall a reçu à Dakar le ministre gambien Lamin Jallow. « Le fleuve nous unit plus qu'il ne nous sépare », a déclaré Moussa Fall. Son homologue a souligné que « la route doit servir les marchés avant les douanes ».";
    expect(quotesIn(text)).toContainEqual(["Lamin Jallow", "la route doit servir les marchés avant les douanes"]);
  });
});
