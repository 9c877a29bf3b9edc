/** Commitment rules from the twenty-second unseen set: bodies named by their proper names, and names read as futures. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const lead = "Latvia and Portugal signed a memorandum on maritime links in Riga on 4 May 2030.\n\n";

describe("commitments: a body named by its proper name", () => {
  it("pledges what it will do by a date, alone or coordinated with another named body", () => {
    const text = `${lead}Baltic Amber Shipping will add a second vessel by the end of March 2031. Latvijas Jūras Akadēmija (LJA) and Portugal's Transinsular will open a joint office in the first half of 2031.`;
    const found = pledgesOf(text, { published: "2030-05-05", pair: ["LV", "PT"] });
    expect(found).toContainEqual(["Baltic Amber Shipping will add a second vessel by the end of March 2031.", "2031-03"]);
    expect(found.map((p) => p[0])).toContain(
      "Latvijas Jūras Akadēmija (LJA) and Portugal's Transinsular will open a joint office in the first half of 2031.",
    );
  });
  it("pledges nothing without a date, nor for an agreement's or an event's name", () => {
    const text = `${lead}Baltic Amber Shipping will add a second vessel. The Riga Maritime Forum will bring together shipowners in June 2031.`;
    expect(pledgesOf(text, { published: "2030-05-05", pair: ["LV", "PT"] })).toEqual([]);
  });
});

describe("commitments: a name is no French future", () => {
  it("does not read the end of a hyphenated or capitalised name ('Martins-Sequeira') as a future verb", () => {
    const text =
      "Lisbonne, le 22 mai 2030 – Le ministre letton de la Santé a reçu la ministre portugaise, Mme Ana Martins-Sequeira, en visite du 21 au 23 mai 2030.";
    expect(pledgesOf(text, { published: "2030-05-22", lang: "fr", pair: ["LV", "PT"] })).toEqual([]);
  });
});
