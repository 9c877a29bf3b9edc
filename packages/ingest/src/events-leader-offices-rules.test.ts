/** Event rules from the fourteenth unseen set: leaders named by their office alone, and heads of bodies named by an acronym. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: leaders by office", () => {
  it("reads talks of leaders named before and referred to by office alone as a summit", () => {
    expect(
      eventsOf(
        "President of the Republic of Poland Marek Zieliński paid a state visit to Japan. On 24 November in Tokyo, the President held talks with Prime Minister of Japan Haruto Ishikawa.",
        { published: "2027-11-26", pair: ["PL", "JP"] },
      ),
    ).toContainEqual(["2027-11-24", "summit", "Tokyo"]);
  });
  it("reads a meeting of two councils' presidents named by acronyms as a meeting", () => {
    expect(
      eventsOf(
        "The Natural Sciences and Engineering Research Council of Canada (NSERC) and the National Research Foundation of Korea (NRF) opened a call. NSERC President Alejandro Whitfield and NRF President Lee Kwang-bok met in Ottawa on December 1.",
        { published: "2027-12-02" },
      ),
    ).toContainEqual(["2027-12-01", "meeting", "Ottawa"]);
  });
});

describe("events: a city from a pledge", () => {
  it("does not place an undated-city meeting in the city a pledge named", () => {
    expect(
      eventsOf(
        "His Excellency Mr. Trần Quốc Khánh, Prime Minister of Viet Nam, held official talks with Saudi Arabia's Crown Prince in Riyadh on 3 November. The two sides agreed to hold the fifth session of the Joint Committee in Hanoi in March 2028. On 4 November, the Prime Minister met Sheikh Abdullah bin Saleh Al-Sudairi, Chairman of the Federation of Saudi Chambers.",
        { published: "2027-11-05", pair: ["SA", "VN"] },
      ).filter((e) => e[0] === "2027-11-04"),
    ).toEqual([["2027-11-04", "meeting", "Riyadh"]]);
  });
});

describe("events: talks, then a signing", () => {
  it("reads 'se sont entretenus ..., puis ont signé' as a meeting and a signing", () => {
    expect(
      eventsOf(
        "La secrétaire d'État canadienne, l'honorable Adèle Nkemdirim-Roy, et M. Baek Seung-ho, vice-ministre de la République de Corée, se sont entretenus aujourd'hui à Ottawa, puis ont signé un protocole d'entente sur le sport.",
        { published: "2027-12-16", lang: "fr" },
      ),
    ).toEqual([
      ["2027-12-16", "meeting", "Ottawa"],
      ["2027-12-16", "signing", "Ottawa"],
    ]);
  });
});
