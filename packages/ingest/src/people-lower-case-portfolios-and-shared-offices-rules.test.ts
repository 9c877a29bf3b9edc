/**
 * People named under offices the press writes in lower case or in the plural: a portfolio in lower case ("minister of
 * international relations and trade"), a French office given its charge ("ministre chargé des Transports"), one plural
 * office over two names joined by "and" / "et", a legislator's and an opposition critic's offices in words, a name of three
 * words after a form of address or a byline's "By" / "Par", and "according to <country>'s ambassador to <country>".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const peopleIn = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2031-09-02", lang, pair }).people.map((p) => ({ name: p.name, title: p.title, side: p.side }));

describe("offices in lower case and in the plural", () => {
  it("reads a portfolio written in lower case as the office before a name", () => {
    const text =
      "Botswana's minister of foreign affairs and international cooperation, Kefilwe Tau Modise, and the minister of international relations and trade Lerato Moloi-Ntsane met in Gaborone on Monday.";
    const people = peopleIn(text, ["BW", "LS"]);
    expect(people).toContainEqual(
      expect.objectContaining({
        name: "Kefilwe Tau Modise",
        title: "minister of foreign affairs and international cooperation",
        side: "BW",
      }),
    );
    expect(people).toContainEqual(
      expect.objectContaining({ name: "Lerato Moloi-Ntsane", title: "minister of international relations and trade" }),
    );
  });

  it("reads a French office given its charge, and an office in the plural over two names", () => {
    const text = "L'accord a été signé à Niamey par les ministres chargés de l'Énergie, Issa Garba Moussa et Aminata Traoré-Keïta.";
    const people = peopleIn(text, ["NE", "BF"], "fr");
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(["Issa Garba Moussa", "Aminata Traoré-Keïta"]));
    const single = peopleIn("Le ministre chargé des Mines, Paul Ouédraogo, a salué l'accord avec le Niger.", ["NE", "BF"], "fr");
    expect(single).toContainEqual(expect.objectContaining({ name: "Paul Ouédraogo", title: "ministre chargé des Mines" }));
    const en = peopleIn("Energy ministers Tomas Varga and Ilona Kertesz met in Budapest to sign the pipeline deal.", ["HU", "SK"]);
    expect(en.map((p) => p.name)).toEqual(expect.arrayContaining(["Tomas Varga", "Ilona Kertesz"]));
  });

  it("reads a French portfolio ending on the country's citizens abroad", () => {
    const text =
      "Le texte a été signé par la ministre des Affaires étrangères et des Béninois de l'extérieur, Rose Houngbo-Dossou, à Lomé.";
    expect(peopleIn(text, ["BJ", "TG"], "fr")).toContainEqual(expect.objectContaining({ name: "Rose Houngbo-Dossou", side: "BJ" }));
  });

  it("reads a legislator's and an opposition critic's offices in words", () => {
    const text =
      "Liberal Party member of parliament Pieter-Jan de Wet asked for a debate. Opposition fisheries critic Hannah Moyo said the deal with Zambia was rushed.";
    const people = peopleIn(text, ["NA", "ZM"]);
    expect(people).toContainEqual(expect.objectContaining({ name: "Pieter-Jan de Wet", title: "member of parliament" }));
    expect(people.map((p) => p.name)).toContain("Hannah Moyo");
  });
});

describe("names of three words and the country of an envoy", () => {
  it("opens a name of three words at its first word after a form of address", () => {
    const text = "Le directeur du port de Tadjourah, M. Idriss Ali Farah, a salué l'accord avec Oman.";
    expect(peopleIn(text, ["DJ", "OM"], "fr").map((p) => p.name)).toContain("Idriss Ali Farah");
  });

  it("reads no posting in the 'to' of 'according to'", () => {
    const text = "The talks must deliver results, according to Chile's ambassador to Peru, Camila Rojas Vega.";
    expect(peopleIn(text, ["CL", "PE"])).toContainEqual(expect.objectContaining({ name: "Camila Rojas Vega", side: "CL" }));
  });
});
