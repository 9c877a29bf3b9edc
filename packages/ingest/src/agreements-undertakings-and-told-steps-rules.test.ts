/**
 * Agreement rules from the thirty-second unseen set: an "Undertaking on ..." as a title and "The first Undertaking" as its
 * earlier text, negotiations told as steps after the signing ("Negotiations on the agreement began ...", "Negotiations opened
 * ... and the text was initialled ..."), "such a memorandum" proposed, "L'accord avait été paraphé", no step in a clause
 * telling the agreement's kind, and an agreement named by the day it bears.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const UY_PY = { published: "2031-06-20", pair: ["UY", "PY"] as [string, string] };

describe("agreements: undertakings and steps told after the signing", () => {
  it("reads an 'Undertaking on ...' title and 'The first Undertaking' as its earlier text", () => {
    const text =
      "This Notice informs shipowners that the Undertaking on the Recognition of Seafarers' Certificates between Uruguay and Paraguay has been renewed. The first Undertaking was signed in Asunción on 3 March 2027 and took effect on 1 May 2027.";
    const found = actionsOf(text, UY_PY);
    const name = expect.stringContaining("Undertaking on the Recognition of Seafarers' Certificates");
    expect(found).toContainEqual([name, "signed", "2027-03-03"]);
    expect(found).toContainEqual([name, "entered_into_force", "2027-05-01"]);
  });
  it("reads 'The renewal was signed ...' as the signing and extension of the agreement named before", () => {
    const text =
      "The Undertaking on the Recognition of Seafarers' Certificates between Uruguay and Paraguay has been renewed. The renewal was signed in Montevideo on 24 February 2031 by the two maritime administrations.";
    const found = actionsOf(text, UY_PY);
    const name = expect.stringContaining("Undertaking on the Recognition of Seafarers' Certificates");
    expect(found).toContainEqual([name, "signed", "2031-02-24"]);
    expect(found).toContainEqual([name, "extended", "2031-02-24"]);
    const approved =
      "Uruguay and Paraguay renewed their twinning agreement. The Uruguay–Paraguay Memorandum of Understanding on Water Research was signed on 4 August. The Council approved the renewal by Resolution No. 12 at its regular meeting of July 22.";
    expect(actionsOf(approved, UY_PY).filter(([n]) => n?.startsWith("Uruguay–Paraguay Memorandum"))).toEqual([
      ["Uruguay–Paraguay Memorandum of Understanding on Water Research", "signed", "2030-08-04"],
    ]);
  });
  it("reads 'Negotiations on the agreement began ... and were concluded ...' as the steps of the agreement named before", () => {
    const text =
      "The foreign ministers of Uruguay and Paraguay signed the Framework Agreement between Uruguay and Paraguay on Water Resources in Asunción on Friday. The programme was prepared with the national radio network. Negotiations on the agreement began in Montevideo in March 2029 and were concluded in April this year.";
    const found = actionsOf(text, UY_PY);
    expect(found).toContainEqual([expect.stringContaining("Framework Agreement between Uruguay"), "negotiations_launched", "2029-03"]);
    expect(found).toContainEqual([expect.stringContaining("Framework Agreement between Uruguay"), "concluded", "2031-04"]);
  });
  it("reads bare negotiations opened and a text initialled as the steps of the agreement whose signing the text told", () => {
    const text =
      "Uruguay and Paraguay signed an agreement for the avoidance of double taxation in Montevideo on Tuesday.\n\nNext steps\nNegotiations opened in Asunción in February 2029 and the text was initialled after the third round, in Montevideo, in March this year.";
    const found = actionsOf(text, UY_PY);
    expect(found).toContainEqual(["agreement for the avoidance of double taxation", "negotiations_launched", "2029-02"]);
    expect(found).toContainEqual(["agreement for the avoidance of double taxation", "concluded", "2031-03"]);
  });
  it("reads 'first proposed such a memorandum' as the proposal of the memorandum named before", () => {
    const text =
      "Uruguay and Paraguay signed a memorandum of understanding on customs data in Montevideo on Tuesday. Paraguay first proposed such a memorandum at the regional summit of March 2030.";
    expect(actionsOf(text, UY_PY)).toContainEqual(["memorandum of understanding on customs data", "proposed", "2030-03"]);
  });
  it('reads "L\'accord avait été paraphé" opening a sentence as the conclusion of the agreement named before', () => {
    const text =
      "L'Uruguay et le Paraguay ont signé mardi un accord de coopération dans le domaine de la santé. L'accord avait été paraphé à Asunción en février, à l'issue d'un troisième cycle de négociations.";
    expect(actionsOf(text, { ...UY_PY, lang: "fr" })).toContainEqual([
      "accord de coopération dans le domaine de la santé",
      "concluded",
      "2031-02",
    ]);
  });
  it("reads no step in a clause telling what kind of agreement it is ('the first treaty either country has concluded')", () => {
    const text =
      "Uruguay and Paraguay signed a tax treaty in Montevideo on Tuesday. It is the first comprehensive tax treaty either country has concluded with a partner in the region.";
    expect(actionsOf(text, UY_PY)).toEqual([["tax treaty", "signed", "2031-06-17"]]);
  });
  it("reads an agreement named by the day it bears as signed that day", () => {
    const text =
      "Uruguay and Paraguay signed a double taxation agreement on Tuesday. It replaces the tax information exchange agreement of 9 October 2029 once it enters into force.";
    expect(actionsOf(text, UY_PY)).toContainEqual(["tax information exchange agreement", "signed", "2029-10-09"]);
    const regional =
      "Uruguay asked Paraguay to extradite the accused. Nothing in the MERCOSUR Agreement on Extradition of 10 December 1998 bars it.";
    expect(actionsOf(regional, UY_PY)).toEqual([]);
  });
});
