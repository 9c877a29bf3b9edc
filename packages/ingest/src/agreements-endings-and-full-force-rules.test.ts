/**
 * Agreement rules from the twenty-fourth unseen set: an instrument that "ceased to have effect", "a pris fin" or "a expiré"
 * is terminated, and one that "entered into full force" is in force.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: endings told by their own verb", () => {
  it("'ceased to have effect' is a termination, and ends the name before it", () => {
    const text =
      "Ottawa, 10 March 2031 – Canada and Korea signed a new defence memorandum on 9 December 2030. The Arrangement on Defence Materiel Cooperation between Canada and Korea ceased to have effect on 9 December 2030.";
    expect(actionsOf(text, { published: "2031-03-10", pair: ["KR", "CA"] })).toContainEqual([
      "Arrangement on Defence Materiel Cooperation between Canada and Korea",
      "terminated",
      "2030-12-09",
    ]);
  });
  it("'a pris fin' and 'a expiré' are terminations", () => {
    for (const verb of ["a pris fin", "a expiré"]) {
      const text = `Kigali, le 2 avril 2031 – Le mémorandum d'entente entre le Rwanda et la Lettonie ${verb} le 13 nov. dernier.`;
      expect(actionsOf(text, { published: "2031-04-02", lang: "fr", pair: ["RW", "LV"] }).map((a) => a.slice(1))).toContainEqual([
        "terminated",
        "2030-11-13",
      ]);
    }
  });
});

describe("agreements: entry into full force", () => {
  it("'entered into full force' is an entry into force", () => {
    const text =
      "Lima, 28 March 2031 – The Peru–Vietnam Free Trade Agreement, signed in Hanoi on 19 November 2005, entered into full force on 31 December 2011.";
    expect(actionsOf(text, { published: "2031-03-28", pair: ["PE", "VN"] })).toContainEqual([
      "Peru–Vietnam Free Trade Agreement",
      "entered_into_force",
      "2011-12-31",
    ]);
  });
});
