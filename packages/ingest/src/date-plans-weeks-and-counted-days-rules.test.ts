/** Date rules from the forty-third unseen set: plans' days without a year, weeks of a month, counted days, spans of months. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: days ahead told in a provision's or a calendar's present", () => {
  it("reads a start after 'apply from' and 'provides for ... from' as still ahead", () => {
    expect(datesOf("The new port fees apply from February 2.", "2031-11-20")).toContainEqual(["February 2", "2032-02-02"]);
    const text = "The memorandum provides for a weekly ferry between the two islands from March, with the first crossing on 9 March.";
    expect(datesOf(text, "2031-11-20")).toEqual(
      expect.arrayContaining([
        ["from March", "2032-03"],
        ["9 March", "2032-03-09"],
      ]),
    );
  });
  it("reads the day a House adjourns as still ahead", () => {
    expect(datesOf("The House adjourns for the holidays on January 8.", "2031-12-15")).toContainEqual(["January 8", "2032-01-08"]);
  });
  it("reads a bare French quarter already over in a plan as next year's", () => {
    const text = "La ministre doit se rendre à Lima au deuxième trimestre.";
    expect(datesOf(text, "2031-10-14", "fr")).toContainEqual(["deuxième trimestre", "2032-04/2032-06"]);
  });
});

describe("dates: weeks", () => {
  it("reads a weekday of next week in the Monday-to-Sunday week after the writing's", () => {
    expect(datesOf("The minister will answer on Thursday next week.", "2031-03-04")).toContainEqual([
      "on Thursday next week",
      "2031-03-13",
    ]);
  });
  it("reads the first week of a month from the month's first Monday", () => {
    expect(datesOf("A fair will be held in the first week of June.", "2031-03-04")).toContainEqual([
      "the first week of June",
      "2031-06-02/2031-06-08",
    ]);
    expect(datesOf("Le salon se tiendra la première semaine de mars 2032.", "2031-03-04", "fr")).toContainEqual([
      "la première semaine de mars 2032",
      "2032-03-01/2032-03-07",
    ]);
  });
});

describe("dates: counted days and spans of months", () => {
  it("reads days counted from the day of writing to the day", () => {
    expect(datesOf("The ministry should reply within 90 days.", "2031-03-01")).toContainEqual(["within 90 days", "2031-05-30"]);
  });
  it("reads 'between March and June' as a span of months", () => {
    expect(datesOf("The panel held six hearings between March and June.", "2031-07-02")).toContainEqual([
      "between March and June",
      "2031-03/2031-06",
    ]);
  });
  it("reads 'depuis le printemps' as the spring gone by, and 'ne date pas d'hier' as no day", () => {
    const text = "Le port devra rattraper le retard pris depuis le printemps. « Cette amitié ne date pas d'hier », dit-il.";
    const dates = datesOf(text, "2031-10-06", "fr");
    expect(dates).toContainEqual(["depuis le printemps", "2031-03/2031-05"]);
    expect(dates.map((d) => d[0])).not.toContain("hier");
  });
});
