/**
 * Dates: two days written with their years and joined by a dash or "to" are one span; life years on a line of their
 * own; half of a month; "la rentrée"; "à la même date".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["NR", "TV"] }).dates.map((d) => [d.text, d.value]);

describe("dates: spans across years and school years", () => {
  it("joins two days each with its year into one span, in English and in French", () => {
    expect(valuesOf("Mandate: March 3, 2030 – February 28, 2033 (renewable once).", "2030-03-10")).toEqual([
      ["March 3, 2030 – February 28, 2033", "2030-03-03/2033-02-28"],
    ]);
    expect(valuesOf("Le mandat court du 3 mars 2030 au 28 février 2033.", "2030-03-10", "fr")).toEqual([
      ["du 3 mars 2030 au 28 février 2033", "2030-03-03/2033-02-28"],
    ]);
    expect(valuesOf("Tuvalu voted on 3 May 2030 and Nauru on 4 May 2031.", "2031-06-01")).toEqual([
      ["3 May 2030", "2030-05-03"],
      ["4 May 2031", "2031-05-04"],
    ]);
  });
  it("reads life years on a line of their own as a span of years", () => {
    expect(valuesOf("DETUDAMO, Ruben\n1938 – 2030\nPublished on 2 June 2030", "2030-06-02")).toEqual([
      ["1938 – 2030", "1938/2030"],
      ["2 June 2030", "2030-06-02"],
    ]);
  });
  it("dates half of a month as its days, in the year the clause's tense gives", () => {
    expect(valuesOf("The patrol boat will be refitted in the second half of October.", "2031-06-01")).toEqual([
      ["the second half of October", "2031-10-16/2031-10-31"],
    ]);
    expect(valuesOf("La mission a eu lieu dans la première quinzaine de mars.", "2031-06-01", "fr")).toEqual([
      ["la première quinzaine de mars", "2031-03-01/2031-03-15"],
    ]);
  });
  it("reads 'la rentrée' as September when a year or a preposition goes with it, not as a topic", () => {
    expect(valuesOf("Un échange d'enseignants commencera dès la rentrée 2032.", "2031-10-10", "fr")).toEqual([
      ["dès la rentrée 2032", "2032-09"],
    ]);
    expect(valuesOf("Jeudi : la rentrée universitaire et les frais de scolarité.", "2031-10-10", "fr").map(([t]) => t)).not.toContain(
      "la rentrée universitaire",
    );
  });
  it("reads 'à la même date' as the day named before", () => {
    expect(valuesOf("Parution : 15 septembre 2032. Version numérique à la même date.", "2032-09-08", "fr")).toEqual([
      ["15 septembre 2032", "2032-09-15"],
      ["la même date", "2032-09-15"],
    ]);
  });
});
