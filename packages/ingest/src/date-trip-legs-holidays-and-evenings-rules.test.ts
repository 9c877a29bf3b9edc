/**
 * Dates: a weekday after a trip's next leg in the present ("and return to Lima on Friday", "conclude their Meeting on
 * Wednesday", "se rend aujourd'hui ... avant de regagner ... mercredi"); a past told by an object after a form shared with
 * the present ("cut its rate on Thursday"); a weekday opening the sentence after a span of days; a narrator's later leg
 * "today" after a quoted "Today"; "the next day" counted past a pluperfect aside; holidays in brackets beside their day;
 * an evening opening its sentence; an agency's dateline in capitals; a year of the nineteenth century; "the March First
 * Movement"; a notice's deadline after a participle.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["PE", "EC"] }).dates.map((d) => [d.text, d.value]);
const dayOf = (text: string, published: string, phrase: string, lang: "en" | "fr" = "en") =>
  valuesOf(text, published, lang).find(([t]) => t === phrase)?.[1];

describe("dates: trip legs, holidays and evenings", () => {
  it("reads a weekday after a trip's next leg in the present plural as ahead", () => {
    // 2030-06-12 is a Wednesday.
    const text = "The delegation arrived in Lima on Sunday, toured the port yesterday and return to Quito on Friday.";
    expect(dayOf(text, "2030-06-12", "on Friday")).toBe("2030-06-14");
    expect(dayOf("The Heads of Government conclude their Meeting on Wednesday in Quito.", "2031-07-08", "on Wednesday")).toBe("2031-07-09");
  });
  it("reads a weekday after 'se rend aujourd'hui' as ahead", () => {
    const text = "Après deux jours à Lima, la ministre se rend aujourd'hui à Cuzco, avant de regagner Quito mercredi.";
    expect(dayOf(text, "2035-03-20", "mercredi", "fr")).toBe("2035-03-21");
  });
  it("reads a weekday after a past told by its object as behind", () => {
    const text = "The minister will travel to Paris in June, and Peru's Central Bank cut its policy rate on Thursday.";
    expect(dayOf(text, "2034-02-22", "on Thursday")).toBe("2034-02-16");
  });
  it("reads a weekday opening the sentence after a span of days as a day of it", () => {
    const text = "The minister visited Quito from April 5 to 7 with a delegation. On Wednesday, she toured a start-up hub.";
    expect(dayOf(text, "2034-04-12", "On Wednesday")).toBe("2034-04-05");
  });
  it("reads a quoted 'Today' as yesterday's signing when the narrator's own 'today' is a later leg of the trip", () => {
    const text = [
      "The two governors signed a memorandum in Cuzco yesterday.",
      "",
      '"Today we open a new road," said Governor Paz.',
      "",
      "Governor Ruiz visits the port of Callao today and leaves for Lima tomorrow.",
    ].join("\n");
    expect(valuesOf(text, "2032-09-16").filter(([t]) => /today/i.test(t!))).toEqual([
      ["Today", "2032-09-15"],
      ["today", "2032-09-16"],
    ]);
  });
  it("counts 'Le lendemain' from the story's day, not from a day told in the pluperfect", () => {
    const text =
      "Le 15 novembre, le ministre s'est entretenu à Lima avec son homologue. Les deux ministres s'étaient entretenus au téléphone le 4 octobre. Le lendemain, les deux agences ont signé un protocole.";
    expect(dayOf(text, "2033-11-28", "Le lendemain", "fr")).toBe("2033-11-16");
  });
  it("reads a holiday in brackets beside a closing day written with its weekday, not beside a bare day", () => {
    const text = "- The Embassy will be closed on Friday, May 5 (Children's Day) and on Monday, May 22 (Victoria Day).";
    expect(valuesOf(text, "2034-04-12")).toEqual([
      ["Friday, May 5", "2034-05-05"],
      ["Children's Day", "2034-05-05"],
      ["Monday, May 22", "2034-05-22"],
      ["Victoria Day", "2034-05-22"],
    ]);
    expect(valuesOf("- The Embassy is closed on 1 March (Independence Movement Day).", "2031-02-01").map(([t]) => t)).toEqual(["1 March"]);
  });
  it("reads an evening opening its sentence as the day told before", () => {
    const text = "The Prime Minister arrived in Quito on Tuesday for a two-day visit. In the evening he visited the old town.";
    expect(dayOf(text, "2033-05-18", "In the evening")).toBe("2033-05-17");
  });
  it("reads an agency's dateline in capitals opening a line of prose", () => {
    const text = "QUITO, MAY 18, ANDES. The two prime ministers held talks in Quito on Wednesday.";
    expect(dayOf(text, "2033-05-18", "MAY 18")).toBe("2033-05-18");
  });
  it("reads a year of the nineteenth century after its preposition, and no month opening a name", () => {
    expect(valuesOf("Both are members of the Universal Postal Union, founded in Bern in 1874.", "2030-06-12")).toEqual([["1874", "1874"]]);
    expect(valuesOf("We marked the anniversary of the March First Independence Movement.", "2034-04-12")).toEqual([]);
  });
  it("reads a notice's deadline after a participle by the clause's future", () => {
    const text = "- Passport applications submitted before April 28 will be ready within three weeks.";
    expect(dayOf(text, "2034-04-12", "April 28")).toBe("2034-04-28");
  });
});
