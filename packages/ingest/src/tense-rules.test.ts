/** Tense of a date's own clause: a French future in -vra/-dra after a past main verb places a bare day ahead. */
import { describe, expect, it } from "vitest";
import { clauseTense } from "./tense";
import { extract } from "./extract";

describe("tense of a subordinate clause", () => {
  it("reads 'a confirmé qu'il recevra ... le 7 octobre' as the coming October", () => {
    expect(clauseTense("Le président a confirmé qu'il recevra son homologue à Paris ", "fr")).toBe("future");
    const x = extract("Le président a confirmé qu'il recevra son homologue égyptien à Paris le 7 octobre.", {
      published: "2026-05-28",
      lang: "fr",
      pair: ["FR", "EG"],
    });
    expect(x.dates.map((d) => d.value)).toEqual(["2026-10-07"]);
  });
  it("reads a French future in -ira and a pledge 's'est engagé à' as ahead of a bare month", () => {
    expect(clauseTense("Mme Silva a aussi annoncé que le Chili ouvrira un bureau commercial à Gdansk ", "fr")).toBe("future");
    expect(clauseTense("La Pologne s'est engagée à envoyer une frégate à l'exercice ", "fr")).toBe("future");
    const x = extract("La ministre a annoncé que le Chili ouvrira un bureau à Gdansk en septembre.", {
      published: "2026-06-13",
      lang: "fr",
      pair: ["CL", "PL"],
    });
    expect(x.dates.map((d) => d.value)).toEqual(["2026-09"]);
  });
});
