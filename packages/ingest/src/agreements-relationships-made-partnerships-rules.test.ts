/** Agreement rules: a relationship made into a partnership ("made their relationship a ...", "fait de leur relation un ..."). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: a relationship made into a partnership launches it", () => {
  it("reads 'ont fait de leur relation un partenariat stratégique' with its year", () => {
    expect(
      actionsOf("Séoul et Ottawa ont fait de leur relation un partenariat stratégique global en 2021.", {
        published: "2031-03-12",
        lang: "fr",
      }),
    ).toContainEqual(["partenariat stratégique global", "launched", "2021"]);
  });
  it("reads 'made their relationship a Strategic Partnership'", () => {
    expect(
      actionsOf("In 2023 Norway and Finland made their relationship a Strategic Partnership for the Arctic.", {
        published: "2031-03-12",
        pair: ["NO", "FI"],
      }).map(([name, action]) => [name, action]),
    ).toContainEqual(["Strategic Partnership for the Arctic", "launched"]);
  });
});
