/**
 * Agreement rules from the thirtieth unseen set: a cabinet's or a parliament's approval told with the body as the subject
 * ("Namibia's Cabinet approved it last month", "the National Assembly consented to the Agreement") is the party's ratification, and "Revised" opening an instrument's name
 * ("the Revised Treaty of Windhoek") amends nothing.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const NA_BW = { published: "2031-10-20", lang: "en" as const, pair: ["NA", "BW"] as [string, string] };

describe("agreements: cabinet approvals and revised names", () => {
  it("reads a cabinet's approval, the body as its subject, as a ratification", () => {
    expect(
      actionsOf(
        "The Agreement on the Recognition of Nursing Qualifications was signed in Gaborone on 9 June 2031, and Namibia's Cabinet approved it last month.",
        NA_BW,
      ),
    ).toContainEqual(["Agreement on the Recognition of Nursing Qualifications", "ratified", "2031-09"]);
    expect(
      actionsOf(
        "Namibia and Botswana signed the Kalahari Transit Agreement on 9 June 2031. Our Cabinet approved the agreement on Thursday last.",
        NA_BW,
      ),
    ).toContainEqual(["Kalahari Transit Agreement", "ratified", "2031-10-16"]);
    expect(
      actionsOf(
        "Namibia and Botswana signed the Kalahari Transit Agreement on 9 June 2030. Botswana's National Assembly consented to the Agreement on April 29, 2031.",
        NA_BW,
      ),
    ).toContainEqual(["Kalahari Transit Agreement", "ratified", "2031-04-29"]);
  });
  it("reads 'Revised' opening an instrument's name as part of the name, not an amendment", () => {
    expect(
      actionsOf("Both our countries signed the Revised Treaty of Windhoek in 2010, and SADC nationals have moved freely for years.", NA_BW),
    ).toEqual([["Revised Treaty of Windhoek", "signed", "2010"]]);
  });
});
