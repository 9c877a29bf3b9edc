/** Commitment rules from the forty-fourth unseen set: a second pledge whose verb is left out, and a step "this Thursday". */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: gapped second clauses and a day named with a demonstrative", () => {
  it("reads a second subject with the verb left out as a pledge of its own, due by its own date", () => {
    const found = pledgesOf(
      "Chile and Peru signed the plan on Monday. Under the plan, Chile will complete the 80-kilometre northern section to the border by the end of 2031, and Peru the 60-kilometre section from Tacna by March 2032.",
      { published: "2030-05-14", pair: ["CL", "PE"] },
    );
    expect(found).toContainEqual([
      "Under the plan, Chile will complete the 80-kilometre northern section to the border by the end of 2031",
      "2031",
    ]);
    expect(found).toContainEqual(["and Peru the 60-kilometre section from Tacna by March 2032.", "2032-03"]);
  });
  it("dates a step by 'ce jeudi' on the day of writing, not by a later day in its sentence", () => {
    const found = pledgesOf(
      "Lima, 16 mai 2030 (ANP) – Le Premier ministre du Chili a rencontré hier son homologue péruvien. Le Premier ministre chilien se rendra ce jeudi à Cusco, où il visitera le marché, avant de regagner Santiago vendredi.",
      { published: "2030-05-16", pair: ["CL", "PE"], lang: "fr" },
    );
    expect(found).toContainEqual([expect.stringContaining("se rendra ce jeudi à Cusco"), "2030-05-16"]);
  });
});
