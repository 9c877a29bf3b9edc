/** A quote whose sentence opens on whose view it gives ("Pour X,", "Selon la ministre X,", "According to X,"), with no verb of saying. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const speakers = (text: string, pair: [string, string], lang: "en" | "fr") =>
  read(text, { published: "2033-06-02", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: the holder of a view opening the sentence", () => {
  it("gives a fragment quoted mid-sentence to the person after 'Pour' or 'Selon'", () => {
    expect(
      speakers(
        "La ministre togolaise Awa Kpodar a reçu son homologue ghanéen Kofi Boateng à Lomé. Pour Kofi Boateng, la rencontre « ouvre une nouvelle page dans nos échanges frontaliers ».",
        ["TG", "GH"],
        "fr",
      ),
    ).toContainEqual(["Kofi Boateng", "ouvre une nouvelle page dans nos échanges frontaliers"]);
    expect(
      speakers(
        "Selon la ministre Awa Kpodar, l'accord « donnera aux commerçants des deux rives un cadre clair dès l'an prochain ».",
        ["TG", "GH"],
        "fr",
      )[0]?.[0],
    ).toBe("Awa Kpodar");
  });
  it("reads 'According to' the same way in English, and not a view opening on something else", () => {
    expect(
      speakers(
        "According to Minister Kofi Boateng, the corridor “will cut the crossing time at Aflao by half within a year.”",
        ["GH", "TG"],
        "en",
      )[0]?.[0],
    ).toBe("Kofi Boateng");
    expect(
      speakers(
        "For the port of Tema, Kofi Boateng's plan is “a chance to win back the transit trade we lost years ago.”",
        ["GH", "TG"],
        "en",
      )[0]?.[0] ?? null,
    ).not.toBe("Tema");
  });
});
