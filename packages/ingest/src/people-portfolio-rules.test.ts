/** People named with honorifics and portfolios, in stories about any pair. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

type Pair = [string, string];
const people = (text: string, pair: Pair, lang: "en" | "fr" = "en") =>
  Object.fromEntries(extract(text, { published: "2026-11-26", lang, pair }).people.map((p) => [p.name, p.side]));

describe("people with honorifics and portfolios", () => {
  it("reads a country by the name it writes itself", () => {
    const byName = people(
      "Le Premier ministre du Cabo Verde, Ulisses Correia e Silva, a reçu le ministre luxembourgeois.",
      ["LU", "CV"],
      "fr",
    );
    expect(Object.keys(byName)).not.toContain("Cabo Verde");
  });
  it("keeps the first word of a name written after a comma", () => {
    const byName = people(
      "Le ministre des Affaires étrangères, de la Migration et des Tunisiens à l'étranger, Mohamed Ali Nafti, était à Lisbonne.",
      ["TN", "PT"],
      "fr",
    );
    expect(Object.keys(byName)).toContain("Mohamed Ali Nafti");
    expect(Object.keys(byName)).not.toContain("Ali Nafti");
  });
  it("does not end a sentence or a title at 'Rt. Hon.'", () => {
    const x = extract("The Speaker of the Parliament of Ghana, Rt. Hon. Alban Bagbin, received the delegation.", {
      published: "2026-11-26",
      lang: "en",
      pair: ["GH", "TR"],
    });
    const p = x.people.find((q) => q.name === "Alban Bagbin");
    expect(p?.side).toBe("GH");
    expect(p?.title).not.toMatch(/Rt/);
  });
});
