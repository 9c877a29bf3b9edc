/** French seasons read by the clause's tense, as the English ones are. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string) => read(text, { published, lang: "fr" }).dates.map((d) => [d.text, d.value]);

describe("dates: French seasons", () => {
  it("reads a bare season in a past clause as the one gone by", () => {
    expect(datesOf("Les négociations ont abouti au printemps.", "2030-11-05")).toEqual([["au printemps", "2030-03/2030-05"]]);
    expect(datesOf("Les travaux de l'aérogare ont débuté à l'automne.", "2031-02-10")).toEqual([["à l'automne", "2030-09/2030-11"]]);
  });
  it("reads a bare season in a future clause, and 'cet' or 'd'ici', as the one to come", () => {
    expect(datesOf("La commission se réunira au printemps.", "2030-11-05")).toEqual([["au printemps", "2031-03/2031-05"]]);
    expect(datesOf("Le rapport a été publié et un suivi aura lieu cet automne.", "2030-06-05")).toEqual([
      ["cet automne", "2030-09/2030-11"],
    ]);
    expect(datesOf("Le bureau a déjà été annoncé d'ici l'été.", "2030-01-05")).toEqual([["d'ici l'été", "2030-06/2030-08"]]);
  });
});

describe("dates: the day after a range of days", () => {
  it("reads 'Le lendemain' after 'les 17 et 18 sept. 2030' as the day after the range's last day", () => {
    const found = datesOf(
      "La commission s'est réunie les 17 et 18 sept. 2030. Le lendemain, la ministre a été reçue par le président.",
      "2030-11-12",
    );
    expect(found).toContainEqual(["Le lendemain", "2030-09-19"]);
  });
});
