/** A headline in title case whose milestone verb is capitalised is no agreement's name. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const as = { published: "2031-03-02", pair: ["NO", "IS"] as [string, string] };

describe("agreements: headlines in title case", () => {
  it("does not read a headline with a capitalised 'Sign' as the name of the instrument", () => {
    const names = actionsOf(
      "Norway and Iceland Sign Agreement on Fisheries Research\n\nThe two ministers signed the Agreement on Fisheries Research in Reykjavik today.",
      as,
    ).map((a) => a[0]);
    expect(names.some((n) => /Sign\s/u.test(n ?? ""))).toBe(false);
  });
  it("does not read a headline with a capitalised 'Amend' as a name", () => {
    const names = actionsOf(
      "Central Banks of Norway and Iceland Amend Bilateral Liquidity Arrangement\n\nThe two central banks amended their liquidity arrangement today.",
      as,
    ).map((a) => a[0]);
    expect(names.some((n) => /Amend\s/u.test(n ?? ""))).toBe(false);
  });
});
