/** Date rules from the twenty-fifth unseen set: weekdays in transcripts and live pages, weekly hours. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["LB", "CY"] }).dates.map((d) => [d.text, d.value]);

describe("dates: weekdays under time codes and in weekly schedules", () => {
  it("reads a weekday on a line opened by a transcript's time code", () => {
    expect(
      datesOf("[00:18] KARIM ABOU JAOUDÉ : Je suis arrivé à Nicosie mercredi soir et je suis rentré cette nuit.", "2031-05-16", "fr"),
    ).toEqual([["mercredi", "2031-05-14"]]);
    expect(datesOf("[02:05] GUEST: We met on Thursday morning.", "2031-05-16")).toEqual([["on Thursday", "2031-05-15"]]);
  });
  it("still reads opening hours before weekdays as no date", () => {
    expect(datesOf("Visa counter hours: 09:30-12:00, Monday to Friday.", "2031-05-16")).toEqual([]);
  });
  it("reads a range of weekdays with an hour after it as a weekly schedule, no date", () => {
    expect(datesOf("[04:40] NAYLA HADDAD : Le Grand Entretien, c'est du lundi au vendredi à 8 h 10.", "2031-05-16", "fr")).toEqual([]);
    expect(datesOf("The programme airs Monday to Friday at 9:30.", "2031-05-16")).toEqual([]);
  });
});
