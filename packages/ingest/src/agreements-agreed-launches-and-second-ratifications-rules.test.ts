/**
 * Agreement rules for a decision to launch talks told with no time ahead, talks on an instrument "were launched", a bare
 * letter of intent, a step taken again by a second body ("and by"), a pronoun's clause dated after its verb, a day opening
 * the sentence, an expiry that dates no renewal, a French short name for a full one, a "similar agreement" and a launch a
 * French future opens.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: launches agreed and talks launched", () => {
  it("reads 'agreed to launch negotiations on ...' with no time ahead as launched that day", () => {
    const text =
      "The Prime Minister of Belize and the President of Suriname held talks in Paramaribo on Monday. The two leaders also agreed to launch negotiations on an Air Services Agreement between Belize and Suriname, the westernmost and the easternmost of the Community's mainland States.";
    expect(actionsOf(text, { published: "2031-07-08", pair: ["BZ", "SR"] })).toContainEqual([
      "Air Services Agreement between Belize and Suriname",
      "negotiations_launched",
      "2031-07-07",
    ]);
  });
  it("keeps 'agreed to launch negotiations ... before the end of the year' a plan", () => {
    const text =
      "Belize and Suriname held talks on Monday and agreed to launch negotiations on an Air Services Agreement before the end of the year.";
    expect(actionsOf(text, { published: "2031-07-08", pair: ["BZ", "SR"] }).map((a) => a[1])).not.toContain("negotiations_launched");
  });
  it("dates a launch agreed in a sentence opening on its day", () => {
    const text =
      "On April 29, the President of Korea and the Prime Minister of Canada held a summit, signed a Memorandum of Understanding on Small Modular Reactor Cooperation and agreed to launch negotiations on a Canada-Korea Digital Economy Partnership Agreement.";
    expect(actionsOf(text, { published: "2031-05-06", pair: ["KR", "CA"] })).toContainEqual([
      "Canada-Korea Digital Economy Partnership Agreement",
      "negotiations_launched",
      "2031-04-29",
    ]);
  });
  it("reads 'the talks on the ... agreement were launched' as its negotiations launched", () => {
    const text =
      "Armenia and Montenegro signed an Agreement on Cooperation in Tourism on Wednesday. The talks on the tourism agreement were launched in Budva in March 2032 at a meeting of the two countries' tourism officials.";
    expect(actionsOf(text, { published: "2033-05-18", pair: ["AM", "ME"] })).toContainEqual([
      "Agreement on Cooperation in Tourism",
      "negotiations_launched",
      "2032-03",
    ]);
  });
  it("keeps negotiations a French future opens a plan", () => {
    const text =
      "La Gambie et le Lesotho ont signé lundi un accord-cadre. Les deux pays ouvriront le mois prochain des négociations sur un accord de suppression des visas.";
    expect(actionsOf(text, { published: "2030-03-12", lang: "fr", pair: ["GM", "LS"] }).map((a) => a[1])).not.toContain(
      "negotiations_launched",
    );
  });
});

describe("agreements: letters of intent, second bodies and pronouns", () => {
  it("reads a bare letter of intent signed", () => {
    const text =
      "Korea and Canada signed a Memorandum of Understanding on Offshore Wind on Monday. The two provinces first signed a letter of intent in St. John's in May 2031.";
    expect(actionsOf(text, { published: "2032-09-16", pair: ["KR", "CA"] })).toContainEqual(["letter of intent", "signed", "2031-05"]);
  });
  it("reads a ratification by a second body after 'and by' as a step of its own", () => {
    const text =
      "Costa Rica and the Dominican Republic signed two deals. An Air Services Agreement between Costa Rica and the Dominican Republic, signed in 2031, was ratified by the Dominican Congress in May 2033 and by Costa Rica's Legislative Assembly last week.";
    const found = actionsOf(text, { published: "2034-02-22", pair: ["CR", "DO"] });
    expect(found).toContainEqual(["Air Services Agreement between Costa Rica and the Dominican Republic", "ratified", "2033-05"]);
    expect(found).toContainEqual([
      "Air Services Agreement between Costa Rica and the Dominican Republic",
      "ratified",
      "2034-02-13/2034-02-19",
    ]);
  });
  it("takes up the nearest agreement named before with 'That agreement'", () => {
    const text =
      "Uruguay and Ecuador agreed on Monday at Torre Ejecutiva to launch negotiations on a Free Trade Agreement between Uruguay and Ecuador.\n\nThe two presidents witnessed the exchange of the instruments of ratification of the Air Services Agreement signed in Quito in 2029.\n\nThat agreement was ratified by Ecuador's National Assembly last year and by Uruguay's General Assembly in July.";
    const found = actionsOf(text, { published: "2031-09-09", pair: ["UY", "EC"] });
    expect(found).toContainEqual(["Free Trade Agreement between Uruguay and Ecuador", "negotiations_launched", "2031-09-08"]);
    expect(found).toContainEqual(["Air Services Agreement", "ratified", "2031-07"]);
    expect(found.filter((a) => String(a[0]).startsWith("Free Trade") && a[1] === "ratified")).toEqual([]);
  });
  it("reads no second step after 'and by' another instrument", () => {
    const text =
      "Azerbaijan and Turkmenistan were guided by the Convention on the Legal Status of the Caspian Sea, signed in Aktau on 12 August 2018, and by the Memorandum of Understanding on the Dostluk field, signed on 21 January 2021.";
    const found = actionsOf(text, { published: "2030-05-16", pair: ["AZ", "TM"] });
    expect(found).not.toContainEqual(["Convention on the Legal Status of the Caspian Sea", "signed", "2021-01-21"]);
  });
  it("dates a pronoun's clause after its verb, not by the main clause's day", () => {
    const text =
      "Armenia and Montenegro held talks. The Agreement between Armenia and Montenegro on the Avoidance of Double Taxation entered into force on January 1, after it was ratified by the National Assembly of Armenia in October and by the Parliament of Montenegro in November last year.";
    const found = actionsOf(text, { published: "2033-05-18", pair: ["AM", "ME"] });
    const name = "Agreement between Armenia and Montenegro on the Avoidance of Double Taxation";
    expect(found).toContainEqual([name, "ratified", "2032-10"]);
    expect(found).toContainEqual([name, "ratified", "2032-11"]);
    expect(found).not.toContainEqual([name, "ratified", "2033-01-01"]);
  });
  it("reads no agreement of the pair in 'a similar agreement'", () => {
    const text =
      "Canada Post and Korea Post signed an Agreement on the Exchange of Tracked Packets on Monday. Canada Post signed a similar agreement with Australia Post in February.";
    expect(actionsOf(text, { published: "2030-06-12", pair: ["KR", "CA"] }).map((a) => a[0])).not.toContain("similar agreement");
  });
});

describe("agreements: French renewals and short names", () => {
  it("dates a renewal by its own day, not by the expiry", () => {
    const text =
      "La ministre pakistanaise et son homologue bosnien ont signé ce mercredi à Sarajevo un accord sur l'exemption de visas. Les deux ministres ont également renouvelé pour cinq ans le mémorandum d'entente sur les consultations politiques de 2029, arrivé à échéance le 30 juin.";
    const found = actionsOf(text, { published: "2032-10-27", lang: "fr", pair: ["PK", "BA"] });
    expect(found).toContainEqual(["mémorandum d'entente sur les consultations politiques de 2029", "extended", "2032-10-27"]);
  });
  it("gives a short French name the full name read before", () => {
    const text =
      "Le Pakistan et la Bosnie-Herzégovine ont signé ce mercredi à Sarajevo un accord sur l'exemption de visas pour les titulaires de passeports diplomatiques. Les négociations sur l'accord d'exemption de visas avaient été lancées à Islamabad en mai 2031.";
    const found = actionsOf(text, { published: "2032-10-27", lang: "fr", pair: ["PK", "BA"] });
    expect(found.filter((a) => a[1] === "negotiations_launched").map((a) => a[0])).toEqual([
      expect.stringMatching(/^accord sur l'exemption de visas/u),
    ]);
  });
});
