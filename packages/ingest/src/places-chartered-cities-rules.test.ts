/** Places rules from the twenty-fifth unseen set: a chartered city that is also a subdivision, a capital written "X City" or after "à". */
import { describe, expect, it } from "vitest";
import { findPlaceMentions } from "./places";
import { read } from "./rules-test-kit";

const towns = (text: string, pair: string[]) =>
  findPlaceMentions(text, pair)
    .filter((p) => p.kind === "city")
    .map((p) => [p.text, p.name, p.countryCode]);

describe("places: towns the subdivision and country tables hid", () => {
  it("reads a subdivision named like a smaller city of its country as the city after a preposition of place", () => {
    expect(towns("The two ministers met in Dire Dawa on 2 May and reviewed the agreement.", ["ET", "DJ"])).toContainEqual([
      "Dire Dawa",
      "Dire Dawa",
      "ET",
    ]);
    expect(towns("Dire Dawa is one of two chartered cities.", ["ET", "DJ"])).toEqual([]);
  });
  it("reads a country named like its capital, with 'City' after it, as the capital", () => {
    expect(towns("The agreement was signed in Djibouti City on 10 March 2031.", ["ET", "DJ"])).toContainEqual([
      "Djibouti City",
      "Djibouti",
      "DJ",
    ]);
  });
  it("reads a country named like its capital after French 'à' as the capital, and after 'au' as the country", () => {
    expect(towns("La commission mixte s'est tenue à Koweït en mars 2027.", ["KW", "MA"])).toContainEqual(["Koweït", "Kuwait City", "KW"]);
    expect(towns("Le ministre s'est rendu au Koweït en mars 2027.", ["KW", "MA"])).toEqual([]);
  });
  it("places the event in that town rather than the dateline's", () => {
    const events = read(
      "Addis Ababa, 14 May 2031\n\nThe Minister of Water and Energy of Ethiopia, Dr. Tesfaye Gurmessa, and Djibouti's Minister of Energy, Mr. Ismaël Daher Robleh, met in Dire Dawa on 2 May and reviewed the agreement.",
      { published: "2031-05-14", lang: "en", pair: ["ET", "DJ"] },
    ).events;
    expect(events.map((e) => e.location.city)).toContain("Dire Dawa");
  });
});
