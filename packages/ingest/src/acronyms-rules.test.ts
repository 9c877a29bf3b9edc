/**
 * Acronyms, one reader for people's sides and agreements' names: a long form with its acronym in brackets, the end of it
 * the acronym spells, and a name written in full whose capitals spell an acronym used elsewhere.
 */
import { describe, expect, it } from "vitest";
import { acronymsSpelledByNames, bracketedAcronyms, longFormSpelling } from "./acronyms";
import { read } from "./rules-test-kit";

describe("acronyms", () => {
  it("reads the long form before a bracketed acronym, and the end of it the acronym spells", () => {
    const [d] = bracketedAcronyms("under the Chile-Norway Salmon Health Protocol (SHP) pilot");
    expect(d).toMatchObject({ acronym: "SHP", long: "Chile-Norway Salmon Health Protocol" });
    expect(longFormSpelling(d!.long, d!.acronym)).toBe("Salmon Health Protocol");
    expect(longFormSpelling("Norwegian Seafood Council", "NFC")).toBeUndefined();
  });
  it("finds the name an undefined acronym spells, and none where two names spell it", () => {
    expect(acronymsSpelledByNames("The Norwegian Seafood Council opened an office. The NSC's director spoke.")).toEqual(
      new Map([["NSC", "Norwegian Seafood Council"]]),
    );
    expect(
      acronymsSpelledByNames("The National Science Council and the Norwegian Seafood Council met. The NSC's director spoke.").has("NSC"),
    ).toBe(false);
  });
  it("gives a person the side of the institution an acronym before their office names", () => {
    const people = read(
      "The Santiago Museum of Fine Arts has lent six paintings to the National Museum of Norway. The loan was signed in Oslo by the SMFA's Director, Dr. Paula Errázuriz, and the National Museum's Director, Kari Solberg.",
      { published: "2031-03-12", lang: "en", pair: ["CL", "NO"] },
    ).people.map((p) => [p.name, p.side]);
    expect(people).toContainEqual(["Paula Errázuriz", "CL"]);
  });
});
