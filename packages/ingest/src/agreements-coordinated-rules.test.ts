/** Several actions on one agreement mention, each dated by its own verb. */
import { describe, expect, it } from "vitest";
import { actionsFor } from "./agreements";
import { extract } from "./extract";

describe("several actions in one mention", () => {
  it("signs and brings into force one agreement in one sentence", () => {
    const x = extract("The Korea-Canada Free Trade Agreement was signed in September 2014 and took effect on January 1, 2015.", {
      published: "2026-07-01",
      lang: "en",
    });
    const actions = x.agreements.filter((a) => a.action).map((a) => [a.action, a.date]);
    expect(actions).toContainEqual(["signed", "2014-09"]);
    expect(actions).toContainEqual(["entered_into_force", "2015-01-01"]);
  });
  it("keeps one reading per verb, and distinct verbs apart", () => {
    const found = actionsFor("On the occasion of the Dialogue, the two sides signed the Amendment to the Youth Mobility Arrangement.", 70);
    expect(found.map((f) => f.action)).toEqual(["signed", "amended"]);
  });
});

describe("agreements: a second verb's own object, an earlier step after the name, objects after 'ainsi qu''", () => {
  const actions = (text: string, published: string, pair: [string, string], lang: "en" | "fr" = "en") =>
    extract(text, { published, lang, pair })
      .agreements.filter((a) => a.action)
      .map((a) => [a.name, a.action, a.date]);
  it("gives a second verb to its own object only, dated by the clause rather than by an earlier step", () => {
    const found = actions(
      "On Monday the ministers of Peru and New Zealand met in Lima, where they signed a memorandum of understanding on fisheries cooperation and concluded negotiations on a youth mobility arrangement first proposed by Peru in 2022.",
      "2027-06-17",
      ["PE", "NZ"],
    );
    expect(found).toContainEqual(["youth mobility arrangement", "concluded", "2027-06-14"]);
    expect(found.filter(([n, a]) => /memorandum/.test(n as string) && a === "concluded")).toEqual([]);
  });
  it("reads 'a status of visiting forces agreement' and an object after 'ainsi qu'un'", () => {
    expect(
      actions("The Philippines and Poland launched negotiations on a status of visiting forces agreement in November.", "2027-02-04", [
        "PH",
        "PL",
      ]),
    ).toContainEqual(["status of visiting forces agreement", "negotiations_launched", "2026-11"]);
    const fr = actions(
      "Le Cameroun et la Chine ont signé jeudi un accord de coopération économique et technique ainsi qu'un mémorandum d'entente sur la construction du port de Kribi.",
      "2026-11-05",
      ["CN", "CM"],
      "fr",
    );
    expect(fr.filter(([n, a]) => /mémorandum/.test(n as string) && a === "signed").length).toBe(1);
  });
});
