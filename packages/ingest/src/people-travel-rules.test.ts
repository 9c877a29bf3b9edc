/** People rules from the twelfth unseen set: a side from travel in a later sentence, German offices in French. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const sides = (text: string, pair: [string, string], lang: "en" | "fr" = "fr") =>
  extract(text, { published: "2027-10-13", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: sides from travel", () => {
  it("gives an office holder travelling to one country of the pair the other side", () => {
    expect(
      sides(
        "Le Québec et la Bavière ont renouvelé mardi leur entente, en présence de la ministre des Relations internationales, Martine Biron. Mme Biron effectue depuis dimanche une mission en Allemagne.",
        ["DE", "CA"],
      ),
    ).toContainEqual(["Martine Biron", "CA"]);
  });
  it("reads 'ministre-président' as an office", () => {
    expect(
      sides("Le Québec a renouvelé mardi son entente, en présence du ministre-président de Bavière, Markus Söder.", ["DE", "CA"]),
    ).toContainEqual(["Markus Söder", "DE"]);
  });
});
