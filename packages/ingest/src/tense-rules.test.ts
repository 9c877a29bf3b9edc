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
});
