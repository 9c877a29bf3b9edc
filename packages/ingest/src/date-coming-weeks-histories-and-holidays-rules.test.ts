/**
 * Dates: a day or a month with no year in the coming weeks, told in the present, is this year's; a weekday in brackets
 * after the day names its year; a history's start ("goes back to 1838") is a year; a holiday named before its day is read once, and « est aujourd'hui notre ... » is "nowadays".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["FI", "NA"] }).dates.map((d) => [d.text, d.value]);

describe("dates: days in the coming weeks", () => {
  it("reads a weekday in brackets after the day as naming its year", () => {
    expect(
      valuesOf("The minister calls on the Prime Minister in Windhoek on June 20 (Thursday) before flying home.", "2030-06-19"),
    ).toEqual([["June 20 (Thursday)", "2030-06-20"]]);
  });
  it("reads a day or a month with no year a few weeks ahead as this year's when its own clause has no past", () => {
    expect(
      valuesOf(
        "The institute signed a data agreement with Botswana on Monday, and the museum opens its new wing on June 28.",
        "2030-06-19",
      ),
    ).toEqual([
      ["on Monday", "2030-06-17"],
      ["June 28", "2030-06-28"],
    ]);
    expect(
      valuesOf("L'institut a signé en janvier une entente semblable, et les tarifs augmentent de 3 % le 1er avril.", "2033-03-24", "fr"),
    ).toEqual([
      ["en janvier", "2033-01"],
      ["le 1er avril", "2033-04-01"],
    ]);
    expect(
      valuesOf("La compagnie reprend sa liaison vers Johannesburg et reçoit en août un deuxième appareil.", "2034-07-10", "fr"),
    ).toEqual([["en août", "2034-08"]]);
  });
  it("keeps a day or a month under a past verb of its own clause in the year before", () => {
    expect(valuesOf("The two ministers had met in New York in September on the margins of the Assembly.", "2030-07-18")).toEqual([
      ["in September", "2029-09"],
    ]);
    expect(valuesOf("The arrangement was extended in December for three years.", "2033-11-08")).toEqual([["in December", "2032-12"]]);
  });
});

describe("dates: histories", () => {
  it("reads the year a history goes back to", () => {
    expect(
      valuesOf("Ties go back to 1870, when the first missionaries arrived. The institute's history dates back to 1838.", "2029-11-13"),
    ).toEqual([
      ["1870", "1870"],
      ["1838", "1838"],
    ]);
  });
});

describe("dates: holidays before their day and 'aujourd'hui' for nowadays", () => {
  it("reads a holiday named before the day written for it once, as that day", () => {
    expect(valuesOf("The war museum marked Remembrance Day on November 11 with a record attendance.", "2034-11-20")).toEqual([
      ["November 11", "2034-11-11"],
    ]);
  });
  it("leaves « est aujourd'hui notre ... » alone and keeps a day's 'aujourd'hui'", () => {
    expect(
      valuesOf("« La Namibie est aujourd'hui notre premier partenaire en Afrique australe », a affirmé la ministre.", "2031-08-14", "fr"),
    ).toEqual([]);
    expect(valuesOf("Les deux instituts ont signé aujourd'hui un accord sur les radars.", "2031-08-14", "fr")).toEqual([
      ["aujourd'hui", "2031-08-14"],
    ]);
  });
});
