/** Country rules: a name in the country data that is also a common English word is not read as the country. */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";

describe("countries: names that are common words", () => {
  it("reads 'Island' in a place's name as no country, while Iceland keeps its names", () => {
    for (const text of ["the crossing to Union Island", "ferries to Prince Edward Island and Jeju Island", "an Island council"])
      expect(findCountryMentions(text).map((m) => m.code)).not.toContain("IS");
    for (const text of ["a visit to Iceland", "le ministre de l'Islande", "Ísland og Kanada"])
      expect(
        findCountryMentions(text).map((m) => m.code),
        text,
      ).toContain("IS");
  });
});
