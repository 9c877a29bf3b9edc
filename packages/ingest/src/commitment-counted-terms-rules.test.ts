/**
 * Commitment rules from the twenty-ninth unseen set: a due date counted from an event the text dated before ("within six
 * months of that audit", "au plus tard six mois après l'entrée en vigueur", "after six months" of a start), the fiscal year a report covers as no
 * deadline, and a signing the sides "expect to" make by a date.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const NO_JP = { published: "2031-10-08", pair: ["NO", "JP"] as [string, string] };

describe("commitments: terms counted from an event", () => {
  it("adds a term to the date of the event the text named before ('within six months of that audit')", () => {
    const text =
      "Norway's Food Safety Authority and Japan's Ministry of Agriculture will carry out a joint inspection of Norwegian salmon plants in the second quarter of 2032, and Japan will publish its decision within four months of that inspection.";
    expect(pledgesOf(text, NO_JP)).toContainEqual([
      ", and Japan will publish its decision within four months of that inspection.",
      "2032-10",
    ]);
  });
  it("counts from an entry into force still ahead, not from another agreement's years back", () => {
    const text =
      "L'arrangement entre la Norvège et le Japon entrera en vigueur le 1er mai 2032. Il prolonge l'accord de pêche, entré en vigueur le 1er janvier 2015. La Norvège et le Japon présenteront un premier bilan au plus tard six mois après l'entrée en vigueur.";
    expect(pledgesOf(text, { ...NO_JP, lang: "fr" })).toContainEqual([
      "La Norvège et le Japon présenteront un premier bilan au plus tard six mois après l'entrée en vigueur.",
      "2032-11-01",
    ]);
  });
  it("counts a bare 'after six months' from the start the text announced, in months", () => {
    const text =
      "Starting 12:00 a.m. on 1 November 2031, customers of Norway and Japan will pay domestic rates when roaming. The two operators will review rates with Norway's and Japan's regulators after six months.";
    expect(pledgesOf(text, NO_JP).at(-1)).toEqual([
      "The two operators will review rates with Norway's and Japan's regulators after six months.",
      "2032-05",
    ]);
  });
  it("reads the fiscal year a report covers as no deadline", () => {
    const text = "Norway and Japan will report inspection figures in their annual reports for fiscal year 2031–32.";
    expect(pledgesOf(text, NO_JP)).toEqual([
      ["Norway and Japan will report inspection figures in their annual reports for fiscal year 2031–32.", null],
    ]);
  });
  it("reads a signing both sides expect to make by a date as a pledge", () => {
    const text =
      "Norway's and Japan's negotiators concluded talks on a salmon inspection protocol, which both sides expect to sign before the end of the year.";
    expect(pledgesOf(text, NO_JP).map((p) => p[1])).toEqual(["2031"]);
  });
});
