/**
 * Agreement rules for an MOU named in full with its acronym and then as "the MOU" (one record, named without the bracketed
 * acronym), negotiations and discussions on it launched and its text concluded, a step the text only allows ("may be
 * extended"), a meeting's close ("at the conclusion of the session"), relations established before a partnership, an end
 * told as "ends today", a term ("conclu pour une durée de trois ans"), a committee's recommendation ("That the Government
 * ... conclude"), a shorter name for one described in full before, the pair's names joined by a dash before a head, a
 * French adjective in "-oire", a decision to launch negotiations taken beside a past step, an armistice named by its war, and talks opened in a
 * transcript's turn ("JOURNALISTE : Les discussions avaient été lancées ...").
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const EE_SG = { published: "2033-09-07", pair: ["EE", "SG"] as [string, string] };

describe("agreements: MOUs named with their acronym, and steps only allowed or asked for", () => {
  it("names an MOU without its bracketed acronym and reads its launch and conclusion told of 'the MOU'", () => {
    const text =
      "Estonia and Singapore signed a Memorandum of Understanding (MOU) on e-health records today in Tallinn. The MOU is valid for three years and may be extended by mutual agreement. Negotiations on the MOU were launched in Singapore in March, and the text was concluded at a meeting of officials in Tallinn on 14 July.";
    const found = actionsOf(text, EE_SG);
    const name = "Memorandum of Understanding on e-health records";
    expect(found).toContainEqual([name, "signed", "2033-09-07"]);
    expect(found).toContainEqual([name, "negotiations_launched", "2033-03"]);
    expect(found).toContainEqual([name, "concluded", "2033-07-14"]);
    expect(found.map((a) => a[1])).not.toContain("extended");
    expect(found.map((a) => a[1])).not.toContain("launched");
  });
  it("reads discussions on the thing an MOU is for as its negotiations", () => {
    const text =
      "The two port authorities signed a memorandum of understanding (MOU) on a green shipping corridor on April 18. Discussions on the corridor began at a meeting of the two ports in Busan in November 2034, and the text was finalized by video conference on March 27.";
    const found = actionsOf(text, { published: "2035-04-19", pair: ["CA", "KR"] });
    const name = "memorandum of understanding on a green shipping corridor";
    expect(found).toContainEqual([name, "negotiations_launched", "2034-11"]);
    expect(found).toContainEqual([name, "concluded", "2035-03-27"]);
  });
  it("does not conclude a memorandum signed at the conclusion of a session, and names a shorter mention by the full one", () => {
    const text =
      "Ghana and Norway have signed a memorandum of understanding on offshore wind and a memorandum on maritime training, at the conclusion of the fourth session of the Joint Commission in Accra yesterday. The offshore wind memorandum was signed by the two ministers.";
    const found = actionsOf(text, { published: "2035-05-15", pair: ["GH", "NO"] });
    expect(found.map((a) => a[1])).not.toContain("concluded");
    expect(found.filter((a) => a[1] === "signed").map((a) => a[0])).not.toContain("offshore wind memorandum");
  });
  it("does not take relations established in one year as the launch of a partnership raised to in another", () => {
    const text =
      "Korea and Canada established diplomatic relations in 1963 and elevated their ties to a Comprehensive Strategic Partnership in 2022.";
    const found = actionsOf(text, { published: "2029-11-21", pair: ["CA", "KR"] });
    expect(found).toContainEqual(["Comprehensive Strategic Partnership", "launched", "2022"]);
    expect(found.map((a) => a[2])).not.toContain("1963");
  });
  it("ends an older memorandum 'which ends today'", () => {
    const text =
      "Canada and Korea signed an arrangement on remembrance and youth exchanges in Ottawa today. The arrangement replaces the memorandum of understanding on war graves cooperation signed in Seoul in April 2029, which ends today.";
    const found = actionsOf(text, { published: "2031-07-25", pair: ["CA", "KR"] });
    expect(found).toContainEqual(["memorandum of understanding on war graves cooperation", "terminated", "2031-07-25"]);
  });
  it("takes an armistice named by its war as no agreement of the pair", () => {
    const text = "Canada and Korea signed an arrangement on war graves today. The Korean Armistice Agreement was signed on July 27, 1953.";
    const found = actionsOf(text, { published: "2031-07-25", pair: ["CA", "KR"] });
    expect(found.map((a) => a[0])).not.toContain("Korean Armistice Agreement");
  });
  it("takes no step a committee's recommendation asks for", () => {
    const text =
      "Recommendation 2: That the Government of Canada conclude the battery supply chain arrangement with the Republic of Korea before the end of 2032.";
    expect(actionsOf(text, { published: "2032-05-13", pair: ["CA", "KR"] })).toEqual([]);
  });
  it("reads a name with the pair's names joined by a dash, and a French name with an adjective in '-oire'", () => {
    const en = actionsOf("It builds on the UK–Nepal health partnership arrangement signed in Kathmandu in December 2033.", {
      published: "2034-11-16",
      pair: ["GB", "NP"],
    });
    expect(en).toContainEqual(["UK–Nepal health partnership arrangement", "signed", "2033-12"]);
    const fr = actionsOf(
      "Le Cameroun et le Gabon ont signé hier un accord. Il remplace l'arrangement transitoire signé à Libreville en mars 2029.",
      {
        published: "2033-10-11",
        lang: "fr",
        pair: ["CM", "GA"],
      },
    );
    expect(fr).toContainEqual(["arrangement transitoire", "signed", "2029-03"]);
  });
  it("reads no conclusion in a term ('conclu pour une durée de trois ans')", () => {
    const text =
      "Le Bénin et le Togo ont signé jeudi à Cotonou un mémorandum d'entente sur la formation des agents forestiers. Le mémorandum sur la formation des agents forestiers, conclu pour une durée de trois ans, prévoit l'échange de 20 agents par an.";
    const found = actionsOf(text, { published: "2031-03-14", lang: "fr", pair: ["BJ", "TG"] });
    expect(found.map((a) => a[1])).not.toContain("concluded");
  });
  it("reads talks opened in a transcript's turn and a text 'conclu'", () => {
    const text =
      "JOURNALISTE : Hier, à Québec, le ministre a signé avec la ministre de l'Économie un protocole d'entente sur l'hydrogène vert.\nJOURNALISTE : Les discussions avaient été lancées en mars, lors de la mission de la ministre à Séoul, et le texte a été conclu à Séoul le 28 août.";
    const found = actionsOf(text, { published: "2030-09-18", lang: "fr", pair: ["CA", "KR"] });
    const name = "protocole d'entente sur l'hydrogène vert";
    expect(found).toContainEqual([name, "negotiations_launched", "2030-03"]);
    expect(found).toContainEqual([name, "concluded", "2030-08-28"]);
  });
  it("launches negotiations agreed on today beside a past step told with its own dates", () => {
    const text =
      "On 24 February, the Czech Republic and Ethiopia agreed to launch negotiations on an agreement on trade promotion and reviewed the agreement on air services, signed in Prague in October 2030.";
    const found = actionsOf(text, { published: "2032-02-24", pair: ["CZ", "ET"] });
    expect(found).toContainEqual(["agreement on trade promotion", "negotiations_launched", "2032-02-24"]);
  });
});
