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

describe("people by pattern: particles, honorifics, compound offices and names vouched by speech", () => {
  it("keeps 'al-' in a family name and drops Malaysian honorifics before a name", () => {
    const found = people(
      "President Abdel Fattah al-Sisi received the Prime Minister of Malaysia, Datuk Seri Anwar Ibrahim, in Cairo on Monday.",
      ["EG", "MY"],
    );
    expect(found["Abdel Fattah al-Sisi"]?.title).toBe("President");
    expect(found["Anwar Ibrahim"]?.side).toBe("MY");
    expect(Object.keys(found).some((n) => n.includes("Datuk"))).toBe(false);
  });
  it("reads hyphenated French offices, senators and an institution's name with a lower-case noun", () => {
    const found = people(
      "Le vice-président kényan Kithure Kindiki a rencontré la sénatrice Amina Diallo et le président de la Chambre des représentants, Paulo Reis.",
      ["KE", "PT"],
      "fr",
    );
    expect(found["Kithure Kindiki"]).toEqual({ side: "KE", title: "vice-président kényan" });
    expect(found["Amina Diallo"]?.title).toBe("sénatrice");
    expect(found["Paulo Reis"]?.title).toBe("président de la Chambre des représentants");
  });
  it("reads a portfolio 'au développement' and a country's appositive office ending in its head word", () => {
    const fr = people(
      "La ministre du Commerce extérieur et de la Coopération au développement, Sofie Peeters, est arrivée à Dakar.",
      ["BE", "SN"],
      "fr",
    );
    expect(fr["Sofie Peeters"]?.title).toBe("ministre du Commerce extérieur et de la Coopération au développement");
    const en = people("Japan's National Security Adviser, Takeshi Moriyama, met officials in Canberra.", ["JP", "AU"]);
    expect(en["Takeshi Moriyama"]).toEqual({ side: "JP", title: "National Security Adviser" });
  });
  it("takes a name after 'said', a compound given name before a country's name, and older Korean romanisations", () => {
    const found = people(
      [
        '"The mine will open next year," said Valentina Ruiz, a mining engineer.',
        "The panel was moderated by Marie-Claude Jordan, a lawyer.",
        "Security Adviser Wi Sung-lac and KCCI Chairman Chey Tae-won attended.",
      ].join(" "),
      ["KR", "CL"],
    );
    expect(Object.keys(found)).toEqual(expect.arrayContaining(["Valentina Ruiz", "Marie-Claude Jordan", "Wi Sung-lac", "Chey Tae-won"]));
    expect(found["Marie-Claude Jordan"]?.side).toBeNull();
  });
});
