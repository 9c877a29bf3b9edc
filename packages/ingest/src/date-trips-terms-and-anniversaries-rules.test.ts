/**
 * Date rules from the fortieth unseen set: a trip's legs told in the present, hours of an earlier day, a month's end and a
 * term told in the past, what was agreed on, a French reflexive past, and an anniversary's year.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: trips, terms and anniversaries", () => {
  it("reads a weekday after 'lands' or 'goes on to' as the coming one", () => {
    // Published on a Saturday.
    const dates = datesOf("The minister lands in Lima on Monday. She goes on to Quito on Thursday.", "2031-03-15");
    expect(dates).toContainEqual(["on Monday", "2031-03-17"]);
    expect(dates).toContainEqual(["on Thursday", "2031-03-20"]);
  });
  it("keeps a weekday after another day's hours and a new clause", () => {
    const dates = datesOf("The frigate is open to visitors on Thursday from 10 a.m. to 2 p.m. and sails for Oslo on Friday.", "2031-02-12");
    expect(dates).toContainEqual(["on Friday", "2031-02-14"]);
  });
  it("reads a month's end told in the past in the year behind", () => {
    expect(datesOf("The old accord lapsed at the end of November.", "2031-02-12")).toContainEqual(["the end of November", "2030-11"]);
    expect(datesOf("The report is due by the end of November.", "2031-02-12")).toContainEqual(["by the end of November", "2031-11"]);
  });
  it("reads a day after 'ont convenu de' and a noun as past", () => {
    const text = "Les deux ministres ont convenu de ce voyage lors de leur appel du 12 octobre.";
    expect(datesOf(text, "2031-02-12", "fr")).toContainEqual(["du 12 octobre", "2030-10-12"]);
  });
  it("reads a day after 's'est réuni' as past, even after a plan", () => {
    const text = "Le comité que l'entente prévoit s'est réuni à Lima le 20 janvier.";
    expect(datesOf(text, "2031-02-12", "fr")).toContainEqual(["le 20 janvier", "2031-01-20"]);
  });
  it("reads a month after 'qui arrivait à échéance' as ahead", () => {
    const text = "Les ministres ont prolongé l'accord, qui arrivait à échéance en juillet.";
    expect(datesOf(text, "2031-05-10", "fr")).toContainEqual(["en juillet", "2031-07"]);
  });
  it("does not give a day without its year the year of an anniversary long past", () => {
    const text = "The treaty is to be signed on 9 June, the anniversary of the day in 1905. The union ended on 9 June 1905.";
    expect(datesOf(text, "2031-04-02")).toContainEqual(["9 June", "2031-06-09"]);
  });
});
