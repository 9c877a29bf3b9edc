/**
 * Commitment rules from the thirtieth and thirty-first unseen sets: people counted by what they do, whom an exchange
 * sends on a date ("Two restorers from Cusco will come ...", "Douze techniciens péruviens suivront ...", "Two Lima nurses
 * leave for ... on May 3"), what the
 * pair says will happen on a date ("Both governments say the changes will apply from January 1"), and a promise of a
 * thing ("Peru also promised a customs post ...").
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const EN = { published: "2028-04-20", lang: "en" as const, pair: ["PE", "CN"] as [string, string] };
const FR = { published: "2028-04-20", lang: "fr" as const, pair: ["PE", "CN"] as [string, string] };

describe("commitments: exchanges and reported plans", () => {
  it("reads people counted by what they do, sent on a date, as the pair's pledge", () => {
    expect(
      pledgesOf(
        "Peru and China signed a memorandum on heritage on April 18. Two restorers from Cusco will also come to work in Xi'an from June.",
        EN,
      ),
    ).toEqual([["Two restorers from Cusco will also come to work in Xi'an from June.", "2028-06"]]);
    expect(
      pledgesOf(
        "Le Pérou et la Chine ont signé un protocole sur la formation le 18 avril. Douze techniciens péruviens suivront une formation à Chengdu dès le mois prochain.",
        FR,
      ),
    ).toEqual([["Douze techniciens péruviens suivront une formation à Chengdu dès le mois prochain.", "2028-05"]]);
  });
  it("reads a plural's present tense of travel with a day ahead as a plan, not without one", () => {
    expect(
      pledgesOf(
        "Peru and China signed a memorandum on nursing on April 18. Two Lima nurses leave for a six-week placement in Chengdu on May 3.",
        EN,
      ),
    ).toEqual([["Two Lima nurses leave for a six-week placement in Chengdu on May 3.", "2028-05-03"]]);
    expect(
      pledgesOf(
        "Peru and China signed a memorandum on nursing on April 18. Two Lima nurses leave for a six-week placement in Chengdu.",
        EN,
      ),
    ).toEqual([]);
    expect(
      pledgesOf("Peru and China signed a memorandum on nursing on April 18. The two ministers will leave for Chengdu on May 3.", EN),
    ).toEqual([["The two ministers will leave for Chengdu on May 3.", "2028-05-03"]]);
  });
  it("keeps counted people without a date, and a count of anything else, out", () => {
    expect(
      pledgesOf(
        "Peru and China signed a memorandum on heritage on April 18. Two restorers from Cusco will also come to work in Xi'an.",
        EN,
      ),
    ).toEqual([]);
    expect(
      pledgesOf("Peru and China signed a memorandum on mining on April 18. Three hundred workers will lose their jobs by June.", EN),
    ).toEqual([]);
  });
  it("reads what the pair says will happen on a date", () => {
    expect(
      pledgesOf("Peru and China signed a memorandum on visas on April 18. Both governments say the changes will apply from January 1.", EN),
    ).toEqual([["Both governments say the changes will apply from January 1.", "2029-01-01"]]);
  });
  it("reads a promise of a thing, like a pledge of one", () => {
    expect(
      pledgesOf(
        "Peru and China signed a memorandum on ports on April 18. Peru also promised a customs post at the Chancay jetty by September.",
        EN,
      ),
    ).toEqual([["Peru also promised a customs post at the Chancay jetty by September.", "2028-09"]]);
  });
  it("keeps a purchase the government says it will make out", () => {
    expect(
      pledgesOf(
        "Peru and China signed a memorandum on defence on April 18. The government has said it will select a preferred supplier by the end of the year.",
        EN,
      ),
    ).toEqual([]);
  });
});
