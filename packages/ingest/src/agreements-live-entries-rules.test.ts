/** Agreement and event rules from the twenty-fifth unseen set: a live page's entries dated by the page's day. */
import { describe, expect, it } from "vitest";
import { actionsOf, eventsOf } from "./rules-test-kit";

const LIVE = [
  "EN DIRECT – Visite d'État du président gabonais au Congo",
  "",
  "18 h 05",
  "Fin de visite. Le président du Gabon a quitté Brazzaville au terme d'une visite d'État de deux jours entamée mercredi.",
  "",
  "16 h 20",
  "Trois accords ont été signés au palais du Peuple en présence des deux présidents : un accord de coopération militaire, un accord sur la libre circulation des personnes et un protocole d'accord dans le domaine de la santé animale.",
].join("\n");

describe("agreements and events: a live page's entries", () => {
  it("dates an entry's signing by the page's day, not by a weekday another entry wrote", () => {
    const as = { published: "2031-03-06", lang: "fr" as const, pair: ["GA", "CG"] as [string, string] };
    const found = actionsOf(LIVE, as);
    expect(found).toContainEqual(["accord de coopération militaire", "signed", "2031-03-06"]);
    expect(
      eventsOf(LIVE, as)
        .filter((e) => e[1] === "signing")
        .map((e) => e[0]),
    ).toEqual(["2031-03-06"]);
  });
  it("keeps 'dans le domaine de ...' in a French agreement's name", () => {
    const found = actionsOf(LIVE, { published: "2031-03-06", lang: "fr", pair: ["GA", "CG"] });
    expect(found.map((a) => a[0])).toContain("protocole d'accord dans le domaine de la santé animale");
  });
});
