/** Places rules from the twenty-fifth unseen set: French names of capitals ("à Nicosie", "à Beyrouth"). */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("places: French names of capitals", () => {
  it("places an event told in French in the capital named by its French name", () => {
    const as = { published: "2031-05-16", lang: "fr" as const, pair: ["LB", "CY"] as [string, string] };
    expect(eventsOf("Hier, à Nicosie, le Liban et Chypre ont signé un mémorandum d'entente sur l'interconnexion électrique.", as)).toEqual([
      ["2031-05-15", "signing", "Nicosia"],
    ]);
    expect(
      eventsOf("Hier, à Katmandou, le Népal et la Corée ont signé un mémorandum d'entente sur la santé.", {
        ...as,
        pair: ["NP", "KR"],
      }),
    ).toEqual([["2031-05-15", "signing", "Kathmandu"]]);
  });
});
