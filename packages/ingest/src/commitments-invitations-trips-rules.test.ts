/**
 * Pledges: invitations accepted in several shapes, a third country's trip, a negation, a relative clause's own subject, a
 * navy and a state corporation as actors, an exhibition's opening, and a step over two seasons.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: accepted invitations", () => {
  it("reads an invitation accepted by a pronoun with an adverb, or by a title and a name", () => {
    expect(
      pledgesOf("Peru and Chile held a summit. I invited President Rojas to visit Peru next year, and he kindly accepted.", {
        published: "2034-04-25",
        pair: ["PE", "CL"],
      }),
    ).toContainEqual(["I invited President Rojas to visit Peru next year, and he kindly accepted.", "2035"]);
    expect(
      pledgesOf(
        "Ghana and Togo held talks. President Mensah invited President Kodjo to pay a state visit to Ghana next year, and President Kodjo accepted.",
        { published: "2032-05-06", pair: ["GH", "TG"] },
      ),
    ).toContainEqual([
      "President Mensah invited President Kodjo to pay a state visit to Ghana next year, and President Kodjo accepted.",
      "2033",
    ]);
  });
  it("reads an invitation conveyed for someone else and accepted", () => {
    const pledges = pledgesOf(
      "Malta and Cyprus held talks. I conveyed Prime Minister Borg's invitation to the President to make a state visit to Malta, and he has accepted.",
      { published: "2034-03-14", pair: ["MT", "CY"] },
    );
    expect(pledges.map(([t]) => t)).toContain(
      "I conveyed Prime Minister Borg's invitation to the President to make a state visit to Malta, and he has accepted.",
    );
  });
  it("reads an invitation for a date to be set through diplomatic channels, once accepted, as a pledge", () => {
    const pledges = pledgesOf(
      "Le Bénin et le Niger ont tenu un sommet. Le Président nigérien a invité le Président béninois à effectuer une visite au Niger à une date qui sera fixée par la voie diplomatique. L'invitation a été acceptée.",
      { published: "2031-06-19", lang: "fr", pair: ["BJ", "NE"] },
    );
    expect(pledges).toContainEqual(["L'invitation a été acceptée.", null]);
  });
});

describe("commitments: what pledges nothing between the two", () => {
  it("leaves out one side's trip to a third country, in English and French", () => {
    expect(
      pledgesOf("Peru and Chile held a summit. Next week, I will travel to Mexico City for a regional summit.", {
        published: "2034-04-25",
        pair: ["PE", "CL"],
      }),
    ).toEqual([]);
    expect(
      pledgesOf("Le Bénin et le Niger ont signé un accord. Le ministre béninois se rendra la semaine prochaine à Accra.", {
        published: "2031-06-19",
        lang: "fr",
        pair: ["BJ", "NE"],
      }),
    ).toEqual([]);
    expect(
      pledgesOf(
        "Djibouti et l'Éthiopie ont signé un accord. Le ministre visitera le port mercredi, avant de quitter Djibouti jeudi pour Nairobi.",
        { published: "2030-03-12", lang: "fr", pair: ["DJ", "ET"] },
      ).map(([t]) => t),
    ).not.toContain(", avant de quitter Djibouti jeudi pour Nairobi.");
  });
  it("keeps a trip to the other side", () => {
    expect(
      pledgesOf("Peru and Chile signed the deal. The trade minister will travel to Santiago in May.", {
        published: "2034-04-25",
        pair: ["PE", "CL"],
      }),
    ).toEqual([["The trade minister will travel to Santiago in May.", "2034-05"]]);
  });
  it("leaves out 'will never'", () => {
    expect(
      pledgesOf("Peru and Chile honoured the veterans. Peru will never forget them.", { published: "2034-04-25", pair: ["PE", "CL"] }),
    ).toEqual([]);
  });
});

describe("commitments: actors and due dates", () => {
  it("reads the subject of a relative clause after 'dans laquelle'", () => {
    expect(
      pledgesOf(
        "Les ministres du Bénin et du Niger ont adopté une déclaration dans laquelle les deux pays s'engagent à organiser un exercice d'ici la fin de l'année et à tenir leur dialogue à Niamey l'an prochain.",
        { published: "2033-06-08", lang: "fr", pair: ["BJ", "NE"] },
      ).map(([, due]) => due),
    ).toEqual(["2033", "2034"]);
  });
  it("reads a navy and a state corporation as actors, and an exhibition's opening ahead as a pledge", () => {
    const as = { published: "2033-06-08", lang: "fr" as const, pair: ["BJ", "NE"] as [string, string] };
    expect(
      pledgesOf("Le Bénin et le Niger ont signé un accord. La marine béninoise participera en août à un exercice conjoint.", as),
    ).toContainEqual(["La marine béninoise participera en août à un exercice conjoint.", "2033-08"]);
    expect(
      pledgesOf(
        "Le Bénin et le Niger ont signé une entente. La société d'État béninoise des postes enverra à Niamey en 2034 une exposition.",
        as,
      ),
    ).toContainEqual(["La société d'État béninoise des postes enverra à Niamey en 2034 une exposition.", "2034"]);
    expect(
      pledgesOf(
        "Le Bénin et le Niger ont signé une entente mercredi. Des masques venus de Niamey seront exposés à Cotonou dès samedi.",
        as,
      ),
    ).toContainEqual(["Des masques venus de Niamey seront exposés à Cotonou dès samedi.", "2033-06-11"]);
  });
  it("dates a step over two seasons by the later one's end, and one over two days by the first", () => {
    expect(
      pledgesOf("Ghana and Togo met. Ghana will send 20 young artists to Togo for residencies in the spring and summer.", {
        published: "2032-11-16",
        pair: ["GH", "TG"],
      }),
    ).toEqual([["Ghana will send 20 young artists to Togo for residencies in the spring and summer.", "2033-08"]]);
    expect(
      pledgesOf("Ghana and Togo met. Ghana will host the Togolese delegation in Accra on Thursday and Friday.", {
        published: "2032-11-16",
        pair: ["GH", "TG"],
      }),
    ).toEqual([["Ghana will host the Togolese delegation in Accra on Thursday and Friday.", "2032-11-18"]]);
  });
});
