/**
 * Commitment rules: a start announced in a relative clause, a party's grant that starts on a day, one pledge verb over two
 * dated predicates, and an accepted invitation.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: announced starts", () => {
  it("reads 'which will apply from' a day as the pledge of the body that adopted it", () => {
    const text =
      "Ministers of Chile and Peru co-chaired the Joint Committee on Tuesday. The Committee adopted new rules on cold-chain " +
      "inspections, which will take effect from March 1, 2033, and agreed to review the sanitary chapter.";
    expect(pledgesOf(text, { published: "2032-11-18", pair: ["CL", "PE"] })).toEqual([
      ["The Committee adopted new rules on cold-chain inspections, which will take effect from March 1, 2033", "2033-03-01"],
      [", and agreed to review the sanitary chapter.", null],
    ]);
  });
  it("reads 'qui s'appliqueront à partir du' a day in French", () => {
    const text = "Le comité mixte Sénégal-Mali a adopté de nouvelles règles d'origine, qui s'appliqueront à partir du 1er janvier 2034.";
    expect(pledgesOf(text, { published: "2033-05-20", lang: "fr", pair: ["SN", "ML"] })).toEqual([[text, "2034-01-01"]]);
  });
  it("reads no pledge in a relative clause that only describes", () => {
    const text = "Chile and Peru signed a protocol on ports, which will help exporters from both countries.";
    expect(pledgesOf(text, { published: "2032-11-18", pair: ["CL", "PE"] })).toEqual([]);
  });
});

describe("commitments: a party's grant that starts on a day", () => {
  it("reads 'X will allow ... from' a day as X's pledge, apart from the pledge coordinated after it", () => {
    const text =
      "Under the agreement, Oman will allow up to ten Kenyan vessels to fish in its waters from January 1, 2033, and Kenya " +
      "will train 15 Omani inspectors next year.";
    expect(pledgesOf(text, { published: "2032-11-18", pair: ["KE", "OM"] })).toEqual([
      ["Under the agreement, Oman will allow up to ten Kenyan vessels to fish in its waters from January 1, 2033", "2033-01-01"],
      [", and Kenya will train 15 Omani inspectors next year.", "2033"],
    ]);
  });
  it("reads no pledge in what an agreement will allow", () => {
    const text = "Chile and Peru said the new agreement will allow exporters to ship fruit duty-free from March 1.";
    expect(pledgesOf(text, { published: "2032-11-18", pair: ["CL", "PE"] })).toEqual([]);
  });
});

describe("commitments: one pledge verb over two dated predicates", () => {
  it("reads 'will issue ... in July ..., and announce ... by December 15' as two pledges, each with its own due date", () => {
    const text =
      "Under the agreement, the innovation agencies of Ghana and Kenya will issue a first joint call in July, with a budget " +
      "of USD 3 million, and announce the selected projects by December 15.";
    expect(pledgesOf(text, { published: "2030-05-09", pair: ["GH", "KE"] })).toEqual([
      [
        "Under the agreement, the innovation agencies of Ghana and Kenya will issue a first joint call in July, with a budget of USD 3 million",
        "2030-07",
      ],
      ["announce the selected projects by December 15.", "2030-12-15"],
    ]);
  });
  it("does so in French", () => {
    const text =
      "Aux termes de l'accord, le Sénégal et le Mali lanceront un premier appel à projets en juillet, et publieront les résultats d'ici le 15 décembre.";
    expect(pledgesOf(text, { published: "2030-05-09", lang: "fr", pair: ["SN", "ML"] }).map((p) => p[1])).toEqual([
      "2030-07",
      "2030-12-15",
    ]);
  });
  it("cuts nothing before the pledge verb: a forecast reported before it stays with it", () => {
    const text =
      "The trade minister said trade between Chile and Peru could exceed $2 billion by 2030 and that a business council " +
      "would hold its first meeting in Lima in April.";
    expect(pledgesOf(text, { published: "2030-01-10", pair: ["CL", "PE"] })).toEqual([[text, "2030-04"]]);
  });
  it("keeps one pledge when a single predicate carries two dates", () => {
    const text = "Chile and Peru will hold the first round in Lima in July and the second round in Santiago in October.";
    expect(pledgesOf(text, { published: "2030-05-09", pair: ["CL", "PE"] })).toHaveLength(1);
  });
});

describe("commitments: an accepted invitation", () => {
  it("reads 'accepted the invitation' as a pledge due when the invitation said", () => {
    const text = "President Ruto invited the Prime Minister of Ghana to visit Kenya in 2031. The Prime Minister accepted the invitation.";
    expect(pledgesOf(text, { published: "2030-10-24", pair: ["GH", "KE"] })).toEqual([
      ["The Prime Minister accepted the invitation.", "2031"],
    ]);
  });
  it("reads 'L'invitation a été acceptée' as a pledge, with no due date when the invitation gave none", () => {
    const text =
      "Le ministre sénégalais a invité son homologue malien à effectuer une visite au Sénégal à une date qui sera convenue par voie diplomatique. L'invitation a été acceptée.";
    expect(pledgesOf(text, { published: "2030-10-24", lang: "fr", pair: ["SN", "ML"] })).toEqual([["L'invitation a été acceptée.", null]]);
  });
  it("reads no pledge in an invitation left unanswered", () => {
    const text = "The Foreign Minister of Chile invited her Peruvian counterpart to visit Santiago next year.";
    expect(pledgesOf(text, { published: "2030-10-24", pair: ["CL", "PE"] })).toEqual([]);
  });
});
