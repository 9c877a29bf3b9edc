/** Event rules from the twenty-first unseen set: a visit named "the official visit of ... to", a minister "venue à ... à la tête d'une mission", a meeting another event followed. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: visits told beside a signing, and the meeting it followed", () => {
  it("reads 'during the official visit of <someone> to <city> from ... to ...' as a visit over those days", () => {
    expect(
      eventsOf(
        "Notes: Signed during the official visit of Canada's Minister of Natural Resources to Seoul from 3 to 6 November 2030. Canada and Korea.",
        { published: "2030-11-14" },
      ),
    ).toContainEqual(["2030-11-03/2030-11-06", "visit", "Seoul"]);
  });
  it("reads 'venue à Séoul du 20 au 23 oct. à la tête d'une mission' as a visit, and 'a suivi ... une rencontre entre' as a meeting", () => {
    const found = eventsOf(
      "L'accord a été signé à Séoul le 21 oct. dernier en présence du ministre de la République de Corée, M. Lee Sang-woo. La signature a suivi, le même jour, une rencontre entre M. Lee et la ministre du Patrimoine canadien, Mme Anne-Sophie Kabongo, venue à Séoul du 20 au 23 oct. à la tête d'une mission culturelle.",
      { published: "2030-11-05", lang: "fr" },
    );
    expect(found).toContainEqual(["2030-10-20/2030-10-23", "visit", "Seoul"]);
    expect(found).toContainEqual(["2030-10-21", "meeting", "Seoul"]);
  });
});

describe("events: a numbered session as an agreement step's setting", () => {
  it("reads 'reconduit lors de la 8e réunion de la Commission mixte ..., tenue à ... les 17 et 18 sept. 2030' as a round", () => {
    expect(
      eventsOf(
        "La République dominicaine et Haïti coopèrent. Le programme a été reconduit pour trois ans lors de la 8e réunion de la Commission mixte bilatérale, tenue à Dajabón les 17 et 18 sept. 2030.",
        { published: "2030-11-12", lang: "fr", pair: ["DO", "HT"] },
      ).map((e) => e.slice(0, 2)),
    ).toContainEqual(["2030-09-17/2030-09-18", "dialogue_round"]);
  });
});

describe("events: a paid visit before a meeting", () => {
  it("reads 'paid an official visit to X from 3 to 5 June 2030 and met President ... on 4 June' as a visit and a meeting", () => {
    const found = eventsOf(
      "Hungary and Kazakhstan signed a treaty in 2024. Prime Minister of Hungary Gábor Lendvay-Tóth paid an official visit to Kazakhstan from 3 to 5 June 2030 and met President Serik Abenov in Astana on 4 June.",
      { published: "2030-11-08", pair: ["HU", "KZ"] },
    );
    expect(found.map((e) => e.slice(0, 2))).toContainEqual(["2030-06-03/2030-06-05", "visit"]);
    expect(found.map((e) => e[0])).toContain("2030-06-04");
  });
});

describe("events: the parties of a meeting another event followed", () => {
  it("reads 'after a meeting of the two ministers on 5 November' as the pair's meeting", () => {
    const found = eventsOf(
      "Canada's Minister of Natural Resources and Korea's Minister of Trade met in Seoul in October. Notes: Signed during the official visit of Canada's Minister of Natural Resources to Seoul from 3 to 6 November 2030, after a meeting of the two ministers on 5 November.",
      { published: "2030-11-14" },
    );
    expect(found.map((e) => e.slice(0, 2))).toContainEqual(["2030-11-05", "meeting"]);
  });
});

describe("events: a signing dated by a session's days", () => {
  it("takes the day a signing is given within the session's days", () => {
    const found = eventsOf(
      "Le Protocole entre le Canada et la République de Corée, signé à Séoul le 12 mars 2030, est entré en vigueur le 27 nov. 2030. Le Protocole a été signé par l'ambassadrice du Canada et le vice-ministre coréen lors de la 11e réunion du Comité économique mixte Canada-Corée, tenue à Séoul les 11 et 12 mars 2030.",
      { published: "2030-12-14", lang: "fr" },
    );
    expect(found).toContainEqual(["2030-03-12", "signing", "Seoul"]);
    expect(found.filter((e) => e[1] === "signing" && String(e[0]).includes("/"))).toEqual([]);
  });
});
