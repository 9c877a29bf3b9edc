/**
 * Quotes whose speaker is named before them by "calls ... “...”" and "welcomed ... as “...”", and quotes given to an office
 * with its article, followed by where it was said ("a déclaré la ministre pakistanaise lors d'une conférence de presse").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotesIn = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-07-08", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: 'calls' and 'welcomed ... as'", () => {
  it("reads the speaker of 'calls the talks “...”'", () => {
    const text =
      'Korea and Canada launched digital talks. Ambassador Marc Bertrand spoke on the podcast. Bertrand calls the digital negotiations "the sleeper story of the visit."';
    expect(quotesIn(text, ["KR", "CA"])).toContainEqual(["Marc Bertrand", "the sleeper story of the visit."]);
  });
  it("reads the speaker of 'welcomed the agreements as “...”'", () => {
    const text =
      'Belize and Suriname signed a memorandum. CARICOM Secretary-General Dr. Curtis Mayers welcomed the agreements as "exactly the kind of bilateral building blocks the Single Market needs."';
    expect(quotesIn(text, ["BZ", "SR"])).toContainEqual([
      "Curtis Mayers",
      "exactly the kind of bilateral building blocks the Single Market needs.",
    ]);
  });
});

describe("quotes: an office with its article, then where it was said", () => {
  it("gives the quote to the holder of the office, not to the person named last", () => {
    const text =
      "La ministre pakistanaise des Affaires étrangères, Sana Malik Rana, et son homologue bosnien, Adnan Hadžiomerović, ont signé mercredi un accord. « Nous voulons maintenant donner à notre amitié un contenu économique », a déclaré la ministre pakistanaise lors d'une conférence de presse conjointe avec son homologue.";
    const found = quotesIn(text, ["PK", "BA"], "fr");
    expect(found.map((q) => q[0])).toEqual(["Sana Malik Rana"]);
  });
});
