/** French missions told by a relative clause or by their own course (nineteenth unseen set). */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: French missions", () => {
  it("reads 'la mission qu'elle avait dirigée en Corée du Sud du 1er au 5 avril' as a visit over those days", () => {
    expect(
      eventsOf(
        "Québec, le mardi 9 avril 2030 – La ministre de l'Économie du Québec, Mme Sophie Lavallée, était ce matin l'invitée de l'animateur pour faire le bilan de la mission qu'elle avait dirigée en Corée du Sud du 1er au 5 avril.",
        { published: "2030-04-09", lang: "fr", pair: ["KR", "CA"] },
      ).map(([date, type]) => [date, type]),
    ).toEqual([["2030-04-01/2030-04-05", "visit"]]);
  });
  it("reads 'La mission économique belge au Maroc, conduite par ..., s'est déroulée du 26 au 30 mai' as a visit", () => {
    expect(
      eventsOf(
        "Casablanca, 4 juin 2030\n\nLa mission économique belge au Maroc, conduite par le ministre-président wallon, M. Pierre-Yves Dumont, s'est déroulée du 26 au 30 mai à Casablanca, Rabat et Tanger.",
        { published: "2030-06-04", lang: "fr", pair: ["MA", "BE"] },
      ).map(([date, type]) => [date, type]),
    ).toEqual([["2030-05-26/2030-05-30", "visit"]]);
  });
});

describe("events: a visitor of one side in a town of the other", () => {
  it("reads 'A Czech delegation ... visited Kandy from 14 to 17 October' as the pair's visit", () => {
    expect(
      eventsOf(
        "Kandy, Sri Lanka – 18 October 2030\n\nA Czech delegation of fourteen, led by the Deputy Mayor, Mgr. Petra Šimková, visited Kandy from 14 to 17 October.",
        { published: "2030-10-18", pair: ["LK", "CZ"] },
      ),
    ).toEqual([["2030-10-14/2030-10-17", "visit", "Kandy"]]);
  });
});
