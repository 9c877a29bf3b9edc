/** Commitment rules from the fifteenth unseen set: cultural bodies and funds as actors, French futures, quoted joint decisions. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: bodies, seasons and quotations", () => {
  it("reads a ballet, an orchestra and a fund named by their capitalised names as actors", () => {
    expect(
      pledgesOf(
        "The Royal New Zealand Ballet will tour Hanoi and Ho Chi Minh City from 12 to 25 October, and the Vietnam National Symphony Orchestra will perform in Auckland in November.",
        { published: "2028-03-03", pair: ["NZ", "VN"] },
      ).map((p) => p[1]),
    ).toEqual(["2028-10-12", "2028-11"]);
    expect(
      pledgesOf("The Saudi Fund for Development will provide USD 200 million to Viet Nam by the end of 2029.", {
        published: "2027-11-05",
        pair: ["SA", "VN"],
      }).map((p) => p[1]),
    ).toEqual(["2029"]);
  });
  it("reads a week or a festival that will be held as a scheduled pledge", () => {
    expect(
      pledgesOf("- La Semaine de la culture canadienne se tiendra à Séoul du 15 au 21 avril.", { published: "2028-03-10", lang: "fr" }),
    ).toEqual([["- La Semaine de la culture canadienne se tiendra à Séoul du 15 au 21 avril.", "2028-04-15"]]);
  });
  it("reads French futures of '-ttre' verbs and passives of enlarging", () => {
    expect(
      pledgesOf("La France mettra à disposition du Sénégal 40 millions d'euros d'ici fin 2029.", {
        published: "2028-02-03",
        lang: "fr",
        pair: ["SN", "FR"],
      }).map((p) => p[1]),
    ).toEqual(["2029"]);
  });
  it("drops the quotation mark opening a paragraph from the pledge's subject", () => {
    expect(
      pledgesOf('"Alberta will open a trade and investment office in Seoul by September 2028.', { published: "2028-02-18" }).map(
        (p) => p[1],
      ),
    ).toEqual(["2028-09"]);
  });
  it("reads a joint decision quoted in the first person, but not a quoted elevation", () => {
    expect(
      pledgesOf('"We agreed to double trade between Argentina and Türkiye by 2030," Özkan told a news conference.', {
        published: "2028-02-10",
        pair: ["AR", "TR"],
      }).map((p) => p[1]),
    ).toEqual(["2030"]);
    expect(
      pledgesOf(
        '"We have agreed to elevate our relationship to a Comprehensive Strategic Partnership," President Prabowo of Indonesia said in Qatar.',
        {
          published: "2028-01-20",
          pair: ["ID", "QA"],
        },
      ),
    ).toEqual([]);
  });
});

describe("commitments: coordinated passives and French conditionals", () => {
  it("reads a passive coordinated after another predicate as the sentence subject's pledge", () => {
    expect(
      pledgesOf(
        "A film co-production agreement between New Zealand and Viet Nam, under negotiation since 2023, was concluded on the same occasion and will be signed in Hanoi in September.",
        { published: "2028-03-03", pair: ["NZ", "VN"] },
      ).map((p) => p[1]),
    ).toEqual(["2028-09"]);
  });
  it("reads 'se rendrait' and '-drait' conditionals in reported speech as pledges", () => {
    expect(
      pledgesOf("Le ministre canadien se rendrait à Séoul le 14 février.", { published: "2028-01-27", lang: "fr" }).map((p) => p[1]),
    ).toEqual(["2028-02-14"]);
  });
});
