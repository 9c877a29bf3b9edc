/** People rules from the eighth unseen set: honorifics, surname-first capitals, regnal numbers, "Ma." and "Jr.", French lower-case offices. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  extract(text, { published: "2026-06-11", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: honorifics, name order and regnal names", () => {
  it("reads a name after 'H.E. Mr', 'Hon.' and 'S.E. M.' with the title before the honorific", () => {
    expect(
      people(
        "The Minister of Trade of Chile, Hon. Rosa Vidal, MP, hosted the Minister of Foreign Affairs of the Republic of Poland, H.E. Mr Radosław Sikorski, for a working lunch.",
        ["CL", "PL"],
      ),
    ).toEqual([
      ["Rosa Vidal", "CL"],
      ["Radosław Sikorski", "PL"],
    ]);
    expect(
      people(
        "La ministre a reçu le ministre de l'Intégration africaine et des Affaires étrangères du Sénégal, S.E. M. Cheikh Niang.",
        ["CH", "SN"],
        "fr",
      ),
    ).toContainEqual(["Cheikh Niang", "SN"]);
  });
  it("reads 'M. Prénom Nom' as the name without the honorific", () => {
    expect(people("Le Chef du gouvernement espagnol, M. Pedro Sánchez, a été reçu à Rabat.", ["MA", "ES"], "fr")).toContainEqual([
      "Pedro Sánchez",
      "ES",
    ]);
  });
  it("reads a family name in capitals before the given name", () => {
    expect(
      people("Ms. TAKAICHI Sanae, Prime Minister of Japan, held a telephone talk with the Prime Minister of Chile.", ["JP", "CL"]),
    ).toContainEqual(["TAKAICHI Sanae", "JP"]);
    expect(people("FM Cho met the Chilean minister in Santiago.", ["KR", "CL"]).map((p) => p[0])).not.toContain("FM Cho");
  });
  it("keeps regnal numbers, 'Ma.' and 'Jr.' inside the name", () => {
    const names = people(
      "Secretary of Foreign Affairs of the Philippines Ma. Theresa P. Lazaro said that President Ferdinand R. Marcos Jr. will visit Sweden at the invitation of His Majesty King Carl XVI Gustaf.",
      ["PH", "SE"],
    ).map((p) => p[0]);
    expect(names).toEqual(["Ma. Theresa P. Lazaro", "Ferdinand R. Marcos Jr.", "Carl XVI Gustaf"]);
  });
  it("gives an office holder travelling to the writer's country the other side", () => {
    const x = extract(
      "Mexico City, October 13, 2026\n\nForeign Secretary Ana Ruiz held talks with Indonesia's foreign minister. She recalled the state visit that President Budi Santoso paid to Mexico in April.",
      { published: "2026-10-13", lang: "en", pair: ["MX", "ID"] },
    );
    expect(x.people.map((p) => [p.name, p.side])).toEqual([
      ["Ana Ruiz", "MX"],
      ["Budi Santoso", "ID"],
    ]);
  });
});
