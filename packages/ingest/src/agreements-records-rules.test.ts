/** Agreement rules from the twenty-first unseen set: a register's record, its title line and its milestone field lines. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: record field lines", () => {
  it("gives each milestone line of a block to the agreement its title line names", () => {
    const text = [
      "Record 2214",
      "Title: Agreement between Japan and the Sultanate of Oman on Maritime Transport",
      "Status: In force",
      "Signed: Muscat, 3 March 2024",
      "Entry into force: 1 July 2024",
      "Notes: Amended by an amending protocol signed at Tokyo on 2 May 2027.",
      "",
      "Record 2215",
      "Subject: Trade",
      "Signed: Tokyo, 9 May 2026",
    ].join("\n");
    const found = actionsOf(text, { published: "2027-06-01", pair: ["JP", "OM"] });
    const name = "Agreement between Japan and the Sultanate of Oman on Maritime Transport";
    expect(found).toContainEqual([name, "signed", "2024-03-03"]);
    expect(found).toContainEqual([name, "entered_into_force", "2024-07-01"]);
    expect(found).toContainEqual([name, "amended", "2027-05-02"]);
    // A block with no title line names nothing to act on.
    expect(found.filter((a) => a[2] === "2026-05-09")).toEqual([]);
  });
  it("reads French field names, and leaves a record of another pair alone", () => {
    const text =
      "Titre : Accord entre le Canada et la République de Corée sur la sécurité sociale\nSignature : 10 janvier 1997\nEntrée en vigueur : 1er mai 1999";
    const found = actionsOf(text, { published: "2027-06-01", lang: "fr", pair: ["KR", "CA"] });
    expect(found.map((a) => [a[1], a[2]])).toEqual(
      expect.arrayContaining([
        ["signed", "1997-01-10"],
        ["entered_into_force", "1999-05-01"],
      ]),
    );
    const other = "Title: Agreement between France and Gabon on Defence\nSigned: Paris, 1 June 2021";
    expect(actionsOf(other, { published: "2027-06-01", pair: ["KR", "CA"] })).toEqual([]);
  });
});

describe("agreements: names under a heading", () => {
  it("keeps a heading's word on the line above out of the agreement's name", () => {
    const text =
      "Background\nThe Canada–Korea Free Trade Agreement (CKFTA) was signed in Ottawa on September 22, 2014 and entered into force on January 1, 2015.";
    expect(actionsOf(text, { published: "2030-12-03" })).toContainEqual(["Canada–Korea Free Trade Agreement", "signed", "2014-09-22"]);
  });
});

describe("agreements: long formal titles and 'in force since'", () => {
  it("gives the participle and the verb after a long formal title to that title", () => {
    const text =
      "Avis est donné que le Protocole modifiant la Convention entre le gouvernement du Canada et le gouvernement de la République de Corée en vue d'éviter les doubles impositions et de prévenir l'évasion fiscale en matière d'impôts sur le revenu, signé à Séoul le 12 mars 2030, est entré en vigueur le 27 nov. 2030.";
    const found = actionsOf(text, { published: "2030-12-14", lang: "fr" }).map((a) => [a[1], a[2]]);
    expect(found).toContainEqual(["signed", "2030-03-12"]);
    expect(found).toContainEqual(["entered_into_force", "2030-11-27"]);
  });
  it("dates 'and in force since <day>' after a signing by its own day", () => {
    const text =
      "Related record: Free Trade Agreement between Canada and the Republic of Korea, signed on 22 September 2014 and in force since 1 January 2015.";
    expect(actionsOf(text, { published: "2030-11-14" }).map((a) => [a[1], a[2]])).toContainEqual(["entered_into_force", "2015-01-01"]);
  });
});

describe("agreements: a participle aside after another agreement", () => {
  it("keeps 'signed in 2019' to the partnership it follows, and dates the elevation by the meeting told before", () => {
    const found = actionsOf(
      "Cabinet noted the outcomes of the Annual Leaders' Meeting held in Canberra on 14th November, 2030 between the Prime Minister of Fiji and the Prime Minister of Australia. The Leaders reviewed the Vuvale Partnership, signed in 2019, and elevated it to a Comprehensive Strategic Partnership.",
      { published: "2030-11-27", pair: ["AU", "FJ"] },
    );
    expect(found).toContainEqual(["Vuvale Partnership", "signed", "2019"]);
    expect(found).toContainEqual(["Comprehensive Strategic Partnership", "launched", "2030-11-14"]);
  });
});
