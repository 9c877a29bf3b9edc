/**
 * Agreement rules for talks opened by a decision with another verb than "launch" ("agreed to begin negotiations", "ont
 * convenu d'ouvrir des négociations"), dated by the meeting's signings when "also" told and by no second past predicate
 * after it; a text fixed in the clause after a launch ("and officials finalized the text on ...", "et le texte a été
 * arrêté le ..."); a span of years after a name ("l'accord-cadre 2028-2032") and an end "avec cette signature"; names in
 * "in the field of" and "cooperation in"; terms of reference signed with no article; instruments told by a possessive
 * ("their memorandum on ...", "the two countries' agreement on ..."); French pilot and cultural exchange programmes; a bare
 * "MOU" named by the one memorandum named in full.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: talks decided, texts fixed and periods in names", () => {
  it("opens negotiations a decision to 'begin' or 'ouvrir' them starts that day", () => {
    const en =
      "Estonia and Latvia agreed Tuesday to begin negotiations on a revised air services agreement, the two foreign ministries said.";
    expect(actionsOf(en, { published: "2031-05-08", pair: ["EE", "LV"] })).toContainEqual([
      "air services agreement",
      "negotiations_launched",
      "2031-05-06",
    ]);
    const fr =
      "Le Bénin et le Ghana ont signé hier à Cotonou un accord sur le transport routier. Les deux parties ont également convenu d'ouvrir des négociations sur un accord de coopération fiscale.";
    expect(actionsOf(fr, { published: "2031-05-08", lang: "fr", pair: ["BJ", "GH"] })).toContainEqual([
      "accord de coopération fiscale",
      "negotiations_launched",
      "2031-05-07",
    ]);
  });
  it("dates a decision told with 'also' by the signing before it, not by a second past predicate after ', and'", () => {
    const text =
      "Peru and Chile signed an agreement on border crossings in Lima yesterday. The two delegations also agreed to begin negotiations on an agreement on student mobility, and noted that the social security agreement entered into force on 1 March.";
    const found = actionsOf(text, { published: "2031-04-16", pair: ["CL", "PE"] });
    expect(found).toContainEqual(["agreement on student mobility", "negotiations_launched", "2031-04-15"]);
  });
  it("closes the talks a launch opened when the clause after it fixes the text", () => {
    const text =
      "Chile and Peru signed a memorandum of understanding on seismic monitoring in Santiago on Monday. The two agencies launched talks on the memorandum in March, when the director visited Lima, and technical teams finalized the text in a video call on June 2.";
    const found = actionsOf(text, { published: "2032-07-14", pair: ["CL", "PE"] });
    expect(found).toContainEqual(["memorandum of understanding on seismic monitoring", "concluded", "2032-06-02"]);
  });
  it("closes French talks on a text 'arrêté'", () => {
    const text =
      "Le Sénégal et le Maroc ont signé hier à Dakar un protocole d'entente sur la formation des pêcheurs. Les discussions avaient été lancées à Rabat en mars, et le texte a été arrêté par visioconférence le 4 juin.";
    const found = actionsOf(text, { published: "2032-07-14", lang: "fr", pair: ["MA", "SN"] });
    expect(found).toContainEqual(["protocole d'entente sur la formation des pêcheurs", "concluded", "2032-06-04"]);
  });
  it("keeps a span of years in a name, and ends the one a signing succeeds 'avec cette signature'", () => {
    const text =
      "Le Luxembourg et le Niger ont signé hier à Niamey l'accord-cadre de coopération au développement 2031-2035. L'accord succède à l'accord-cadre 2026-2030, qui prend fin avec cette signature.";
    const found = actionsOf(text, { published: "2030-11-19", lang: "fr", pair: ["LU", "NE"] });
    expect(found).toContainEqual(["accord-cadre de coopération au développement 2031-2035", "signed", "2030-11-18"]);
    expect(found.filter((a) => a[0] === "accord-cadre 2026-2030").map((a) => a[1])).toEqual(["terminated"]);
  });
  it("names an agreement 'on cooperation in the field of' its subject, and signs terms of reference told with no article", () => {
    const text = "Kazakhstan and Hungary signed an Agreement on cooperation in the field of civil aviation in Astana on Monday.";
    expect(actionsOf(text, { published: "2032-03-10", pair: ["HU", "KZ"] })).toContainEqual([
      "Agreement on cooperation in the field of civil aviation",
      "signed",
      "2032-03-08",
    ]);
    const terms =
      "The Australian and Philippine navies signed terms of reference for annual staff talks aboard HMAS Canberra in Manila on Friday.";
    expect(actionsOf(terms, { published: "2032-03-10", pair: ["AU", "PH"] })).toContainEqual([
      "terms of reference for annual staff talks",
      "signed",
      "2032-03-05",
    ]);
  });
  it("reads an instrument told by a possessive", () => {
    const text =
      "Norway and Chile held talks in Oslo on Monday. The two fisheries ministries extended last month until 2036 their memorandum on aquaculture research, by an exchange of letters. The two countries' agreement on the recognition of driving licences, ratified by the Storting in March, entered into force on June 1.";
    const found = actionsOf(text, { published: "2032-07-14", pair: ["CL", "NO"] });
    expect(found).toContainEqual(["memorandum on aquaculture research", "extended", "2032-06"]);
    expect(found).toContainEqual(["agreement on the recognition of driving licences", "entered_into_force", "2032-06-01"]);
  });
  it("reads French pilot programmes, and a bare MOU as the memorandum named in full", () => {
    const fr =
      "Le Canada et la Corée ont signé hier à Séoul un protocole d'entente sur la traduction littéraire. Le protocole remplace le programme pilote de traduction de 2030, qui a pris fin le 30 juin.";
    const found = actionsOf(fr, { published: "2032-09-14", lang: "fr", pair: ["CA", "KR"] });
    expect(found).toContainEqual(["programme pilote de traduction de 2030", "terminated", "2032-06-30"]);
    const en =
      "Health agencies of Korea and Canada sign MOU on antimicrobial resistance\n\nThe two agencies signed a memorandum of understanding (MOU) on antimicrobial resistance in Ottawa on Monday. Talks on the MOU began in Seoul in March.";
    const named = actionsOf(en, { published: "2032-09-14", pair: ["CA", "KR"] });
    expect(named.filter((a) => a[0] === "MOU")).toEqual([]);
    expect(named).toContainEqual(["memorandum of understanding on antimicrobial resistance", "signed", "2032-09-13"]);
    expect(named).toContainEqual(["memorandum of understanding on antimicrobial resistance", "negotiations_launched", "2032-03"]);
  });
});
