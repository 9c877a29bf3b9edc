/** People rules from the fourteenth unseen set: a side from a place or an acronym inside a title, and titles the scan used to lose. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2027-11-30", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: sides from the places and bodies in a title", () => {
  it("gives the side of a town named inside an organisation in the title", () => {
    expect(
      people(
        "Yesterday, at the World Port Center, Ingrid van den Berg-Okonkwo, CEO of the Port of Rotterdam Authority, signed a memorandum with the Port Authority of Thailand.",
        ["TH", "NL"],
      ),
    ).toContainEqual(["Ingrid van den Berg-Okonkwo", "NL"]);
    expect(
      people("La rectrice de l'Université Laval, Sophie D'Amours, a signé une entente avec le KAIST de Corée.", ["KR", "CA"], "fr"),
    ).toContainEqual(["Sophie D'Amours", "CA"]);
  });
  it("reads an acronym the text defines, and an organisation's possessive before an office", () => {
    expect(
      people(
        'The Natural Sciences and Engineering Research Council of Canada (NSERC) opened a call with Korea. "This call matters," said Dr. Amara Osei-Lindqvist, NSERC\'s Vice-President, Research Grants and Partnerships.',
        ["KR", "CA"],
      ),
    ).toContainEqual(["Amara Osei-Lindqvist", "CA"]);
  });
  it("reads a country named in several words inside a title's body", () => {
    expect(
      people(
        "The Turks and Caicos Islands Financial Services Commission (FSC) signed a memorandum with the Bahamas. FSC Managing Director Lorna Forbes-Hall said it was overdue.",
        ["TC", "BS"],
      ),
    ).toContainEqual(["Lorna Forbes-Hall", "TC"]);
  });
  it("keeps a portfolio whole when a word after an elided article looks like a name", () => {
    expect(
      people(
        "Le ministre de l'Économie, de l'Innovation et de l'Énergie du Québec, Christopher Skeete, assistait à la cérémonie à Séoul, en Corée.",
        ["KR", "CA"],
        "fr",
      ),
    ).toEqual([["Christopher Skeete", "CA"]]);
  });
  it("prefers the office after a name to 'Professor' before it", () => {
    const p = read("The memorandum was signed by Professor Kerstin Mey, President of UL, in Limerick, Ireland, with India's IIT.", {
      published: "2027-11-30",
      pair: ["IE", "IN"],
    }).people.find((x) => x.name === "Kerstin Mey");
    expect(p?.title).toBe("President of UL");
  });
});

describe("people: labels, brackets and the writer's country", () => {
  it("reads a debate's speaker labels, with a portfolio holding commas in brackets, under a legislature's masthead", () => {
    const text =
      "Legislative Assembly of British Columbia\nOfficial Report of Debates (Hansard)\n\nHon. Harjit Sandhu-Mercer (Minister of Jobs, Economic Development, Innovation and Trade): I led a trade mission to the Republic of Korea.\n\nAoife O'Driscoll-Nguyen (Kelowna-Mission): I thank the minister for his statement on Korea.\n";
    const found = people(text, ["KR", "CA"]);
    expect(found).toContainEqual(["Harjit Sandhu-Mercer", "CA"]);
    expect(found).toContainEqual(["Aoife O'Driscoll-Nguyen", null]);
  });
  it("takes the writer's country from a place after the date line's dash, and reads a portfolio in brackets", () => {
    const text =
      "Le 16 décembre 2027 – Ottawa (Ontario) – Patrimoine canadien\n\nLa secrétaire d'État (Sport), l'honorable Adèle Nkemdirim-Roy, et M. Baek Seung-ho, vice-ministre de la République de Corée, ont signé un protocole.";
    expect(people(text, ["KR", "CA"], "fr")).toContainEqual(["Adèle Nkemdirim-Roy", "CA"]);
  });
  it("ends a title at 'et du' before another office, and reads an emir's title", () => {
    expect(
      people(
        "L'entente a été conclue en présence de la ministre de l'Économie, Mme Geneviève Côté-Lapierre, et du maire de Saguenay, M. Luc Boivin-Tremblay, avec la Corée.",
        ["KR", "CA"],
        "fr",
      ),
    ).toContainEqual(["Luc Boivin-Tremblay", "CA"]);
    expect(
      people(
        "The committee met in Doha under the co-chairmanship of the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and Türkiye's president.",
        ["TR", "QA"],
      ),
    ).toContainEqual(["Tamim bin Hamad Al Thani", "QA"]);
  });
});
