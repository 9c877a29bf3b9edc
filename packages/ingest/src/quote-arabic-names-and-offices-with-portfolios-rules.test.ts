/**
 * Quote speakers: "President al-Hamwi said", a name whose word opens on an Arabic article, and "le ministre érythréen",
 * an office standing for the holder named with it and a portfolio after "de l'".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const speakers = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2034-02-20", lang, pair }).quotes.map((q) => [q.speaker, q.text.slice(0, 20)]);

describe("quotes: a speaker's name opening on 'al-'", () => {
  it("gives the quote to the person 'President al-Hamwi' takes up", () => {
    const text = [
      "Damascus, SANA- President Khaled al-Hamwi held talks on Monday with Libyan Prime Minister Abdelhakim al-Mabrouk.",
      "",
      '"Syria and Libya stood by each other in difficult years," President al-Hamwi said at a joint press conference.',
    ].join("\n");
    expect(speakers(text, ["LY", "SY"])).toContainEqual(["Khaled al-Hamwi", "Syria and Libya stoo"]);
  });
});

describe("quotes: an office with a portfolio after 'de l''", () => {
  it("gives 'a souligné le ministre érythréen' to the minister named with that office", () => {
    const text = [
      "Le texte a été signé par le ministre érythréen de l'Agriculture, Tesfay Haile, et son homologue soudanais, Osman Idris Hamid, en présence de Marc Dupuis.",
      "",
      "« Surveiller ensemble coûte dix fois moins cher que de pulvériser dans l'urgence », a souligné pour sa part le ministre érythréen.",
    ].join("\n");
    expect(speakers(text, ["ER", "SD"], "fr")).toContainEqual(["Tesfay Haile", "Surveiller ensemble "]);
  });
});
