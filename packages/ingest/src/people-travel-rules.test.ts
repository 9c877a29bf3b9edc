/** People rules from the twelfth unseen set: a side from travel in a later sentence, German offices in French. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const sides = (text: string, pair: [string, string], lang: "en" | "fr" = "fr") =>
  extract(text, { published: "2027-10-13", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: sides from travel", () => {
  it("gives an office holder travelling to one country of the pair the other side", () => {
    expect(
      sides(
        "Le Québec et la Bavière ont renouvelé mardi leur entente, en présence de la ministre des Relations internationales, Martine Biron. Mme Biron effectue depuis dimanche une mission en Allemagne.",
        ["DE", "CA"],
      ),
    ).toContainEqual(["Martine Biron", "CA"]);
  });
  it("reads 'ministre-président' as an office", () => {
    expect(
      sides("Le Québec a renouvelé mardi son entente, en présence du ministre-président de Bavière, Markus Söder.", ["DE", "CA"]),
    ).toContainEqual(["Markus Söder", "DE"]);
  });
});

describe("people: portfolios, honorifics and headed offices", () => {
  it("ends a portfolio after 'of' before a name with no comma", () => {
    expect(
      sides("Poland's Minister of Infrastructure Dariusz Klimczak said Poland and Ukraine would open the crossing.", ["PL", "UA"], "en"),
    ).toContainEqual(["Dariusz Klimczak", "PL"]);
  });
  it("drops 'Shri' before a name", () => {
    const names = extract("India's Union Minister of Commerce and Industry Shri Piyush Goyal met Chile's Foreign Minister.", {
      published: "2027-11-18",
      lang: "en",
      pair: ["IN", "CL"],
    }).people.map((p) => p.name);
    expect(names).toContain("Piyush Goyal");
  });
  it("reads an office heading its line before a colon as the title, but not a speaker's label in a transcript", () => {
    const x = extract(
      "Senate of Canada\nStanding Senate Committee on Foreign Affairs\n\nChair: The Honourable Peter M. Boehm\n\nThe committee studied Canada's relations with Korea.",
      { published: "2027-06-08", lang: "en", pair: ["KR", "CA"], publisher: "Senate of Canada" },
    );
    expect(x.people.map((p) => [p.name, p.title, p.side])).toContainEqual(["Peter M. Boehm", "Chair", "CA"]);
    const q = extract("Spokesperson Park Il: Good afternoon.\n\nSpokesperson Park: Yes. The National Assembly ratified the agreement.", {
      published: "2026-11-20",
      lang: "en",
      pair: ["KR", "CA"],
    });
    expect(q.people.map((p) => p.name)).not.toContain("Yes");
  });
});
