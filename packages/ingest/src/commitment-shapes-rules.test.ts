/** Pledge shapes from the seventh unseen set: scheduled meetings, "agreed that ... will", invitations, pledges named as nouns. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";
import { extract } from "./extract";

const pledges = (text: string, lang: "en" | "fr" = "en") => pledgesOf(text, { published: "2026-03-20", lang, pair: ["IT", "EG"] });

describe("commitments: shapes of the seventh unseen set", () => {
  it("reads a meeting scheduled as a pledge, in English and French", () => {
    expect(pledges("Italy and Egypt held talks in Rome. The next round of the consultations will take place in Cairo in June.")).toEqual([
      ["The next round of the consultations will take place in Cairo in June.", "2026-06"],
    ]);
    expect(pledges("L'Italie et l'Égypte ont tenu des consultations. La prochaine session aura lieu au Caire en juin.", "fr")).toEqual([
      ["La prochaine session aura lieu au Caire en juin.", "2026-06"],
    ]);
  });
  it("reads 'agreed that X will' as one pledge whatever X is, and not 'agreed that' alone", () => {
    expect(
      pledges("Italy and Egypt agreed that the joint commission, which has not met since 2019, will meet in Cairo before the end of May."),
    ).toEqual([
      [
        "Italy and Egypt agreed that the joint commission, which has not met since 2019, will meet in Cairo before the end of May.",
        "2026-05",
      ],
    ]);
    expect(pledges("Italy and Egypt agreed that migration is a shared challenge.")).toEqual([]);
  });
  it("reads an accepted invitation and a pledge named as a noun", () => {
    expect(
      pledges(
        "Le président italien Sergio Mattarella a accepté l'invitation du président égyptien à effectuer une visite d'État en Égypte en 2027.",
        "fr",
      ),
    ).toEqual([
      [
        "Le président italien Sergio Mattarella a accepté l'invitation du président égyptien à effectuer une visite d'État en Égypte en 2027.",
        "2027",
      ],
    ]);
    expect(pledges("Le ministre égyptien a rappelé l'engagement de l'Italie à former 300 ingénieurs d'ici 2028.", "fr")).toEqual([
      ["Le ministre égyptien a rappelé l'engagement de l'Italie à former 300 ingénieurs d'ici 2028.", "2028"],
    ]);
  });
  it("does not read one person's itinerary as a pledge", () => {
    expect(
      pledges(
        "Italy's foreign minister met Egypt's foreign minister on Monday. Tajani arrived in Cairo on Monday and will travel to Amman on Friday.",
      ),
    ).toEqual([]);
  });
});

describe("commitments: a pronoun for a person whose side nothing gives", () => {
  it("keeps 'He will travel ...' as the pair's pledge when the person last named has no side", () => {
    const found = pledges(
      "Italy and Egypt signed a visa agreement, witnessed by the two deputy ministers, Marco Bellini and Datuk Seri Hamid bin Yusof. He will travel to Alexandria in April.",
    );
    expect(found).toContainEqual(["He will travel to Alexandria in April.", "2026-04"]);
  });
});

describe("commitments: committees as actors", () => {
  it("reads 'the committee will visit ...' in a text about the pair as a pledge", () => {
    const found = extract(
      "The Philippines and Poland launched talks in November. Poland's ambassador attended. Marcos added that the committee will visit Gdańsk and Warsaw in May.",
      { published: "2027-02-04", lang: "en", pair: ["PH", "PL"] },
    ).commitments.map((c) => [c.text.trim(), c.due]);
    expect(found).toContainEqual(["Marcos added that the committee will visit Gdańsk and Warsaw in May.", "2027-05"]);
  });
});
