/** People named with honorifics and portfolios, in stories about any pair. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

type Pair = [string, string];
const people = (text: string, pair: Pair, lang: "en" | "fr" = "en") =>
  Object.fromEntries(extract(text, { published: "2026-11-26", lang, pair }).people.map((p) => [p.name, p.side]));

describe("people with honorifics and portfolios", () => {
  it("reads a country by the name it writes itself", () => {
    const byName = people(
      "Le Premier ministre du Cabo Verde, Ulisses Correia e Silva, a reçu le ministre luxembourgeois.",
      ["LU", "CV"],
      "fr",
    );
    expect(Object.keys(byName)).not.toContain("Cabo Verde");
  });
  it("keeps the first word of a name written after a comma", () => {
    const byName = people(
      "Le ministre des Affaires étrangères, de la Migration et des Tunisiens à l'étranger, Mohamed Ali Nafti, était à Lisbonne.",
      ["TN", "PT"],
      "fr",
    );
    expect(Object.keys(byName)).toContain("Mohamed Ali Nafti");
    expect(Object.keys(byName)).not.toContain("Ali Nafti");
  });
  it("does not end a sentence or a title at 'Rt. Hon.'", () => {
    const x = extract("The Speaker of the Parliament of Ghana, Rt. Hon. Alban Bagbin, received the delegation.", {
      published: "2026-11-26",
      lang: "en",
      pair: ["GH", "TR"],
    });
    const p = x.people.find((q) => q.name === "Alban Bagbin");
    expect(p?.side).toBe("GH");
    expect(p?.title).not.toMatch(/Rt/);
  });
});

describe("sides of officials named without their country", () => {
  it("gives a second minister the country of the first when the two hold different portfolios", () => {
    const byName = people(
      "La ministre des Affaires étrangères du Canada, l'honorable Mira Lavoie, et le ministre de la Défense nationale, l'honorable Paul Gagnon, ont accueilli à Ottawa le ministre des Affaires étrangères de la République de Corée, M. Cho Hyun.",
      ["KR", "CA"],
      "fr",
    );
    expect(byName["Mira Lavoie"]).toBe("CA");
    expect(byName["Paul Gagnon"]).toBe("CA");
  });
  it("takes the writer's country from the masthead, and gives the host who receives its minister the other side", () => {
    const text = [
      "Le Gouvernement luxembourgeois",
      "Le ministre de la Coopération et de l'Action humanitaire, Marc Weber, a effectué une visite de travail à Praia.",
      "Il s'est entretenu avec son homologue, le ministre des Affaires étrangères, de la Coopération et de l'Intégration régionale, Rui Soares.",
      "Le même jour, M. Weber a été reçu par le Président de la République, José Maria Neves.",
    ].join("\n\n");
    const byName = people(text, ["LU", "CV"], "fr");
    expect(byName["Marc Weber"]).toBe("LU");
    expect(byName["Rui Soares"]).toBe("CV");
    expect(byName["José Maria Neves"]).toBe("CV");
  });
  it("keeps a title whose words read like a name ('Majority Leader') and gives the office the writer's side", () => {
    const text =
      "PARLIAMENT OF GHANA\n\nThe Majority Leader, Hon. Kofi Mensah, and Türkiye's Ambassador to Ghana, Ayse Demir, were present.";
    const byName = people(text, ["GH", "TR"]);
    expect(byName["Kofi Mensah"]).toBe("GH");
    expect(byName["Ayse Demir"]).toBe("TR");
  });
});

describe("officials named by a bare title in a sentence naming one country of the pair", () => {
  it("gives the country named, or the other one to whoever travels there", () => {
    const text = [
      "Ahram Online, Wednesday 2 Dec 2026",
      "Prime Minister Giorgia Meloni visited Cairo in March 2024.",
      "President Ferdinand R. Marcos Jr. will undertake a state visit to Sweden in June at the invitation of His Majesty King Carl XVI Gustaf.",
    ];
    expect(people(`${text[0]}\n\n${text[1]}`, ["EG", "IT"])["Giorgia Meloni"]).toBe("IT");
    const se = people(text[2]!, ["PH", "SE"]);
    expect(se["Carl XVI Gustaf"]).toBe("SE");
  });
  it("does not count a country inside someone else's office", () => {
    const byName = people(
      "Foreign Secretary Juan Ramón de la Fuente held talks today with the Minister of Foreign Affairs of the Republic of Indonesia, Sugiono.",
      ["MX", "ID"],
    );
    expect(byName["Juan Ramón de la Fuente"]).not.toBe("ID");
  });
});

describe("what is not a person", () => {
  it("skips contact lines, places after 'at' and an office with a surname read as a name", () => {
    const text = [
      "Speaker Woo Holds Talks with Canadian Senators",
      "Speaker of the National Assembly Woo Won-shik held talks with senators at Cheong Wa Dae on Monday.",
      "Enquiries: Mr Chrispin Phiri, Spokesperson for the Minister, 082 453 4744",
    ].join("\n\n");
    const names = Object.keys(people(text, ["KR", "CA"]));
    expect(names).toEqual(["Woo Won-shik"]);
  });
  it("reads an initial without a full stop after an office, and the end of a name as the same person", () => {
    const byName = people(
      "External Affairs Minister S Jaishankar met Colombia's Minister of Environment, Irene Vélez Torres. Minister Vélez Torres thanked him.",
      ["IN", "CO"],
    );
    expect(Object.keys(byName).sort()).toEqual(["Irene Vélez Torres", "S Jaishankar"]);
  });
});
