/**
 * Names introduced by an office in the plural set off by a comma ("les ministres des Transports du Pérou et du Chili, A
 * et B"), a name right after a body's name in a title ("Speaker of the Saeima ..."), "peer" as a title, and the first of
 * two family names alone ("Quispe" for "Ramiro Quispe Huamán").
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const people = (text: string, lang: "en" | "fr", pair: [string, string]) =>
  extract(text, { published: "2031-05-04", lang, pair }).people.map((p) => [p.name, p.side]);

describe("plural offices in apposition and names after a body's name", () => {
  it("reads both names after a plural office and a comma, each with the country named in its turn", () => {
    const found = people(
      "Les ministres des Transports du Pérou et du Chili, Tomás Quispe Huamán et Valentina Rojas, ont inauguré la ligne.",
      "fr",
      ["CL", "PE"],
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ["Tomás Quispe Huamán", "PE"],
        ["Valentina Rojas", "CL"],
      ]),
    );
  });
  it("gives the holders of an office 'des deux pays' the pair in the order the text names it", () => {
    const found = people(
      "Le Pérou et le Chili ont signé un accord. Les ministres de la Santé des deux pays, Tomás Quispe Huamán et Valentina Rojas, étaient présents.",
      "fr",
      ["CL", "PE"],
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ["Tomás Quispe Huamán", "PE"],
        ["Valentina Rojas", "CL"],
      ]),
    );
  });
  it("reads names after a plural office with a lower-case complement", () => {
    const names = people(
      "The protocol was signed by the ministers of the interior, Aivars Bērziņš and Nodar Kvaratskhelia, in Riga.",
      "en",
      ["GE", "LV"],
    ).map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(["Aivars Bērziņš", "Nodar Kvaratskhelia"]));
  });
  it("starts a name after the body named in its holder's title", () => {
    const names = people("Today, Speaker of the Saeima Daiga Mieriņa met the visiting delegation.", "en", ["GE", "LV"]).map(([n]) => n);
    expect(names).toContain("Daiga Mieriņa");
  });
  it("keeps a body's name before an apposition out of the names", () => {
    const names = people("She called on the President of the Kosice Self-Governing Region, Rastislav Trnka.", "en", ["SK", "SI"]).map(
      ([n]) => n,
    );
    expect(names).not.toContain("Self-Governing Region");
  });
  it("reads a counterpart called a peer", () => {
    const names = people("Peru's President and his Bolivian peer Wilber Condori Mamani agreed to open talks.", "en", ["BO", "PE"]).map(
      ([n]) => n,
    );
    expect(names).toContain("Wilber Condori Mamani");
  });
  it("gives a quote told by the first of two family names to the person named in full", () => {
    const quotes = extract(
      "Chile's President and his Peruvian peer Ramiro Quispe Huamán met on Monday. “We share one coast,” Quispe told reporters.",
      { published: "2031-05-04", lang: "en", pair: ["CL", "PE"] },
    ).quotes.map((q) => q.speaker);
    expect(quotes).toEqual(["Ramiro Quispe Huamán"]);
  });
});
