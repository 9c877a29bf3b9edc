/** Where one pledge ends and the next begins: abbreviated months, two dues in one item, coordinated French infinitives. */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: clauses and their dues", () => {
  it("keeps a French abbreviated month and its year in one sentence, and ends the sentence after a day's month when a capital follows", () => {
    const text =
      "Le ministre s'est entretenu avec son homologue à Andong le 23 oct. Le Québec et la province du Gyeongsang du Nord ont convenu de renouveler en 2031 leur protocole d'entente. Le Canada et la Corée tiendront des consultations à Ottawa au plus tard le 15 déc. 2030, et le Comité sur les recours commerciaux se réunira de nouveau à Ottawa en avril 2031.";
    const found = pledgesOf(text, { published: "2030-11-13", lang: "fr" });
    expect(found).toContainEqual([
      expect.stringMatching(/^Le Québec et la province du Gyeongsang du Nord ont convenu de renouveler/),
      "2031",
    ]);
    expect(found).toContainEqual([
      expect.stringMatching(/tiendront des consultations à Ottawa au plus tard le 15 déc\. 2030$/),
      "2030-12-15",
    ]);
    expect(found).toContainEqual([expect.stringContaining("le Comité sur les recours commerciaux se réunira"), "2031-04"]);
  });
  it("reads 'et d'ouvrir ...' after a pledge verb as a second pledge with its own due", () => {
    const text =
      "Le Bénin et le Maroc ont signé un programme. Le Bénin et le Maroc ont également convenu de lancer en 2031 un programme de résidences d'artistes et d'ouvrir un centre culturel béninois à Rabat au plus tard en décembre 2032.";
    const found = pledgesOf(text, { published: "2030-11-20", lang: "fr", pair: ["BJ", "MA"] });
    expect(found).toContainEqual([expect.stringContaining("convenu de lancer en 2031"), "2031"]);
    expect(found).toContainEqual([expect.stringContaining("d'ouvrir un centre culturel béninois"), "2032-12"]);
  });
  it("reads an agency's acronym of eight capitals as an actor", () => {
    const text =
      "Germany and Viet Nam signed a declaration. VIETRADE will publish the list of Vietnamese exhibitors by 31 January 2031, and the Vietnamese Ministry of Industry and Trade will lead a roadshow in Germany in March 2031.";
    expect(pledgesOf(text, { published: "2030-11-28", pair: ["DE", "VN"] })).toContainEqual([
      "VIETRADE will publish the list of Vietnamese exhibitors by 31 January 2031,",
      "2031-01-31",
    ]);
  });
  it("cuts a list item with two predicates, each with its own due, into two pledges", () => {
    const text =
      "The Canada–Korea Business Council met the ministers of Canada and Korea.\nIn 2030–2031, the Council will:\n• open a Vancouver chapter by January 2031 and launch a mentorship programme for small exporters by April 2031;\n• hold its 13th Annual Meeting in Busan in May 2031.";
    const found = pledgesOf(text, { published: "2030-09-15" });
    expect(found).toContainEqual(["open a Vancouver chapter by January 2031", "2031-01"]);
    expect(found).toContainEqual(["launch a mentorship programme for small exporters by April 2031;", "2031-04"]);
  });
  it("reads a 'Next steps' heading with a parenthesis and no colon as the lead of a list of pledges", () => {
    const text =
      "The Brazil–Nigeria Joint Commission met in Abuja.\n\n4. Next steps (agreed at the Joint Commission)\n\n- ABC will deliver 12 tractors to Kano by 30 November 2030;\n- Embrapa will open a seed centre in Zaria by March 2031, and will train 400 extension workers by June 2031.";
    const found = pledgesOf(text, { published: "2030-10-10", pair: ["BR", "NG"] });
    expect(found).toContainEqual(["ABC will deliver 12 tractors to Kano by 30 November 2030;", "2030-11-30"]);
    expect(found).toContainEqual(["will train 400 extension workers by June 2031.", "2031-06"]);
  });
  it("reads a country's name before 'State' or coordinated before 'States' as a federal state, not the country", () => {
    expect(findCountryMentions("a second phase covering Niger and Benue States").map((m) => m.code)).toEqual([]);
    // The gazetteer knows Niger State as Nigeria's.
    expect(findCountryMentions("farmers in Niger State").map((m) => m.code)).toEqual(["NG"]);
    expect(findCountryMentions("Niger and Nigeria").map((m) => m.code)).toEqual(["NE", "NG"]);
  });
});
