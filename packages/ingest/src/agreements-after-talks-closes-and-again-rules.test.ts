/**
 * An act told as following the talks takes the talks' day, one done at the close of a span of days its last day, and one
 * done "also" the day of the same step before it (thirty-eighth unseen set).
 */
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
  it("dates a signing at the close of a session held over two days, or over a range, by its last day", () => {
    expect(
      actionsOf(
        "The foreign ministers of Ghana and Togo signed a memorandum of understanding on river transport at the close of the fifth session of the Joint Commission, held on Tuesday and Wednesday.",
        { ...gh, lang: "en" },
      ),
    ).toEqual([["memorandum of understanding on river transport", "signed", "2031-06-11"]]);
    expect(
      actionsOf(
        "Les ministres du Ghana et du Togo ont signé, à la clôture de la session de la commission mixte tenue du 9 au 11 juin, un accord sur le transport fluvial.",
        { ...gh, lang: "fr" },
      ),
    ).toEqual([["accord sur le transport fluvial", "signed", "2031-06-11"]]);
  });
  it("gives a step told 'also' in its own paragraph the day of the same step before it", () => {
    expect(
      actionsOf(
        "The foreign ministers of Ghana and Togo signed a memorandum of understanding on river transport at the close of the fifth session of the Joint Commission, held on Tuesday and Wednesday.\n\nThe session was preceded by a meeting of senior officials on Monday.\n\nThe two ministers also signed a memorandum of understanding on tourism cooperation.",
        { ...gh, lang: "en" },
      ),
    ).toEqual([
      ["memorandum of understanding on river transport", "signed", "2031-06-11"],
      ["memorandum of understanding on tourism cooperation", "signed", "2031-06-11"],
    ]);
  });
});
