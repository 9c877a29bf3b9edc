/** Commitment rules from the twenty-seventh unseen set: court orders, treaty undertakings, agreed lists, nothing planned. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const pledges = (text: string, published = "2031-06-20", lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["EE", "PT"] }).commitments.map((c) => [c.text.trim(), c.due]);

describe("commitments: orders, undertakings and agreed lists", () => {
  it("reads a court's orders with a deadline as commitments, whatever their subject", () => {
    const text =
      "Estonia and Portugal are parties to the case.\nORDERS\n(1) The Appellant shall be extradited to the Republic of Estonia no later than 15 August 2031.\n(2) The Registrar shall file, within 21 days, the written assurances given by Portugal.";
    const found = pledges(text, "2031-07-16");
    expect(found.find(([t]) => t?.includes("shall be extradited"))?.[1]).toBe("2031-08-15");
    expect(found.some(([t]) => t?.includes("shall file"))).toBe(true);
  });
  it("reads a treaty's 'undertakes to' as a pledge", () => {
    const found = pledges(
      "Estonia and Portugal signed the treaty in Lisbon. Under Article 4, Portugal undertakes to buy at least 2 million tonnes of grain from Estonian ports by 2035.",
    );
    expect(found).toEqual([[expect.stringContaining("Portugal undertakes to buy"), "2035"]]);
  });
  it("reads the items of a list after a bare 'agreed:' as pledges", () => {
    const text =
      "Estonia and Portugal met in Lisbon. The two agencies agreed:\na) to hold a joint drill at the Sines terminal in Q4 2031;\nb) to hold the next meeting in Tallinn in the first half of 2032.";
    expect(pledges(text)).toEqual([
      ["to hold a joint drill at the Sines terminal in Q4 2031;", "2031-12"],
      ["to hold the next meeting in Tallinn in the first half of 2032.", "2032-06"],
    ]);
  });
  it("reads no pledge in a sentence opening on what is not planned", () => {
    expect(
      pledges(
        "Estonia asked the agency to convene a meeting with Portugal. No such meeting has been scheduled, and the agency will report on the request in its next plan.",
      ),
    ).toEqual([]);
    expect(
      pledges(
        "L'Estonie a demandé une rencontre avec le Portugal. Une telle rencontre n'est pas prévue pour le moment ; nous vous tiendrons informés.",
        "2031-06-20",
        "fr",
      ),
    ).toEqual([]);
  });
});
