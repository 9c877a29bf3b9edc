/**
 * Quote rules for a second quotation the same verb's clause goes on to, an honorific before the holder of a view, a
 * French "a plaidé pour" or "a évoqué", a warning, a bulleted line further down that names no speaker, and the first word
 * of a name given in full before, after "Mr" or "Ms.".
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const speakers = (text: string, pair: [string, string], lang: "en" | "fr") =>
  read(text, { published: "2033-06-02", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: second fragments, honorifics and new verbs", () => {
  it("gives a second fragment after 'avant de saluer' to the speaker of the first", () => {
    const found = speakers(
      "Le ministre nigérien des Affaires étrangères, Ali Mahamane, a plaidé pour « un fleuve sans frontières, de Niamey à Malanville », avant de saluer « la solidarité des riverains ».",
      ["NE", "BJ"],
      "fr",
    );
    expect(found).toContainEqual(["Ali Mahamane", "un fleuve sans frontières, de Niamey à Malanville"]);
    expect(found).toContainEqual(["Ali Mahamane", "la solidarité des riverains"]);
  });
  it("reads 'Pour M. X,' as the holder of the view", () => {
    const found = speakers(
      "Le ministre congolais des Transports, Serge Mabiala Nkounkou, a signé l'accord à Brazzaville. Pour M. Mabiala Nkounkou, l'accord ouvre « une ère nouvelle pour le corridor ».",
      ["CG", "GA"],
      "fr",
    );
    expect(found).toContainEqual(["Serge Mabiala Nkounkou", "une ère nouvelle pour le corridor"]);
  });
  it("reads 'warned that' before a quotation, and no speaker on a bulleted line further down", () => {
    const found = speakers(
      'Laura Chen, a senior fellow at the Pacific Institute, warned that Canadian exporters were "still shipping ore, not finished goods."',
      ["CA", "KR"],
      "en",
    );
    expect(found).toContainEqual(["Laura Chen", "still shipping ore, not finished goods."]);
    const fr = speakers(
      "La ministre Sylvie Tremblay a pour sa part salué « un lien entre deux rivages ».\n\nFaits en bref\n\n- Le parc national de la Mauricie, en Mauricie, a été créé en 1970.\n",
      ["CA", "KR"],
      "fr",
    );
    expect(fr).toContainEqual(["Sylvie Tremblay", "un lien entre deux rivages"]);
  });
  it("gives a quote to 'Mr Lim' or 'Ms. Almaz', the first word of a name given in full before", () => {
    const found = speakers(
      'The memorandum was signed by the agency\'s Chief Executive, Lim Boon Kiat, and the director of the Finnish agency, Juha Virtanen. "Two small states can move faster together," said Mr Lim.',
      ["SG", "FI"],
      "en",
    );
    expect(found).toContainEqual(["Lim Boon Kiat", "Two small states can move faster together,"]);
  });
});
