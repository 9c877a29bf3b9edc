/** Talks at a visit's stop, pluperfect receptions, talks "were held", rounds of a council and a host's welcome for a round (seventeenth unseen set). */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

const events = (text: string, lang: "en" | "fr" = "en", pair: [string, string] = ["KR", "CA"]) =>
  eventsOf(text, { published: "2029-03-28", lang, pair });

describe("events: receptions, stops and rounds", () => {
  it("reads talks 'where he met' after a visit as a meeting in the visited town", () => {
    expect(
      events(
        "Canada and Korea agreed to cooperate. A Korean delegation travelled to Calgary on February 6, where it met Alberta's Minister of Energy, Hon. Derek Van Houten-Sandhu.",
      ),
    ).toEqual([
      ["2029-02-06", "visit", "Calgary"],
      ["2029-02-06", "meeting", "Calgary"],
    ]);
  });
  it("reads a pluperfect reception as a meeting, and a province's premier received by a president as no summit", () => {
    expect(
      events(
        "Le Canada et la Corée. Le 20 octobre, le premier ministre du Québec, M. François-Xavier Gendron, avait été reçu à Séoul par le président Kang Min-jae.",
        "fr",
      ),
    ).toEqual([["2028-10-20", "meeting", "Seoul"]]);
  });
  it("reads 'Talks were held ... between the two leaders' as a summit", () => {
    expect(events("Canada and Korea. Talks were held in Ottawa on Tuesday between the two leaders and their delegations.")).toEqual([
      ["2029-03-27", "summit", "Ottawa"],
    ]);
  });
  it("reads a council's numbered meeting as a round, and the pair co-chairing a session as its parties", () => {
    expect(
      events("Germany and Kazakhstan. The 14th meeting of the German-Kazakh Business Council took place in Astana on Wednesday.", "en", [
        "DE",
        "KZ",
      ]),
    ).toEqual([["2029-03-28", "dialogue_round", "Astana"]]);
    expect(
      events(
        "Le Sénégal et la Belgique ont signé un accord. La cinquième session de la commission mixte s'est tenue lundi à Dakar, sous la coprésidence des deux ministres.",
        "fr",
        ["SN", "BE"],
      ),
    ).toContainEqual(["2029-03-26", "dialogue_round", "Dakar"]);
  });
  it("reads a host's welcome to a town for a named meeting as the guest's visit beside the round", () => {
    expect(
      events(
        "The Minister of National Defence welcomed the Republic of Korea's Minister of National Defense, Jeon Sang-woo, to Ottawa on March 7 for the second Canada–Korea Defence Ministers' Meeting.",
      ),
    ).toEqual([
      ["2029-03-07", "visit", "Ottawa"],
      ["2029-03-07", "dialogue_round", "Ottawa"],
    ]);
  });
});

describe("events: a visit told of the person met", () => {
  it("reads ', qui s'était rendu à Séoul en mars dernier' after a meeting as an earlier visit", () => {
    expect(
      events(
        "Le Canada et la Corée. Le consul général, M. Cho Hyun-woo, s'est entretenu le 30 avril avec le maire de Laval, M. Stéphane Boyer-Nadeau, qui s'était rendu à Séoul en mars dernier.",
        "fr",
      ),
    ).toEqual([
      ["2028-04-30", "meeting", null],
      ["2028-03", "visit", "Seoul"],
    ]);
  });
});

describe("events: a site's town", () => {
  it("places a signing on Parliament Hill in Ottawa, also when a heading reported it first", () => {
    expect(
      events(
        "Canada and Korea.\n\n7:05 p.m. — Three agreements signed\nPrime Minister Élise Tremblay-Okafor and President Kang Min-jae signed three agreements on Parliament Hill this evening.",
      ),
    ).toEqual([["2029-03-28", "signing", "Ottawa"]]);
  });
});

describe("events: a relative aside before the main verb", () => {
  it("reads the round after ', qui ne s'était plus réunie depuis 2017,' on the main clause's day", () => {
    expect(
      events(
        "Le Sénégal et la Belgique ont signé un accord. La cinquième session de la commission mixte, qui ne s'était plus réunie depuis 2017, s'est tenue lundi à Dakar, sous la coprésidence des deux ministres.",
        "fr",
        ["SN", "BE"],
      ),
    ).toContainEqual(["2029-03-26", "dialogue_round", "Dakar"]);
  });
});
