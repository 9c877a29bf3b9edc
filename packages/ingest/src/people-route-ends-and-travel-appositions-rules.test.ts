/**
 * People's sides from the forty-first unseen set: a town at a route's end gives no one a side, a trip told in an
 * apposition after a counterpart's name is the counterpart's, and a story's first line that opens on a country is no
 * dateline.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const sides = (text: string, pair: [string, string], lang: "en" | "fr" = "en", publisher?: string) =>
  Object.fromEntries(
    extract(text, { published: "2032-04-14", lang, pair, ...(publisher ? { publisher } : {}) }).people.map((p) => [p.name, p.side]),
  );

describe("people: towns at a route's end", () => {
  it("gives no side from the second town of 'between ... and ...'", () => {
    const text =
      "Prime Minister Sione Havili and his Fijian counterpart, Talei Waqanivalu, agreed to open a ferry route between Lautoka and Suva.";
    expect(sides(text, ["TO", "FJ"])["Sione Havili"]).not.toBe("FJ");
  });
});

describe("people: trips in an apposition", () => {
  it("gives the trip to the counterpart named right before it, not to the host named first", () => {
    const text =
      "Le Maroc et le Portugal ont signé mardi un accord, à l'issue des entretiens entre le ministre des Affaires étrangères, Karim Alaoui, et son homologue portugaise, Inês Moutinho, en visite officielle au Maroc depuis lundi.";
    expect(sides(text, ["MA", "PT"], "fr")["Karim Alaoui"]).not.toBe("PT");
  });
});

describe("people: a first line opening on a country", () => {
  it("takes the writer's country from the publisher, not from a sentence that opens on the other country", () => {
    const text = [
      "Lisbon Daily",
      "",
      "By Rui Tavares",
      "April 14, 2032",
      "",
      "Spain will send two rescue helicopters to Portugal from July to September under an agreement signed in Lisbon on Tuesday.",
      "",
      "The agreement was signed by Interior Minister Marta Sequeira and Spain's Minister of Civil Protection, Javier Ortega.",
    ].join("\n");
    expect(sides(text, ["PT", "ES"], "en", "Lisbon Daily (Portugal)")["Marta Sequeira"]).toBe("PT");
  });
});
