/** Agreement rules from the fourteenth unseen set: every item of a list of signed texts after the verb's colon. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: lists after a colon", () => {
  it("signs each item of a list after 'signed three agreements:', the last one too", () => {
    const found = actionsOf(
      "Yesterday, in Rotterdam, the Netherlands, the two ports signed three agreements: a memorandum of understanding on a green shipping corridor, a data-sharing protocol and a Letter of Intent on port community systems. Thailand welcomed them.",
      { published: "2027-11-30", pair: ["TH", "NL"] },
    );
    expect(found).toContainEqual(["data-sharing protocol", "signed", "2027-11-29"]);
    expect(found).toContainEqual(["Letter of Intent on port community systems", "signed", "2027-11-29"]);
  });
  it("signs lettered items after 'witnessed the signing of:'", () => {
    const found = actionsOf(
      "On 3 November, Saudi Arabia and Viet Nam held talks. During the talks, the two sides witnessed the signing of: (a) a Memorandum of Understanding on Energy; (b) an Agreement on the Avoidance of Double Taxation; and (c) an Executive Programme for Cultural Cooperation.",
      { published: "2027-11-05", pair: ["SA", "VN"] },
    );
    expect(found.map((a) => [a[0], a[1]])).toContainEqual(["Agreement on the Avoidance of Double Taxation", "signed"]);
    expect(found.map((a) => [a[0], a[1]])).toContainEqual(["Executive Programme for Cultural Cooperation", "signed"]);
  });
});

describe("agreements: amendments by an exchange of letters or notes", () => {
  it("amends the agreement, not an 'exchange of letters', and reads 'was amended' as an amendment", () => {
    const found = actionsOf(
      "The call is made under the implementing arrangement Korea and Canada's councils signed on March 14, 2024. The arrangement was amended by an exchange of letters in October to add quantum materials.",
      { published: "2027-12-02" },
    );
    expect(found).toContainEqual(["implementing arrangement", "amended", "2027-10"]);
    expect(found.map((a) => a[0])).not.toContain("exchange of letters");
  });
  it("keeps a year after 'of' in the name and gives the amendment to the subject of 'amended by'", () => {
    const found = actionsOf(
      "On 24 November in Tokyo, Poland and Japan signed an agreement on defence equipment. The Working Holiday Agreement of 2014 was amended by an exchange of notes.",
      { published: "2027-11-26", pair: ["PL", "JP"] },
    );
    expect(found).toContainEqual(["Working Holiday Agreement", "amended", "2027-11-24"]);
    expect(
      actionsOf("The Canada-Korea Free Trade Agreement was amended by a protocol on services that Parliament ratified last June.", {
        published: "2026-10-01",
      }).filter((a) => a[1] === "amended"),
    ).toEqual([["Canada-Korea Free Trade Agreement", "amended", expect.anything()]]);
  });
});

describe("agreements: elevations agreed", () => {
  it("launches a partnership the sides 'agreed to elevate' or 'agreed to upgrade' their relations to, dated by the talks", () => {
    expect(
      actionsOf(
        "President Prabowo of Indonesia held talks today in Oslo with Prime Minister Jonas Gahr Støre of Norway. The two leaders welcomed the entry into force of the Indonesia-EFTA Comprehensive Economic Partnership Agreement on 1 January 2027 and agreed to elevate bilateral relations to a Strategic Partnership.",
        { published: "2027-06-04", pair: ["NO", "ID"] },
      ),
    ).toContainEqual(["Strategic Partnership", "launched", "2027-06-04"]);
    expect(
      actionsOf(
        "On 3 November, Saudi Arabia and Viet Nam held talks. The two sides agreed to upgrade their relations to a Strategic Partnership.",
        {
          published: "2027-11-05",
          pair: ["SA", "VN"],
        },
      ),
    ).toContainEqual(["Strategic Partnership", "launched", "2027-11-03"]);
  });
  it("keeps the date of a meeting for an action coordinated after it", () => {
    expect(
      actionsOf("German Chancellor Merz and Brazilian President Lula met in Berlin on Tuesday and adopted an action plan.", {
        published: "2026-08-26",
        pair: ["DE", "BR"],
      }),
    ).toContainEqual(["action plan", "adopted", "2026-08-25"]);
  });
});
