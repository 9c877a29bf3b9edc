/** Agreement rules from the eighteenth unseen set: elevations "to the level of" and "au rang de" with no article. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: an elevation launches the partnership it names", () => {
  it("reads 'raise our relations to the level of a strategic partnership'", () => {
    expect(
      actionsOf(
        "Qatar and Argentina signed two agreements today. We also agreed to raise our relations to the level of a strategic partnership.",
        {
          published: "2029-10-16",
          pair: ["QA", "AR"],
        },
      ).map(([name, action]) => [name, action]),
    ).toContainEqual(["strategic partnership", "launched"]);
  });
  it("reads 'au rang de partenariat stratégique global' with no article, in the pluperfect", () => {
    expect(
      actionsOf("En 2024, Ottawa et Séoul avaient élevé leur relation au rang de partenariat stratégique global.", {
        published: "2029-11-05",
        lang: "fr",
      }),
    ).toEqual([["partenariat stratégique global", "launched", "2024"]]);
  });
});

describe("agreements: a name's end", () => {
  it("leaves 'here Friday' out of the name", () => {
    expect(
      actionsOf(
        "SEOUL, June 8 (PRW) — South Korea and Canada signed an agreement on the reciprocal exchange of driver's licences here Friday.",
        {
          published: "2029-06-08",
        },
      ),
    ).toEqual([["agreement on the reciprocal exchange of driver's licences", "signed", "2029-06-08"]]);
  });
});

describe("agreements: a pronoun before a milestone", () => {
  it("stands for the agreement named just before, after a semicolon or a full stop, in both languages", () => {
    expect(
      actionsOf("Canada and Korea signed their Free Trade Agreement on September 22, 2014; it entered into force on January 1, 2015.", {
        published: "2029-04-22",
      }),
    ).toContainEqual(["Free Trade Agreement", "entered_into_force", "2015-01-01"]);
    expect(
      actionsOf(
        "Le Canada et la Corée ont conclu un protocole de modernisation de leur accord en 2028. Il a été ratifié par la Corée le 9 janvier.",
        {
          published: "2029-03-01",
          lang: "fr",
        },
      ).map(([, action, date]) => [action, date]),
    ).toContainEqual(["ratified", "2029-01-09"]);
  });
});
