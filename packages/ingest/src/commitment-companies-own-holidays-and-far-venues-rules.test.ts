/**
 * Commitment rules: a company or an agency named by its kind before its proper name ("la compagnie Uganda Airlines"), a
 * country's own holiday (no pledge) and a meeting abroad named after a long body's name (no pledge).
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: a company named by its kind", () => {
  it("pledges what 'la compagnie' or 'the national carrier' named after it will do by a date", () => {
    const fr = "Selon l'accord aérien, la compagnie Rwanda Air reliera Kigali à Lima trois fois par semaine dès octobre.";
    expect(pledgesOf(fr, { published: "2033-06-15", lang: "fr", pair: ["RW", "PE"] })).toEqual([[fr, "2033-10"]]);
    const en = "Under the agreement, the national carrier Air Tanzania will fly to Lima twice a week from June.";
    expect(pledgesOf(en, { published: "2033-03-15", pair: ["TZ", "PE"] })).toEqual([[en, "2033-06"]]);
  });
  it("pledges nothing without a date", () => {
    const text = "La compagnie Rwanda Air reliera un jour Kigali à Lima.";
    expect(pledgesOf(text, { published: "2033-06-15", lang: "fr", pair: ["RW", "PE"] })).toEqual([]);
  });
});

describe("commitments: a country's own holiday and a meeting abroad", () => {
  it("pledges nothing in a country's celebration of its own independence or national day", () => {
    const fr = "Par ailleurs, le Rwanda célébrera le 1er juillet le 71e anniversaire de son indépendance.";
    expect(pledgesOf(fr, { published: "2033-06-15", lang: "fr", pair: ["RW", "PE"] })).toEqual([]);
    const en = "Separately, Tanzania will celebrate its Independence Day on 9 December.";
    expect(pledgesOf(en, { published: "2033-06-15", pair: ["TZ", "PE"] })).toEqual([]);
  });
  it("pledges nothing in one side's meeting in a third country's town named after a long body's name", () => {
    const text =
      "In other news, the Minister of Foreign Affairs of Peru will take part in the meeting of the Council of Foreign Ministers of the Commonwealth of Independent States in Minsk on 24 May.";
    expect(pledgesOf(text, { published: "2035-05-16", pair: ["TZ", "PE"] })).toEqual([]);
  });
});
