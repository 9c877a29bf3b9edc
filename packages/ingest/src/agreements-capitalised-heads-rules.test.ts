/** Agreement rules from the twenty-seventh unseen set: "The Treaty" for the name before it, negated milestones. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: capitalised heads and negations", () => {
  it("reads 'The Treaty' opening a sentence as the treaty named before, with each of its milestones", () => {
    const text =
      "The court held that the Extradition Treaty between the Republic of Estonia and the Portuguese Republic applied.\n\nThe Treaty was signed in Tallinn on 8 May 2009 and ratified by Estonia the following year, and the Treaty entered into force on 16 March 2011.";
    expect(actionsOf(text, { published: "2031-07-16", pair: ["EE", "PT"] })).toEqual(
      expect.arrayContaining([
        ["Extradition Treaty between the Republic of Estonia and the Portuguese Republic", "signed", "2009-05-08"],
        ["Extradition Treaty between the Republic of Estonia and the Portuguese Republic", "ratified", "2010"],
        ["Extradition Treaty between the Republic of Estonia and the Portuguese Republic", "entered_into_force", "2011-03-16"],
      ]),
    );
  });
  it("reads 'the Agreement' as a name headed by that word, not one ending on it", () => {
    const text =
      "Estonia and Portugal signed the Estonia–Portugal Fisheries Agreement in 2015. In 2030 they launched negotiations on a Protocol amending the Agreement. Officials said the Agreement was amended by an exchange of letters in 2023.";
    const found = actionsOf(text, { published: "2031-07-16", pair: ["EE", "PT"] });
    expect(found).toContainEqual(["Estonia–Portugal Fisheries Agreement", "amended", "2023"]);
    expect(found.some(([name, action]) => name === "Protocol amending the Agreement" && action === "amended")).toBe(false);
  });
  it("reads no milestone that the text negates", () => {
    expect(
      actionsOf("The court held that the Extradition Treaty between Estonia and Portugal had never entered into force.", {
        published: "2031-07-16",
        pair: ["EE", "PT"],
      }).filter(([, action]) => action !== null),
    ).toEqual([]);
  });
});

describe("agreements: a party's approval", () => {
  it("reads an approval by a cabinet or a parliament as that party's ratification", () => {
    const text =
      "Estonia and Portugal signed the Memorandum of Understanding on Ferry Services in Lisbon on 4 May 2030. The Memorandum was approved by the Cabinet of Estonia on 9 January 2031.";
    expect(actionsOf(text, { published: "2031-02-16", pair: ["EE", "PT"] })).toContainEqual([
      "Memorandum of Understanding on Ferry Services",
      "ratified",
      "2031-01-09",
    ]);
  });
});
