/**
 * Quotes attributed by the speaker's office in lower case before the name after the quote, by "according to" and a person
 * after it (not a body), by a French gerund of saying ("tout en demandant « ... »"), and by "As the President told me".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotesIn = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2032-05-10", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes and their speakers", () => {
  it("reads an office in lower case before the name after the quote", () => {
    const text =
      'Growers welcomed the deal between Argentina and Chile. "We waited three seasons for this, and it finally came through," federation president Marta Quiroga said.';
    expect(quotesIn(text, ["AR", "CL"])).toContainEqual([
      "Marta Quiroga",
      "We waited three seasons for this, and it finally came through,",
    ]);
  });

  it("reads 'according to' after the quote", () => {
    const text = 'The treaty must bring "jobs on both sides of the border," according to Uruguay\'s ambassador to Brazil, Lucía Ferreira.';
    expect(quotesIn(text, ["UY", "BR"])).toContainEqual(["Lucía Ferreira", "jobs on both sides of the border,"]);
    const body =
      'Minister Ana Costa said the plan offers "a full set of ports, rails and roads that no one else can match," according to the ministry.';
    expect(quotesIn(body, ["UY", "BR"])).toContainEqual(["Ana Costa", "a full set of ports, rails and roads that no one else can match,"]);
  });

  it("reads a French gerund of saying before the quote", () => {
    const text =
      "Le maire de Ziguinchor, M. Ousmane Badji, s'est réjoui de l'accord avec la Gambie, tout en demandant « des routes, pas seulement des promesses ».";
    expect(quotesIn(text, ["SN", "GM"], "fr")).toContainEqual(["Ousmane Badji", "des routes, pas seulement des promesses"]);
  });

  it("gives 'As the President told me' to the president named before", () => {
    const text =
      'I met President Rania Haddad of Jordan this morning. As the President told me, "Our two kingdoms share one desert and one future."';
    expect(quotesIn(text, ["JO", "BH"])).toContainEqual(["Rania Haddad", "Our two kingdoms share one desert and one future."]);
  });
});
