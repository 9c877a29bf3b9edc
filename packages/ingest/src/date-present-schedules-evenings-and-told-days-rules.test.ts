/**
 * Dates: a present-tense schedule after a past clause ("takes place on Saturday", "a lieu le 20 octobre"), a committee's
 * hearing and a service's change told in the present, an evening opening its sentence after a quotation, a term "qui devait
 * expirer" ahead, and a quoted "Today" on a story's day that is the day of publication.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["PE", "EC"] }).dates.map((d) => [d.text, d.value]);
const dayOf = (text: string, published: string, phrase: string, lang: "en" | "fr" = "en") =>
  valuesOf(text, published, lang).find(([t]) => t === phrase)?.[1];

describe("dates: present schedules, evenings and told days", () => {
  it("reads 'takes place on Saturday' after a past clause as ahead", () => {
    // 2029-09-25 is a Tuesday.
    const text = "Last week the plant shipped 300 tractors to Lima, and its annual Family Day takes place on Saturday.";
    expect(dayOf(text, "2029-09-25", "on Saturday")).toBe("2029-09-29");
  });
  it("reads 'a lieu le 20 octobre' after a past clause as ahead", () => {
    const text = "Par ailleurs, le Pérou a levé en septembre ses restrictions, et l'assemblée annuelle a lieu le 20 octobre à Cuzco.";
    expect(dayOf(text, "2032-10-08", "le 20 octobre", "fr")).toBe("2032-10-20");
  });
  it("reads a committee's hearing and a service's change in the present as ahead", () => {
    // 2029-11-14 is a Wednesday.
    expect(
      dayOf("Elsewhere, the Commons trade committee hears from the Peruvian ambassador on Thursday.", "2029-11-14", "on Thursday"),
    ).toBe("2029-11-15");
    expect(dayOf("The Lima service operates four times a week and becomes daily in December.", "2034-06-14", "in December")).toBe(
      "2034-12",
    );
  });
  it("reads an evening opening its sentence after a quotation as the day told before", () => {
    const text =
      'On Monday afternoon he was received by the President, who called Peru "a reliable friend." In the evening the delegation attended a reception.';
    expect(dayOf(text, "2029-09-25", "In the evening")).toBe("2029-09-24");
  });
  it("reads a term 'qui devait expirer en juin' as ahead", () => {
    const text = "Mardi, les deux ministres ont prolongé jusqu'en 2036 leur accord vétérinaire, qui devait expirer en juin.";
    expect(dayOf(text, "2033-05-12", "en juin", "fr")).toBe("2033-06");
  });
  it("reads a quoted 'Today' as the day of publication when the story's weekday is that day", () => {
    // 2034-02-20 is a Monday.
    const text = [
      "The President held official talks on Monday with the visiting Prime Minister.",
      "",
      '"Today we open a new page," the President said.',
      "",
      "The Prime Minister arrived in Quito on Sunday for a two-day visit.",
    ].join("\n");
    expect(dayOf(text, "2034-02-20", "Today")).toBe("2034-02-20");
  });
  it("keeps a quoted 'Today' on the signing day when the only weekday that day is written beside the date", () => {
    const text = [
      "Quito | November 18, 2032, Thursday",
      "",
      "Peru and Ecuador signed a memorandum on Wednesday.",
      "",
      '"Today we have become partners," the minister said.',
    ].join("\n");
    expect(dayOf(text, "2032-11-18", "Today")).toBe("2032-11-17");
  });
});
