/** Country rules from the twenty-second unseen set: an invariable French demonym written with either accent. */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";

describe("countries: a French demonym ending in an accented e", () => {
  it("is read with either accent, as an adjective and as a noun", () => {
    for (const text of ["son homologue burkinabè", "le ministre burkinabé", "les Burkinabè", "la commission togolo-burkinabè"])
      expect(findCountryMentions(text).map((m) => m.code)).toContain("BF");
  });
});
