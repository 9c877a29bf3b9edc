/** Agreement rules: an extension the parties take by agreeing to it ("agreed to extend the Agreement on ..."). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: a step agreed on is taken then", () => {
  it("reads 'agreed to extend the Agreement on ...' as an extension", () => {
    expect(
      actionsOf(
        "The two ministers also agreed to extend the Agreement on Cross-Border Fire Services between Tyrol and South Bohemia, which was due to expire in June.",
        {
          published: "2031-04-14",
          pair: ["AT", "CZ"],
        },
      ).map(([name, action]) => [name, action]),
    ).toContainEqual(["Agreement on Cross-Border Fire Services between Tyrol and South Bohemia", "extended"]);
  });
  it("leaves an extension agreed for a later year a plan", () => {
    expect(
      actionsOf("Le Québec et la Bavière ont convenu de renouveler en 2031 leur entente de 2016 sur la coopération forestière.", {
        published: "2029-04-14",
        lang: "fr",
      }).map(([, action]) => action),
    ).not.toContain("extended");
  });
  it("leaves 'agreed to sign' a plan", () => {
    expect(
      actionsOf("The leaders agreed to sign the Agreement on Pension Rights next year.", {
        published: "2031-04-14",
        pair: ["NO", "FI"],
      }).map(([, action]) => action),
    ).not.toContain("signed");
  });
});
