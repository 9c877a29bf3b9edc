/** Event rules from the twenty-seventh unseen set: an agenda's dated lines, video calls, plans that borrow no day. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: agenda lines, calls and plans", () => {
  it("dates a line of an agenda by the abbreviated day heading it, in the agenda's present", () => {
    const text =
      "LA SEMAINE ÉCOULÉE\n\nLun. 3 nov. – Alger\nLe ministre des Affaires étrangères de Mauritanie, M. Kaarel Tamm, est reçu au palais présidentiel par le président de la République, M. Rui Costa.";
    expect(eventsOf(text, { published: "2031-11-09", lang: "fr", pair: ["DZ", "MR"] })).toEqual([["2031-11-03", "meeting", "Algiers"]]);
  });
  it("dates a call on an agenda by its own line's day, not by an earlier day", () => {
    const text =
      "Mer. 5 nov. – Lisbonne\nLes ministres des Affaires étrangères d'Estonie et du Portugal ont signé un accord de pêche mercredi.\n\nJeu. 6 nov.\nEntretien téléphonique entre les présidents estonien et portugais.";
    expect(eventsOf(text, { published: "2031-11-09", lang: "fr", pair: ["EE", "PT"] }).map(([date, type]) => [date, type])).toContainEqual([
      "2031-11-06",
      "phone_call",
    ]);
  });
  it("types a video call as a call", () => {
    const text =
      "Estonia's Minister of Health, Kaja Tamm, had held a video call with Portugal's Minister of Health, Ana Ribeiro, on Nov. 27 to endorse the plan.";
    expect(eventsOf(text, { published: "2030-12-04", pair: ["EE", "PT"] })).toEqual([["2030-11-27", "phone_call", null]]);
  });
  it("makes no done event of a line whose own day is still to come", () => {
    const text =
      "Mer. 12 nov. – Lisbonne : entretien des deux ministres.\nJeudi – Tallinn : visite du ministre portugais du Commerce, M. Rui Costa, annoncée sous réserve.";
    expect(eventsOf(text, { published: "2031-11-09", lang: "fr", pair: ["EE", "PT"] })).toEqual([]);
  });
});
