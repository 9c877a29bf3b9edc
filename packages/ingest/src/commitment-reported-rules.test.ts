/** Pledge shapes from the eighth unseen set: a reported "would be held", an invitation accepted, a French second pledge after "et de". */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const pledges = (text: string, lang: "en" | "fr" = "en") => pledgesOf(text, { published: "2026-12-02", lang, pair: ["EG", "IT"] });

describe("commitments: shapes of the eighth unseen set", () => {
  it("reads a reported 'would be held' as a pledge with its due month", () => {
    expect(
      pledges(
        "Italy's and Egypt's ministers met in Cairo. Abdelatty said the second session of the dialogue would be held in Rome in October 2027.",
      ),
    ).toEqual([[expect.stringContaining("would be held in Rome"), "2027-10"]]);
  });
  it("reads an invitation accepted later in the sentence as a pledge", () => {
    const found = pledges(
      "Egypt's President met Italy's Prime Minister in Cairo. The President invited the Prime Minister to make an official visit to Egypt next year, and the Prime Minister accepted.",
    );
    expect(found).toEqual([[expect.stringContaining("invited the Prime Minister to make an official visit"), "2027"]]);
  });
  it("does not read an invitation nobody accepted", () => {
    expect(
      pledges("Italy's Prime Minister met Egypt's President in Cairo. The Prime Minister invited the President to visit Rome next year."),
    ).toEqual([]);
  });
  it("reads a French second pledge after 'et de' with its own due day", () => {
    const found = pledges(
      "Les ministres égyptien et italien se sont réunis au Caire. Les deux parties sont convenues de tenir la prochaine session à Rome en 2028 et de finaliser, avant le 30 juin, la feuille de route sur l'énergie.",
      "fr",
    );
    expect(found.map((f) => f[1])).toEqual(["2028", "2027-06-30"]);
  });
  it("reads a passive pledge reported with 'would be' or a French passive future whatever its subject", () => {
    expect(
      pledges("Italy's and Egypt's ministers met in Cairo. Tajani said the roadmap would be reviewed by the joint commission in March."),
    ).toEqual([[expect.stringContaining("would be reviewed by the joint commission"), "2027-03"]]);
    expect(
      pledges(
        "Les ministres égyptien et italien se sont réunis au Caire. Le protocole sur les migrations, en vigueur depuis 2019, sera par ailleurs renouvelé en mars.",
        "fr",
      ),
    ).toEqual([[expect.stringContaining("sera par ailleurs renouvelé en mars"), "2027-03"]]);
  });
  it("reads an office, a body's members, a relative pronoun after a name and a surname alone as actors", () => {
    expect(pledges("Egypt's President received Italy's Prime Minister in Cairo. The premier will visit Alexandria in May.")).toEqual([
      [expect.stringContaining("The premier will visit Alexandria"), "2027-05"],
    ]);
    expect(
      pledges("Egypt and Italy held consultations in Rome. Members of the joint committee are scheduled to meet in Cairo on March 4."),
    ).toEqual([[expect.stringContaining("are scheduled to meet in Cairo"), "2027-03-04"]]);
    expect(
      pledges(
        "Le ministre égyptien des Affaires étrangères, Badr Abdelatty, a rencontré à Rome le ministre italien, Antonio Tajani, qui se rendra au Caire en avril.",
        "fr",
      ),
    ).toEqual([[expect.stringContaining("qui se rendra au Caire en avril"), "2027-04"]]);
    expect(
      pledges(
        "Italy's Foreign Minister Antonio Tajani met Egypt's Foreign Minister Badr Abdelatty in Rome. Abdelatty will travel to Milan in June.",
      ),
    ).toEqual([[expect.stringContaining("Abdelatty will travel to Milan"), "2027-06"]]);
  });
  it("splits two pledges whose second has its own subject after 'et', and a French 'avant de' after a dated pledge", () => {
    const found = pledges(
      "L'Égypte et l'Italie ont tenu des consultations. Selon le ministère, l'Italie ouvrira un institut culturel à Louxor d'ici mai 2027 et la compagnie ITA Airways lancera une liaison Rome-Assouan en février.",
      "fr",
    );
    expect(found.map((f) => f[1])).toEqual(["2027-05", "2027-02"]);
    const itinerary = pledges(
      "Les ministres égyptien et italien se sont réunis au Caire. Le ministre italien doit rencontrer jeudi le Premier ministre égyptien, avant de se rendre à Alexandrie vendredi.",
      "fr",
    );
    expect(itinerary.map((f) => f[1])).toEqual(["2026-12-03", "2026-12-04"]);
  });
  it("reads an invitation 'which ... accepted' and keeps a day range due on its first day", () => {
    expect(
      pledges(
        "Egypt's President met Italy's Prime Minister in Cairo. The President extended an invitation to the Prime Minister to visit Aswan in 2027, which the Prime Minister accepted.",
      ),
    ).toEqual([[expect.stringContaining("to visit Aswan in 2027"), "2027"]]);
    expect(
      pledges("Italy and Egypt held talks in Rome. Egypt's Foreign Minister will pay an official visit to Italy from January 12 to 14."),
    ).toEqual([[expect.stringContaining("from January 12 to 14"), "2027-01-12"]]);
  });
});
