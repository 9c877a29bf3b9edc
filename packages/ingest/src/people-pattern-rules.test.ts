/** People for any pair by pattern: titles and offices, names with particles and regnal numbers, the side of an office named without a country. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en", publisher?: string) =>
  Object.fromEntries(
    extract(text, { published: "2026-10-15", lang, pair, publisher }).people.map((p) => [p.name, { side: p.side, title: p.title }]),
  );

describe("people by pattern, for any pair", () => {
  it("reads a surname with two particles and a monarch's regnal number", () => {
    const found = people(
      "Spain's foreign minister, José Manuel Albares, met his Mexican counterpart, Juan Ramón de la Fuente, in New York. Sheinbaum wrote to King Felipe VI in 2019.",
      ["MX", "ES"],
    );
    expect(found["Juan Ramón de la Fuente"]?.side).toBe("MX");
    expect(found["Felipe VI"]?.title).toBe("King");
    expect(found["José Manuel Albares"]?.side).toBe("ES");
  });
  it("takes a French title opened by its article after a place: 'à Hanoï le ministre de l'Europe ... de la France, X'", () => {
    const found = people(
      "Le Premier ministre Pham Minh Chinh a reçu mercredi à Hanoï le ministre de l'Europe et des Affaires étrangères de la France, Jean-Noël Barrot, en visite officielle.",
      ["VN", "FR"],
      "fr",
    );
    expect(found["Jean-Noël Barrot"]).toEqual({ side: "FR", title: "ministre de l'Europe et des Affaires étrangères de la France" });
  });
  it("gives an office named without a country the side the text is written from", () => {
    const text = [
      "New Zealand and Chile conclude digital trade talks",
      "Wellington, 26 November 2026",
      "Trade Minister Todd McClay and Chile's Minister of Foreign Affairs, Alberto van Klaveren, today announced the conclusion of negotiations.",
      "Prime Minister Christopher Luxon visited Chile in April 2025.",
    ].join("\n\n");
    const found = people(text, ["NZ", "CL"]);
    expect(found["Christopher Luxon"]?.side).toBe("NZ");
    expect(found["Alberto van Klaveren"]?.side).toBe("CL");
  });
  it("does not read a title and its complement as a name, nor a palace as a person", () => {
    const found = people("Le Président de la République a reçu le président Bola Tinubu au Palais.", ["FR", "NG"], "fr");
    expect(Object.keys(found)).not.toContain("Président de la République");
    expect(Object.keys(people("Sánchez received Sheinbaum at the Moncloa Palace in Madrid.", ["MX", "ES"]))).not.toContain(
      "Moncloa Palace",
    );
  });
});
