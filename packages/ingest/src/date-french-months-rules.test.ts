/** Date rules from the fifteenth unseen set (French months named as such, the end of a named month) and the twenty-fifth ("juill."). */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string) => read(text, { published, lang: "fr" }).dates.map((d) => [d.text, d.value]);

describe("dates: French months", () => {
  it("reads 'd'ici la fin du mois de mars' as March, and 'd'ici la fin du mois' as the current month", () => {
    expect(datesOf("L'accord devrait être signé d'ici la fin du mois de mars.", "2028-01-27")).toEqual([
      ["d'ici la fin du mois de mars", "2028-03"],
    ]);
    expect(datesOf("L'accord devrait être signé d'ici la fin du mois.", "2028-01-27")).toEqual([["d'ici la fin du mois", "2028-01"]]);
  });
  it("reads 'le mois de février' and 'au mois de mai' by the clause's tense", () => {
    expect(datesOf("Le mois de février a été chargé pour notre mission.", "2028-03-10")).toEqual([["Le mois de février", "2028-02"]]);
    expect(datesOf("La ministre viendra au mois de mai.", "2028-03-10")).toEqual([["au mois de mai", "2028-05"]]);
  });
});

describe("dates: 'juill.' for July", () => {
  it("reads the four-letter abbreviation of July and ends the sentence after it", () => {
    const found = read("Ottawa s'est engagé à publier les règles avant le 1er juill. Le Canada a signé.", {
      published: "2031-03-05",
      lang: "fr",
    }).dates.map((d) => [d.text, d.value]);
    expect(found).toEqual([["le 1er juill.", "2031-07-01"]]);
  });
});
