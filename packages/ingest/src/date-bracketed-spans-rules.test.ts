/**
 * Dates: a range in brackets is an aside's span, so "the previous day" after it counts back from the day told before it;
 * a present tense of travel with a weekday and no preposition ("arrives Wednesday evening") is a plan; a name in "-ed"
 * ("the Hon Alfred Cannell") tells no past, and the French future of the first person ("je rencontrerai") looks ahead.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const dayValueOf = (text: string, phrase: string, published: string) =>
  read(text, { published, pair: ["GH", "TG"] }).dates.find((d) => d.text === phrase)?.value;

describe("dates: bracketed spans, travel told in the present, names and the first person's future", () => {
  it("counts 'the previous day' from the day told, not from a bracketed span after it", () => {
    expect(
      dayValueOf(
        "The two presidents held talks in Accra on May 10, during the Togolese President's state visit to Ghana (May 9-12). He had met the Speaker the previous day.",
        "the previous day",
        "2033-05-11",
      ),
    ).toBe("2033-05-09");
  });
  it("still counts 'the day before' from a range of days told in the text", () => {
    expect(
      dayValueOf(
        "The joint commission met in Lomé on 17 and 18 September. The experts had prepared its report the day before.",
        "the day before",
        "2033-09-20",
      ),
    ).toBe("2033-09-16");
  });
  it("reads a weekday right after a present tense of travel as ahead", () => {
    expect(dayValueOf("The Togolese delegation arrives Wednesday evening on the flight from Lomé.", "Wednesday", "2030-11-04")).toBe(
      "2030-11-06",
    );
    expect(dayValueOf("The Togolese delegation arrived Wednesday evening on the flight from Lomé.", "Wednesday", "2030-11-04")).toBe(
      "2030-10-30",
    );
  });
  it("reads a name in '-ed' as no past verb", () => {
    expect(
      dayValueOf(
        "The Prime Minister will receive Togo's Foreign Minister, the Hon Alfred Dogbe, at the Castle on 12th November.",
        "12th November",
        "2031-10-28",
      ),
    ).toBe("2031-11-12");
    expect(dayValueOf("The ministers signed the protocol at the Castle on 12th November.", "12th November", "2031-10-28")).toBe(
      "2030-11-12",
    );
  });
  it("reads the French future of the first person singular and the second plural as ahead", () => {
    const fr = (text: string) =>
      read(text, { published: "2030-05-22", lang: "fr", pair: ["SN", "MA"] }).dates.find((d) => d.text === "le 4 juin")?.value;
    expect(fr("Je rencontrerai moi-même l'ambassadeur du Maroc à Dakar le 4 juin.")).toBe("2030-06-04");
    expect(fr("Vous signerez le protocole à Rabat le 4 juin.")).toBe("2030-06-04");
    expect(fr("J'ai rencontré l'ambassadeur du Maroc à Dakar le 4 juin.")).toBe("2029-06-04");
  });
});
