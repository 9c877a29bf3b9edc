/** Towns from the city table: a capitalised name after a preposition of place, the pair's country first among namesakes. */
import { describe, expect, it } from "vitest";
import { citiesNamed } from "./city-gazetteer";
import { findPlaceMentions } from "./places";
import { eventsOf } from "./rules-test-kit";

const towns = (text: string, pair: [string, string]) =>
  findPlaceMentions(text, pair)
    .filter((p) => p.kind === "city")
    .map((p) => [p.name, p.countryCode]);

describe("places: towns of the city table", () => {
  it("knows towns of ten thousand people, accents folded, most populous first", () => {
    expect(citiesNamed("Bécancour")[0]).toMatchObject({ name: "Becancour", code: "CA" });
    expect(citiesNamed("rzeszow")[0]).toMatchObject({ name: "Rzeszow", code: "PL" });
    expect(citiesNamed("Dieppe").map((c) => c.code)).toEqual(["FR", "CA"]);
  });
  it("reads a town after a preposition of place, the pair's namesake first", () => {
    expect(towns("The delegation met business leaders in Dieppe on Tuesday.", ["KR", "CA"])).toEqual([["Dieppe", "CA"]]);
    expect(towns("La délégation a rencontré des entreprises à Lattes.", ["FR", "MA"])).toEqual([["Lattes", "FR"]]);
    expect(towns("Ils se sont réunis à Hanoï.", ["CH", "VN"])).toEqual([["Hanoi", "VN"]]);
  });
  it("takes a town outside the pair's countries only when it is a city of some size or its country is named", () => {
    expect(towns("The ministers met in Munich on February 13.", ["KR", "CA"])).toEqual([["Munich", "DE"]]);
    expect(towns("The delegation stopped in Lattes.", ["KR", "CA"])).toEqual([]);
    expect(towns("The delegation, back from France, stopped in Lattes.", ["KR", "CA"])).toEqual([["Lattes", "FR"]]);
  });
  it("reads a town written with a hyphen where the table writes a space, and the other way round", () => {
    expect(towns("Le ministre a effectué une visite de travail à Port-Louis du 3 au 5 septembre.", ["MG", "MU"])).toEqual([
      ["Port Louis", "MU"],
    ]);
    expect(citiesNamed("Saint Hyacinthe")[0]).toMatchObject({ name: "Saint-Hyacinthe", code: "CA" });
  });
  it("reads the town whose hall a text names: 'at the Kandy City Hall'", () => {
    expect(towns("The two mayors signed a twinning agreement at the Kandy City Hall on Wednesday.", ["LK", "CZ"])).toEqual([
      ["Kandy", "LK"],
    ]);
  });
  it("reads a French site's town ('au zoo de Dakar', 'à la mairie de Thiès') as where what happens there happens", () => {
    expect(towns("La délégation a été reçue à la mairie de Thiès.", ["FR", "SN"])).toEqual([["Thiès", "SN"]]);
    expect(
      eventsOf(
        "Le zoo français de Lyon et le parc sénégalais de Hann ont signé le 3 mars, au zoo de Dakar, une entente qui amènera à Lyon deux girafes.",
        { published: "2031-03-08", lang: "fr", pair: ["FR", "SN"] },
      ),
    ).toEqual([["2031-03-03", "signing", "Dakar"]]);
  });
  it("reads a town written with a glottal stop or another apostrophe than the table's ('Nukuʻalofa', 'Nuku'alofa')", () => {
    expect(towns("The two presidents met in Nukuʻalofa, then in Nuku'alofa again.", ["KI", "TO"])).toEqual([
      ["Nuku‘alofa", "TO"],
      ["Nuku‘alofa", "TO"],
    ]);
  });
  it("never reads a month, a weekday or a country as a town", () => {
    expect(towns("The talks will resume in March and end in May in Canada.", ["KR", "CA"])).toEqual([]);
  });
  it("places a meeting in a town the place list does not know", () => {
    expect(
      eventsOf("Korean Foreign Minister Cho Hyun met Canadian Foreign Minister Anita Anand in Munich on February 13.", {
        published: "2027-02-20",
      }),
    ).toEqual([["2027-02-13", "meeting", "Munich"]]);
  });
});

describe("places: the town a visitor went to", () => {
  it("reads the town after 'visited' and 'travelled to' as a place of the event", () => {
    expect(
      eventsOf(
        "The Philippines and Canada agreed. Secretary Jose Emmanuel Ortega-Bautista visited Winnipeg on May 20, where he met Manitoba's Minister of Labour.",
        { published: "2029-05-31", pair: ["PH", "CA"] },
      ),
    ).toEqual([
      ["2029-05-20", "visit", "Winnipeg"],
      ["2029-05-20", "meeting", "Winnipeg"],
    ]);
  });
});

describe("places: a town set off before its own country", () => {
  it("reads 'Apia, Samoa' as Samoa's capital without a preposition, and no name that is not one of that country's towns", () => {
    expect(findPlaceMentions("Anglican Parish of Apia, Samoa", ["WS", "TO"]).map((p) => [p.text, p.kind])).toEqual([
      ["Apia", "city"],
      ["Samoa", "country"],
    ]);
    expect(findPlaceMentions("Thanks to Mr Johnson, Samoa and Tonga will share the archive.", ["WS", "TO"]).map((p) => p.text)).toEqual([
      "Samoa",
      "Tonga",
    ]);
  });
});
