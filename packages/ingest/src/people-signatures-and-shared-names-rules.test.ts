/**
 * A signature under an office of several words ("Le Secrétaire Général du Gouvernement,"), "L'honorable" before a
 * minister's name, and a side read from a name or a demonym two states share ("Korean", "guinéen", the end of "Papua New
 * Guinea") given to the member of the pair holding it.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en", published = "2031-05-14") =>
  read(text, { published, lang, pair }).people.map((p) => [p.name, p.side, p.title]);

describe("people: signatures", () => {
  it("reads the name under an office of several words closing on a comma as its holder", () => {
    expect(
      people(
        "Le Conseil a adopté le décret portant ratification.\n\nFait à Lomé, le 12 mai 2031\n\nLe Secrétaire Général de la Présidence,\nKomlan Adjété-Mensah\n",
        ["TG", "GH"],
        "fr",
      ).map((p) => [p[0], p[2]]),
    ).toEqual([["Komlan Adjété-Mensah", "Secrétaire Général de la Présidence"]]);
    expect(
      people("The committee took note of the report.\n\nThe Chairperson of the Joint Committee,\nMargaret Osei-Bonsu\n", ["GH", "TG"]).map(
        (p) => [p[0], p[2]],
      ),
    ).toEqual([["Margaret Osei-Bonsu", "Chairperson of the Joint Committee"]]);
  });
});

describe("people: 'L'honorable' before a name", () => {
  it("leaves the form of address out of the name", () => {
    expect(
      people(
        "Citations\n\n« Le Kenya est un partenaire de premier plan pour nos exportateurs. »\n– L'honorable Sophie Tremblay-Ouellet, ministre du Commerce international\n",
        ["CA", "KE"],
        "fr",
      ).map((p) => p[0]),
    ).toEqual(["Sophie Tremblay-Ouellet"]);
  });
});

describe("people: a name two states share", () => {
  it("gives 'Korean' to North Korea in a text about a pair holding it and not the South", () => {
    const text =
      "Vietnamese Foreign Minister Tran Van Hai met DPRK Ambassador Kim Song Chol in Hanoi. Tran later spoke by telephone with his Korean counterpart Pak Myong Ho on March 2.";
    expect(people(text, ["VN", "KP"]).find((p) => p[0] === "Pak Myong Ho")?.[1]).toBe("KP");
  });
  it("gives 'Guinea' read inside 'Papua New Guinea' to Papua New Guinea", () => {
    const text = "Solomon Islands Prime Minister Peter Kenilorea Jr met Papua New Guinea Prime Minister Michael Wapi in Honiara on Monday.";
    expect(people(text, ["SB", "PG"]).find((p) => p[0] === "Michael Wapi")?.[1]).toBe("PG");
  });
  it("keeps a South Korean in a text naming the South", () => {
    const text =
      "Cuba's Minister of Health Ana Rosa Pérez met South Korean envoy Lee Min-jae and DPRK Ambassador Kim Song Chol in Havana. Lee is the Republic of Korea's ambassador to Mexico.";
    expect(people(text, ["CU", "KP"]).find((p) => p[0] === "Lee Min-jae")?.[1]).toBe("KR");
  });
});

describe("people: judges on a court's own page", () => {
  it("gives the judges the country of the page's masthead when the text names no court of a country", () => {
    const text = [
      "THE JUDICIARY OF THE REPUBLIC OF LIBERIA",
      "Home | Courts | Judgments | Contact",
      "Judgments > Supreme Court > 2032",
      "",
      "PRESS SUMMARY",
      "",
      "Monrovia, 5 March 2032",
      "",
      "BENCH: Hon. Justice Comfort Sirleaf-Dunbar, Hon. Justice Moses K. Tarpeh",
      "",
      "The court dismissed the appeal against the extradition of a Guinean national to Conakry on 4 March 2032.",
    ].join("\n");
    expect(people(text, ["LR", "GN"]).map((p) => [p[0], p[1]])).toEqual(
      expect.arrayContaining([
        ["Comfort Sirleaf-Dunbar", "LR"],
        ["Moses K. Tarpeh", "LR"],
      ]),
    );
  });
});
