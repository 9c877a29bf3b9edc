/**
 * Events: a step of negotiations taken among officials in a town on a day of a month ("agreed at a meeting of the two
 * institutes' experts in Swakopmund on 18 September", "finalisé lors d'une rencontre de fonctionnaires à Fredericton le 24
 * juillet") is a round there; a town a visit's verb takes as its object is the town visited; a signing with a third
 * country's body is that country's; a wreath laid by one side's minister alone is no event.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: steps by their day, towns visited, third countries' signings and wreaths", () => {
  it("reads a step of negotiations at officials' meeting, its day before the month, as a round in that town", () => {
    expect(
      eventsOf(
        "The Finnish and Namibian institutes signed the agreement on Tuesday. The text was agreed at a meeting of the two institutes' experts in Swakopmund on 18 September.",
        { published: "2029-11-13", pair: ["FI", "NA"] },
      ),
    ).toContainEqual(["2029-09-18", "dialogue_round", "Swakopmund"]);
    expect(
      eventsOf(
        "Le Canada et la Corée ont signé mercredi un protocole d'entente. Le texte avait été finalisé lors d'une rencontre de fonctionnaires à Fredericton le 24 juillet.",
        { published: "2031-08-14", lang: "fr", pair: ["KR", "CA"] },
      ),
    ).toContainEqual(["2031-07-24", "dialogue_round", "Fredericton"]);
  });
  it("places a visit in the town its verb takes as object, not in a later clause's town", () => {
    expect(
      eventsOf(
        "Finland and Namibia signed the agreement on Tuesday. Negotiations began when a Finnish delegation visited Windhoek in March, and the text was agreed at a meeting of the two institutes' experts in Swakopmund on 18 September.",
        { published: "2029-11-13", pair: ["FI", "NA"] },
      ),
    ).toContainEqual(["2029-03", "visit", "Windhoek"]);
  });
  it("sets aside a signing with a third country's body", () => {
    expect(
      eventsOf(
        "Finland and Namibia signed a weather radar agreement in Helsinki on Tuesday. The Finnish institute signed a similar agreement with Mozambique's National Institute of Meteorology in June.",
        { published: "2029-11-13", pair: ["FI", "NA"] },
      ).filter(([date]) => date === "2029-06"),
    ).toEqual([]);
  });
  it("sets aside a wreath laid by one side's minister alone, not a visiting leader's", () => {
    expect(
      eventsOf(
        "Canada and Korea signed a cultural agreement in Ottawa on Tuesday. On Sunday, Korea's Minister of Culture Cho Min-seo laid a wreath at the National War Memorial in Ottawa.",
        { published: "2034-11-20", pair: ["KR", "CA"] },
      ).filter(([, type]) => type === "commemoration"),
    ).toEqual([]);
  });
});
