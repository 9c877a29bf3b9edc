/** A plan's span of years dates no action; negotiations "were concluded" conclude (nineteenth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: periods and concluded negotiations", () => {
  it("dates a list's signings by the meeting's day, not by the span of years closing the last item's name", () => {
    const found = actionsOf(
      "The Uzbekistan–Korea Intergovernmental Committee held its twelfth meeting in Tashkent on 10 June 2030. During the meeting the sides signed an Agreement on the Promotion and Protection of Investments and a Programme of Cooperation in Healthcare for 2030-2033.",
      { published: "2030-06-28", pair: ["UZ", "KR"] },
    );
    expect(found).toContainEqual(["Agreement on the Promotion and Protection of Investments", "signed", "2030-06-10"]);
    expect(found.some(([, , date]) => date === "2030/2033")).toBe(false);
  });
  it("reads 'Negotiations on the ... Arrangement were concluded' as concluded, not launched", () => {
    const found = actionsOf(
      "Negotiations on the Mutual Recognition Arrangement between Canada and Korea were concluded in Ottawa on November 18, 2029.",
      { published: "2030-04-02", pair: ["KR", "CA"] },
    );
    expect(found.map(([, action, date]) => [action, date])).toEqual([["concluded", "2029-11-18"]]);
  });
});

describe("agreements: an elevation agreed today", () => {
  it("reads 'We agreed today to elevate our cooperation ... to a <name> Partnership' as the partnership's launch that day", () => {
    expect(
      actionsOf(
        "Joint Statement by Canada and the Republic of Korea\n\nMarch 14, 2030 – Seoul\n\nWe agreed today to elevate our cooperation on critical minerals to a Critical Minerals Supply Chain Partnership.",
        { published: "2030-03-14", pair: ["KR", "CA"] },
      ),
    ).toEqual([["Critical Minerals Supply Chain Partnership", "launched", "2030-03-14"]]);
  });
});

describe("agreements: French names after 'des'", () => {
  it("keeps the noun after 'des' in a French name ('sur la formation des médecins'), not the bare article", () => {
    const names = actionsOf(
      "Dakar, le 22 mai 2030 – Le Sénégal et le Portugal ont signé un protocole d'accord sur la formation des médecins à Dakar.",
      { published: "2030-05-22", lang: "fr", pair: ["SN", "PT"] },
    ).map(([name]) => name);
    expect(names).toEqual(["protocole d'accord sur la formation des médecins"]);
  });
});
