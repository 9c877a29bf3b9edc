/**
 * Quotes attributed by a broadcaster's clip label over them, and by a reply: "[Soundbite: <title> <name>]" over the clip's
 * words, "<name> replied that ... "<words>"", and the labels that name no one.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotesIn = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2032-05-10", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes attributed by a clip label or a reply", () => {
  it("gives the clip's words to the person its label names", () => {
    const text = [
      "Peru and Ecuador agreed on Tuesday to reopen the Huaquillas border crossing to lorries.",
      "",
      "[Soundbite: Peruvian Trade Minister Lucía Quispe (Spanish)]",
      '"Our exporters lost a season. They will not lose another."',
    ].join("\n");
    expect(quotesIn(text, ["PE", "EC"])).toContainEqual(["Lucía Quispe", "Our exporters lost a season. They will not lose another."]);
    const fr = [
      "Le Bénin et le Niger ont rouvert mardi le pont de Malanville.",
      "",
      "[Extrait sonore : le ministre nigérien du Commerce, Issoufou Maïga]",
      "« Nos camions attendaient depuis des mois. »",
    ].join("\n");
    expect(quotesIn(fr, ["BJ", "NE"], "fr")).toContainEqual(["Issoufou Maïga", "Nos camions attendaient depuis des mois."]);
  });

  it("gives no speaker from a label that is not a clip's", () => {
    const text = [
      "Peru and Ecuador agreed on Tuesday to reopen the border crossing to lorries.",
      "",
      "[Photo: Peruvian Trade Minister Lucía Quispe]",
      '"A season lost is a season lost."',
    ].join("\n");
    expect(quotesIn(text, ["PE", "EC"]).map(([speaker]) => speaker)).not.toContain("Lucía Quispe");
  });

  it("reads 'replied' as a verb of saying", () => {
    const text =
      'President Arce met Chilean President Valeria Torres in La Paz. Torres replied that Chile "will not sign a text it cannot keep," and left for Santiago.';
    expect(quotesIn(text, ["BO", "CL"])).toContainEqual(["Valeria Torres", "will not sign a text it cannot keep,"]);
  });
});
