/**
 * Dates: a weekly listing's heading that names each day's weekday and the day headings under it; a season named with its
 * year, without an article in French, and a winter so named as the one its January falls in; a show sheet's row with its
 * hour, and "la représentation du jeudi" in its run; "planned for the autumn"; "at its December session".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["PE", "EC"] }).dates.map((d) => [d.text, d.value]);

describe("dates: weekly listings and named seasons", () => {
  it("reads a week's heading as one span and the weekday headings under it as days of that week", () => {
    const text = [
      "ON AIR: Monday 4 – Sunday 10 March 2030",
      "",
      "MONDAY",
      "20:00 The Lima Hour – the border commission will meet again on 2 April.",
      "",
      "THURSDAY",
      "18:30 Andean Voices – an interview with Ecuador's ambassador, recorded last week.",
      "",
      "SATURDAY & SUNDAY",
      "Highlights of the week.",
    ].join("\n");
    expect(valuesOf(text, "2030-03-04")).toEqual([
      ["Monday 4 – Sunday 10 March 2030", "2030-03-04/2030-03-10"],
      ["MONDAY", "2030-03-04"],
      ["2 April", "2030-04-02"],
      ["THURSDAY", "2030-03-07"],
      ["last week", "2030-02-25/2030-03-03"],
      ["SATURDAY", "2030-03-09"],
      ["SUNDAY", "2030-03-10"],
    ]);
  });
  it("reads no weekday heading into a span longer than a week", () => {
    const heading = (text: string) => valuesOf(text, "2030-03-06").find(([t]) => t === "THURSDAY");
    const lines = ["FESTIVAL: 4 – 17 March 2030", "", "THURSDAY", "18:30 Andean Voices."];
    expect(heading(lines.join("\n"))).toEqual(heading(lines.slice(1).join("\n")));
  });
  it("reads a French season with its year without an article, and a named winter as the one its January falls in", () => {
    expect(
      valuesOf(
        "Stages : María Quispe (printemps 2031) et Jorge Paz (hiver 2032). Un second volet ouvrira dès l'hiver 2033.",
        "2030-11-02",
        "fr",
      ),
    ).toEqual([
      ["printemps 2031", "2031-03/2031-05"],
      ["hiver 2032", "2031-12/2032-02"],
      ["l'hiver 2033", "2032-12/2033-02"],
    ]);
    expect(valuesOf("The exchange opens in the winter of 2031.", "2030-11-02")).toEqual([["in the winter of 2031", "2030-12/2031-02"]]);
  });
  it("reads a show sheet's row with its hour as a row, and a weekday after 'du' as a day of the run just told", () => {
    const text = [
      "Cumbia nueva – création",
      "Du 15 au 18 octobre, 19 h 30 – Maison de la culture, Lima",
      "Première en Amérique du Sud. La représentation du vendredi sera suivie d'une discussion.",
    ].join("\n");
    expect(valuesOf(text, "2031-08-25", "fr")).toEqual([
      ["Du 15 au 18 octobre", "2031-10-15/2031-10-18"],
      ["vendredi", "2031-10-17"],
    ]);
  });
  it("reads a season after 'for the' and a month naming a body's sitting", () => {
    expect(
      valuesOf("Ecuador has agreed to open talks on a fisheries protocol, with a first round planned for the autumn.", "2031-06-12"),
    ).toEqual([["for the autumn", "2031-09/2031-11"]]);
    expect(valuesOf("The Government will put the treaty to Congress at its March session.", "2031-01-20").map(([, v]) => v)).toEqual([
      "2031-03",
    ]);
  });
});
