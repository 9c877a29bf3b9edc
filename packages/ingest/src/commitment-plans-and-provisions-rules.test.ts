/**
 * Commitment rules from the thirtieth and thirty-first unseen sets: "is to meet", "is to take place", a workshop or a
 * seminar that will be held, "have already agreed to", "together, the two hospitals will", a team named after the person
 * leading it, a check-mark bullet, a reopening on a date, what a text provides ("prévoit également un échange",
 * "provides that Lima will send ...", "The memorandum signed by the two ministers provides for ..."), and a school or a
 * hospital as the body that pledges.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const EN = { published: "2028-04-20", lang: "en" as const, pair: ["PE", "CN"] as [string, string] };
const FR = { published: "2028-04-20", lang: "fr" as const, pair: ["PE", "CN"] as [string, string] };
const SIGNED = "Peru and China signed a memorandum on vocational training on April 18. ";
const SIGNE = "Le Pérou et la Chine ont signé un protocole sur la formation le 18 avril. ";

describe("commitments: plans and provisions", () => {
  it("reads 'is to meet', 'is to debate' and 'is to take place' as plans", () => {
    expect(pledgesOf(`${SIGNED}Under the memorandum, a joint working group is to meet in Lima in September.`, EN)).toEqual([
      ["Under the memorandum, a joint working group is to meet in Lima in September.", "2028-09"],
    ]);
    expect(pledgesOf(`${SIGNED}A joint welding seminar is to take place in Arequipa on May 12.`, EN)).toEqual([
      ["A joint welding seminar is to take place in Arequipa on May 12.", "2028-05-12"],
    ]);
  });
  it("reads a workshop or a summer school held on a date, its head followed by an adjective and 'sur'", () => {
    expect(pledgesOf(`${SIGNE}Un atelier commun sur la soudure se tiendra à Arequipa en juin.`, FR)).toEqual([
      ["Un atelier commun sur la soudure se tiendra à Arequipa en juin.", "2028-06"],
    ]);
    expect(pledgesOf(`${SIGNE}Une école d'été conjointe sur les mines aura lieu à Cusco en juillet 2028.`, FR)).toEqual([
      ["Une école d'été conjointe sur les mines aura lieu à Cusco en juillet 2028.", "2028-07"],
    ]);
  });
  it("reads 'have already agreed to' and a pledge opened by 'together'", () => {
    expect(pledgesOf(`${SIGNED}The two ministers have already agreed to meet again in Lima in November.`, EN)).toEqual([
      ["The two ministers have already agreed to meet again in Lima in November.", "2028-11"],
    ]);
    expect(pledgesOf(`${SIGNED}Together the two institutes will host a mining symposium in 2029.`, EN)).toEqual([
      ["Together the two institutes will host a mining symposium in 2029.", "2029"],
    ]);
  });
  it("reads a team named after the person leading it, after a check-mark bullet", () => {
    const text = `${SIGNED}Dr. Rosa Quispe leads the Peruvian side.\n✔ Dr. Quispe's team will come to Shanghai in October.`;
    expect(pledgesOf(text, EN)).toEqual([["✔ Dr. Quispe's team will come to Shanghai in October.", "2028-10"]]);
  });
  it("reads a reopening on a date as a scheduled step", () => {
    expect(pledgesOf(`${SIGNE}Le pavillon chinois du musée de Lima rouvrira le 15 mai.`, FR)).toEqual([
      ["Le pavillon chinois du musée de Lima rouvrira le 15 mai.", "2028-05-15"],
    ]);
  });
  it("reads what a text provides, after an adverb or in a clause after 'that'", () => {
    expect(pledgesOf(`${SIGNE}Le protocole prévoit également un échange d'enseignants dès septembre 2028.`, FR)).toEqual([
      ["Le protocole prévoit également un échange d'enseignants dès septembre 2028.", "2028-09"],
    ]);
    expect(
      pledgesOf(`${SIGNED}The memorandum signed by the two ministers provides for an exchange of teachers from September 2028.`, EN),
    ).toEqual([["The memorandum signed by the two ministers provides for an exchange of teachers from September 2028.", "2028-09"]]);
    expect(pledgesOf(`${SIGNED}The new text provides that Lima will send twelve instructors by the end of the year.`, EN)).toEqual([
      ["The new text provides that Lima will send twelve instructors by the end of the year.", "2028"],
    ]);
  });
  it("reads a school or a hospital as a body that pledges", () => {
    expect(pledgesOf(`${SIGNE}Le lycée accueillera en retour dix élèves chinois en mai.`, FR)).toEqual([
      ["Le lycée accueillera en retour dix élèves chinois en mai.", "2028-05"],
    ]);
  });
});
