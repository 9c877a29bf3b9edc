/** People rules from the thirty-fourth unseen set: territories' officials, Dutch honorifics, sides in brackets, debate records. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const sides = (text: string, pair: [string, string], lang: "en" | "fr" = "en", publisher?: string) =>
  Object.fromEntries(extract(text, { published: "2030-05-12", lang, pair, publisher }).people.map((p) => [p.name, p.side]));

describe("people: Dutch honorifics and countries in brackets", () => {
  it("reads a name after the Dutch 'drs.' and 'mr.' written in lower case", () => {
    const text =
      "The Minister of Finance of Suriname, drs. Wilfried Pinas, and the Minister of Justice, mr. Elvira Tjon-A-Joe, met in Paramaribo.";
    const found = sides(text, ["SR", "NL"]);
    expect(Object.keys(found)).toContain("Wilfried Pinas");
    expect(found["Wilfried Pinas"]).toBe("SR");
  });
  it("gives each office holder of a list the country written in brackets after the name", () => {
    const text = "The Ministers of Education, Mr. Jorge Quintero (Panama) and Mrs. Lucía Arce (Costa Rica), signed the protocol in David.";
    expect(sides(text, ["PA", "CR"])).toMatchObject({ "Jorge Quintero": "PA", "Lucía Arce": "CR" });
  });
});

describe("people: territories' officials", () => {
  it("reads a capitalised 'Le' inside a family name", () => {
    const names = Object.keys(sides("Mayor Pierre Le Goff welcomed the delegation from Quebec to Brest.", ["FR", "CA"]));
    expect(names).toContain("Pierre Le Goff");
    const french = Object.keys(
      sides("Le Président Jean Dubois a reçu la délégation. Le Vice-Ministre a annoncé une étude.", ["FR", "CI"], "fr"),
    );
    expect(french).toEqual(["Jean Dubois"]);
  });
  it("gives an office in a country's possessive, set off before the member's own title, that country", () => {
    const text = "The treaty was signed by Foreign Minister Ian Borg and Italy's Economy Minister, Senator Giulia Ferri.";
    expect(sides(text, ["MT", "IT"])["Giulia Ferri"]).toBe("IT");
  });
  it("reads a deputy, the member of an assembly, as the writer's country's", () => {
    const text = "Deputy Joseph Borg asked for a vote on the ferry contract before the summer recess.";
    expect(sides(text, ["MT", "IT"], "en", "Times of Malta")["Joseph Borg"]).toBe("MT");
  });
  it("expands an acronym the text spells with 'of the' in the full name", () => {
    const text =
      "Zambia and the Democratic Republic of the Congo opened the border post. DRC Secretary of Mines Louis Kabila Ntumba attended.";
    expect(sides(text, ["CD", "ZM"])["Louis Kabila Ntumba"]).toBe("CD");
  });
  it("names Jersey and Guernsey, but not New Jersey", () => {
    const text = "Guernsey's Chief Minister, Deputy Lindsay de Sausmarez, met officials from New Jersey and from Saint-Malo.";
    expect(sides(text, ["GG", "FR"])["Lindsay de Sausmarez"]).toBe("GG");
  });
});

describe("people: debate records, headlines and towns before an office", () => {
  it("reads the members a debate record labels by honorific and surname as the house's country's", () => {
    const text =
      "Débats de l'Assemblée législative\n\nLe Vice-Président (M. Robichaud) : Je cède la parole au député.\n\nM. Léger (Dieppe) : Merci. La délégation japonaise arrive demain.\n\nMme Comeau : La ministre peut-elle répondre?";
    const found = sides(text, ["CA", "JP"], "fr", "Assemblée législative du Nouveau-Brunswick, Canada");
    expect(found).toMatchObject({ Robichaud: "CA", Léger: "CA", Comeau: "CA" });
  });
  it("reads no name in a headline's infinitive after an office and a surname", () => {
    const text = "Minister Dupuis to Make Announcement\n\nMinister Lena Dupuis will visit Osaka on Monday.";
    expect(Object.keys(sides(text, ["CA", "JP"]))).toEqual(["Lena Dupuis"]);
  });
  it("reads a town right before the office word as the office's side", () => {
    const text = "The Japanese delegation will meet Toronto Mayor Olivia Grant before returning to Osaka.";
    expect(sides(text, ["JP", "CA"])["Olivia Grant"]).toBe("CA");
  });
});

describe("people: French titles of councils and portfolios", () => {
  it("reads a council's adjective in '-al' inside a title before the name", () => {
    const text = "Hier, le président du Conseil régional de Guadeloupe, Ary Chalus, a reçu la délégation de la Dominique.";
    expect(sides(text, ["GP", "DM"], "fr")["Ary Chalus"]).toBe("GP");
  });
  it("reads every item of a French portfolio after the name, and its country", () => {
    const text =
      "Nous accueillons l'honorable Julie Dabrusin, ministre de l'Environnement, des Changements climatiques et de la Nature canadienne, et sa délégation à Miquelon.";
    const person = extract(text, { published: "2030-05-12", lang: "fr", pair: ["PM", "CA"] }).people.find(
      (p) => p.name === "Julie Dabrusin",
    );
    expect(person?.title).toBe("ministre de l'Environnement, des Changements climatiques et de la Nature canadienne");
    expect(person?.side).toBe("CA");
  });
});

describe("people: signings and countries of three words", () => {
  it("reads a country of three words in the possessive before an office, and the other signatory as the other side", () => {
    const text =
      "The Minister for Tourism, the Hon Keith Rowe MP, yesterday signed a memorandum with Trinidad and Tobago's Minister of Trade, the Hon Paula Gopee-Scoon, at the Hyatt in Port of Spain.";
    expect(sides(text, ["JM", "TT"])).toMatchObject({ "Paula Gopee-Scoon": "TT", "Keith Rowe": "JM" });
  });
});
