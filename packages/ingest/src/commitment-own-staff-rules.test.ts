/**
 * Commitment rules from the twenty-ninth unseen set: a writer's own staff ("our team", "we" after "and", "Nous remettrons"),
 * a publisher's own body ("L'Ordre", "The Division"), a country's national team, and "Nothing is scheduled; I will share
 * news ..." as no pledge.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const AU_CL = { published: "2031-04-16", pair: ["AU", "CL"] as [string, string] };

describe("commitments: the writer's own staff and body", () => {
  it("reads 'our team will ...' and a second pledge after 'and we will ...' as two pledges", () => {
    const text =
      "Looking ahead on Chile and Australia, our team will publish a guide to Chile's lithium supply chain by the end of May and we will bring a Chilean buyers' delegation to Perth in August 2031.";
    expect(pledgesOf(text, AU_CL)).toEqual([
      ["Looking ahead on Chile and Australia, our team will publish a guide to Chile's lithium supply chain by the end of May", "2031-05"],
      ["and we will bring a Chilean buyers' delegation to Perth in August 2031.", "2031-08"],
    ]);
  });
  it("reads a publisher's own body ('L'Ordre publiera ...') as an actor", () => {
    const text = "L'Ordre publiera le guide de demande des ingénieurs chiliens et australiens d'ici le 31 mai.";
    expect(pledgesOf(text, { ...AU_CL, lang: "fr" })).toContainEqual([
      "L'Ordre publiera le guide de demande des ingénieurs chiliens et australiens d'ici le 31 mai.",
      "2031-05-31",
    ]);
  });
  it("reads a first-person French future in -ttrons ('Nous remettrons ...') as a pledge", () => {
    const text =
      "Bilan avec nos partenaires chiliens et australiens. Nous remettrons notre rapport de mission au ministère d'ici le 31 août.";
    expect(pledgesOf(text, { ...AU_CL, lang: "fr" })).toEqual([
      ["Nous remettrons notre rapport de mission au ministère d'ici le 31 août.", "2031-08-31"],
    ]);
  });
  it("reads a second pledge after 'et que' and a number ('et que deux sages-femmes du Centre ... viendront')", () => {
    const text =
      "La ministre a annoncé que le Chili financera un laboratoire, dont les travaux commenceront en septembre, et que deux géologues de l'Université nationale australienne viendront former l'équipe au premier trimestre 2032.";
    expect(pledgesOf(text, { ...AU_CL, lang: "fr" }).map((p) => p[1])).toContain("2032-03");
  });
  it("reads a country's national team as an actor", () => {
    const text =
      "Australia beat Chile 4-1 in Santiago. The Chilean team will visit Australia for a return series in Perth in October 2031.";
    expect(pledgesOf(text, AU_CL)).toEqual([
      ["The Chilean team will visit Australia for a return series in Perth in October 2031.", "2031-10"],
    ]);
  });
  it("reads no pledge after 'Nothing is scheduled'", () => {
    const text = "Some of you asked about an Australia–Chile minerals summit. Nothing is scheduled; I will share news if that changes.";
    expect(pledgesOf(text, AU_CL)).toEqual([]);
  });
});
