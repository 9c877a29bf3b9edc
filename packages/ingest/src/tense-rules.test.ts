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

describe("tense: an invitation to pay a visit", () => {
  it("puts the month of a visit someone was invited to pay ahead, and reports no visit done", () => {
    expect(clauseTense("President Lee invited the Canadian Prime Minister to pay an official visit to Korea ", "en")).toBe("future");
    const x = extract(
      "President Lee Jae-myung invited Prime Minister Mark Carney of Canada to pay an official visit to Korea in September, and Prime Minister Carney accepted the invitation.",
      { published: "2027-03-05", lang: "en" },
    );
    expect(x.dates.map((d) => d.value)).toContain("2027-09");
    expect(x.events.filter((e) => e.type === "visit")).toEqual([]);
  });
});
