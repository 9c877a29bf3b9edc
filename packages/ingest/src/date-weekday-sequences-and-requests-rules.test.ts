/**
 * Dates: a weekday told after a weekday still ahead in its sentence falls after it; French present tenses of a trip or a
 * visit's end, a recommendation and a request for a meeting look ahead; a French chronology's "année :" line dates a
 * bare month; "à partir de janvier" is a start still ahead; "since the start of the year" is the year.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["GM", "GW"] }).dates.map((d) => [d.text, d.value]);

describe("dates: weekdays in sequence, requests and French present tenses", () => {
  it("reads weekdays told after a Monday ahead as that week's (a Wednesday of writing)", () => {
    expect(
      valuesOf("Le forum des pêcheurs s'ouvre lundi à Banjul, avant une table ronde des ministres, mercredi et jeudi.", "2031-10-08", "fr"),
    ).toEqual([
      ["lundi", "2031-10-13"],
      ["mercredi", "2031-10-15"],
      ["jeudi", "2031-10-16"],
    ]);
  });
  it("reads French present tenses of a trip, a visit's end and a recommendation as ahead", () => {
    expect(valuesOf("Le ministre gambien se rend par ailleurs vendredi à Bissau.", "2031-10-08", "fr")).toEqual([
      ["vendredi", "2031-10-10"],
    ]);
    expect(valuesOf("La ministre poursuit sa visite à Cacheu vendredi, avant un séjour qui prend fin samedi.", "2031-10-08", "fr")).toEqual(
      [
        ["vendredi", "2031-10-10"],
        ["samedi", "2031-10-11"],
      ],
    );
    expect(valuesOf("Le comité a examiné le texte et recommande au Sénat de le voter jeudi.", "2031-10-08", "fr")).toEqual([
      ["jeudi", "2031-10-09"],
    ]);
  });
  it("reads a date after 'asked for a meeting' as ahead", () => {
    expect(valuesOf("The rice growers' union asked for a meeting with the ministry before March 20.", "2031-02-10")).toEqual([
      ["March 20", "2031-03-20"],
    ]);
  });
  it("reads a bare month on a French chronology's line in the line's year, and 'à partir de janvier' ahead", () => {
    expect(valuesOf("Rappel :\n- 2028 : un premier accord est discuté à Banjul, en mars.\n", "2031-10-08", "fr")).toContainEqual([
      "en mars",
      "2028-03",
    ]);
    expect(valuesOf("Les douanes appliqueront le nouveau tarif à partir de janvier.", "2031-10-08", "fr")).toEqual([
      ["à partir de janvier", "2032-01"],
    ]);
  });
  it("reads 'since the start of the year' as the year of writing", () => {
    expect(valuesOf("Cashew prices have fallen 12% since the start of the year.", "2031-10-08")).toEqual([
      ["the start of the year", "2031"],
    ]);
  });
});
