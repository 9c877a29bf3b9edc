/**
 * Dates: an English dateline with the day before its month is the reference of the copy under it; a year told from another
 * year in French; a "rentrée" with its month; a part of a month in French and the end of a month with "à"; "within the next"
 * months; a present schedule "is expected on" a weekday.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, as: Parameters<typeof read>[1]) => read(text, as).dates.map((d) => [d.text, d.value]);

describe("dates: an English dateline that gives the day before its month", () => {
  it("reads relative days from the dateline's day when the paper is dated a day later", () => {
    const text =
      "May 9, 2031\n\nVIENTIANE, 8 May — The fourth meeting of the Laos-Cambodia joint committee opened this morning in Vientiane. " +
      "The Cambodian delegation arrived yesterday and will leave tomorrow.\n";
    const dates = datesOf(text, { published: "2031-05-09", pair: ["LA", "KH"] });
    expect(dates).toContainEqual(["this morning", "2031-05-08"]);
    expect(dates).toContainEqual(["yesterday", "2031-05-07"]);
    expect(dates).toContainEqual(["tomorrow", "2031-05-09"]);
  });
  it("dates an action told after a visitor's arrival by the occasion's day, not the arrival's", () => {
    const text =
      "May 9, 2031\n\nVIENTIANE, 8 May — The fourth meeting of the Laos-Cambodia joint committee was held in Vientiane this morning.\n\n" +
      "The Cambodian minister arrived in Vientiane yesterday on a two-day official visit.\n\n" +
      "At the end of the meeting, the two ministers witnessed the signing of a memorandum of understanding on river transport.\n";
    const events = read(text, { published: "2031-05-09", pair: ["LA", "KH"] }).events;
    expect(events.find((e) => e.type === "signing")?.date).toBe("2031-05-08");
  });
});

describe("dates: a year told from another year in French", () => {
  it("reads 'l'année précédente' after a written year as the year before it", () => {
    const text = "En 2030, les ventes du Sénégal au Mali ont progressé de 8 % par rapport à l'année précédente.";
    expect(datesOf(text, { published: "2031-03-02", lang: "fr", pair: ["SN", "ML"] })).toContainEqual(["l'année précédente", "2029"]);
  });
});

describe("dates: a rentrée with its month", () => {
  it("reads 'à partir de la rentrée de septembre' as the coming September", () => {
    const text = "Le Maroc financera dix bourses pour des étudiants tunisiens à partir de la rentrée de septembre.";
    expect(datesOf(text, { published: "2032-02-11", lang: "fr", pair: ["MA", "TN"] })).toContainEqual([
      "à partir de la rentrée de septembre",
      "2032-09",
    ]);
  });
  it("reads 'dès la rentrée universitaire d'octobre' as October", () => {
    const text = "Le Canada accueillera dès la rentrée universitaire d'octobre vingt étudiants coréens.";
    expect(datesOf(text, { published: "2033-05-19", lang: "fr", pair: ["KR", "CA"] })).toContainEqual([
      "dès la rentrée universitaire d'octobre",
      "2033-10",
    ]);
  });
});

describe("dates: parts of a month in French", () => {
  it("reads 'au début de mars' as March, ahead when the clause looks ahead", () => {
    const text = "Le ministre malien doit se rendre à Dakar au début de mars.";
    expect(datesOf(text, { published: "2032-02-20", lang: "fr", pair: ["SN", "ML"] })).toContainEqual(["au début de mars", "2032-03"]);
  });
  it("reads 'à la fin de janvier' in a past clause as the January gone by", () => {
    const text = "Une première ronde de négociations s'est tenue à Séoul à la fin de janvier, avant un appel entre les ministres.";
    expect(datesOf(text, { published: "2032-02-20", lang: "fr", pair: ["KR", "CA"] })).toContainEqual(["à la fin de janvier", "2032-01"]);
  });
  it("keeps 'd'ici la fin de janvier' ahead", () => {
    const text = "Les deux pays ont convenu de conclure le texte d'ici la fin de janvier.";
    expect(datesOf(text, { published: "2032-02-20", lang: "fr", pair: ["SN", "ML"] })).toContainEqual([
      "d'ici la fin de janvier",
      "2033-01",
    ]);
  });
});

describe("dates: within the next months", () => {
  it("reads 'within the next twelve months' as the month twelve months after the day of writing", () => {
    const text = "Peru's trade minister said Peru would open a commercial office in Santiago within the next twelve months.";
    expect(datesOf(text, { published: "2032-05-14", pair: ["PE", "CL"] })).toContainEqual(["within the next twelve months", "2033-05"]);
  });
});

describe("dates: a present schedule with 'is expected on'", () => {
  it("reads the weekday after 'where he is expected on' ahead", () => {
    const text = "From Lusaka, the Minister proceeds to Maputo, where he is expected on Friday.";
    // Wednesday 6 March 2030.
    expect(datesOf(text, { published: "2030-03-06", pair: ["ZW", "BY"] })).toContainEqual(["on Friday", "2030-03-08"]);
  });
});
