/** Event rules from the twenty-sixth unseen set: a wire bundle's dispatches, each placed by its own dateline. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

describe("events: the dateline a sentence falls under places it; two days joined by 'and'", () => {
  it("places a round told in the second dispatch in that dispatch's town, not the first one's", () => {
    const text =
      "Le fil Andes – sélection du mercredi 27 novembre 2030\n\n" +
      "LIMA, 27 nov. (ALP) – Le port de Callao a traité 3 millions de tonnes de marchandises chiliennes. (ALP 0941)\n\n" +
      "ARICA, 26 nov. (ALP) – La ministre chilienne des Relations extérieures, Mme Rosa Pintos, et son homologue péruvien, " +
      "M. Luis Ortiz, ont tenu lundi et mardi la 5e réunion du mécanisme de consultations politiques Chili-Pérou. (ALP 0902)";
    const events = extract(text, { published: "2030-11-27", lang: "fr", pair: ["CL", "PE"] }).events;
    expect(events.find((e) => e.type === "dialogue_round")?.location.city).toBe("Arica");
  });
  it("dates a round held on two days joined by 'et' by both", () => {
    const text =
      "ARICA, 26 nov. (ALP) – La ministre chilienne, Mme Rosa Pintos, et son homologue péruvien, M. Luis Ortiz, " +
      "ont tenu lundi et mardi la 5e réunion du mécanisme de consultations politiques Chili-Pérou.";
    const events = extract(text, { published: "2030-11-27", lang: "fr", pair: ["CL", "PE"] }).events;
    expect(events.find((e) => e.type === "dialogue_round")?.date).toBe("2030-11-25/2030-11-26");
  });
});
