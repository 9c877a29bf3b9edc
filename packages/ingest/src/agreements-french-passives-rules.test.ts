/** Agreement rules from the fourteenth unseen set: French names with an adjective or a year, pluperfect passives, infinitive plans. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const fr = (text: string, pair: [string, string] = ["KR", "CA"], published = "2027-12-14") =>
  actionsOf(text, { published, lang: "fr", pair });

describe("agreements: French passives", () => {
  it("reads pluperfect passives of signing and extending", () => {
    expect(
      fr(
        "La ministre du Québec était en Corée. Une lettre d'intention avait été signée à Séoul en mai dernier par la ministre et le président coréen.",
      ),
    ).toContainEqual(["lettre d'intention", "signed", "2027-05"]);
    expect(
      fr(
        "La ministre belge était en Tunisie. L'accord culturel entre la Belgique et la Tunisie avait été signé en 1979.",
        ["TN", "BE"],
        "2027-10-07",
      ),
    ).toContainEqual(["accord culturel", "signed", "1979"]);
    expect(
      fr(
        "Le Canada et la Corée ont signé un protocole. Le protocole remplace l'entente de 2011 sur les échanges sportifs, qui avait été prolongée en 2021.",
      ),
    ).toContainEqual(["entente de 2011 sur les échanges sportifs", "extended", "2021"]);
  });
  it("reads negotiations an infinitive opens as a plan", () => {
    expect(
      fr(
        "Le Luxembourg et le Cabo Verde se sont réunis. Ils sont convenus de lancer, avant la fin juin, des négociations sur une convention fiscale.",
        ["LU", "CV"],
        "2027-02-17",
      ).filter((a) => a[1] === "negotiations_launched"),
    ).toEqual([]);
  });
});
