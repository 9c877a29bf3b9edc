/** Negotiations as the subject of a launch, years that name other agreements in a list, amendments as nouns, upgrades in relative clauses (seventeenth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const actions = (text: string, lang: "en" | "fr" = "en", pair: [string, string] = ["KR", "CA"]) =>
  actionsOf(text, { published: "2029-03-22", lang, pair });

describe("agreements: negotiations, list years, amendments and upgrades", () => {
  it("reads a launch whose subject is 'Negotiations on <name>' as the negotiations' launch", () => {
    expect(
      actions(
        "Canada and Korea. Negotiations on a new Double Taxation Agreement between Canada and Korea, launched in 2027, are to be concluded by 2030.",
      ),
    ).toEqual([["Double Taxation Agreement between Canada and Korea", "negotiations_launched", "2027"]]);
  });
  it("dates no item of a list by a year that names another agreement, and amends only what follows 'an amendment to'", () => {
    expect(
      actions(
        "Canada and Korea. On 21 March the two agencies signed three documents: a Joint Development Agreement for the hydrogen cluster and an amendment to their 2026 Framework Agreement on Gas Supply.",
      ),
    ).toEqual([
      ["Joint Development Agreement", "signed", "2029-03-21"],
      ["Framework Agreement on Gas Supply", "amended", "2029-03-21"],
    ]);
  });
  it("reads 'to which the two countries upgraded their relationship' as the launch of the partnership before it", () => {
    expect(
      actions(
        "Australia and Viet Nam. The memorandum builds on the Comprehensive Strategic Partnership, to which the two countries upgraded their relationship in March 2024.",
        "en",
        ["AU", "VN"],
      ),
    ).toEqual([["Comprehensive Strategic Partnership", "launched", "2024-03"]]);
  });
});
