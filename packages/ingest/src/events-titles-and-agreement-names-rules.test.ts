/**
 * Event rules from public releases: a title standing alone for the one person the text gave it to, and trigger words
 * inside an agreement's name.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: a person named again by a title alone", () => {
  it("reads 'the Federal Chancellor met Ghana's President ...' after 'Federal Chancellor Anna Weber' as both leaders' meeting", () => {
    expect(
      eventsOf(
        "Germany and Ghana mark 70 years of relations. Federal Chancellor Anna Weber paid an official visit to Ghana from 3 to 5 May 2030. In Accra, the Federal Chancellor met Ghana's President Kofi Mensah for talks.",
        { published: "2030-05-06", pair: ["DE", "GH"] },
      ),
    ).toContainEqual(["2030-05-03/2030-05-05", "summit", "Accra"]);
  });
  it("does not take 'Le Président de la République, <name>' for another person whose title is 'président'", () => {
    const found = eventsOf(
      "Le Président de la République, Amadou Sall, a reçu hier en audience à Dakar le ministre turc des Affaires étrangères, Ali Demir, en visite de travail au Sénégal. M. Demir a indiqué que le président Murat Kaya effectuerait une visite d'État au Sénégal en 2031.",
      { published: "2030-05-06", lang: "fr", pair: ["TR", "SN"] },
    );
    expect(found.map((e) => e[1])).toContain("meeting");
    expect(found.map((e) => e[1])).not.toContain("summit");
  });
});

describe("events: words inside an agreement's name", () => {
  it("reads no meeting in 'Memorandum of Understanding on Political Consultations' listed after a signing", () => {
    expect(
      eventsOf(
        "Sweden and Peru signed four agreements in Lima on 3 June 2030. These agreements include: Memorandum of Understanding on Political Consultations; Agreement on Cooperation in Mining.",
        { published: "2030-06-05", pair: ["SE", "PE"] },
      ),
    ).toEqual([["2030-06-03", "signing", "Lima"]]);
  });
});
