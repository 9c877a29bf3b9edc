/**
 * Event rules from public releases: a French visit with words between "visite" and where it went, "entretiens bilatéraux",
 * and an agreement's day and town named before the visit.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: French visits and talks in other wordings", () => {
  it("reads 'a effectué une visite de travail de deux jours aux Seychelles le ...' as a visit to that country", () => {
    expect(
      eventsOf("Une délégation belge a effectué une visite de travail de deux jours aux Seychelles le 4 mars 2030.", {
        published: "2030-03-06",
        lang: "fr",
        pair: ["BE", "SC"],
      }).map((e) => e.slice(0, 2)),
    ).toContainEqual(["2030-03-04/2030-03-05", "visit"]);
  });
  it("reads 'à l'issue des entretiens bilatéraux de ce <day>' as talks that day", () => {
    expect(
      eventsOf(
        "Le Luxembourg et le Cap-Vert coopèrent depuis 1993. Les deux délégations, à l'issue des entretiens bilatéraux de ce 9 mai 2030, ont salué les progrès accomplis.",
        { published: "2030-05-09", lang: "fr", pair: ["LU", "CV"] },
      ).map((e) => e.slice(0, 2)),
    ).toContainEqual(["2030-05-09", "meeting"]);
  });
  it("neither dates nor places a visit by an agreement signed before it in the sentence", () => {
    expect(
      eventsOf(
        "Le 12 mars 2030. Dans le prolongement de l'accord de coopération signé à Bruxelles le 3 juin 2015, une délégation belge a effectué une visite officielle de deux jours au Maroc.",
        { published: "2030-03-12", lang: "fr", pair: ["BE", "MA"] },
      ),
    ).toEqual([["2030-03-12/2030-03-13", "visit", null]]);
  });
});

describe("events: 's'est entretenue avec' after the place it happened", () => {
  it("reads 'Le lendemain, à Kumasi, Mme X s'est entretenue avec le ministre ...' as a meeting there, not a call", () => {
    expect(
      eventsOf(
        "La ministre belge Anne Dupont est arrivée au Ghana le 3 juin 2031. Le lendemain, à Kumasi, Mme Dupont s'est entretenue avec le ministre ghanéen du Commerce, M. Kofi Mensah.",
        { published: "2031-06-06", lang: "fr", pair: ["BE", "GH"] },
      ),
    ).toContainEqual(["2031-06-04", "meeting", "Kumasi"]);
  });
});
