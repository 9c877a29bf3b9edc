/**
 * People: a graduate's degrees after a name; relatives named by kinship ("époux de feu", "the son of the late"); an office
 * said to be a former one ("ancien ambassadeur"); honorifics written as a word before the name ("Lyonpo", "Dre",
 * "Venerable"); clergy offices ("the Abbot").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-05-02", lang, pair }).people.map((p) => [p.name, p.title, p.side]);

describe("people: graduates, relatives and clergy", () => {
  it("reads a name with degrees in brackets after it as a person's", () => {
    expect(people("Teuila Faleolo (BEd 2004) teaches at Avele College and visited Nukuʻalofa in March.", ["WS", "TO"])).toEqual([
      ["Teuila Faleolo", null, null],
    ]);
    expect(people("Sione Havili (BA Pacific Studies, MBA) married in Apia.", ["WS", "TO"]).map(([n]) => n)).toEqual(["Sione Havili"]);
  });
  it("reads relatives named by kinship in French and in English", () => {
    expect(
      people(
        "Il était l'époux de feu Lucienne Bérubé et le fils de feu Armand Gosselin et de feue Rita Pelletier.",
        ["CA", "KR"],
        "fr",
      ).map(([n]) => n),
    ).toEqual(["Lucienne Bérubé", "Armand Gosselin", "Rita Pelletier"]);
    expect(people("He was the son of the late Tavita Leota.", ["WS", "TO"]).map(([n]) => n)).toEqual(["Tavita Leota"]);
  });
  it("reads 'ancien ambassadeur du Canada en Corée' after a name as the office it was", () => {
    expect(people("Est décédé M. Gérald Boucher, ancien ambassadeur du Canada en Corée, à l'âge de 81 ans.", ["CA", "KR"], "fr")).toEqual([
      ["Gérald Boucher", "ancien ambassadeur du Canada en Corée", "CA"],
    ]);
  });
  it("keeps an honorific written as a word out of the name", () => {
    expect(people("The delegation was led by Lyonpo Karma Wangchuk, Bhutan's Minister for Education.", ["BT", "NP"])).toEqual([
      ["Karma Wangchuk", "Minister for Education", "BT"],
    ]);
    expect(people("La préface est signée par la Dre Aminata Koné, chercheuse à Bamako.", ["ML", "SN"], "fr").map(([n]) => n)).toEqual([
      "Aminata Koné",
    ]);
  });
  it("reads a clergy office before a monastic name ('the Venerable Abbot Jinwol Sunim')", () => {
    expect(people("The Venerable Abbot Jinwol Sunim welcomed the monks from Thimphu.", ["KR", "BT"]).map(([n]) => n)).toEqual([
      "Jinwol Sunim",
    ]);
  });
  it("reads an office told with 'is' after a graduate's degrees, or with 'is now', and its country as the side", () => {
    expect(people("Sione Havili (MBA) is chief financial officer of Samoa Airways.", ["WS", "TO"])).toEqual([
      ["Sione Havili", "chief financial officer of Samoa Airways", "WS"],
    ]);
    expect(people("Ana Taufa is now Minister of Fisheries of Tonga, and writes that the season was good.", ["WS", "TO"])).toEqual([
      ["Ana Taufa", "Minister of Fisheries of Tonga", "TO"],
    ]);
    expect(people("Manatū Taonga is the Government's leading advisor on heritage.", ["NZ", "VN"])).toEqual([]);
  });
});
