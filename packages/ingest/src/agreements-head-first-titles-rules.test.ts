/**
 * Agreement rules from government releases and newspaper stories: formal titles that open with their head word ("Agreement
 * on ...", "Memorandum of Understanding on ...") in lists, in headlines and after "These agreements include:", cut where
 * the sentence goes on (a place, a day, a second title); a participle describing the name is not its action; a headline's undated "sign" gives way to the
 * body's dated signing.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: titles that open with their head word", () => {
  it("signs each title of a bulleted list after 'The following agreements were signed:'", () => {
    const found = actionsOf(
      "On 14 March 2031 in Lusaka, Zambia and Malawi held the third session of their Joint Permanent Commission.\n\nThe following agreements were signed:\n\n  • Agreement on Cooperation in Inland Fisheries;\n  • MoU on Bilateral Cooperation in the Energy sector;\n  • Protocol on Cross-Border Cattle Movement\n",
      { published: "2031-03-15", pair: ["ZM", "MW"] },
    );
    expect(found.map((a) => [a[0], a[1]])).toEqual(
      expect.arrayContaining([
        ["Agreement on Cooperation in Inland Fisheries", "signed"],
        ["MoU on Bilateral Cooperation in the Energy", "signed"],
        ["Protocol on Cross-Border Cattle Movement", "signed"],
      ]),
    );
  });

  it("reads 'These agreements include:' with the sentence before, whose verb and day act on each title", () => {
    const found = actionsOf(
      "President Hichilema and his visiting Malawian counterpart held talks in Lusaka on Tuesday, 11 March 2031, after which five agreements were signed. These agreements include: Agreement on the Establishment of a Joint Trade Committee; Memorandum of Understanding on Youth and Sport Exchanges.",
      { published: "2031-03-12", pair: ["ZM", "MW"] },
    );
    expect(found).toContainEqual(["Agreement on the Establishment of a Joint Trade Committee", "signed", "2031-03-11"]);
    expect(found).toContainEqual(["Memorandum of Understanding on Youth and Sport Exchanges", "signed", "2031-03-11"]);
  });

  it("ends a title before the place and the day the sentence adds", () => {
    const found = actionsOf(
      "Zambia and Malawi signed the Memorandum of Understanding on Water Resources Management in Lilongwe on Friday. The Agreement on Railway Cooperation in July was ratified by Zambia and Malawi's parliaments.",
      { published: "2031-03-16", pair: ["ZM", "MW"] },
    );
    expect(found).toContainEqual(["Memorandum of Understanding on Water Resources Management", "signed", "2031-03-14"]);
    expect(found.map((a) => [a[0], a[1]])).toContainEqual(["Agreement on Railway Cooperation", "ratified"]);
  });

  it("keeps a title's own words and splits two titles joined by 'and a'", () => {
    const found = actionsOf(
      "On 2 April 2031 Kenya and Malawi signed the Agreement on Cooperation in Tourism and a Letter of Intent on Wildlife Protection in Nairobi.",
      { published: "2031-04-03", pair: ["KE", "MW"] },
    );
    expect(found).toContainEqual(["Agreement on Cooperation in Tourism", "signed", "2031-04-02"]);
    expect(found).toContainEqual(["Letter of Intent on Wildlife Protection", "signed", "2031-04-02"]);
  });

  it("dates a signing by the body's day rather than by the headline's undated 'sign'", () => {
    const found = actionsOf(
      "Zambia and Malawi sign Memorandum of Understanding on Veterinary Services\n\nThe agriculture ministries of Zambia and Malawi signed a Memorandum of Understanding on Veterinary Services in Chipata on Monday.",
      { published: "2031-05-14", pair: ["ZM", "MW"] },
    );
    expect(found.filter((a) => a[0] === "Memorandum of Understanding on Veterinary Services")).toEqual([
      ["Memorandum of Understanding on Veterinary Services", "signed", "2031-05-12"],
    ]);
  });

  it("keeps a register line's whole title over the words a sentence reading gives", () => {
    const found = actionsOf(
      "Treaties in force between Zambia and Malawi\n\nAgreement on Return of Persons Residing without Authorisation – signed: Lusaka, 13.06.2019; in force: 01.01.2021\n",
      { published: "2031-01-10", pair: ["ZM", "MW"] },
    );
    expect(found.filter((a) => a[1] === "signed")).toEqual([
      ["Agreement on Return of Persons Residing without Authorisation", "signed", "2019-06-13"],
    ]);
  });
});

describe("agreements: a participle describing the name", () => {
  it("signs 'a revised Memorandum', and a year before a bare 'agreement' dates the other one", () => {
    const found = actionsOf(
      "On 3 June 2031 the two labour ministers of Zambia and Malawi signed a revised Memorandum of Understanding on Seasonal Workers, which replaces the 1998 agreement.",
      { published: "2031-06-04", pair: ["ZM", "MW"] },
    );
    expect(found).toContainEqual(["Memorandum of Understanding on Seasonal Workers", "signed", "2031-06-03"]);
    expect(found.map((a) => a[2])).not.toContain("1998");
  });
});

describe("agreements: dates and years around a title", () => {
  it("leaves a date naming an earlier event to it, and keeps years inside a title", () => {
    const found = actionsOf(
      "Zambia's foreign minister met her Malawian counterpart in Lusaka on July 18. The two ministers adopted the Zambia-Malawi Joint Action Plan as a follow-up to the May 2029 Zambia-Malawi Summit. They welcomed the Memorandum of Understanding for the 2030-31 Zambia-Malawi Cultural Year signed last month.",
      { published: "2031-07-19", pair: ["ZM", "MW"] },
    );
    expect(found).toContainEqual(["Zambia-Malawi Joint Action Plan", "adopted", "2031-07-18"]);
    expect(found).toContainEqual(["Memorandum of Understanding for the 2030-31 Zambia-Malawi Cultural Year", "signed", "2031-06"]);
  });
});
