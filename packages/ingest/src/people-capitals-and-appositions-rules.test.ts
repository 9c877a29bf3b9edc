/**
 * People rules from government releases and communiqués: family names in capitals after a given name or a form of
 * address, portfolios after "de la", names after "His Excellency", offices in apposition to the name before, and words
 * that only look like names ("Chief Guest", "New York City").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const peopleOf = (text: string, lang: "en" | "fr", pair: [string, string]) =>
  read(text, { published: "2031-04-12", lang, pair }).people.map((p) => [p.name, p.title]);

describe("people: family names in capitals", () => {
  it("reads a given name before a family name in capitals, particles and several given names included", () => {
    const found = peopleOf(
      "Une délégation française conduite par M. Étienne MARCHAND, secrétaire d'État, a rencontré SE M. Ahmed El Hadi SALIM, ministre des Affaires étrangères des Comores, et Jean-Luc LE GOFF, ambassadeur de France.",
      "fr",
      ["KM", "FR"],
    ).map((p) => p[0]);
    expect(found).toEqual(expect.arrayContaining(["Étienne MARCHAND", "Ahmed El Hadi SALIM", "Jean-Luc LE GOFF"]));
  });

  it("reads a whole name in capitals after a form of address, and no portfolio after 'de la' as a person", () => {
    const found = peopleOf(
      "Son Excellence Monsieur MOUSSA TOURAB, Ministre des Affaires Etrangères et de la Coopération Internationale de l'Union des Comores, a reçu son homologue du Tchad.",
      "fr",
      ["KM", "TD"],
    );
    expect(found.map((p) => p[0])).toContain("MOUSSA TOURAB");
    expect(found.map((p) => p[0])).not.toContain("Coopération Internationale");
  });

  it("leaves an acronym after a given name alone when nothing vouches for a person", () => {
    expect(peopleOf("Voici Sécurité NATO pour tous.", "fr", ["FR", "CA"]).map((p) => p[0])).toEqual([]);
  });
});

describe("people: names and offices set off by commas", () => {
  it("keeps every word of a name after 'His Excellency' and gives it the office after it, up to the verb", () => {
    const found = peopleOf(
      "At the invitation of His Excellency Hakainde Hichilema, President of the Republic of Zambia, His Excellency Ismail Yusuf Warsame, President of the Republic of Somalia made a State Visit to Zambia.",
      "en",
      ["ZM", "SO"],
    );
    expect(found).toContainEqual(["Ismail Yusuf Warsame", "President of the Republic of Somalia"]);
  });

  it("gives an office ending on 'and' to the name before it, not the name after", () => {
    const found = peopleOf(
      "Ottawa – Anna Lindqvist, Minister of Foreign Affairs, and Tomas Berg, Minister of National Defence, met today with their Korean counterparts.",
      "en",
      ["CA", "KR"],
    );
    expect(found).toContainEqual(["Tomas Berg", "Minister of National Defence"]);
  });

  it("reads 'Chief Guest' and 'New York City' as no one", () => {
    const names = peopleOf(
      "President Bio will be the Chief Guest at the celebrations. The ministers met at the United Nations General Assembly in New York City, New York.",
      "en",
      ["KE", "SL"],
    ).map((p) => p[0]);
    expect(names).not.toContain("Guest");
    expect(names).not.toContain("York City");
  });
});
