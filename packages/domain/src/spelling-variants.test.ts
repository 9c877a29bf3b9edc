import { describe, expect, it } from "vitest";
import { expandSpellingVariants, spellingsOf } from "./spelling-variants";

describe("spelling variants", () => {
  it("treats British and American spellings as one word", () => {
    expect(spellingsOf("defense")).toEqual(["defense", "defence"]);
    expect(spellingsOf("Defence")).toEqual(["defence", "defense"]);
    expect(spellingsOf("programme")).toEqual(["programme", "program"]);
    expect(spellingsOf("organisation")).toEqual(["organisation", "organization"]);
    expect(spellingsOf("organizations")).toEqual(["organizations", "organisations"]);
    expect(spellingsOf("modernising")).toEqual(["modernising", "modernizing"]);
  });

  it("leaves other words alone, including ones that merely end like -ise", () => {
    expect(spellingsOf("exercise")).toEqual(["exercise"]);
    expect(spellingsOf("promise")).toEqual(["promise"]);
    expect(expandSpellingVariants("critical minerals")).toBe("critical minerals");
  });

  it("repeats the whole query per spelling, so other words still have to match", () => {
    expect(expandSpellingVariants("defense")).toBe("defense or defence");
    expect(expandSpellingVariants("korea defence")).toBe("korea defence or korea defense");
    expect(expandSpellingVariants('"defence industry" korea')).toBe('"defence industry" korea or "defense industry" korea');
  });

  it("does not expand excluded words and caps the number of combinations", () => {
    expect(expandSpellingVariants("korea -defence")).toBe("korea -defence");
    const many = expandSpellingVariants("defence programme centre labour");
    expect(many.split(" or ")).toHaveLength(8);
  });
});
