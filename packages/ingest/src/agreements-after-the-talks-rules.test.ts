/** An act told as following the talks takes the talks' day (thirty-eighth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const gh = { published: "2031-06-13", pair: ["GH", "TG"] as [string, string] };

describe("agreements: signed after the talks", () => {
  it("dates a signing told 'Following the talks' by the talks' day, not by a later day of the visit", () => {
    expect(
      actionsOf(
        "The presidents of Ghana and Togo held talks in Accra on Wednesday. The Togolese president left Accra on Thursday morning.\n\nFollowing the talks, the two foreign ministers signed an agreement on cross-border trade.",
        { ...gh, lang: "en" },
      ),
    ).toEqual([["agreement on cross-border trade", "signed", "2031-06-11"]]);
  });
  it("reads 'À l'issue des entretiens' the same way in French", () => {
    expect(
      actionsOf(
        "Les présidents du Ghana et du Togo ont eu mercredi à Accra des entretiens. Le président togolais a regagné Lomé ce jeudi matin.\n\nÀ l'issue des entretiens, les ministres ont signé un accord sur le commerce transfrontalier.",
        { ...gh, lang: "fr" },
      ),
    ).toEqual([["accord sur le commerce transfrontalier", "signed", "2031-06-11"]]);
  });
});
