/**
 * People written in other states' styles: a Mongolian name with the initial of the father's name against it, French forms
 * of address written out, Myanmar's "Daw" and Zimbabwe's "Cde" before a name, a legislator's abbreviated seat as a title,
 * a verb of saying after the comma that closes a name's apposition, and the words that are never a name's ("the Russian
 * Federation", "Ministry of Electric Power").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const namesIn = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2032-05-10", lang, pair }).people.map((p) => p.name);
const personIn = (text: string, name: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2032-05-10", lang, pair }).people.find((p) => p.name === name);

describe("people in other states' styles", () => {
  it("reads a Mongolian name written with the initial of the father's name", () => {
    const text =
      "Minister of Foreign Affairs of Mongolia B.Munkhzul received Kazakh Deputy Minister Arman Sadykov in Ulaanbaatar. Ts.Gantulga, head of the Mongolian delegation, said trade had doubled.";
    expect(personIn(text, "B.Munkhzul", ["MN", "KZ"])).toMatchObject({ side: "MN" });
    expect(namesIn(text, ["MN", "KZ"])).toContain("Ts.Gantulga");
    // An abbreviation's stop before a capital is no initial.
    expect(namesIn("Mr.Sadykov flew to St.Petersburg on Monday after the talks.", ["MN", "KZ"])).not.toContain("St.Petersburg");
  });

  it("starts a name after a French form of address written out", () => {
    const text =
      "Le Président sénégalais a été accueilli par le Premier ministre, Monsieur Toavina Rakotomalala. L'accord a été signé par la ministre de la Pêche, Madame Fara Andrianasolo.";
    const names = namesIn(text, ["SN", "MG"], "fr");
    expect(names).toContain("Toavina Rakotomalala");
    expect(names).toContain("Fara Andrianasolo");
    expect(names.some((n) => n.startsWith("Monsieur") || n.startsWith("Madame"))).toBe(false);
  });

  it("keeps Myanmar's 'Daw' and Zimbabwe's 'Cde' out of the name", () => {
    const mm = namesIn("Union Minister for Health Daw Nwe Nwe Aye met the Thai Minister of Public Health in Yangon.", ["MM", "TH"]);
    expect(mm).toContain("Nwe Nwe Aye");
    expect(mm.some((n) => n.startsWith("Daw"))).toBe(false);
    const zw = namesIn("The Minister paid a courtesy call on the Vice President of Zimbabwe, Cde Farai Mutasa, at State House.", [
      "ZW",
      "PL",
    ]);
    expect(zw).toContain("Farai Mutasa");
  });

  it("takes a legislator's abbreviated seat for a title, and no name in it", () => {
    const text = "Ontario Liberal MPP Renata Oduya, whose riding includes the port, asked for public hearings on the Korea deal.";
    expect(personIn(text, "Renata Oduya", ["KR", "CA"])?.title).toMatch(/MPP$/u);
    expect(namesIn(text, ["KR", "CA"]).some((n) => n.startsWith("MPP"))).toBe(false);
  });

  it("vouches for a name by a French verb of saying after the comma closing its apposition", () => {
    const text = "Le président de la chambre de commerce, Karim Haddouche, a salué « un accord attendu depuis dix ans ».";
    expect(namesIn(text, ["DZ", "TN"], "fr")).toContain("Karim Haddouche");
  });

  it("reads no name in a state's title or a ministry's portfolio", () => {
    const text =
      "Minister of Energy of the Russian Federation Pavel Sorokin met Kazakh officials. The Ministry of Electric Power said the line would open in May.";
    const names = namesIn(text, ["RU", "KZ"]);
    expect(names).toContain("Pavel Sorokin");
    expect(names).not.toContain("Federation Pavel Sorokin");
    expect(names).not.toContain("Electric Power");
  });
});
