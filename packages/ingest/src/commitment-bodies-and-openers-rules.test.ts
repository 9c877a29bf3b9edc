/** Pledges by regulators, agencies, consulates and governments, passives of revision, "doivent aussi", and a date opening the clause (seventeenth unseen set). */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const pledges = (text: string, lang: "en" | "fr" = "en") => pledgesOf(text, { published: "2029-05-03", lang, pair: ["KR", "CA"] });

describe("commitments: bodies, revisions and opening dates", () => {
  it("reads regulators, agencies, consulates and a centre as actors that pledge", () => {
    expect(pledges("Canada and Korea signed an agreement. The two regulators will exchange inspection reports from July 1, 2029.")).toEqual(
      [["The two regulators will exchange inspection reports from July 1, 2029.", "2029-07-01"]],
    );
    expect(
      pledges(
        "Canada and Korea signed an agreement. Le Consulat organisera d'ici le 30 juin 2029 une séance d'information, et un bureau ouvrira à Québec au plus tard en septembre 2029.",
        "fr",
      ),
    ).toEqual([
      ["Le Consulat organisera d'ici le 30 juin 2029 une séance d'information", "2029-06-30"],
      [", et un bureau ouvrira à Québec au plus tard en septembre 2029.", "2029-09"],
    ]);
  });
  it("reads a passive of revision ('will be updated by') as a pledge", () => {
    expect(pledges("Canada and Korea signed an agreement. Their memorandum on medical devices will be updated by December 2029.")).toEqual([
      ["Their memorandum on medical devices will be updated by December 2029.", "2029-12"],
    ]);
  });
  it("reads 'Le gouvernement ... s'est engagé à' and 'doivent aussi tenir ... en avril 2029'", () => {
    expect(
      pledges(
        "Le Canada et la Corée ont signé un accord. Le gouvernement fédéral s'est engagé à publier sa stratégie d'ici la fin du mois de mars 2030.",
        "fr",
      ),
    ).toEqual([["Le gouvernement fédéral s'est engagé à publier sa stratégie d'ici la fin du mois de mars 2030.", "2030-03"]]);
    expect(
      pledges(
        "Le Canada et la Corée ont signé un accord. Ottawa et Séoul doivent aussi tenir le troisième dialogue à Ottawa en avril 2030.",
        "fr",
      ),
    ).toEqual([["Ottawa et Séoul doivent aussi tenir le troisième dialogue à Ottawa en avril 2030.", "2030-04"]]);
  });
  it("dates a pledge by a date opening its clause, read in the tense of the verb after it", () => {
    expect(pledges("Le Canada et la Corée ont signé un accord. Le 15 mai, les deux ministres se rencontreront à Québec.", "fr")).toEqual([
      ["Le 15 mai, les deux ministres se rencontreront à Québec.", "2029-05-15"],
    ]);
    expect(pledges("Canada and Korea signed an agreement.\n- On 24 May, the two agencies will sign a grant agreement.")).toEqual([
      ["- On 24 May, the two agencies will sign a grant agreement.", "2029-05-24"],
    ]);
  });
});

describe("commitments: an elevation agreed", () => {
  it("reads 'we agreed to elevate ... to a Partnership' as no pledge, and the speakers' next pledge in the quote as theirs", () => {
    expect(
      pledges(
        'Canada and Korea met. The Prime Minister said: "Today we agreed to elevate our relationship to a Comprehensive Strategic Partnership."',
      ),
    ).toEqual([]);
    expect(
      pledges(
        'Canada and Korea met. The Prime Minister said: "Today we agreed to elevate our relationship to a Comprehensive Strategic Partnership, and we will meet again in Seoul before the end of 2030."',
      ).map((p) => p[1]),
    ).toEqual(["2030"]);
  });
});
