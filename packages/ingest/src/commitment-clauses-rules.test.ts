/** Pledges in relative clauses, lettered and "commits to:" lists, after a day, by legislatures and reported with "would be tabled". */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

type Pair = [string, string];
const pledges = (text: string, pair: Pair, published = "2026-11-26", lang: "en" | "fr" = "en") =>
  pledgesOf(text, { published, lang, pair });

describe("pledges in other clause shapes", () => {
  it("reads a body's first meeting in a relative clause, and not what takes effect 'as of today'", () => {
    const out = pledges(
      "Canada and Korea signed a memorandum that replaces the 2022 memorandum, which the two ministries agreed to terminate as of today. It establishes a joint steering committee that will meet by the end of March 2027.",
      ["KR", "CA"],
      "2026-09-24",
    );
    expect(out).toHaveLength(1);
    expect(out[0]![1]).toBe("2027-03");
  });
  it("reads the items of a 'commits to:' list and of a lettered French list", () => {
    const en = pledges(
      "Norway and Colombia extended their climate and forest partnership to 2030.\n\nUnder the extended partnership, Colombia commits to:\n- reduce deforestation by half by 2028;\n- present a monitoring plan to Norway by 31 December 2027.",
      ["NO", "CO"],
      "2027-06-10",
    );
    expect(en.map(([, due]) => due)).toEqual(expect.arrayContaining(["2028", "2027-12-31"]));
    const fr = pledges(
      "Le Canada et la Corée ont convenu :\na) de tenir la deuxième réunion à Séoul en 2028 ;\nb) d'organiser, d'ici décembre, un exercice conjoint.",
      ["KR", "CA"],
      "2027-05-06",
      "fr",
    );
    expect(fr.map(([, due]) => due)).toEqual(["2028", "2027-12"]);
  });
  it("reads a pledge after a day between subject and verb, and two legislatures' pledge after 'under which'", () => {
    const out = pledges(
      "India and Argentina on Thursday agreed to fast-track negotiations and to conclude them before the end of the year.",
      ["IN", "AR"],
      "2027-04-22",
    );
    expect(out.some(([text, due]) => /conclude them/.test(text ?? "") && due === "2027")).toBe(true);
    const gh = pledges(
      "Ghana and Türkiye signed a memorandum, under which the two legislatures will set up friendship groups by March 2027.",
      ["GH", "TR"],
    );
    expect(gh.some(([, due]) => due === "2027-03")).toBe(true);
  });
});

describe("a minister who will lead a mission", () => {
  it("is a pledge: 'will lead' is a forecast only before 'to'", () => {
    const out = pledges(
      "Today, the Honourable Tim Hodgson, Minister of Energy and Natural Resources, and Korea's Minister of Trade, Kim Jung-kwan, signed a memorandum in Ottawa.\n\nMinister Hodgson will lead a trade mission to Korea in November, with stops in Seoul and Pohang. The memorandum will lead to new investment.",
      ["KR", "CA"],
      "2026-09-24",
    );
    expect(out).toEqual([["Minister Hodgson will lead a trade mission to Korea in November, with stops in Seoul and Pohang.", "2026-11"]]);
  });
});
