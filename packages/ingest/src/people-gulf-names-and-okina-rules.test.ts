/** People rules from the twenty-third unseen set: the Gulf's honorific in French, chains of "Al-" names, the okina, the Emirates' demonym. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const peopleOf = (text: string, pair: [string, string], lang: "en" | "fr" = "fr") =>
  read(text, { published: "2031-02-04", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: the Gulf's honorific written 'Cheikh'", () => {
  it("is no given name before a name with 'Al-', and a chain of 'Al-' family names stays whole", () => {
    const found = peopleOf(
      "Le ministre qatari des Affaires étrangères, Cheikh Hamad Ali Al-Thani, a remis un message de l'Émir de l'État du Qatar, Cheikh Tamim Al-Hamad Al-Khalifa Al-Thani, au président sénégalais.",
      ["QA", "SN"],
    ).map(([n]) => n);
    expect(found).toContain("Hamad Ali Al-Thani");
    expect(found).toContain("Tamim Al-Hamad Al-Khalifa Al-Thani");
  });
  it("stays the given name of a Senegalese name with no Arabic particle ('Cheikh Tidiane Diouf')", () => {
    const found = peopleOf("Le ministre sénégalais des Affaires étrangères, M. Cheikh Tidiane Diouf, a reçu son homologue qatari.", [
      "QA",
      "SN",
    ]).map(([n]) => n);
    expect(found).toContain("Cheikh Tidiane Diouf");
  });
});

describe("people: a name with an okina", () => {
  it("keeps the family name whole ('Prime Minister Fiamē Naomi Mataʻafa')", () => {
    const found = peopleOf("On Saturday the Commissioner met Prime Minister Fiamē Naomi Mataʻafa in Apia.", ["NZ", "WS"], "en").map(
      ([n]) => n,
    );
    expect(found).toContain("Fiamē Naomi Mataʻafa");
  });
});

describe("people: the Emirates' French demonym", () => {
  it("gives the side of a minister titled 'émirien'", () => {
    expect(
      peopleOf("Le ministre d'État émirien chargé du Commerce extérieur, M. Khalid Saeed Qasimi, a été reçu à Dakar.", ["AE", "SN"]),
    ).toContainEqual(["Khalid Saeed Qasimi", "AE"]);
  });
});

describe("people: a signature block", () => {
  it("reads a name with an honorific in brackets, and a short title line whose head word comes last", () => {
    const text =
      "Bridgetown, 23 January 2031 – Barbados and Trinidad and Tobago will start a ferry.\n\nBy Order of the Board\nKerry Hinds (Ms.)\nChief Executive Officer\n\nRebecca Dinu\nCompany Secretary\n";
    const found = read(text, { published: "2031-01-23", pair: ["BB", "TT"] }).people.map((p) => [p.name, p.title]);
    expect(found).toContainEqual(["Kerry Hinds", "Chief Executive Officer"]);
    expect(found).toContainEqual(["Rebecca Dinu", "Company Secretary"]);
  });
});
