/**
 * Speakers named around a quote: a hyphen opening the attribution line under a block quote, French verbs of answering and
 * regret ("a répondu", "a-t-il déploré", "a salué"), an Arabic article before a surname ("al-Mansouri said"), a second quote
 * after its attribution's sentence, and a counterpart answering the speaker before.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotes = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-06-02", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: attribution lines and answers", () => {
  it("reads a block quote's attribution line opened by a hyphen", () => {
    const text =
      'Quotes\n\n"Our ports and their shipyards have everything to gain from this partnership over the next decade."\n- The Honourable Arturo Velasco, Minister of Transport\n';
    expect(quotes(text, ["CL", "NZ"])).toEqual([["Arturo Velasco", expect.stringContaining("Our ports")]]);
  });
  it("reads French verbs of answering, regretting and welcoming", () => {
    const text =
      "Le ministre chilien des Transports, Arturo Velasco, a reçu à Valparaíso le ministre néo-zélandais du Commerce, Thomas Walker. « Nos deux pays regardent enfin vers le même océan », a répondu Thomas Walker.\n\nLe président du syndicat des dockers, Paul Henare, a salué une « très bonne décision pour les ports ».\n\nLa directrice de la chambre de commerce, Isabelle Moreau, attend toujours une réponse.\n\n« On signe des textes, mais nos navires attendent toujours au port », a-t-elle déploré.";
    expect(quotes(text, ["CL", "NZ"], "fr")).toEqual([
      ["Thomas Walker", expect.stringContaining("Nos deux pays")],
      ["Paul Henare", "très bonne décision pour les ports"],
      ["Isabelle Moreau", expect.stringContaining("On signe des textes")],
    ]);
  });
  it("reads a surname with its Arabic article and a second quote after the attribution's sentence", () => {
    const text =
      'The Omani Minister of Foreign Affairs, Khalid Omar al-Mansouri, met his Kenyan counterpart, Grace Wanjiru, in Nairobi. "Our fishermen have shared these waters for a very long time," al-Mansouri told reporters after the meeting. "Now our two governments will share them too."';
    expect(quotes(text, ["OM", "KE"])).toEqual([
      ["Khalid Omar al-Mansouri", expect.stringContaining("Our fishermen")],
      ["Khalid Omar al-Mansouri", "Now our two governments will share them too."],
    ]);
  });
  it("gives a counterpart's answer to the person named last who is not the first speaker", () => {
    const text =
      "Le ministre omanais de l'Eau, Salim Nasser Hinai, et la ministre kényane de l'Environnement, Grace Wanjiru, ont signé le protocole.\n\n« Nous voulons simplement mesurer ce qui passe », a déclaré Salim Nasser Hinai.\n\n« Le Kenya respectera sa parole, mais la pluie ne signe rien », a répondu son homologue kényane.";
    expect(quotes(text, ["OM", "KE"], "fr")).toEqual([
      ["Salim Nasser Hinai", expect.stringContaining("Nous voulons")],
      ["Grace Wanjiru", expect.stringContaining("Le Kenya respectera")],
    ]);
  });
});
