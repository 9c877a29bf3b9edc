/** A programme's or next week's listed dates are still to come, "ce matin" is the day of writing, and a visit takes its written range (seventeenth unseen set). */
import { describe, expect, it } from "vitest";
import { eventsOf, read } from "./rules-test-kit";

const dateValueAt = (text: string, phrase: string, published: string, lang: "en" | "fr" = "en") => {
  const at = text.indexOf(phrase);
  return read(text, { published, lang }).dates.find((d) => d.start <= at && at < d.end)?.value;
};

describe("dates: programmes, 'ce matin' and a visit's range", () => {
  it("reads dates listed under a 'Programme' or 'Next week' heading as still to come", () => {
    const text = "The season opened on April 5.\n\nProgramme\n- April 12, 7 p.m.: lecture on paper\n- May 10: workshop for families";
    expect(dateValueAt(text, "April 12", "2029-04-10")).toBe("2029-04-12");
    expect(dateValueAt(text, "May 10", "2029-04-10")).toBe("2029-05-10");
  });
  it("reads 'ce matin' and 'ce soir' as the day of publication", () => {
    expect(dateValueAt("Nous recevons ce matin l'ambassadeur.", "ce matin", "2029-03-28", "fr")).toBe("2029-03-28");
  });
  it("dates a visit by the range its sentence writes rather than by a single day", () => {
    expect(
      eventsOf(
        "La France et l'Ouzbékistan. Nous recevons ce matin l'ambassadeur de la République d'Ouzbékistan en France, quelques semaines après la visite d'État à Paris du président ouzbek, du 5 au 7 mars dernier.",
        { published: "2029-03-28", lang: "fr", pair: ["UZ", "FR"] },
      ),
    ).toEqual([["2029-03-05/2029-03-07", "visit", "Paris"]]);
  });
});
