/** Quotes whose speaker is named before them, by "called ... “...”" and by French "a souhaité « ... »", "a qualifié ... de « ... »". */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotesIn = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2032-05-10", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: speakers named before the verb", () => {
  it("reads the speaker of 'called the deal “...”'", () => {
    const text = 'Peru and Chile signed a port deal. Minister Carla Ruiz called the deal "a door to the Pacific for both our peoples".';
    expect(quotesIn(text, ["PE", "CL"])).toContainEqual(["Carla Ruiz", "a door to the Pacific for both our peoples"]);
  });
  it("reads the speaker of French 'a souhaité « ... »' and 'a qualifié ... de « ... »'", () => {
    const text =
      "Le Gabon et le Congo ont signé un accord. L'ambassadeur du Gabon, M. Paul Ndong, a pour sa part souhaité « des progrès rapides pour les pêcheurs ». La ministre Aline Mavoungou a qualifié l'accord de « pont entre deux rives ».";
    const found = quotesIn(text, ["GA", "CG"], "fr");
    expect(found).toContainEqual(["Paul Ndong", "des progrès rapides pour les pêcheurs"]);
    expect(found).toContainEqual(["Aline Mavoungou", "pont entre deux rives"]);
  });
});
