/**
 * Dates: a weekday beside a visit's or a meeting's verb in the present ("visits ... on Thursday", "on Friday he visits",
 * "rencontre samedi"), a winter named with "this" in its January or February, a ship "due" somewhere and a travel in the
 * present ("deploy to", "sails for"), dotted dates written month first by a page whose own date reads so, a word in
 * "-ed" after a preposition, no past, a year closing a breadcrumb, no date, and "the last day of the exercise".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["PE", "EC"] }).dates.map((d) => [d.text, d.value]);
const dayOf = (text: string, published: string, phrase: string, lang: "en" | "fr" = "en") =>
  valuesOf(text, published, lang).find(([t]) => t === phrase)?.[1];

describe("dates: visits in the present, winters under way and dotted fields", () => {
  it("reads a weekday after a visit's verb in the present as ahead, after a past clause too", () => {
    // 2031-03-12 is a Wednesday.
    const text = "The minister arrived in Lima on Monday. She visits the Police College on Thursday before returning to Quito.";
    expect(dayOf(text, "2031-03-12", "on Thursday")).toBe("2031-03-13");
    // 2034-03-29 is a Wednesday.
    const after = "Yesterday he met the Foreign Minister at the palace, and on Friday he visits farms in the province of Piura.";
    expect(dayOf(after, "2034-03-29", "on Friday")).toBe("2034-03-31");
  });
  it("reads 'rencontre samedi' after a past participle as ahead, not 'en visite depuis lundi'", () => {
    // 2035-02-16 is a Friday.
    const text = "La ministre, arrivée mercredi à Lima, rencontre samedi la ministre péruvienne de la Culture.";
    expect(dayOf(text, "2035-02-16", "samedi", "fr")).toBe("2035-02-17");
    // 2032-10-13 is a Wednesday.
    const noun = "Le Président a reçu hier son homologue, en visite officielle à Lima depuis lundi.";
    expect(dayOf(noun, "2032-10-13", "lundi", "fr")).toBe("2032-10-11");
  });
  it("reads 'cet hiver' and 'this winter' in February as the winter under way", () => {
    expect(dayOf("Quatre films coproduits sont en tournage cet hiver à Lima.", "2035-02-16", "cet hiver", "fr")).toBe("2034-12/2035-02");
    expect(dayOf("Two films are shooting this winter in Quito.", "2035-01-20", "this winter")).toBe("2034-12/2035-02");
    expect(dayOf("Two films will shoot this winter in Quito.", "2035-10-20", "this winter")).toBe("2035-12/2036-02");
  });
  it("reads what follows a ship 'due' somewhere and a travel in the present as ahead", () => {
    const text = "The frigate now sails for Callao, where it is due on October 11, before returning to its home port in December.";
    expect(dayOf(text, "2032-10-08", "in December")).toBe("2032-12");
    const deploy = "In separate news, about 300 Guard members deploy to Latvia in September for an exercise.";
    expect(dayOf(deploy, "2032-07-12", "in September")).toBe("2032-09");
  });
  it("reads dotted dates month first on a page whose own dotted date is its publication day only so", () => {
    const text = "The exercise closed on Friday.\n\nDate Taken: 07.09.2032\nDate Posted: 07.12.2032 14:20";
    expect(dayOf(text, "2032-07-12", "07.09.2032")).toBe("2032-07-09");
    const european = "Ashgabat, 12.07.2032\n\nThe commission met on 09.07.2032 in Ashgabat.";
    expect(dayOf(european, "2032-07-12", "09.07.2032")).toBe("2032-07-09");
  });
  it("reads a word in '-ed' after a preposition as no past", () => {
    const text = "He leaves for Lima next week, and the police publishes its annual report on organized crime on March 31.";
    expect(dayOf(text, "2031-03-12", "March 31")).toBe("2031-03-31");
  });
  it("reads no date in a year closing a breadcrumb", () => {
    const text = "Home > News > 2031\n\nNews release\n\nThe two police forces signed a memorandum in Lima on March 12, 2031.";
    expect(valuesOf(text, "2031-03-12").map(([t]) => t)).not.toContain("2031");
  });
  it("reads 'the last day of the exercise' as the last day of the exercise's span told before", () => {
    const text =
      "The frigate sailed from Callao after the third combined exercise, held off the coast from October 1 to 5. " +
      "On the last day of the exercise, the two navy chiefs signed terms of reference aboard the ship.";
    expect(dayOf(text, "2032-10-08", "the last day of the exercise")).toBe("2032-10-05");
  });
});
