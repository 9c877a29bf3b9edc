/**
 * Quote rules: a speaker in a clause of contrast after a quote ("..., while Minister Karimov called Malaysia "...""),
 * who speaks the quotation after him, and a minister of a name of descent taken up by his style and given name
 * ("Sayyid Talal said that "..."").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const speakers = (text: string, pair: [string, string]) =>
  read(text, { published: "2033-09-28", pair }).quotes.map((q) => [q.text.slice(0, 20), q.speaker]);

describe("quotes: a clause of contrast after a quote", () => {
  it("gives the quote before 'while' to the speaker named before it, and the next one to the speaker after 'while'", () => {
    const found = speakers(
      "MATRADE's Chief Executive Officer, Mohd Faizal Ismail, and Uzbekistan's Minister of Investment, Industry and Trade, Sherzod Karimov, attended the signing.\n\n" +
        'Mohd Faizal described the MoU as "a bridge for our exporters into a fast-growing region", while Minister Karimov called Malaysia "a model of how trade can lift a country."',
      ["MY", "UZ"],
    );
    expect(found).toEqual([
      ["a bridge for our exp", "Mohd Faizal Ismail"],
      ["a model of how trade", "Sherzod Karimov"],
    ]);
  });
  it("keeps the speaker after a quote when no other quotation follows in his clause", () => {
    const found = speakers(
      'Minister of Investment, Industry and Trade Sherzod Karimov met the mission. "Our doors are open to Malaysian companies and their partners," while Karimov said nothing of tariffs.',
      ["MY", "UZ"],
    );
    expect(found[0]?.[1]).toBe("Sherzod Karimov");
  });
});

describe("quotes: a style and a given name", () => {
  it("reads 'Sayyid Talal' as the minister named in full before", () => {
    const found = speakers(
      "The session was co-chaired by Sayyid Talal bin Saud Al Busaidi, Minister of Foreign Affairs, and Tanzania's Minister for Foreign Affairs, Neema Mwakyusa.\n\n" +
        'Sayyid Talal said that "the relations between Oman and Tanzania are written in the history of the Indian Ocean."',
      ["OM", "TZ"],
    );
    expect(found).toEqual([["the relations betwee", "Talal bin Saud Al Busaidi"]]);
  });
});
