/** "The next day", "le lendemain", "the day before", "la veille": a day moved from the last day named before it. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const dates = (text: string, lang: "en" | "fr" = "en") =>
  extract(text, { published: "2027-03-04", lang, pair: ["MA", "ES"] }).dates.map((d) => [d.text, d.value]);

describe("days moved from the last day named", () => {
  it("reads the next day and the day before from the last day written", () => {
    expect(dates("The ministers met in Rabat on March 1. The next day, they visited Tangier.")).toContainEqual([
      "The next day",
      "2027-03-02",
    ]);
    expect(dates("Le 2 mars, le ministre s'est rendu à Rabat. Le lendemain, il a rencontré son homologue.", "fr")).toContainEqual([
      "Le lendemain",
      "2027-03-03",
    ]);
  });
  it("anchors 'la veille' on a day already past, not on a planned day named in between", () => {
    expect(
      dates(
        "Les deux chefs de gouvernement se sont réunis mercredi et ont convenu de finaliser la feuille de route avant le 30 juin. Les ministres s'étaient entretenus la veille.",
        "fr",
      ),
    ).toContainEqual(["la veille", "2027-03-02"]);
  });
});
