/** Agreement rules from the eighth unseen set: letters of intent, objects coordinated after an amount. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const actions = (text: string, lang: "en" | "fr" = "en") =>
  extract(text, { published: "2026-12-02", lang, pair: ["EG", "IT"] })
    .agreements.filter((a) => a.action)
    .map((a) => [a.name, a.action]);

describe("agreements: letters of intent and coordinated objects", () => {
  it("reads a letter of intent, in English and French, as an instrument", () => {
    expect(actions("Egypt's and Italy's defence ministers signed a letter of intent on naval cooperation on Monday.")).toContainEqual([
      "letter of intent on naval cooperation",
      "signed",
    ]);
    expect(
      actions("Les ministres égyptien et italien de la Défense ont signé lundi une lettre d'intention sur la coopération navale.", "fr"),
    ).toContainEqual(["lettre d'intention sur la coopération navale", "signed"]);
  });
  it("reads a second object after the first one's amount as signed too", () => {
    const found = actions(
      "Egypt's and Italy's foreign ministers witnessed the signing of a debt swap agreement worth 100 million euros and a memorandum of understanding on labour mobility on Monday.",
    );
    expect(found).toContainEqual(["memorandum of understanding on labour mobility", "signed"]);
  });
  it("does not date an action by a date bounding a period in another clause", () => {
    const x = extract(
      "Cairo, December 2, 2026\n\nEgypt's and Italy's leaders welcomed the progress made since their meeting in Rome in October 2025, and announced the launch of negotiations on an Egypt-Italy Green Hydrogen Partnership.",
      { published: "2026-12-02", lang: "en", pair: ["EG", "IT"] },
    );
    const launch = x.agreements.find((a) => a.action === "negotiations_launched");
    expect(launch?.date).toBe("2026-12-02");
  });
  it("reads a bare verb coordinated under 'will' as a plan, not a signing", () => {
    expect(
      actions(
        "Egypt's President and Italy's Prime Minister will hold a summit in Cairo on March 10 and sign an agreement on defence industry cooperation.",
      ),
    ).toEqual([]);
    expect(
      actions("Egypt's and Italy's ministers met in Cairo on Monday and signed an agreement on defence industry cooperation."),
    ).toEqual([["agreement on defence industry cooperation", "signed"]]);
  });
});
