/** People rules from the nineteenth unseen set: honorifics and ranks before a name, words of bodies that are never names. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const names = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2030-10-18", lang, pair }).people.map((p) => p.name);

describe("people: honorifics, ranks and words of bodies", () => {
  it("reads 'His Worship', Czech 'Mgr.' and a hyphenated rank before a name as no part of it", () => {
    const found = names(
      "The Mayor of Kandy, His Worship Chaminda Bandara Wijesinghe, welcomed a Czech delegation led by the Deputy Mayor, Mgr. Petra Šimková. Brigadier-General Roch Pelletier, Canada's defence attaché in Sri Lanka, attended.",
      ["LK", "CZ"],
    );
    expect(found).toContain("Chaminda Bandara Wijesinghe");
    expect(found).toContain("Petra Šimková");
    expect(found).toContain("Roch Pelletier");
    expect(found.some((n) => /Worship|Brigadier/u.test(n))).toBe(false);
  });
  it("reads French 'Pr' before a name as an honorific", () => {
    expect(
      names(
        "Le ministre sénégalais de la Santé a reçu la ministre portugaise, en présence du Directeur général de la Santé publique, Pr Mamadou Lamine Ndiaye.",
        ["SN", "PT"],
        "fr",
      ),
    ).toContain("Mamadou Lamine Ndiaye");
  });
  it("reads 'Korea Customs Service', 'Plurinational State' and 'Ambassador Extraordinary' as no names", () => {
    const found = names(
      "The Korea Customs Service and the Ambassador Extraordinary and Plenipotentiary of the Plurinational State of Bolivia to Korea, Mr. Álvaro Mendoza, met in Seoul.",
      ["BO", "KR"],
    );
    expect(found).toEqual(["Álvaro Mendoza"]);
  });
  it("reads a Korean given name whose second syllable is a bare vowel ('Kim Jin-a') after a title", () => {
    expect(
      names("Vice Minister of Foreign Affairs Kim Jin-a and Canada's Deputy Minister, Mr. Harpreet Grewal, signed a protocol in Seoul.", [
        "KR",
        "CA",
      ]),
    ).toContain("Kim Jin-a");
  });
  it("reads 'Senior Fellow at the Asia Pacific Foundation of Canada' as a title, its side the organisation's country", () => {
    const p = read(
      "The panel brought together Ms. Nguyen Thi Thu Ha, Senior Fellow at the Asia Pacific Foundation of Canada, and Korea's envoy.",
      {
        published: "2030-06-24",
        pair: ["KR", "CA"],
      },
    ).people.find((x) => x.name === "Nguyen Thi Thu Ha");
    expect([p?.title, p?.side]).toEqual(["Senior Fellow at the Asia Pacific Foundation of Canada", "CA"]);
  });
  it("reads a town after 'the Mayor of' and before ', Ing. <name>' as no person", () => {
    expect(
      names(
        "The Mayor of Kandy and the Mayor of Český Krumlov, Ing. Tomáš Hrdlička-Novák, signed a twinning agreement in Kandy, Sri Lanka.",
        ["LK", "CZ"],
      ),
    ).toEqual(["Tomáš Hrdlička-Novák"]);
  });
  it("reads a saint's name opening a university's or a town's name ('de San Andrés') as no person", () => {
    expect(
      names("Professor Ana Lucía Gutiérrez de la Fuente of the Universidad Mayor de San Andrés met Finland's envoy in La Paz, Bolivia.", [
        "BO",
        "FI",
      ]),
    ).toEqual(["Ana Lucía Gutiérrez de la Fuente"]);
  });
  it("reads an envoy's office before ', resident in New Delhi, H.E. Ms. <name>' as hers, with her country's side", () => {
    const p = read(
      "The ceremony in Kandy, Sri Lanka, was attended by the Ambassador of the Czech Republic to Sri Lanka, resident in New Delhi, H.E. Ms. Kateřina Dvořáková, and the Mayor of Kandy.",
      { published: "2030-10-18", pair: ["LK", "CZ"] },
    ).people.find((x) => x.name === "Kateřina Dvořáková");
    expect([p?.title, p?.side]).toEqual(["Ambassador of the Czech Republic to Sri Lanka", "CZ"]);
  });
});
